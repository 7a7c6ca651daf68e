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
import { pageDigest } from '../core/page-digest';
import type { Mode, PageDigest } from '../core/types';
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
  /** Late content changed what is hidden: the kept page digest no longer holds. */
  changed(): void;
}

/**
 * The last analysis, with the URL and document it was made for, and the page digest made from it
 * in the next idle slice (what the popup asks for; dropped when late content changes the page).
 */
let last: {
  doc: Document;
  href: string;
  analysis: PageAnalysis;
  digest?: PageDigest;
} | null = null;

export const analyser: Analyser = {
  *analyse(doc, site) {
    if (exceedsPageLimits(doc)) return null;
    const readerable = isReaderable(doc);
    yield;
    const analysis = yield* analysePageSteps(doc, site, { readerable, mode: 'tidy' });
    const href = doc.location?.href ?? '';
    last = { doc, href, analysis };
    yield;
    // The rest of the popup's page digest (metadata, visible text, paragraphs: a few ms), so
    // opening the popup costs a message, not a pass over the page.
    // The heuristic blocks are marked when this returns, one slice later: a few ms.
    try {
      if (last?.analysis === analysis)
        last.digest = pageDigest(doc, href, { mode: 'tidy', analysis });
    } catch (error) {
      console.warn('Standfirst: page digest failed', error); // The popup will try again.
    }
    return analysis;
  },
  findClutter,
  changed: () => {
    if (last) delete last.digest;
  },
};

/**
 * What is kept, if it still describes this view: same document and URL (an SPA navigation makes
 * a new view), same mode, and its article still in the page.
 */
function kept(doc: Document, mode: Mode): typeof last {
  if (!last || last.doc !== doc || last.href !== (doc.location?.href ?? '')) return null;
  if (last.analysis.mode !== mode) return null;
  const live = last.analysis.article?.liveElements ?? [];
  if (live.length && !(live[0]!.isConnected && live[live.length - 1]!.isConnected)) return null;
  return last;
}

/** The page digest for the popup: the one made at idle if it still holds, else a fresh one. */
export function pageDigestOf(doc: Document, mode: Mode): PageDigest {
  const k = kept(doc, mode);
  return k?.digest ?? pageDigest(doc, doc.location?.href ?? '', { mode, analysis: k?.analysis });
}

/** Makes the analyser reachable from the registered script (same isolated world). */
export function installAnalyser(): void {
  fillAnalyserSlot(analyser);
}
