/** The registry of built-in site rules. */
import { theRegister } from './theregister';
import type { SiteRule } from './types';

export const SITES: readonly SiteRule[] = [theRegister];

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
