/**
 * The registry of built-in site rules, and what a shell needs from them: the rule for a URL and
 * its selectors (src/shared/site-patterns.ts builds the document_start stylesheet from them).
 */
import { arstechnica } from './arstechnica';
import { bleepingcomputer } from './bleepingcomputer';
import { cnet } from './cnet';
import { engadget } from './engadget';
import { gizmodo } from './gizmodo';
import { heise } from './heise';
import { ninetofivemac } from './ninetofivemac';
import { techcrunch } from './techcrunch';
import { thenextweb } from './thenextweb';
import { theregister } from './theregister';
import { theverge } from './theverge';
import { tomshardware } from './tomshardware';
import type { SiteRule } from './types';
import { venturebeat } from './venturebeat';
import { wired } from './wired';
import { zdnet } from './zdnet';

/** The Register first (the product's seed site), then alphabetically. */
export const SITES: readonly SiteRule[] = [
  theregister,
  arstechnica,
  bleepingcomputer,
  cnet,
  engadget,
  gizmodo,
  heise,
  ninetofivemac,
  techcrunch,
  thenextweb,
  theverge,
  tomshardware,
  venturebeat,
  wired,
  zdnet,
];

/** The rule whose domain is the URL's host or a parent of it, or null. */
export function findSite(url: string): SiteRule | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITES.find((s) => s.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}

/** The rule's clutter selectors, in rule order. */
export function siteSelectors(site: SiteRule | null): string[] {
  return site ? site.clutter.map((c) => c.selector) : [];
}
