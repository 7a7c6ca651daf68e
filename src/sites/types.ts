/** A site rule: one news site's selectors and the fixture they were written against. */
export interface SiteRule {
  /** Stable id, e.g. `theregister`. */
  id: string;
  /** Display name, e.g. "The Register". */
  name: string;
  /** Registrable domains this rule covers, e.g. `theregister.com`. */
  domains: readonly string[];
  /** Selectors of clutter blocks, hidden at document_start. */
  hide: readonly string[];
}
