/**
 * The site key: a URL's registrable domain by the Public Suffix List, so www.theregister.com and
 * theregister.com are one site while foo.github.io and bar.github.io are two. tldts carries the
 * list (about 47 KB gzipped), so only the background imports this module: the popup and the
 * content script ask the background instead (the test/dist size budgets keep it that way).
 */
import { getDomain } from 'tldts';

/** The site key of an http(s) URL, or null for any other URL. IPs and single labels are their own key. */
export function siteKeyOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
