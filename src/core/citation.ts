/**
 * The citation item: a CSL-JSON record built from the merged metadata. Rendering into styles is
 * done by an injected formatter (see DigestOptions.formatCitation) so the CSL engine stays out of
 * the content script.
 */
import type { ArticleMetadata } from './metadata';
import type { CslDate, CslItem, CslName } from './types';

function cslDate(day: string | null): CslDate | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  if (!y) return undefined;
  return { 'date-parts': [[y, m, d]] };
}

/** "Mark Gillett" -> {given: "Mark", family: "Gillett"}; organisations stay literal. */
export function cslName(name: string): CslName {
  const parts = name.trim().split(/\s+/);
  if (
    parts.length < 2 ||
    parts.length > 4 ||
    /[&@]|\b(inc|ltd|staff|team|news|desk)\b/i.test(name)
  ) {
    return { literal: name };
  }
  return { given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1]! };
}

export function buildCslItem(meta: ArticleMetadata, url: string, accessed: Date): CslItem {
  const item: CslItem = {
    id: url,
    type: 'article-newspaper',
    title: meta.title ?? url,
    URL: url,
  };
  if (meta.siteName) item['container-title'] = meta.siteName;
  if (meta.authors.length) item.author = meta.authors.map(cslName);
  const issued = cslDate(meta.published);
  if (issued) item.issued = issued;
  item.accessed = cslDate(accessed.toISOString().slice(0, 10));
  if (meta.lang) item.language = meta.lang;
  return item;
}
