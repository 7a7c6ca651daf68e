/**
 * A site rule: one news site's clutter selectors and the pages they were written against.
 * Rules live one per file in `src/sites/<site>.ts`; `src/sites/index.ts` registers them.
 */

export interface ClutterSelector {
  /**
   * A CSS selector matching whole clutter blocks. Site selectors are also hidden at
   * document_start, before any guard can run, so each must be exact: it names a block that is
   * clutter on every page of the site, never a wrapper that could hold the article.
   */
  selector: string;
  /** What it hides, as a short id: the block's reason is `site:<rule id>/<what>`. */
  what: string;
}

/**
 * A page a rule was written against, and how many elements each selector matches there.
 * `page` is one of:
 * - `fixture:<group>/<case>`: a fixture in this repository (test/fixtures/<group>/<case>/source.html,
 *   with its URL in case.json);
 * - `extraction:<id>`: a page of ../shared/bench/extraction (read in place, never copied);
 * - `readability:<dir>`: a page of ../shared/bench/readability-pages (read in place).
 */
export interface SiteFixture {
  page: string;
  /** Expected matches per selector (keys are the `selector` strings; 0 is a valid expectation). */
  matches: Readonly<Record<string, number>>;
}

export interface SiteRule {
  /** Stable id, e.g. `theregister`. */
  id: string;
  /** Display name, e.g. "The Register". */
  name: string;
  /** Registrable domains this rule covers, e.g. `theregister.com`. */
  domains: readonly string[];
  /** Clutter blocks, hidden at document_start and reported with their `what`. */
  clutter: readonly ClutterSelector[];
}

/**
 * Why a rule can be trusted, kept in the rule's own file but in a separate export: every content
 * script carries the rules, and none needs their evidence, so bundles tree-shake it away.
 */
export interface SiteProof {
  /** The pages the selectors were written against; a meta-test checks them there. */
  fixtures: readonly SiteFixture[];
  /** Where each selector comes from: verified on a real page, or reconstructed from public evidence. */
  evidence: string;
}
