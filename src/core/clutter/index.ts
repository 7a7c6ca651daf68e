/**
 * Clutter detection: the blocks of a news page to hide, each with the reason it qualified. Pure:
 * it reads the live document and never changes it; shells apply the result (src/core/hide-css.ts).
 *
 * Three sources, in order:
 * 1. site rules (src/sites/<site>.ts): exact selectors, reason `site:<rule>/<what>`;
 * 2. generic heuristics guided by Readability's result (./heuristics.ts), reason `heuristic:<name>`;
 * 3. the guard (./guard.ts): no block is, or holds, the article container, an article paragraph,
 *    a figure or caption, the headline or the standfirst. Site-rule matches obey it too.
 * Blocks are outermost: a block's descendants are never listed as well.
 *
 * API for shells (the content script runs these on the live page):
 * - `analysePage(doc, site, { readerable, mode })`: the whole pipeline, with Readability run once:
 *   clutter found before Readability is excluded from it (so it never reaches article text), then
 *   the guided pass. Returns the article, the clutter blocks, Focus's extra blocks and `hidden`
 *   (the set visibleText skips). Hand it to `digest(doc, url, { analysis })` to reuse it.
 * - `findClutter(doc, article, site, { root })`: one pass. With `article` null it runs only what
 *   is safe before Readability (site rules, vocabulary, markup, ad slots; never a block holding
 *   a paragraph of prose). With `root` it searches only that subtree: late content from a
 *   MutationObserver, checked against the article found earlier.
 * - `findFocusBlocks(doc, article)`: Focus mode's blocks (reason `focus:off-path`).
 * - From src/sites/index.ts: `findSite(url)`, `siteSelectors(site)`, `siteStylesheet(site)` (the
 *   document_start CSS, built with selectorStylesheet()).
 */
import { extractArticleSteps, type ExtractedArticle } from '../article';
import type { Mode, Timings } from '../types';
import type { SiteRule } from '../../sites/types';
import { buildGuard, type ArticleGuard } from './guard';
import { detectHeuristic } from './heuristics';
import { FOCUS_REASON, focusBlocks } from './focus';
import { measureText, type TextStats } from './text-stats';

export interface ClutterBlock {
  element: Element;
  /** `site:<rule>/<what>`, `heuristic:<name>` or `focus:off-path`. */
  reason: string;
}

export interface ClutterOptions {
  /**
   * Search only under this element (late-inserted content), measuring only it: the cost is that
   * of the subtree. Default: the whole body.
   */
  root?: Element;
}

/** One measurement of the page shared by the passes of a single analysis. */
interface Scan {
  doc: Document;
  body: Element;
  stats: Map<Element, TextStats>;
}

function scanOf(doc: Document): Scan | null {
  const body = doc.body ?? doc.documentElement;
  return body ? { doc, body, stats: measureText(body) } : null;
}

function matchSite(
  site: SiteRule,
  root: Element,
  guard: ArticleGuard,
  stats: ReadonlyMap<Element, TextStats>,
): ClutterBlock[] {
  const blocks: ClutterBlock[] = [];
  for (const { selector, what } of site.clutter) {
    let matches: Element[];
    try {
      matches = Array.from(root.querySelectorAll(selector));
      if (root.matches(selector)) matches.unshift(root);
    } catch {
      continue; // A selector this DOM cannot parse must not break detection.
    }
    for (const element of matches) {
      // A rule that would hide the article is wrong for this page: the guard wins.
      if (!stats.has(element) || guard.forbids(element) || guard.isProtected(element)) continue;
      blocks.push({ element, reason: `site:${site.id}/${what}` });
    }
  }
  return blocks;
}

/** Drops blocks inside other blocks (the outer one hides them already), keeping document order. */
function outermost(blocks: readonly ClutterBlock[]): ClutterBlock[] {
  const chosen = new Set(blocks.map((b) => b.element));
  const seen = new Set<Element>();
  return blocks.filter(({ element }) => {
    if (seen.has(element)) return false;
    seen.add(element);
    for (let e = element.parentElement; e; e = e.parentElement) if (chosen.has(e)) return false;
    return true;
  });
}

function detect(
  scan: Scan,
  article: ExtractedArticle | null,
  site: SiteRule | null,
  root: Element,
): { blocks: ClutterBlock[]; guard: ArticleGuard } {
  const guard = buildGuard(scan.doc, article, scan.stats);
  const fromSite = site ? matchSite(site, root, guard, scan.stats) : [];
  const taken = new Set(fromSite.map((b) => b.element));
  const heuristic = detectHeuristic(root, {
    stats: scan.stats,
    guard,
    guided: article !== null,
    taken,
  });
  return { blocks: outermost([...fromSite, ...heuristic]), guard };
}

