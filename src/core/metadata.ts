/**
 * Article metadata merged from every declaration a page makes, most specific first, with
 * Readability's guesses as the last resort. Each field records where it came from (`provenance`,
 * e.g. `{ authors: 'json-ld:author' }`), so a wrong citation can be traced to its source.
 *
 * Order, per field (the first source with a usable value wins):
 * - title: og:title, JSON-LD headline, the page's h1, citation_title / DC / Parse.ly, Readability,
 *   <title>; the site's name is then cut off ("Title | The Register" -> "Title").
 * - authors: JSON-LD author, citation_author, Parse.ly, <meta name=author> and kin, microdata,
 *   rel=author links, Readability's byline. Each is cleaned (splitByline) and the site itself
 *   is never an author.
 * - siteName: og:site_name, JSON-LD WebSite, JSON-LD publisher, application-name, citation_*,
 *   DC.publisher, Readability, the suffix of <title> when it names the host.
 * - published: JSON-LD datePublished, article:published_time, citation_*, DC, Parse.ly, other
 *   meta dates, microdata, the URL's date path, <time datetime>, Readability, a dateline that
 *   Readability mistook for a byline. The URL path comes before <time>: a <time> can be a related
 *   story's or today's date in the header, the URL path never is.
 */
import type { ReadabilityMetadata } from './article';
import { isSiteName, splitByline } from './byline';
import { dateFromUrl, isoDay, looksLikeDate } from './dates';
import {
  authorsOf,
  findArticle,
  isNode,
  jsonLdNodes,
  publisherName,
  text as ldText,
  websiteName,
} from './json-ld';
import { collapseWhitespace } from './text';

export { cleanByline } from './byline';
export { dateFromUrl, isoDay, looksLikeDate } from './dates';

export type MetadataField =
  'title' | 'authors' | 'siteName' | 'published' | 'lang' | 'description' | 'kind';

export interface ArticleMetadata {
  title: string | null;
  authors: string[];
  siteName: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  lang: string | null;
  description: string | null;
  /** What the page says it is: a news story, a blog post, or nothing article-like. */
  kind: 'news' | 'blog' | null;
  /** Which source each field came from, e.g. `{ title: 'og:title' }`. */
  provenance: Partial<Record<MetadataField, string>>;
}

/**
 * The page's `<meta>` contents by lower-cased key (each `property` token, `name`, `itemprop`), in
 * document order. Built once per document: each querySelectorAll walks the whole tree in
 * linkedom (a 1 MB page took 1.5 s for the dozens of lookups a merge makes).
 */
const metaIndexes = new WeakMap<Document, Map<string, string[]>>();

function metaIndex(doc: Document): Map<string, string[]> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const value = collapseWhitespace(el.getAttribute('content') ?? '');
    if (!value) continue;
    // `property` may hold several space-separated names ("og:title twitter:title").
    const keys = new Set([
      ...(el.getAttribute('property') ?? '').toLowerCase().split(/\s+/),
      (el.getAttribute('name') ?? '').toLowerCase().trim(),
      (el.getAttribute('itemprop') ?? '').toLowerCase().trim(),
    ]);
    for (const key of keys) {
      if (!key) continue;
      const values = index.get(key);
      if (values) values.push(value);
      else index.set(key, [value]);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Every non-empty `content` of `<meta property|name|itemprop=key>`, for each key in order. */
function metas(doc: Document, ...keys: string[]): { value: string; key: string }[] {
  const index = metaIndex(doc);
  return keys.flatMap((key) =>
    (index.get(key.toLowerCase()) ?? []).map((value) => ({ value, key })),
  );
}

const meta = (doc: Document, ...keys: string[]) => metas(doc, ...keys)[0] ?? null;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Separators between a headline and the site's name in <title> and og:title. */
const TITLE_SEPARATOR = /\s+[|｜–—·•»/:-]\s+|\s*[|｜]\s*|\s+::\s+|\s*_\s*(?=[^_]+$)/;

/**
 * Cuts the site's name off a title: "Title | The Register", "The Register - Title",
 * "Title - Ars Technica" on arstechnica.com. A part is the site when it equals the site name or
 * the host's name; parts are only cut at a separator, never out of the middle of a sentence.
 */
export function stripSiteFromTitle(
  title: string,
  siteName: string | null,
  host: string | null,
): string {
  let current = collapseWhitespace(title);
  for (let i = 0; i < 3; i++) {
    const parts = splitTitle(current);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (isSiteName(last.text, siteName, host) || matchesSiteLoosely(last.text, siteName)) {
      current = current.slice(0, last.start).replace(/[\s|｜–—·•»/:_-]+$/, '');
    } else if (isSiteName(first.text, siteName, host) || matchesSiteLoosely(first.text, siteName)) {
      current = current.slice(first.end).replace(/^[\s|｜–—·•»/:_-]+/, '');
    } else break;
  }
  return current || collapseWhitespace(title);
}

function splitTitle(title: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  const re = new RegExp(TITLE_SEPARATOR.source, 'g');
  let start = 0;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    parts.push({ text: title.slice(start, m.index).trim(), start, end: m.index });
    start = m.index + m[0].length;
  }
  parts.push({ text: title.slice(start).trim(), start, end: title.length });
  return parts.filter((p) => p.text);
}

