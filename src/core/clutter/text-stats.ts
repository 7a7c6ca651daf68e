/**
 * One bottom-up pass over the page that counts, for every rendered element, how much text it holds
 * and how much of that is link text. Every heuristic reads these counts instead of calling
 * textContent per candidate, which would make detection quadratic in the page's depth.
 */
import { isSkippedElement } from '../text';
import { isInlineHidden } from '../visible-text';

export interface TextStats {
  /** Non-whitespace characters of visible text (a cheap, language-neutral size). */
  chars: number;
  /** Of `chars`, those inside `<a href>`. */
  linkChars: number;
  /** Whitespace-separated words (undercounts CJK text; pair it with `chars`). */
  words: number;
  /** Links (`<a href>`) inside. */
  links: number;
  /** Holds a paragraph of prose: PROSE_WORDS+ words, mostly not link text. */
  prose: boolean;
  /**
   * Holds (strictly inside) a landmark of site chrome: a nav, or a header or footer that is not
   * scoped to a section inside this element (a widget's own <header> is not the masthead), by
   * tag or ARIA role.
   */
  holdsLandmark: boolean;
  /** Holds a nav (always a landmark). */
  holdsNav: boolean;
  /** Holds a header or footer not scoped by a sectioning element inside this one. */
  holdsBanner: boolean;
}

/** Sectioning elements scope the headers and footers inside them (HTML's landmark rules). */
export const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);

function isNavLandmark(el: Element): boolean {
  return el.localName === 'nav' || el.getAttribute('role') === 'navigation';
}

function isBannerCandidate(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'header' || tag === 'footer') return true;
  const role = el.getAttribute('role');
  return role === 'banner' || role === 'contentinfo';
}

/** A paragraph this long, mostly unlinked, is article-like prose, never a teaser line. */
export const PROSE_WORDS = 25;

/** Elements that hold a paragraph of text as one unit (headings aside: see PARAGRAPH_TAGS). */
export const TEXT_UNIT_TAGS: ReadonlySet<string> = new Set([
  'p',
  'blockquote',
  'pre',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'figcaption',
]);

/** Text units and headings: what the walk measures as one block of text. */
const PARAGRAPH_TAGS = new Set([...TEXT_UNIT_TAGS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isParagraphTag(el: Element): boolean {
  return PARAGRAPH_TAGS.has(el.localName);
}

export function linkDensity(s: TextStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** Counts non-whitespace characters and words in one scan (no regex, no allocation). */
function countText(value: string): { chars: number; words: number } {
  let chars = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // Space, tab, newlines, NBSP and the zero-width/typographic spaces all separate words.
    const space =
      c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x3000;
    if (space) {
      inWord = false;
    } else {
      chars++;
      if (!inWord) words++;
      inWord = true;
    }
  }
  return { chars, words };
}

/**
 * Measures every rendered element under `root`. Skipped elements (script, style, form controls,
 * `[hidden]`, inline `display:none`) are absent from the map, exactly as visibleText() skips them.
 */
export function measureText(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  // Iterative post-order walk: pages nest thousands of levels deep in the wild.
  const stack: { el: Element; exit: boolean }[] = [{ el: root, exit: false }];
  while (stack.length > 0) {
    const { el, exit } = stack.pop()!;
    if (!exit) {
      if (isSkippedElement(el) || isInlineHidden(el)) continue;
      stack.push({ el, exit: true });
      // Sibling pointers, not `children`: linkedom rebuilds that list on every read.
      for (let k = el.lastElementChild; k; k = k.previousElementSibling) {
        stack.push({ el: k, exit: false });
      }
      continue;
    }
    const s: TextStats = {
      chars: 0,
      linkChars: 0,
      words: 0,
      links: 0,
      prose: false,
      holdsLandmark: false,
      holdsNav: false,
      holdsBanner: false,
    };
    const isLink = el.localName === 'a' && el.hasAttribute('href');
    let ownWords = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const { chars, words } = countText(node.nodeValue ?? '');
        s.chars += chars;
        s.words += words;
        ownWords += words;
        if (isLink) s.linkChars += chars;
      } else if (node.nodeType === 1) {
        const k = stats.get(node as Element);
        if (!k) continue;
        s.chars += k.chars;
        s.words += k.words;
        s.linkChars += isLink ? k.chars : k.linkChars;
        s.links += k.links;
        s.prose ||= k.prose;
        s.holdsNav ||= k.holdsNav || isNavLandmark(node as Element);
        s.holdsBanner ||= k.holdsBanner || isBannerCandidate(node as Element);
      }
    }
    if (isLink) s.links++;
    // The headers and footers inside a section belong to it, not to the page.
    if (SECTIONING_TAGS.has(el.localName)) s.holdsBanner = false;
    s.holdsLandmark = s.holdsNav || s.holdsBanner;
    // A paragraph tag, or a <div> that holds its paragraph's text itself (div-soup templates).
    const paragraph = isParagraphTag(el) || ownWords >= PROSE_WORDS / 2;
    if (!s.prose && s.words >= PROSE_WORDS && paragraph && linkDensity(s) < 0.3) {
      s.prose = true;
    }
    // Text inside a link is a link's text: a teaser card wrapped in one <a> (headline and blurb)
    // is not a paragraph of prose, however long its blurb.
    if (isLink) s.prose = false;
    stats.set(el, s);
  }
  return stats;
}
