/**
 * The citation item: a CSL-JSON record built from the merged metadata. Rendering into styles is
 * done by an injected formatter (see DigestOptions.formatCitation) so the CSL engine stays out of
 * the content script.
 */
import { cleanUrl } from './clean-url';
import type { CitationSource, CslDate, CslItem, CslName, PageDigest } from './types';

/** The metadata a citation cites (ArticleMetadata has these and more). */
type Cited = Omit<CitationSource, 'isArticle'>;

function cslDate(day: string | null): CslDate | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  if (!y) return undefined;
  return { 'date-parts': [[y, m, d]] };
}

/** Words that mark a name as an organisation's, which CSL must not split into given/family. */
const ORGANISATION =
  /[&@]|\b(inc|ltd|llc|plc|gmbh|ag|sa|staff|team|news|desk|agency|press|presse|associated|reuters|service|media|group|foundation|institute|university|contributors|wikimedia|projects|editors|editorial|board|newsroom|bureau|wire|times|post|journal|tribune|daily|magazine|network|department|ministry|office|council|committee|association|society|company|corporation|corp)\b/i;

/** Particles that belong to the family name ("Michiel de Jong" -> family "de Jong"). */
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'al',
  'dos',
  'das',
  // Irish and Scottish Gaelic: "Siobhán Ní Bhriain", "Seán Ó Riada", "Máire Mhic Giolla".
  'ní',
  'nic',
  'ó',
  'ua',
  'uí',
  'mac',
  'mhic',
]);

/** "Mark Gillett" -> {given: "Mark", family: "Gillett"}; organisations and single words stay literal. */
export function cslName(name: string): CslName {
  const parts = name.trim().split(/\s+/);
  // One word, more than four, or any script without word spaces: not safely splittable.
  if (
    parts.length < 2 ||
    parts.length > 4 ||
    ORGANISATION.test(name) ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name)
  ) {
    return { literal: name };
  }
  let split = parts.length - 1;
  while (split > 1 && PARTICLES.has(parts[split - 1]!.toLowerCase())) split--;
  return { given: parts.slice(0, split).join(' '), family: parts.slice(split).join(' ') };
}

export interface CslOptions {
  /** Whether the page is an article (Readability found one); otherwise it is cited as a web page. */
  isArticle?: boolean;
}

/**
 * The CSL type: `post-weblog` for blog posts, `article-newspaper` for news stories (what a tech
 * news reader cites), `webpage` for pages that are not articles at all.
 */
export function cslType(meta: Cited, options: CslOptions): CslItem['type'] {
  if (meta.kind === 'blog') return 'post-weblog';
  if (meta.kind === 'news' || options.isArticle !== false) return 'article-newspaper';
  return 'webpage';
}

export function buildCslItem(
  meta: Cited,
  url: string,
  accessed: Date,
  options: CslOptions = {},
): CslItem {
  const item: CslItem = {
    id: url,
    type: cslType(meta, options),
    title: meta.title ?? url,
    URL: url,
  };
  if (meta.siteName) item['container-title'] = meta.siteName;
  if (meta.authors.length) item.author = meta.authors.map(cslName);
  const issued = cslDate(meta.published);
  if (issued) item.issued = issued;
  // The reader's own calendar day, not UTC's: at 9 a.m. in Auckland, UTC is still on yesterday.
  item.accessed = {
    'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]],
  };
  if (meta.lang) item.language = meta.lang;
  return item;
}

/** The CSL item of a page digest, accessed `accessed` (now, unless a test fixes it). */
export function citationItem(page: Pick<PageDigest, 'citation'>, accessed = new Date()): CslItem {
  const { source, url } = page.citation;
  // The page digest carries the canonical address as found; the citation never has tracking.
  return buildCslItem(source, cleanUrl(url), accessed, { isArticle: source.isArticle });
}
