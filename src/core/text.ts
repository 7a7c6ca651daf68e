/** Plain-text helpers shared by the core. Pure: strings and DOM nodes in, strings out. */

/** Collapses every run of whitespace (including NBSP and zero-width spaces) to one space. */
export function collapseWhitespace(text: string): string {
  return (
    text
      // Zero-width characters and soft hyphens are invisible: they must not split or join words.
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
      .trim()
  );
}

/** Elements whose boundaries break the text flow into separate blocks. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'CENTER',
  'OPTION',
  'LEGEND',
]);

/** Elements that never contribute readable text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Splits the text under `root` into blocks (paragraphs, headings, list items, ...), in document
 * order, with whitespace collapsed. `skip` prunes a subtree (hidden or clutter elements).
 */
export function textBlocks(root: Node, skip?: (el: Element) => boolean): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) blocks.push(text);
    current = '';
  };
  // Iterative walk: pages nest 5,000 levels deep in the wild and recursion would overflow.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el) {
      if (exit) {
        if (isBlockElement(el)) flush();
        continue;
      }
      if (isSkippedElement(el) || skip?.(el)) continue;
      if (isBlockElement(el)) flush();
      stack.push({ node, exit: true });
    }
    // Sibling pointers, not childNodes: linkedom builds a new list on every read of that.
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  flush();
  return blocks;
}

/**
 * Made on first use: the first Intl.Segmenter loads ICU's word data (about 25 ms in V8), which
 * the content script would otherwise pay on every page load for text it may never count.
 */
let wordSegmenter: Intl.Segmenter | null | undefined;
function segmenter(): Intl.Segmenter | null {
  wordSegmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'word' })
      : null;
  return wordSegmenter;
}

/**
 * Splits text into pieces of at most `max` characters at whitespace. V8's Intl.Segmenter is
 * quadratic in the input length (102 KB of text: 1.5 s whole, 48 ms in paragraphs), so long text
 * is always segmented piecewise.
 */
export function segmentableChunks(text: string, max = 2000): string[] {
  const chunks: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    let rest = paragraph;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max);
      const at = cut > max / 2 ? cut : max;
      chunks.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}

/** Scripts written without spaces between words, where only a segmenter can count them. */
const UNSPACED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const UNSPACED_ALL = new RegExp(UNSPACED.source, 'gu');
const LETTER = /\p{L}/gu;

/** Most of the letters in `text` are of a script written without spaces (CJK, Thai...). */
export function isMostlyUnspaced(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters > 0 && (text.match(UNSPACED_ALL)?.length ?? 0) > letters / 2;
}
/** A word as UAX #29 sees it in spaced scripts: "don't" and "3.5" are one word each. */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,:][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Counts words. Intl.Segmenter is right for every script but, even piecewise, costs more than a
 * regular expression by an order of magnitude on a long article, so it only runs on text in a
 * script written without spaces (CJK, Thai...).
 */
export function countWords(text: string): number {
  const words = UNSPACED.test(text) ? segmenter() : null;
  if (!words) return (text.match(SPACED_WORD) ?? []).length;
  let n = 0;
  for (const chunk of segmentableChunks(text)) {
    for (const segment of words.segment(chunk)) if (segment.isWordLike) n++;
  }
  return n;
}

/** Truncates to `max` characters on a code-point boundary. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
