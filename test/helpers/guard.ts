/**
 * "Never hide the article", written out for tests independently of src/core/clutter/guard.ts, so
 * the code is checked against the definition rather than against itself.
 *
 * Final guard (against the article digest() extracted, clutter excluded):
 *   no hidden block is the article container (the nearest common ancestor of the roots of
 *   Readability's content) or an ancestor of it, and none is or holds the headline, the
 *   standfirst, a figure or figcaption of the article, or an article paragraph: an element of
 *   Readability's content that is a p/blockquote/pre/li/dd/dt/td/th/figcaption or holds its own
 *   text, with >= 10 words (or >= 60 characters) and less than half of it link text.
 *
 * Pre-removal guard (against bare Readability, nothing excluded): clutter removed before
 * Readability ran never holds bare Readability's container, the headline, or one of its long
 * prose paragraphs (>= 25 words, under 30% link text): it cannot have taken real article text
 * out of Readability's sight.
 */
import type { ExtractedArticle } from '../../src/core/article';
import { findHeadline } from '../../src/core/clutter/guard';
import type { TextStats } from '../../src/core/clutter/text-stats';

const UNIT = new Set(['P', 'BLOCKQUOTE', 'PRE', 'LI', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION']);

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''));
}

const density = (s: TextStats): number => (s.chars ? s.linkChars / s.chars : 0);

export function articleContainer(article: ExtractedArticle): Element | null {
  const live = new Set(article.liveElements);
  const roots = article.liveElements.filter(
    (el) => !el.parentElement || !live.has(el.parentElement),
  );
  let common: Element | null = roots[0] ?? null;
  for (const el of roots) while (common && !common.contains(el)) common = common.parentElement;
  return common;
}

export function articleParagraphs(
  article: ExtractedArticle,
  stats: ReadonlyMap<Element, TextStats>,
): Element[] {
  return article.liveElements.filter((el) => {
    const s = stats.get(el);
    if (!s || s.chars === 0) return false;
    if (!UNIT.has(el.tagName.toUpperCase()) && !ownText(el)) return false;
    return (s.words >= 10 || s.chars >= 60) && density(s) < 0.5;
  });
}

export interface Protected {
  container: Element | null;
  /** Paragraphs, figures and captions of the article; headline and standfirst when found. */
  elements: Element[];
}

export function protectedElements(
  article: ExtractedArticle,
  stats: ReadonlyMap<Element, TextStats>,
  extra: readonly (Element | null)[],
): Protected {
  const media = article.liveElements.filter((el) =>
    ['FIGURE', 'FIGCAPTION'].includes(el.tagName.toUpperCase()),
  );
  return {
    container: articleContainer(article),
    elements: [...articleParagraphs(article, stats), ...media, ...extra.filter((e) => e !== null)],
  };
}

/** Why hiding `block` would hide the article, or null when it would not. */
export function violation(block: Element, prot: Protected): string | null {
  if (prot.container && block.contains(prot.container)) return 'is or holds the article container';
  for (const el of prot.elements) {
    if (block.contains(el)) {
      return `holds <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 60)}"`;
    }
  }
  return null;
}

/** The pre-removal guard: `el` holds the bare article's container, headline or long prose. */
export function holdsArticle(
  el: Element,
  bare: ExtractedArticle | null,
  stats: ReadonlyMap<Element, TextStats>,
): boolean {
  if (!bare) return false;
  const container = articleContainer(bare);
  if (container && el.contains(container)) return true;
  const headline = findHeadline(el.ownerDocument, bare.metadata.title, container);
  if (headline && el.contains(headline)) return true;
  return articleParagraphs(bare, stats).some((p) => {
    const s = stats.get(p)!;
    return el.contains(p) && s.words >= 25 && density(s) < 0.3;
  });
}
