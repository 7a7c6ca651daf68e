/**
 * Never hide the article. The guard names, from Readability's result, the elements no clutter block
 * may be or contain:
 *
 * - the article container (the nearest common ancestor of the roots of Readability's content) and
 *   every ancestor of it;
 * - every article paragraph: an element of Readability's content that holds text as a unit (p,
 *   blockquote, pre, li, dd, dt, td, th, figcaption, or an element with its own text) with
 *   at least PARAGRAPH_WORDS words (or PARAGRAPH_CHARS characters, for unspaced scripts) and link
 *   text under half of it;
 * - every figure and figcaption of Readability's content;
 * - the headline and the standfirst, wherever they sit.
 *
 * A block is allowed when it is none of these and no ancestor of one. Blocks inside the container
 * are fine (an inline "Related" list); blocks wrapping a paragraph are not. test/unit/guard tests
 * assert exactly this definition on every benchmark page.
 */
import type { ExtractedArticle } from '../article';
import { collapseWhitespace, isSkippedElement } from '../text';
import { linkDensity, TEXT_UNIT_TAGS, type TextStats } from './text-stats';

export const PARAGRAPH_WORDS = 10;
export const PARAGRAPH_CHARS = 60;

/** Headings are not paragraphs here (TEXT_UNIT_TAGS leaves them out): a ten-word <h3> in
 * Readability's content is far more often a teaser's title than an article subheading. */
const MEDIA_TAGS = new Set(['figure', 'figcaption']);

export interface ArticleGuard {
  /** The article container, or null without an article. */
  container: Element | null;
  headline: Element | null;
  standfirst: Element | null;
  /** Paragraphs, figures, headline and standfirst: no block may be one or hold one. */
  protectedElements: ReadonlySet<Element>;
  /** True when hiding `el` would hide article text (it is protected or an ancestor of one). */
  forbids(el: Element): boolean;
  /** True for protected elements themselves: their insides are never searched for clutter. */
  isProtected(el: Element): boolean;
  /** True when Readability kept the element, or something inside it, in the article. */
  isKept(el: Element): boolean;
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** An article paragraph as the module comment defines it. */
export function isArticleParagraph(el: Element, s: TextStats | undefined): boolean {
  if (!s || s.chars === 0) return false;
  const unit = TEXT_UNIT_TAGS.has(el.localName) || hasOwnText(el);
  if (!unit) return false;
  return (s.words >= PARAGRAPH_WORDS || s.chars >= PARAGRAPH_CHARS) && linkDensity(s) < 0.5;
}

/** The nearest common ancestor of `elements` (null for none). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (let i = 1; common && i < elements.length; i++) {
    const el = elements[i]!;
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

/** The roots of Readability's content: live elements whose parent is not in the content. */
function contentRoots(live: readonly Element[]): Element[] {
  const set = new Set(live);
  return live.filter((el) => !el.parentElement || !set.has(el.parentElement));
}

const normalise = (s: string): string =>
  collapseWhitespace(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '');

/** Visible text of an element (skipping script/style), for the few elements we compare. */
function textOf(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1 && !isSkippedElement(n as Element)) walk(n);
    }
  };
  walk(el);
  return out;
}

/** The element showing the headline: the h1 (else h2) whose text best matches the title. */
export function findHeadline(
  doc: Document,
  title: string | null,
  container: Element | null,
): Element | null {
  const want = normalise(title ?? '');
  let best: Element | null = null;
  let bestScore = 0;
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(doc.getElementsByTagName(tag))) {
      const got = normalise(textOf(h));
      if (!got) continue;
      let score = 0;
      if (want && got === want) score = 3;
      else if (want && (want.includes(got) || got.includes(want)))
        score = 2 * (Math.min(got.length, want.length) / Math.max(got.length, want.length));
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    if (bestScore >= 1) return best;
  }
  if (bestScore > 0.5) return best;
  // No heading matches the title: take the first h1 in or before the article container.
  for (const h of Array.from(doc.getElementsByTagName('h1'))) {
    if (!container) return h;
    if (container.contains(h)) return h;
    if (container.compareDocumentPosition(h) & 2 /* PRECEDING */) return h;
  }
  return null;
}

/** The element showing the standfirst (the description the page declares), if it shows it. */
export function findStandfirst(
  doc: Document,
  description: string | null,
  stats: ReadonlyMap<Element, TextStats>,
): Element | null {
  const want = normalise(description ?? '');
  if (want.length < 20) return null;
  const wantChars = want.replace(/ /g, '').length;
  let best: Element | null = null;
  for (const [el, s] of stats) {
    // The counts filter first: textContent is only read for elements of about the right size.
    if (s.chars < wantChars * 0.85 || s.chars > wantChars * 1.25) continue;
    const tag = el.localName;
    if (tag === 'body' || tag === 'html' || tag === 'a') continue;
    const got = normalise(textOf(el));
    if (got === want || (got.startsWith(want.slice(0, 60)) && got.length <= want.length * 1.25)) {
      // Innermost match: the element that is the standfirst, not a wrapper around it.
      if (!best || best.contains(el)) best = el;
    }
  }
  return best;
}

/**
 * The guard for `article`. Without an article (clutter found before Readability runs), nothing is
 * known to be the article yet, so every element holding a paragraph of prose or an <h1> is
 * guarded instead.
 */
export function buildGuard(
  doc: Document,
  article: ExtractedArticle | null,
  stats: ReadonlyMap<Element, TextStats>,
): ArticleGuard {
  if (!article) {
    // Headlines are not known yet either: no block may hold an <h1>.
    const headings = new Set<Element>();
    for (const h of Array.from(doc.getElementsByTagName('h1'))) {
      for (let e: Element | null = h; e && !headings.has(e); e = e.parentElement) headings.add(e);
    }
    return {
      container: null,
      headline: null,
      standfirst: null,
      protectedElements: new Set(),
      forbids: (el) => stats.get(el)?.prose === true || headings.has(el),
      isProtected: () => false,
      isKept: () => true,
    };
  }
  const protectedElements = new Set<Element>();
  const forbidden = new Set<Element>();
  const forbid = (el: Element | null): void => {
    for (let e = el; e && !forbidden.has(e); e = e.parentElement) forbidden.add(e);
  };

  let container: Element | null = null;
  if (article.liveElements.length > 0) {
    container = commonAncestor(contentRoots(article.liveElements));
    forbid(container);
    for (const el of article.liveElements) {
      const tag = el.localName;
      if (MEDIA_TAGS.has(tag) || isArticleParagraph(el, stats.get(el))) {
        protectedElements.add(el);
        forbid(el);
      }
    }
  }
  const headline = findHeadline(doc, article.metadata.title, container);
  // Readability's excerpt is the page's declared description (og:description, meta description).
  const standfirst = findStandfirst(doc, article.metadata.excerpt, stats);
  for (const el of [headline, standfirst]) {
    if (!el) continue;
    protectedElements.add(el);
    forbid(el);
  }

  const kept = new Set<Element>();
  for (const el of article.liveElements) {
    for (let e: Element | null = el; e && !kept.has(e); e = e.parentElement) kept.add(e);
  }
  return {
    container,
    headline,
    standfirst,
    protectedElements,
    forbids: (el) => forbidden.has(el),
    isProtected: (el) => protectedElements.has(el),
    isKept: (el) => kept.has(el),
  };
}