/** "Le Monde.fr" vs "Le Monde", "HeraldSun" vs "Herald Sun": the same name, differently styled. */
function matchesSiteLoosely(part: string, siteName: string | null): boolean {
  if (!siteName) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\.(com|co\.uk|fr|de|org|net)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const a = norm(part);
  const b = norm(siteName);
  return (
    a.length >= 3 &&
    (a === b ||
      (b.length >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 4))
  );
}

/** "Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz": a short name before a separator. */
export function dropTagline(site: string): string {
  const m = /^(.{2,40}?)\s+[-–—|:·•]\s+.{3,}$/.exec(site);
  return m && m[1]!.split(/\s+/).length <= 3 ? m[1]! : site;
}

const normTitle = (t: string) =>
  collapseWhitespace(t)
    .toLowerCase()
    .replace(/[‘’“”"'«»]/g, '')
    .replace(/[\s¶]+$/, '');

/**
 * Picks the headline. Metadata sources are tried in order (og:title first), but one that the page
 * visibly shows wins: the first candidate equal to an h1, then the first one <title> contains.
 * Only when nothing is corroborated does order alone decide; the h1 comes last there, because an
 * h1 that matches neither the metadata nor <title> is a section or site heading ("About This
 * Site"), not the headline.
 */
function chooseTitle(
  doc: Document,
  siteName: string | null,
  host: string | null,
  metadata: [string | null | undefined, string][],
  readabilityTitle: string | null,
  provenance: ArticleMetadata['provenance'],
): string | null {
  const candidates = metadata
    .map(([v, source]) => [v ? stripSiteFromTitle(v, siteName, host) : '', source] as const)
    .filter(([v]) => v && !isSiteName(v, siteName, host));
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => collapseWhitespace(h.textContent ?? '').replace(/\s*¶$/, ''))
    .filter((t) => t.length > 0);
  const rawTitle = collapseWhitespace(doc.title ?? '');
  const pageTitle = rawTitle ? stripSiteFromTitle(rawTitle, siteName, host) : '';
  const pick = (value: string, source: string) => {
    provenance.title = source;
    return value;
  };
  const inH1 = candidates.find(([v]) => h1s.some((h) => normTitle(h) === normTitle(v)));
  if (inH1) return pick(inH1[0], inH1[1]);
  const inTitle = candidates.find(([v]) => normTitle(rawTitle).includes(normTitle(v)));
  if (inTitle) return pick(inTitle[0], inTitle[1]);
  const h1 = h1s.find(
    (h) =>
      normTitle(pageTitle) === normTitle(h) ||
      (h.length > 10 && normTitle(rawTitle).includes(normTitle(h))),
  );
  if (h1) return pick(stripSiteFromTitle(h1, siteName, host), 'h1');
  if (candidates[0]) return pick(candidates[0][0], candidates[0][1]);
  if (pageTitle) return pick(pageTitle, 'title');
  if (h1s[0]) return pick(h1s[0], 'h1');
  // Readability's title is its own guess from <title> and the headings: the last resort.
  return readabilityTitle ? pick(readabilityTitle, 'readability') : null;
}

/** schema.org microdata on the article (itemprop=headline/author/datePublished). */
function microdata(doc: Document, prop: string): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(`[itemprop~="${prop}"]`))) {
    const value =
      el.getAttribute('content') ??
      el.getAttribute('datetime') ??
      (prop === 'author' || prop === 'creator'
        ? (el.querySelector('[itemprop~="name"]')?.getAttribute('content') ??
          el.querySelector('[itemprop~="name"]')?.textContent ??
          el.textContent)
        : el.textContent);
    const v = collapseWhitespace(value ?? '');
    if (v) out.push(v);
  }
  return out;
}