export function findClutter(
  doc: Document,
  article: ExtractedArticle | null,
  site: SiteRule | null,
  options: ClutterOptions = {},
): ClutterBlock[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  // Late content: measure only the inserted subtree, so a MutationObserver batch costs what it
  // inserted, not the whole page. The guard still knows the article from `article`.
  const root = options.root ?? body;
  const scan: Scan = { doc, body, stats: measureText(root) };
  return detect(scan, article, site, root).blocks;
}

export function findFocusBlocks(doc: Document, article: ExtractedArticle | null): ClutterBlock[] {
  const scan = scanOf(doc);
  if (!scan || !article) return [];
  const guard = buildGuard(doc, article, scan.stats);
  return focusBlocks(scan.body, article, guard, scan.stats).map((element) => ({
    element,
    reason: FOCUS_REASON,
  }));
}

export interface PageAnalysis {
  mode: Mode;
  /**
   * Readability's article (run with the early clutter excluded), or null. In Focus it is also
   * found on pages the readerable check rejects; digest() reports no article for those.
   */
  article: ExtractedArticle | null;
  /** Clutter blocks, outermost only, in the order found (site rules first). */
  clutter: ClutterBlock[];
  /** Focus mode's extra blocks; empty in Tidy. */
  focus: ClutterBlock[];
  /** Every element hidden in this mode: what visibleText() skips. */
  hidden: ReadonlySet<Element>;
}

export interface AnalyseOptions {
  mode?: Mode;
  /**
   * isProbablyReaderable()'s verdict: in Tidy, Readability does not run on pages that are not
   * articles (heuristics then run unguided). Focus runs it regardless.
   */
  readerable: boolean;
  /** Phase timings are recorded here (readabilityMs, clutterMs, focusMs). */
  timings?: Timings | Record<string, number>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The whole pipeline on one page: early clutter, Readability without it, guided clutter, Focus.
 * Readability runs once; the page is measured once.
 */
export function analysePage(
  doc: Document,
  site: SiteRule | null,
  options: AnalyseOptions,
): PageAnalysis {
  const steps = analysePageSteps(doc, site, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analysePage() in steps: each `next()` does one slice of the work (the scan and early clutter;
 * cloning the page; Readability; the guided pass), so the content script can give each slice its
 * own idle callback instead of holding the page's main thread for the sum. Readability's parse is
 * the one slice that cannot be cut further. The page may change between slices: the clone is a
 * snapshot, and elements that left the page are simply not found again.
 */
export function* analysePageSteps(
  doc: Document,
  site: SiteRule | null,
  options: AnalyseOptions,
): Generator<void, PageAnalysis, void> {
  const mode = options.mode ?? 'tidy';
  const timings: Record<string, number> = options.timings ?? {};
  const time = <T>(name: string, fn: () => T): T => {
    const start = now();
    try {
      return fn();
    } finally {
      timings[name] = Math.round(((timings[name] ?? 0) + now() - start) * 100) / 100;
    }
  };

  const scan = time('clutterMs', () => scanOf(doc));
  if (!scan) return { mode, article: null, clutter: [], focus: [], hidden: new Set() };
  const early = time('clutterMs', () => detect(scan, null, site, scan.body).blocks);
  // Focus is the reader's explicit request for the article alone, so Readability runs even when
  // the quick readerable check says no (it misses short and list-like stories).
  const run = options.readerable || mode === 'focus';
  let article: ExtractedArticle | null = null;
  if (run) {
    yield;
    const extract = extractArticleSteps(doc, { exclude: early.map((b) => b.element) });
    for (;;) {
      const step = time('readabilityMs', () => extract.next());
      if (step.done) {
        article = step.value;
        break;
      }
      yield;
    }
    if (article) yield;
  }
  let clutter = early;
  let guard: ArticleGuard | null = null;
  if (article) {
    const guided = time('clutterMs', () => detect(scan, article, site, scan.body));
    guard = guided.guard;
    // Early blocks were kept out of Readability, so they can hold no article paragraph; the guided
    // guard still vets them for the headline and standfirst, which Readability does not return.
    const safeEarly = early.filter((b) => !guided.guard.forbids(b.element));
    clutter = outermost([...safeEarly, ...guided.blocks]);
  }
  const focus =
    mode === 'focus' && article && guard
      ? time('focusMs', () =>
          focusBlocks(scan.body, article, guard, scan.stats).map((element) => ({
            element,
            reason: FOCUS_REASON,
          })),
        )
      : [];
  const hidden = new Set<Element>();
  for (const b of clutter) hidden.add(b.element);
  for (const b of focus) hidden.add(b.element);
  return { mode, article, clutter, focus, hidden };
}
