/**
 * Applies de-cluttering to the live page: marks clutter blocks with HIDE_ATTR (the stylesheet
 * registered at document_start and the background's user-origin sheet hide them), keeps the
 * <html> attributes for off / Show hidden / Focus, and watches for clutter that arrives late.
 *
 * Order of work, cheapest first, so rule-based hiding never waits for Readability:
 *   1. site-rule selectors (already hidden by CSS since document_start; marked here to count them),
 *   2. heuristics (Readability + findClutter), loaded when the page is idle (./analyser.ts) and run
 *      in slices, one idle callback each (Readability's own parse is the one slice it cannot cut),
 *   3. a MutationObserver, batched per animation frame, for lazy rails and SPA navigations; it
 *      disconnects once it has found nothing new for a while.
 *
 * Everything it knows lives in this isolated world: counts come from its own list of marked
 * elements, never from querying attributes the page could add or remove.
 */
import type { ExtractedArticle } from '../core/article';
import type { ClutterBlock, PageAnalysis } from '../core/clutter';
import { FOCUS_ATTR, HIDE_ATTR, OFF_ATTR, REVEAL_ATTR } from '../core/hide-css';
import type { SiteRule } from '../sites/types';
import type { SiteState, TabStatus } from '../shared/messages';
import { ruleEntries } from '../shared/site-patterns';
import type { Analyser } from './analyser';

export interface DeclutterHooks {
  /** Called when the hidden count or the state changed (the background sets the badge). */
  report(status: TabStatus): void;
  /** Runs `fn` when the page is idle (requestIdleCallback where it exists). */
  idle?(fn: () => void): void;
  /** Runs `fn` before the next frame (requestAnimationFrame where it exists). */
  frame?(fn: () => void): void;
  /**
   * Hands `ready` the heuristics (null when they cannot be had): the registered script loads
   * them only when the page is idle. Without this hook, site rules only.
   */
  analyser?(ready: (analyser: Analyser | null) => void): void;
}

/** The observer disconnects after this long without finding anything new. */
export const QUIET_MS = 4000;
/** Heuristics re-run on late content at most this often (they walk the whole document). */
const HEURISTIC_INTERVAL_MS = 250;
/** Past this many pending nodes, a batch rescans the document instead of the nodes. */
const MAX_PENDING = 500;
/** How often the page may flip our <html> attributes back before we stop insisting. */
const MAX_REASSERTS = 20;

const defaultIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 1);
};
const defaultFrame = (fn: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
  else setTimeout(fn, 16);
};

export class Declutterer {
  private state: SiteState = { enabled: false, reveal: false, mode: 'tidy' };
  private readonly marks = new Map<Element, string>();
  /**
   * The site rule's selectors the browser accepts, each with its reason (as findClutter's), or
   * null until first needed: checking them is not worth lengthening the load for, and a page that
   * is on first marks rule blocks at idle time (see scan()).
   */
  private rules: { selector: string; reason: string }[] | null = null;
  /** The user's own rules for this host ("My rules"), from the latest state. */
  private userRules: { selector: string; reason: string }[] = [];
  private article: ExtractedArticle | null | undefined;
  private analyser: Analyser | null = null;
  /** Counts analysis runs: a navigation or switching off drops the run in progress. */
  private runs = 0;
  private scanned = false;
  /** A scan's rule marking, left for idle time (see scan()). */
  private rulesDue = false;
  private heuristicsDone = false;
  private lastHeuristics = 0;
  private observer: MutationObserver | null = null;
  private attrGuard: MutationObserver | null = null;
  private reasserts = 0;
  private pending: Node[] = [];
  private overflow = false;
  private batchScheduled = false;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private href: string;
  private lastReport = '';

  constructor(
    private readonly doc: Document,
    private site: SiteRule | null,
    private readonly hooks: DeclutterHooks,
  ) {
    this.href = doc.location?.href ?? '';
  }

  /**
   * The built-in rule for this page, when it was not known at construction: the registered
   * script learns it from the background's hello (src/content/index.ts). Rule blocks already on a
   * page that is on are marked at once.
   */
  setSite(site: SiteRule | null): void {
    if (site === this.site) return;
    this.site = site;
    this.rules = null;
    if (this.state.enabled && this.scanned && this.markRules(this.doc) > 0) this.report();
  }

  private siteRules(): { selector: string; reason: string }[] {
    return (this.rules ??= this.usable(ruleEntries(this.site)));
  }

  /** A selector the browser rejects must not void the others (as in selectorStylesheet). */
  private usable(entries: { selector: string; reason: string }[]) {
    return entries.filter(({ selector }) => {
      try {
        this.doc.createDocumentFragment().querySelector(selector);
        return true;
      } catch {
        return false;
      }
    });
  }

