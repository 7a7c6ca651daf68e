/**
 * From a site key (registrable domain) to what the browser needs: match patterns, the stylesheet
 * file registered at document_start, and the built-in rule if there is one. Pure and small: the
 * popup, the background and the build (vite.config.ts, which writes the manifest's
 * host_permissions and the per-site CSS files from SITES) all use it, so they cannot disagree.
 * Turning a URL into a site key needs the Public Suffix List: see site-key.ts (background only).
 */
import { markedStylesheet, selectorStylesheet } from '../core/hide-css';
import { SITES, siteSelectors } from '../sites/index';
import type { SiteRule } from '../sites/types';

/** The content script, from the extension root. */
export const CONTENT_SCRIPT = 'src/content/index.js';
/** The stylesheet registered for sites without a rule: it hides marked elements only. */
export const GENERIC_CSS = 'sites/generic.css';

const IP_OR_SINGLE_LABEL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\]|[^.]+)$/i;

/**
 * Match patterns for every page of a site. `*.example.com` also matches `example.com` itself in
 * Chrome and Firefox. Patterns carry no port: Firefox rejects patterns with one.
 */
export function originPatterns(key: string): string[] {
  return IP_OR_SINGLE_LABEL.test(key) ? [`*://${key}/*`] : [`*://*.${key}/*`];
}

/** The site key a match pattern from originPatterns() stands for, or null for any other pattern. */
export function keyOfPattern(pattern: string): string | null {
  const m = /^\*:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  if (!m) return null;
  const key = m[2]!.toLowerCase();
  return originPatterns(key)[0] === pattern.toLowerCase() ? key : null;
}

/**
 * A rule's selectors. The one place the shell reads them, so a richer rule format (selectors
 * with a reason each) changes this function only.
 */
export function ruleSelectors(rule: SiteRule | null): readonly string[] {
  return siteSelectors(rule);
}

/** A rule's selectors, each with the reason its blocks are reported with (as findClutter's). */
export function ruleEntries(rule: SiteRule | null): { selector: string; reason: string }[] {
  return (rule?.clutter ?? []).map(({ selector, what }) => ({
    selector,
    reason: `site:${rule!.id}/${what}`,
  }));
}

/** The built-in rule covering exactly this site key, if any. */
export function builtInRule(key: string, sites: readonly SiteRule[] = SITES): SiteRule | null {
  return sites.find((s) => s.domains.includes(key)) ?? null;
}

/** Site keys that are on by default: every domain of every built-in rule. */
export function builtInKeys(sites: readonly SiteRule[] = SITES): string[] {
  return [...new Set(sites.flatMap((s) => s.domains))].sort();
}

/** The manifest's host_permissions: exactly the built-in sites. */
export function builtInHostPermissions(sites: readonly SiteRule[] = SITES): string[] {
  return builtInKeys(sites).flatMap(originPatterns);
}

/** The extension file holding the document_start stylesheet for a site (see siteStylesheet). */
export function cssFileFor(rule: SiteRule | null): string {
  return rule ? `sites/${rule.id}.css` : GENERIC_CSS;
}

/**
 * The stylesheet a site gets before first paint: its rule's selectors (when it has a rule) plus
 * the rule for elements the content script marks later. Built into a file per rule at build time;
 * the background also inserts it as a user-origin sheet, which page styles cannot override.
 */
export function siteStylesheet(rule: SiteRule | null): string {
  return markedStylesheet() + selectorStylesheet(ruleSelectors(rule));
}
