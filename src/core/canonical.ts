/**
 * The page's own address for a citation: rel=canonical, then og:url, made absolute. Kept apart
 * from the tracking-parameter lists (./clean-url.ts), which clean it where the citation is
 * rendered: the content script, whose size has a budget, ships only this.
 */

/** True when `candidate` is a site's home page standing in for an article (a broken canonical). */
function isHomePageFor(candidate: URL, page: URL): boolean {
  return (
    (candidate.pathname === '/' || candidate.pathname === '') &&
    page.pathname.length > 1 &&
    !candidate.search
  );
}

/**
 * The canonical address, not yet cleaned. A canonical that points at the site's home page from
 * an article is a CMS mistake and is skipped; without one, the page's own address.
 */
export function canonicalHref(doc: Document, pageUrl: string): string {
  let page: URL | null = null;
  try {
    page = new URL(pageUrl);
  } catch {
    // A page URL that does not parse is returned as is below.
  }
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    if (!href?.trim()) continue;
    try {
      const url = new URL(href.trim(), pageUrl);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (page && isHomePageFor(url, page)) continue;
      return url.href;
    } catch {
      // A malformed canonical is ignored; the next source is tried.
    }
  }
  return pageUrl;
}
