/** One INPUT to one JSON line: load it, parse it under the right URL, digest it. */
import { canonicalHref } from '../core/canonical';
import { formatCitation } from '../core/citation-format';
import { digest } from '../core/digest';
import type { Digest, DigestOptions } from '../core/types';
import { parseDocument } from './parse-html';
import { InputError, loadInput } from './read-input';

export type DigestLine = ({ input: string } & Digest) | { input: string; error: string };

/** A line as printed with --json, and whether it reports a failure. */
export interface PrintedLine {
  json: string;
  failed: boolean;
}

export const printed = (line: DigestLine): PrintedLine => ({
  json: JSON.stringify(line),
  failed: 'error' in line,
});

/**
 * What the CLI's flags give every page: plain data, so worker threads receive it as is (the
 * citation formatter, a function, is added where the page is digested).
 */
export type PageOptions = Omit<DigestOptions, 'formatCitation'> & { url?: string };

/**
 * The URL a page is digested under: --url, else its canonical/og:url (as the extension reads it,
 * a home-page canonical skipped), else where it came from.
 */
export function pageUrl(doc: Document, sourceUrl: string, override?: string): string {
  if (override) return override;
  return canonicalHref(doc, sourceUrl);
}

const failure = (input: string, error: unknown): DigestLine =>
  error instanceof InputError
    ? { input, error: error.message }
    : { input, error: `failed to digest: ${(error as Error).message}` };

/** Digests HTML that was already loaded (on a worker thread, or here). */
export function digestLoaded(
  input: string,
  html: string,
  sourceUrl: string,
  options: PageOptions,
): DigestLine {
  try {
    const firstPass = parseDocument(html, sourceUrl);
    const url = pageUrl(firstPass, sourceUrl, options.url);
    const doc = url === sourceUrl ? firstPass : parseDocument(html, url);
    // The CLI renders every citation format; the extension renders lazily in the popup.
    return { input, ...digest(doc, url, { ...options, formatCitation }) };
  } catch (error) {
    return failure(input, error);
  }
}

/** Loads `input`, or the line that reports why it could not be loaded. */
export async function loadPage(
  input: string,
): Promise<{ html: string; sourceUrl: string } | DigestLine> {
  try {
    return await loadInput(input);
  } catch (error) {
    return failure(input, error);
  }
}

export async function digestInput(input: string, options: PageOptions): Promise<DigestLine> {
  const page = await loadPage(input);
  return 'html' in page ? digestLoaded(input, page.html, page.sourceUrl, options) : page;
}
