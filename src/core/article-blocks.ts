/**
 * The article's paragraphs as the gist features read them: text, in order, each marked as a
 * paragraph, a heading, a caption or a block quotation (tweets and statements set in
 * <blockquote> carry no quote marks, so the element is their only mark).
 *
 * Walks the live page, keeping only what Readability kept (`liveElements`), so the paragraph
 * boundaries are the page's own. It also recovers quotation blocks Readability dropped: its
 * "unlikely candidate" pattern removes any element whose class contains "extra", which takes out
 * The Register's `div.blockextract` quotes with the key quote inside.
 */
import type { ExtractedArticle } from './article';
import { collapseWhitespace, isBlockElement, isSkippedElement, textBlocks } from './text';

export type BlockKind = 'text' | 'heading' | 'quote' | 'caption';

export interface ArticleBlock {
  text: string;
  kind: BlockKind;
  /** For block quotations: who the page credits (a tweet's "— Name (@handle)", a <cite>). */
  cite?: string | null;
}

const HEADING = /^H[1-6]$/;
const CAPTION = /^(FIGCAPTION|CAPTION)$/;
/** Quotation containers a page marks by class or id rather than <blockquote>. */
const QUOTE_CLASS = /(^|[\s_-])(quote|blockextract|pullquote|pull-quote|blockquote)/i;

/** "— Kristi Noem (@KristiNoem) November 19, 2019" at the foot of an embedded tweet. */
const TWEET_FOOTER = /(?:^|\s)[—–-]\s*([^()@—–]{2,80}?)\s*\(@\w{1,30}\)[^]*$/u;

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
  return text ? { text, kind: 'quote', cite } : null;
}

export interface BlockOptions {
  /** Live elements never to read (clutter found by the clutter pass). */
  skip?: ReadonlySet<Element>;
}

/**
 * The article's blocks. Falls back to Readability's own text blocks when the live elements
 * cannot be walked (no live element kept).
 */
export function articleBlocks(
  article: ExtractedArticle,
  options: BlockOptions = {},
): ArticleBlock[] {
  const kept = new Set(article.liveElements);
  const first = article.liveElements[0];
  if (!first) return article.blocks.map((text) => ({ text, kind: 'text' }));
  const skipSet = options.skip ?? new Set<Element>();
  const skip = (el: Element): boolean => skipSet.has(el) || isSkippedElement(el);

  // The container: the lowest common ancestor of the kept elements.
  let root: Element | null = first;
  const last = article.liveElements[article.liveElements.length - 1]!;
  while (root && !root.contains(last)) root = root.parentElement;
  if (!root) return article.blocks.map((text) => ({ text, kind: 'text' }));
  // Ancestors of kept elements: Readability flattens wrappers, so a dropped element may still
  // hold kept ones deeper down.
  const holdsKept = new Set<Element>();
  for (const el of article.liveElements) {
    for (let p = el.parentElement; p && !holdsKept.has(p) && p !== root; p = p.parentElement) {
      holdsKept.add(p);
    }
  }

  const blocks: ArticleBlock[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) blocks.push({ text, kind: 'text' });
    current = '';
  };
  const walk = (el: Element, inKept: boolean): void => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        if (inKept) current += node.nodeValue ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (skip(child)) continue;
      // Readability unwraps a DIV whose only child is a DIV and copies the wrapper's attributes
      // (our index among them) onto the child, so such a child maps to its parent: keep it too.
      const isKept =
        kept.has(child) ||
        (inKept && /^(DIV|SECTION)$/.test(el.tagName.toUpperCase()) && el.children.length === 1);
      const tag = child.tagName.toUpperCase();
      const recovered =
        !isKept &&
        inKept &&
        !isHidden(child) &&
        (tag === 'BLOCKQUOTE' || QUOTE_CLASS.test(`${child.className} ${child.id}`));
      if (!isKept && !recovered) {
        if (holdsKept.has(child)) {
          if (isBlockElement(child)) flush();
          walk(child, false);
          if (isBlockElement(child)) flush();
        }
        continue;
      }
      if (tag === 'BLOCKQUOTE' || recovered) {
        flush();
        const q = quoteBlock(child, skip);
        if (q) blocks.push(q);
        continue;
      }
      if (HEADING.test(tag) || CAPTION.test(tag)) {
        flush();
        const text = collapseWhitespace(textBlocks(child, skip).join(' '));
        if (text) blocks.push({ text, kind: HEADING.test(tag) ? 'heading' : 'caption' });
        continue;
      }
      const block = isBlockElement(child);
      if (block) flush();
      walk(child, true);
      if (block) flush();
    }
  };
  walk(root, kept.has(root));
  flush();
  return blocks.length ? blocks : article.blocks.map((text) => ({ text, kind: 'text' }));
}
