/**
 * The Readability-guided half of de-cluttering, for the registered content script to load only
 * when the page is idle. It lives in the on-demand digest script (./digest.ts), which installs it
 * in the isolated world's global, so the script registered at document_start stays small (its
 * evaluation is on the page's critical path) and Readability is compiled only when it runs.
 *
 * The analysis it finishes is kept for the popup's digest of the same view, so opening the popup
 * on a de-cluttered page does not run Readability a second time.
 */
import { isReaderable } from '../core/article';
import { analysePageSteps, findClutter, type PageAnalysis } from '../core/clutter';
import { exceedsPageLimits } from '../core/page-limits';
import type { Mode } from '../core/types';
import type { SiteRule } from '../sites/types';
import { fillAnalyserSlot } from './analyser-slot';

export interface Analyser {
  /**
   * The page's analysis (Tidy) in slices of a few tens of ms: run one `next()` per idle
   * callback. Returns null past the page limits (site rules only there).
   */
  analyse(doc: Document, site: SiteRule | null): Generator<void, PageAnalysis | null, void>;
  /** Clutter in late content, checked against the article found by `analyse`. */
  findClutter: typeof findClutter;
}

/** The last analysis, with the URL and document it was made for. */
let last: { doc: Document; href: string; analysis: PageAnalysis } | null = null;

export const analyser: Analyser = {
  *analyse(doc, site) {
    if (exceedsPageLimits(doc)) return null;
    const readerable = isReaderable(doc);
    yield;
    const analysis = yield* analysePageSteps(doc, site, { readerable, mode: 'tidy' });
    last = { doc, href: doc.location?.href ?? '', analysis };
    return analysis;
  },
  findClutter,
};

/**
 * The kept analysis if it still describes this view: same document and URL (an SPA navigation
 * makes a new view), same mode, and its article still in the page.
 */
export function keptAnalysis(doc: Document, mode: Mode): PageAnalysis | undefined {
  if (!last || last.doc !== doc || last.href !== (doc.location?.href ?? '')) return undefined;
  const { analysis } = last;
  if (analysis.mode !== mode) return undefined;
  const live = analysis.article?.liveElements ?? [];
  if (live.length && !(live[0]!.isConnected && live[live.length - 1]!.isConnected))
    return undefined;
  return analysis;
}

/** Makes the analyser reachable from the registered script (same isolated world). */
export function installAnalyser(): void {
  fillAnalyserSlot(analyser);
}
