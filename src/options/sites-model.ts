/**
 * The options page's site list as data: which rows to show, and the settings patch each action
 * makes. Pure, so the rules (built-in sites default on, user sites default off, a built-in rule
 * spanning several domains is one row) are tested without a browser.
 */
import type { Settings, SiteSetting } from '../shared/settings-schema';
import type { SiteRule } from '../sites/types';

export interface SiteRow {
  /** Stable id: the rule id for built-in sites, the site key for the user's own. */
  id: string;
  /** What the user reads: the site's name, or its domain. */
  name: string;
  /** The site keys (registrable domains) this row switches. */
  domains: readonly string[];
  builtIn: boolean;
  enabled: boolean;
}

type Sites = Settings['sites'];

/** Built-in sites first, in registry order, then the user's sites by name. */
export function siteRows(sites: Sites, builtIns: readonly SiteRule[]): SiteRow[] {
  const covered = new Set(builtIns.flatMap((rule) => rule.domains));
  const builtInRows = builtIns.map((rule) => ({
    id: rule.id,
    name: rule.name,
    domains: rule.domains,
    builtIn: true,
    // One switch for all of the rule's domains: on only when every one of them is on.
    enabled: rule.domains.every((d) => sites[d]?.enabled ?? true),
  }));
  const userRows = Object.entries(sites)
    .filter(([key]) => !covered.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({
      id: key,
      name: key,
      domains: [key],
      builtIn: false,
      enabled: value.enabled,
    }));
  return [...builtInRows, ...userRows];
}

/**
 * The sites record after switching `row`. A built-in site switched back on drops its entry (it is
 * on by default); a user site keeps an explicit entry either way, so it stays listed.
 */
export function withSiteEnabled(sites: Sites, row: SiteRow, enabled: boolean): Sites {
  const next: Record<string, SiteSetting> = { ...sites };
  for (const domain of row.domains) {
    if (row.builtIn && enabled) delete next[domain];
    else next[domain] = { enabled };
  }
  return next;
}

/** The sites record without `row` (a user site: it goes back to off and leaves the list). */
export function withSiteRemoved(sites: Sites, row: SiteRow): Sites {
  const next: Record<string, SiteSetting> = { ...sites };
  for (const domain of row.domains) delete next[domain];
  return next;
}

/**
 * The host-permission pattern for a site key. `*.example.com` also matches example.com itself,
 * and port-less patterns are the only ones Firefox accepts.
 */
export function originPattern(domain: string): string {
  return `*://*.${domain}/*`;
}
