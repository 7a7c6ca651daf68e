/**
 * The text half of digest(): the gist (summary, quotes) and the rendered citations, from a
 * PageDigest. No DOM and no Readability here, so the popup can import it cheaply.
 */
import { citationItem } from './citation';
import { cleanUrl } from './clean-url';
import { analyseGist, type GistOptions } from './gist';
import { now, timed } from './timing';
import type { Digest, DigestOptions, PageDigest } from './types';

/** Adds the gist and, given a formatter, the rendered citations; fields in contract order. */
export function completeDigest(
  page: PageDigest,
  options: Pick<DigestOptions, 'formatCitation' | 'now'> & Pick<GistOptions, 'summaryLength'> = {},
): Digest {
  const timings = { ...page.timings };
  const start = now();
  const gist = analyseGist(page.gistInput, { summaryLength: options.summaryLength, timings });
  // The page's canonical address, without its tracking parameters.
  const url = cleanUrl(page.citation.url);
  const csl = citationItem(page, options.now);
  const formats = options.formatCitation
    ? timed(timings, 'citationMs', () => options.formatCitation!(csl))
    : {};
  timings.totalMs = Math.round((page.timings.totalMs + now() - start) * 100) / 100;
  return {
    url: page.url,
    readerable: page.readerable,
    article: page.article,
    clutter: page.clutter,
    visibleText: page.visibleText,
    summary: gist.summary,
    keyQuote: gist.keyQuote,
    quotes: gist.quotes,
    citation: { url, csl, formats, provenance: page.citation.provenance },
    timings,
    ...(page.skipped ? { skipped: page.skipped } : {}),
  };
}