  /**
   * Applies a state from the background. Turning on for the first time scans the page. `shown`:
   * the toolbar already shows this state with nothing hidden (the background does so as it
   * answers the hello), so that much goes unreported.
   */
  setState(next: SiteState, { shown = false }: { shown?: boolean } = {}): void {
    this.state = { ...next };
    // "My rules" for this host, as the background read them from the settings.
    this.userRules = this.usable(
      (next.userSelectors ?? []).map((selector) => ({ selector, reason: 'user:my-rules' })),
    );
    if (next.enabled && this.scanned && this.userRules.length) this.markRules(this.doc);
    this.writeAttributes();
    this.guardAttributes();
    if (next.enabled && !this.scanned) this.scan();
    else if (next.enabled) this.observe();
    else this.disconnect();
    if (shown) this.lastReport = reportKey({ ...next, hidden: 0 });
    this.report();
  }

  /** What is hidden, for the popup: rule blocks still waiting for idle time are counted first. */
  status(): TabStatus {
    this.markDueRules();
    return this.snapshot();
  }

  private snapshot(): TabStatus {
    const reasons: Record<string, number> = {};
    let hidden = 0;
    for (const [, reason] of this.outermost()) {
      hidden++;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
    return { ...this.state, hidden, reasons, analysed: this.heuristicsDone };
  }

  /** The page changed its URL without a new document: look again once the new view is in. */
  navigated(): void {
    // The background pings on every load of a tab, this page's own included: only a new address
    // is a navigation, and the same one must not start the analysis over.
    const href = this.doc.location?.href ?? this.href;
    if (href === this.href) return;
    this.href = href;
    this.article = undefined;
    this.heuristicsDone = false;
    this.runs++; // An analysis of the previous view must not land on this one.
    this.prune();
    if (!this.state.enabled) return;
    this.markRules(this.doc);
    this.observe();
    this.idle(() => this.runHeuristics());
    this.report();
  }

  /** Whether the late-content observer is connected (for tests). */
  get observing(): boolean {
    return this.observer !== null;
  }

  private scan(): void {
    this.scanned = true;
    this.observe();
    // The stylesheet registered at document_start hides (and, for "Show hidden", outlines) the
    // rule's blocks by selector already: marking them only counts them for the badge and the
    // popup, so it waits for idle time with the heuristics instead of lengthening the load.
    this.rulesDue = true;
    this.idle(() => {
      if (this.markDueRules() > 0) this.report();
      this.runHeuristics();
    });
  }

  /** Marks the rule blocks a scan left for idle time (once). Returns how many were new. */
  private markDueRules(): number {
    if (!this.rulesDue || !this.state.enabled) return 0;
    this.rulesDue = false;
    return this.markRules(this.doc);
  }

  private runHeuristics(): void {
    if (!this.state.enabled || !this.hooks.analyser) return;
    const run = ++this.runs;
    const current = (): boolean => run === this.runs && this.state.enabled;
    this.hooks.analyser((analyser) => {
      if (!analyser || !current()) return;
      this.analyser = analyser;
      const steps = analyser.analyse(this.doc, this.site);
      const step = (): void => {
        if (!current()) return;
        let next: IteratorResult<void, PageAnalysis | null>;
        try {
          next = steps.next();
        } catch (error) {
          console.warn('Standfirst: clutter detection failed', error);
          return this.finishHeuristics(null);
        }
        if (next.done) this.finishHeuristics(next.value);
        else this.idle(step);
      };
      this.idle(step);
    });
  }

  /** Null: past the size limits (or failed), so site rules only, now and for late content. */
  private finishHeuristics(analysis: PageAnalysis | null): void {
    this.lastHeuristics = Date.now();
    this.article = analysis?.article ?? null;
    if (!analysis) return;
    this.heuristicsDone = true;
    if (this.markBlocks(analysis.clutter) > 0) this.foundSomething();
    this.report();
  }

  /** Marks site-rule and My-rules matches in `root` and below. Returns how many were new. */
  private markRules(root: ParentNode): number {
    let added = 0;
    for (const { selector, reason } of [...this.siteRules(), ...this.userRules]) {
      if ((root as Node).nodeType === 1 && (root as Element).matches(selector))
        added += this.mark(root as Element, reason);
      for (const el of Array.from(root.querySelectorAll(selector))) added += this.mark(el, reason);
    }
    return added;
  }

  private markBlocks(blocks: ClutterBlock[]): number {
    let added = 0;
    for (const block of blocks) added += this.mark(block.element, block.reason);
    return added;
  }

  private mark(el: Element, reason: string): number {
    // Never the page itself: a bad rule must not blank the page.
    if (el === this.doc.documentElement || el === this.doc.body || el === this.doc.head) return 0;
    const known = this.marks.get(el);
    if (known === reason && el.getAttribute(HIDE_ATTR) === reason) return 0;
    this.marks.set(el, reason);
    el.setAttribute(HIDE_ATTR, reason);
    return known === undefined ? 1 : 0;
  }

  /** Marked elements still in the page with no marked ancestor: what the user sees as blocks. */
  private *outermost(): Generator<[Element, string]> {
    this.prune();
    for (const [el, reason] of this.marks) {
      let up = el.parentElement;
      while (up && !this.marks.has(up)) up = up.parentElement;
      if (!up) yield [el, reason];
    }
  }

  private prune(): void {
    for (const el of this.marks.keys()) if (!el.isConnected) this.marks.delete(el);
  }

  private writeAttributes(): void {
    const root = this.doc.documentElement;
    toggle(root, OFF_ATTR, !this.state.enabled);
    toggle(root, REVEAL_ATTR, this.state.enabled && this.state.reveal);
    toggle(root, FOCUS_ATTR, this.state.enabled && this.state.mode === 'focus');
  }

  /** Pages (or their frameworks, on hydration) may rewrite <html> attributes: put ours back. */
  private guardAttributes(): void {
    const Observer = this.observerClass();
    if (this.attrGuard || !Observer) return;
    this.attrGuard = new Observer(() => {
      const root = this.doc.documentElement;
      const wrong =
        root.hasAttribute(OFF_ATTR) !== !this.state.enabled ||
        root.hasAttribute(REVEAL_ATTR) !== (this.state.enabled && this.state.reveal) ||
        root.hasAttribute(FOCUS_ATTR) !== (this.state.enabled && this.state.mode === 'focus');
      if (!wrong) return;
      if (++this.reasserts > MAX_REASSERTS) return this.attrGuard?.disconnect();
      this.writeAttributes();
    });
    this.attrGuard.observe(this.doc.documentElement, {
      attributes: true,
      attributeFilter: [OFF_ATTR, REVEAL_ATTR, FOCUS_ATTR],
    });
  }

  private observe(): void {
    const Observer = this.observerClass();
    if (!this.observer && Observer) {
      this.observer = new Observer((records) => this.collect(records));
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    }
    this.foundSomething();
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    this.overflow = false;
    clearTimeout(this.quietTimer);
  }

  /** Restarts the quiet countdown after which the observer disconnects. */
  private foundSomething(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.disconnect();
      // Lazy rails mostly load as the reader scrolls towards them: watch again from the first
      // scroll after going quiet, for another quiet period. Costs nothing while nobody scrolls.
      this.doc.defaultView?.addEventListener(
        'scroll',
        () => {
          if (this.state.enabled) this.observe();
        },
        { passive: true, once: true },
      );
    }, QUIET_MS);
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        if (this.pending.length >= MAX_PENDING) this.overflow = true;
        else this.pending.push(node);
      }
    }
    if ((this.pending.length || this.overflow) && !this.batchScheduled) {
      this.batchScheduled = true;
      this.frame(() => this.flush());
    }
  }

  /** One batch per animation frame: rules on the added nodes, heuristics now and then. */
  private flush(): void {
    this.batchScheduled = false;
    const nodes = this.pending;
    const overflow = this.overflow;
    this.pending = [];
    this.overflow = false;
    if (!this.state.enabled || !this.observer) return;

    const href = this.doc.location?.href ?? this.href;
    if (href !== this.href) return this.navigated();

    let added = 0;
    if (overflow) added += this.markRules(this.doc);
    else for (const node of nodes) if (node.isConnected) added += this.markRules(node as Element);

    const due = Date.now() - this.lastHeuristics >= HEURISTIC_INTERVAL_MS;
    if (this.analyser && this.heuristicsDone && due && (overflow || nodes.some(hasText))) {
      this.lastHeuristics = Date.now();
      try {
        added += this.markBlocks(
          this.analyser.findClutter(this.doc, this.article ?? null, this.site),
        );
      } catch (error) {
        console.warn('Standfirst: clutter detection failed', error);
      }
    }
    if (added > 0) {
      this.analyser?.changed();
      this.foundSomething();
      this.report();
    }
  }

  /** The document's own window's MutationObserver (so tests can hand in a jsdom document). */
  private observerClass(): typeof MutationObserver | undefined {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    return view?.MutationObserver ?? globalThis.MutationObserver;
  }

  private report(): void {
    const status = this.snapshot();
    const key = reportKey(status);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.hooks.report(status);
  }

  private idle(fn: () => void): void {
    (this.hooks.idle ?? defaultIdle)(fn);
  }

  private frame(fn: () => void): void {
    (this.hooks.frame ?? defaultFrame)(fn);
  }
}

/** What a report says, to send each once. */
function reportKey(s: SiteState & { hidden: number }): string {
  return `${s.enabled}|${s.reveal}|${s.mode}|${s.hidden}`;
}

function toggle(el: Element, attr: string, on: boolean): void {
  if (on && !el.hasAttribute(attr)) el.setAttribute(attr, '');
  else if (!on && el.hasAttribute(attr)) el.removeAttribute(attr);
}

function hasText(node: Node): boolean {
  return node.isConnected && (node.textContent ?? '').trim().length > 0;
}
