/**
 * Article metadata merged from the page's own declarations, with Readability as the last resort.
 * Each field records where it came from (`provenance`), so a wrong citation can be traced.
 */
import type { ReadabilityMetadata } from './article';
import { collapseWhitespace } from './text';

export interface ArticleMetadata {
  title: string | null;
  authors: string[];
  siteName: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  lang: string | null;
  description: string | null;
  /** Which source each field came from, e.g. `{ title: 'og:title' }`. */
  provenance: Partial<
    Record<'title' | 'authors' | 'siteName' | 'published' | 'lang' | 'description', string>
  >;
}

function meta(doc: Document, ...keys: string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
    const value = collapseWhitespace(el?.getAttribute('content') ?? '');
    if (value) return { value, key };
  }
  return null;
}

/** Normalises a date string to YYYY-MM-DD, or null when it is not a date. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** The `/2012/07/27/` date path many news sites put in their URLs. */
export function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A byline that is really a date ("27th July 2012") is not an author. */
export function looksLikeDate(text: string): boolean {
  const months =
    /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
  const stripped = text.replace(/\b\d{1,2}(st|nd|rd|th)?\b|\b\d{4}\b|[\s,./:-]+/gi, ' ').trim();
  return (
    /\d/.test(text) &&
    (months.test(text) || /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(text)) &&
    stripped.replace(months, '').trim().split(/\s+/).filter(Boolean).length <= 2
  );
}

/** Strips "By", dates and roles from a byline; null when nothing name-like remains. */
export function cleanByline(
  raw: string | null | undefined,
  siteName: string | null,
): string | null {
  if (!raw) return null;
  let text = collapseWhitespace(raw).replace(/^by[:\s]+/i, '');
  if (!text || looksLikeDate(text)) return null;
  text = text.replace(/\s*[|•·]\s*.*$/, '').trim();
  // Checked again: "27th July 2012 | Updated 28th" is a date once its tail is gone.
  if (!text || text.length > 100 || looksLikeDate(text)) return null;
  if (siteName && text.toLowerCase() === siteName.toLowerCase()) return null;
  return text;
}

export function extractMetadata(
  doc: Document,
  url: string,
  readability: ReadabilityMetadata | null,
): ArticleMetadata {
  const provenance: ArticleMetadata['provenance'] = {};
  const pick = <K extends keyof ArticleMetadata['provenance']>(
    field: K,
    candidates: [string | null | undefined, string][],
  ): string | null => {
    for (const [value, source] of candidates) {
      const text = value ? collapseWhitespace(value) : '';
      if (text) {
        provenance[field] = source;
        return text;
      }
    }
    return null;
  };

  const og = (k: string): [string | null, string] => {
    const m = meta(doc, k);
    return [m?.value ?? null, m?.key ?? k];
  };
  const h1 = doc.querySelectorAll('h1');
  const title = pick('title', [
    og('og:title'),
    [h1.length === 1 ? (h1[0]?.textContent ?? null) : null, 'h1'],
    [readability?.title, 'readability'],
    [doc.title, 'title'],
  ]);
  const siteName = pick('siteName', [og('og:site_name'), [readability?.siteName, 'readability']]);
  const publishedRaw = pick('published', [
    og('article:published_time'),
    og('citation_publication_date'),
    [readability?.publishedTime, 'readability'],
    [dateFromUrl(url), 'url'],
  ]);
  const author = cleanByline(meta(doc, 'author')?.value ?? readability?.byline, siteName);
  if (author) provenance.authors = meta(doc, 'author') ? 'meta:author' : 'readability';
  const lang = pick('lang', [
    [doc.documentElement?.getAttribute('lang'), 'html[lang]'],
    [readability?.lang, 'readability'],
  ]);
  const description = pick('description', [
    og('og:description'),
    og('description'),
    [readability?.excerpt, 'readability'],
  ]);
  return {
    title,
    authors: author ? [author] : [],
    siteName,
    published: isoDay(publishedRaw),
    lang,
    description,
    provenance,
  };
}