/** Parse.ly's `parsely-page` JSON meta (older integrations). */
function parselyPage(doc: Document): Record<string, unknown> | null {
  const raw = meta(doc, 'parsely-page')?.value;
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isNode(value) ? value : null;
  } catch {
    return null;
  }
}

export function extractMetadata(
  doc: Document,
  url: string,
  readability: ReadabilityMetadata | null,
): ArticleMetadata {
  const provenance: ArticleMetadata['provenance'] = {};
  const host = hostOf(url);
  const { nodes, byId } = jsonLdNodes(doc);
  const ld = findArticle(nodes, byId, url);
  const article = ld?.node ?? null;
  const parsely = parselyPage(doc);

  type Candidate = [value: string | null | undefined, source: string];
  const first = (field: MetadataField, candidates: Candidate[], accept = (_v: string) => true) => {
    for (const [value, source] of candidates) {
      const v = value ? collapseWhitespace(value) : '';
      if (v && accept(v)) {
        provenance[field] = source;
        return v;
      }
    }
    return null;
  };
  const m = (...keys: string[]): Candidate => {
    const hit = meta(doc, ...keys);
    return [hit?.value ?? null, hit ? `meta:${hit.key}` : `meta:${keys[0]}`];
  };

  // Site name first: the title and the authors are cleaned against it.
  const titleSuffixSite = (() => {
    const parts = splitTitle(collapseWhitespace(doc.title ?? ''));
    if (parts.length < 2) return null;
    const last = parts[parts.length - 1]!.text;
    return host && isSiteName(last, null, host) ? last : null;
  })();
  const declaredSite = first(
    'siteName',
    [
      m('og:site_name'),
      [websiteName(article, nodes, byId), 'json-ld:WebSite'],
      [publisherName(article, byId), 'json-ld:publisher'],
      m('application-name', 'apple-mobile-web-app-title'),
      m(
        'citation_journal_title',
        'citation_publisher',
        'dc.publisher',
        'dc:publisher',
        'dc:publisher',
        'dcterms.publisher',
      ),
      [readability?.siteName, 'readability'],
      [titleSuffixSite, 'title-suffix'],
    ],
    (v) => !/^https?:\/\//i.test(v) && v.length <= 80,
  );
  const siteName = declaredSite ? dropTagline(declaredSite) : null;

  const title = chooseTitle(
    doc,
    siteName,
    host,
    [
      m('og:title'),
      [ldText(article?.headline), 'json-ld:headline'],
      [ldText(article?.name), 'json-ld:name'],
      m(
        'citation_title',
        'dc.title',
        'dc:title',
        'dc:title',
        'dcterms.title',
        'dcterm:title',
        'parsely-title',
        'twitter:title',
      ),
      [typeof parsely?.title === 'string' ? parsely.title : null, 'meta:parsely-page'],
    ],
    readability?.title ?? null,
    provenance,
  );

  // Authors: the first source that yields at least one clean name.
  const authorSources: [string[], string][] = [];
  if (article) {
    const people = authorsOf(article, byId).filter(
      // An Organization that is the publication itself is not an author.
      (p) =>
        !(p.isOrganization && isSiteName(p.name, siteName ?? publisherName(article, byId), host)),
    );
    authorSources.push([people.map((p) => p.name), 'json-ld:author']);
  }
  authorSources.push([metas(doc, 'citation_author').map((x) => x.value), 'meta:citation_author']);
  authorSources.push([metas(doc, 'parsely-author').map((x) => x.value), 'meta:parsely-author']);
  if (parsely) {
    const a = parsely.author ?? parsely.authors;
    authorSources.push([
      (Array.isArray(a) ? a : [a]).filter((x): x is string => typeof x === 'string'),
      'meta:parsely-page',
    ]);
  }
  for (const key of [
    // Dublin Core before <meta name=author>, as the issue orders the sources.
    'dc.creator',
    'dc:creator',
    'dcterms.creator',
    'dcterm:creator',
    'author',
    'article:author',
    'byl',
    'sailthru.author',
    'twitter:creator',
  ]) {
    // article:author is often a profile URL; cleanName drops URLs and handles.
    authorSources.push([metas(doc, key).map((x) => x.value), `meta:${key}`]);
  }
  authorSources.push([microdata(doc, 'author'), 'microdata:author']);
  authorSources.push([
    Array.from(doc.querySelectorAll('a[rel~="author" i]')).map((a) => a.textContent ?? ''),
    'rel=author',
  ]);
  authorSources.push([readability?.byline ? [readability.byline] : [], 'readability']);
  let authors: string[] = [];
  for (const [values, source] of authorSources) {
    const names: string[] = [];
    for (const value of values)
      for (const n of splitByline(value, siteName, host)) if (!names.includes(n)) names.push(n);
    if (names.length) {
      authors = names;
      provenance.authors = source;
      break;
    }
  }

  const readabilityDateline =
    readability?.byline && looksLikeDate(collapseWhitespace(readability.byline))
      ? readability.byline
      : null;
  const timeEl = doc.querySelector(
    'time[pubdate][datetime], article time[datetime], time[datetime]',
  );
  const published = (() => {
    const candidates: Candidate[] = [
      [ldText(article?.datePublished) ?? ldText(article?.dateCreated), 'json-ld:datePublished'],
      m('article:published_time', 'og:published_time', 'article:published', 'published_time'),
      m('citation_publication_date', 'citation_date', 'citation_online_date'),
      m(
        'dc.date.issued',
        'dc:date',
        'dcterms.issued',
        'dc.date',
        'dcterms.date',
        'dcterms.created',
        'dc.date.created',
      ),
      m('parsely-pub-date'),
      [typeof parsely?.pub_date === 'string' ? parsely.pub_date : null, 'meta:parsely-page'],
      m(
        'pubdate',
        'publishdate',
        'publish-date',
        'publish_date',
        'date',
        'sailthru.date',
        'article.published',
        'datepublished',
      ),
      [microdata(doc, 'datePublished')[0], 'microdata:datePublished'],
      [dateFromUrl(url), 'url'],
      [timeEl?.getAttribute('datetime'), 'time[datetime]'],
      [readability?.publishedTime, 'readability'],
      [readabilityDateline, 'readability:dateline'],
    ];
    for (const [value, source] of candidates) {
      const day = isoDay(value ?? null);
      if (day) {
        provenance.published = source;
        return day;
      }
    }
    return null;
  })();

  const lang = first('lang', [
    [doc.documentElement?.getAttribute('lang'), 'html[lang]'],
    [meta(doc, 'og:locale')?.value.replace('_', '-') ?? null, 'meta:og:locale'],
    [ldText(article?.inLanguage), 'json-ld:inLanguage'],
    m('content-language', 'dc.language', 'language'),
    [readability?.lang, 'readability'],
  ]);
  const description = first('description', [
    m('og:description'),
    m('description', 'twitter:description', 'dc.description'),
    [ldText(article?.description), 'json-ld:description'],
    [readability?.excerpt, 'readability'],
  ]);

  const ogType = meta(doc, 'og:type')?.value.toLowerCase() ?? '';
  let kind: ArticleMetadata['kind'] = null;
  if (ld?.isBlog || ogType === 'blog') {
    kind = 'blog';
    provenance.kind = ld?.isBlog ? 'json-ld:@type' : 'meta:og:type';
  } else if (ld || ogType === 'article' || metas(doc, 'citation_title').length) {
    kind = 'news';
    provenance.kind = ld
      ? 'json-ld:@type'
      : ogType === 'article'
        ? 'meta:og:type'
        : 'meta:citation_title';
  }

  return {
    title,
    authors,
    siteName,
    published,
    lang,
    description,
    kind,
    provenance,
  };
}
