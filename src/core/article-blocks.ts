/**
 * The article's paragraphs as the gist features read them: text, in order, each marked as a
 * paragraph, a heading, a caption, a block quotation (tweets and statements set in
 * <blockquote> carry no quote marks, so the element is their only mark) or code (a <pre>: its
 * quote marks delimit strings, not speech, and its lines are no summary's sentences).
 *
 * Reads Readability's content (clutter the caller excluded is already gone), then puts back the
 * quotation blocks Readability dropped: its "unlikely candidate" pattern removes any element
 * whose class contains "extra", which takes out The Register's `div.blockextract` quotes with
 * the key quote inside.
 */
import type { ExtractedArticle } from './article';
import { collapseWhitespace, isBlockElement, isSkippedElement, textBlocks } from './text';

export type BlockKind = 'text' | 'heading' | 'quote' | 'caption' | 'code';

export interface ArticleBlock {
  text: string;
  kind: BlockKind;
  /** For block quotations: who the page credits (a tweet's "— Name (@handle)", a <cite>). */
  cite?: string | null;
}

const HEADING = /^H[1-6]$/;
const CAPTION = /^(FIGCAPTION|CAPTION)$/;
/** Quotation containers a page marks by class rather than <blockquote>. */
const QUOTE_CLASS = /(^|[\s_-])(quote|blockextract|pullquote|pull-quote|blockquote)([\s_-]|$)/i;

/**
 * "— Kristi Noem (@KristiNoem) November 19, 2019" at the foot of an embedded post: X's handles,
 * Bluesky's ("@ann.bsky.social") and Mastodon's ("@ann@infosec.exchange").
 */
const TWEET_FOOTER = /(?:^|\s)[—–-]\s*([^()@—–]{2,80}?)\s*\(@[\w.]{1,40}(?:@[\w.-]{1,60})?\)[^]*$/u;

function isHidden(el: Element): boolean {
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** A block quotation's text and its credit line, if it has one. */
function quoteBlock(el: Element, skip: (el: Element) => boolean): ArticleBlock | null {
  const credit = el.querySelector('cite, footer');
  let cite: string | null = credit ? collapseWhitespace(credit.textContent ?? '') : null;
  let text = textBlocks(el, (e) => skip(e) || e === credit).join(' ');
  const tweet = TWEET_FOOTER.exec(text);
  if (tweet) {
    cite = collapseWhitespace(tweet[1]!);
    text = text.slice(0, tweet.index).trim();
  }
  cite = cite?.replace(/^[—–-]\s*/u, '').trim() || null;
  // A tweet's links are not its words.
  text = text.replace(/\s*(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu, '').trim();
  return text ? { text, kind: 'quote', cite } : null;
}

/** Splits an element's text into blocks, marking headings, captions and block quotations. */
function readBlocks(root: Element, skip: (el: Element) => boolean): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) blocks.push({ text, kind: 'text' });
    current = '';
  };
  // Iterative: pages nest thousands of levels deep in the wild.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (exit) {
      if (isBlockElement(el)) flush();
      continue;
    }
    if (el !== root && (skip(el) || isSkippedElement(el))) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BLOCKQUOTE' || tag === 'PRE' || HEADING.test(tag) || CAPTION.test(tag)) {
      flush();
      const block =
        tag === 'BLOCKQUOTE'
          ? quoteBlock(el, skip)
          : {
              text: collapseWhitespace(textBlocks(el, skip).join(' ')),
              kind:
                tag === 'PRE'
                  ? ('code' as const)
                  : HEADING.test(tag)
                    ? ('heading' as const)
                    : ('caption' as const),
            };
      if (block?.text) blocks.push(block);
      continue;
    }
    if (isBlockElement(el)) flush();
    stack.push({ node: el, exit: true });
    // Sibling pointers: linkedom builds a new childNodes list on every read (this read it per child).
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  flush();
  return blocks;
}

export interface BlockOptions {
  /** Live elements never to read back in (clutter found by the clutter pass). */
  skip?: ReadonlySet<Element>;
}

const tail = (s: string): string => collapseWhitespace(s).slice(-60);

/**
 * Whether an element of the article's content is the clone of a live block in `skip`: clutter the
 * guided pass found inside the story after Readability ran (a hover card in a sentence, an inline
 * "Read more"), which must not reach the article's text, summary or quotes either.
 */
export function skipsClone(
  article: ExtractedArticle,
  skip: ReadonlySet<Element> | undefined,
): (el: Element) => boolean {
  if (!skip?.size) return () => false;
  return (el) => {
    const live = article.liveOf.get(el);
    return live !== undefined && skip.has(live);
  };
}

/**
 * Quotation containers Readability dropped from a container it kept, put back after the block
 * that precedes them on the page.
 */
function recoverQuotes(
  article: ExtractedArticle,
  blocks: ArticleBlock[],
  skip: ReadonlySet<Element>,
): void {
  const kept = new Set(article.liveElements);
  for (const parent of article.liveElements) {
    for (const el of Array.from(parent.children)) {
      if (kept.has(el) || skip.has(el) || isHidden(el)) continue;
      const isQuote =
        el.tagName.toUpperCase() === 'BLOCKQUOTE' ||
        QUOTE_CLASS.test(el.getAttribute('class') ?? '');
      if (!isQuote) continue;
      const block = quoteBlock(el, (e) => skip.has(e) || isHidden(e));
      if (!block || blocks.some((b) => b.text.includes(block.text) || block.text.includes(b.text)))
        continue;
      // Anchor: the text of the nearest previous sibling that has any.
      let prev = el.previousElementSibling;
      while (prev && !collapseWhitespace(prev.textContent ?? ''))
        prev = prev.previousElementSibling;
      const anchor = prev ? tail(prev.textContent ?? '') : null;
      const at = anchor
        ? blocks.findIndex((b) => b.text.endsWith(anchor) || tail(b.text) === anchor)
        : -1;
      if (at >= 0) blocks.splice(at + 1, 0, block);
    }
  }
}

export function articleBlocks(
  article: ExtractedArticle,
  options: BlockOptions = {},
): ArticleBlock[] {
  const blocks = readBlocks(article.content, skipsClone(article, options.skip));
  // A document set in <pre> as a whole (an IETF draft, a plain-text post) is prose, not code.
  const length = (kind: BlockKind) =>
    blocks.reduce((sum, b) => sum + (b.kind === kind ? b.text.length : 0), 0);
  if (length('code') > length('text'))
    for (const b of blocks) if (b.kind === 'code') b.kind = 'text';
  recoverQuotes(article, blocks, options.skip ?? new Set());
  return blocks.length ? blocks : article.blocks.map((text) => ({ text, kind: 'text' as const }));
}
