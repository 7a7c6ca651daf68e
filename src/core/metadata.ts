/**
 * Article metadata merged from every declaration a page makes, most specific first, with
 * Readability's guesses as the last resort. Each field records where it came from (`provenance`,
 * e.g. `{ authors: 'json-ld:author' }`), so a wrong citation can be traced to its source.
 *
 * Order, per field (the first source with a usable value wins):
 * - title: og:title, JSON-LD headline, the page's h1, citation_title / DC / Parse.ly, Readability,
 *   <title>; the site's name is then cut off ("Title | The Register" -> "Title").
 * - authors: JSON-LD author, citation_author, Parse.ly, <meta name=author> and kin, microdata,
 *   rel=author links, Readability's byline, then a printed "By ..." line the cleanup took out of
 *   the article. Each is cleaned (splitByline) and the site itself is never an author.
 * - siteName: og:site_name, JSON-LD WebSite, JSON-LD publisher, application-name, citation_*,
 *   DC.publisher, Readability, the suffix of <title> when it names the host.
 * - published: what the page declares (JSON-LD datePublished, article:published_time,
 *   citation_*, DC, Parse.ly, other meta dates, the article's microdata, JSON-LD dateCreated), else
 *   what it prints: the dateline nearest the headline, the URL's date path when the page shows
 *   that same day, the first <time>, Readability's date, a date in Readability's byline.
 *   See DATES.md-style notes at `publishedDate()` for why the URL path alone is not enough.
 */
import type { ReadabilityMetadata } from './article';
import { isSiteName, splitByline } from './byline';
import { dateFromUrl, instantCouldBeDay, isoDay, isUtcInstant, publishedDayInText } from './dates';
import {
  authorsOf,
  findArticle,
  isNode,
  jsonLdNodes,
  publisherName,
  text as ldText,
  websiteName,
} from './json-ld';
import { metadataIndex, propValue, type MetadataIndex } from './metadata-index';
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

/** Every non-empty `content` of `<meta property|name=key>`, for each key in order. */
function metas(index: MetadataIndex, ...keys: string[]): { value: string; key: string }[] {
  return keys.flatMap((key) =>
    (index.metas.get(key.toLowerCase()) ?? []).map((value) => ({ value, key })),
  );
}

const meta = (index: MetadataIndex, ...keys: string[]) => metas(index, ...keys)[0] ?? null;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Separators between a headline and the site's name in <title> and og:title, including the space
 * before a closing bracketed name ("Chapter 1 | Fandom [Archive of Our Own]").
 */
const TITLE_SEPARATOR =
  /\s+[|｜–—·•»/:-]\s+|\s*[|｜]\s*|\s+::\s+|(?<=\p{L}):\s+|\s*_\s*(?=[^_]+$)|\s+(?=\[[^\]]+\]$)/u;

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

/**
 * Built once: a RegExp made per call is compiled again after every major collection (the
 * compilation cache is dropped then), and the content script collects between pages.
 */
const TITLE_SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'gu');

function splitTitle(title: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  const re = TITLE_SEPARATORS;
  re.lastIndex = 0;
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

/** Words of a title; CJK runs count by character, since they are not spaced into words. */
function titleWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(w))
      for (const ch of w) out.add(ch);
    else out.add(w);
  }
  return out;
}

/** Two wordings of one headline: most words of the shorter are in the longer. */
function sameHeadline(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (!small.size) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

/**
 * An h1 that is only a link to the site's home (or a directory above the page) is the masthead
 * ("<h1><a href="/">Hi, I'm Nicolas.</a></h1>", Sphinx's "<h1><a href="index.html">Project</a>"),
 * not the headline, however well <title> matches it.
 */
function isMasthead(h1: Element, text: string, pageUrl: string): boolean {
  const link = h1.querySelector('a[href]');
  if (!link || collapseWhitespace(link.textContent ?? '').replace(/\s*¶$/, '') !== text)
    return false;
  try {
    const page = new URL(pageUrl);
    const target = new URL(link.getAttribute('href') ?? '', page);
    if (target.origin !== page.origin || target.search) return false;
    const dir = target.pathname.replace(/\/(?:index\.[a-z]+)?$/i, '/');
    return dir.endsWith('/') && page.pathname.startsWith(dir) && page.pathname !== target.pathname;
  } catch {
    return false;
  }
}

/**
 * Picks the headline. Metadata sources are tried in order (og:title first), but one that the page
 * visibly shows wins: the first candidate equal to an h1, then the first one <title> contains.
 * Only when nothing is corroborated does order alone decide; the h1 comes last there, because an
 * h1 that matches neither the metadata nor <title> is a section or site heading ("About This
 * Site"), not the headline. Masthead h1s are never candidates.
 *
 * Why the shown headline beats og:title: a citation names the work as its page presents it.
 * og:title and JSON-LD headlines are often the SEO or social variant ("How to watch the 21 best
 * films of 2017" for the h1 "The 21 best movies of 2017"); a reader checking the citation against
 * the page finds the h1.
 */
function chooseTitle(
  index: MetadataIndex,
  url: string,
  siteName: string | null,
  host: string | null,
  metadata: [string | null | undefined, string][],
  readabilityTitle: string | null,
  provenance: ArticleMetadata['provenance'],
): { title: string | null; headline: Element | null } {
  const candidates = metadata
    .map(([v, source]) => [v ? stripSiteFromTitle(v, siteName, host) : '', source] as const)
    .filter(([v]) => v && !isSiteName(v, siteName, host));
  const headings = index.h1s
    .map((el) => ({ el, text: collapseWhitespace(el.textContent ?? '').replace(/\s*¶$/, '') }))
    .filter((h) => h.text.length > 0 && !isMasthead(h.el, h.text, url));
  const h1s = headings.map((h) => h.text);
  const rawTitle = index.title;
  const pageTitle = rawTitle ? stripSiteFromTitle(rawTitle, siteName, host) : '';
  // The headline element: where the page prints its dateline and byline, nearby.
  const headlineOf = (title: string) =>
    headings.find((h) => normTitle(h.text) === normTitle(title))?.el ?? null;
  // og:title comes first (issue 5's order) when it is a wording of the headline the page shows
  // ("Seven secrets ..." for the h1 "The seven secrets ..."), not when it is some other text
  // ("Latest News & Headlines" over a story's h1). The shown heading still locates the headline
  // element, where the page prints its byline and dateline.
  const og = candidates[0]?.[1] === 'meta:og:title' ? candidates[0][0] : null;
  const pick = (value: string, source: string) => {
    const headline = headlineOf(value);
    if (og && og !== value && sameHeadline(og, value)) {
      provenance.title = 'meta:og:title';
      return { title: og, headline };
    }
    provenance.title = source;
    return { title: value, headline };
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
  if (h1) {
    const picked = pick(stripSiteFromTitle(h1, siteName, host), 'h1');
    return { ...picked, headline: headlineOf(h1) };
  }
  if (candidates[0]) return pick(candidates[0][0], candidates[0][1]);
  if (pageTitle) return pick(pageTitle, 'title');
  if (h1s[0]) return pick(h1s[0], 'h1');
  // Readability's title is its own guess from <title> and the headings: the last resort.
  return readabilityTitle ? pick(readabilityTitle, 'readability') : { title: null, headline: null };
}

/** A microdata property of the article item, then of no item (never of another item). */
function microdata(index: MetadataIndex, prop: string, scope: 'article' | 'loose'): string[] {
  const els = (scope === 'article' ? index.articleProps : index.looseProps).get(prop.toLowerCase());
  return (els ?? []).map(propValue).filter(Boolean);
}

/** Parse.ly's `parsely-page` JSON meta (older integrations). */
function parselyPage(index: MetadataIndex): Record<string, unknown> | null {
  const raw = meta(index, 'parsely-page')?.value;
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
  const index = metadataIndex(doc);
  const { nodes, byId } = jsonLdNodes(index.jsonLd);
  const ld = findArticle(nodes, byId, url);
  const article = ld?.node ?? null;
  const parsely = parselyPage(index);

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
    const hit = meta(index, ...keys);
    return [hit?.value ?? null, hit ? `meta:${hit.key}` : `meta:${keys[0]}`];
  };

  // Site name first: the title and the authors are cleaned against it.
  const titleSuffixSite = (() => {
    const parts = splitTitle(index.title);
    if (parts.length < 2) return null;
    const last = parts[parts.length - 1]!.text;
    return host && isSiteName(last, null, host) ? last.replace(/^\[(.*)\]$/, '$1') : null;
  })();
  const ogSite = m('og:site_name');
  const publisher: Candidate = [publisherName(article, byId), 'json-ld:publisher'];
  // og:site_name that does not name the host while the publisher does is a section ("U.S." on
  // reuters.com, whose publisher is "Reuters"): the publisher comes first there.
  const sectionAsSite =
    !!ogSite[0] &&
    !!publisher[0] &&
    !isSiteName(ogSite[0], null, host) &&
    isSiteName(publisher[0], null, host);
  const siteCandidates: Candidate[] = [
    ...(sectionAsSite ? [publisher, ogSite] : [ogSite]),
    [websiteName(article, nodes, byId), 'json-ld:WebSite'],
    ...(sectionAsSite ? [] : [publisher]),
    m('application-name', 'apple-mobile-web-app-title'),
    m(
      'citation_journal_title',
      'citation_publisher',
      'dc.publisher',
      'dc:publisher',
      'dcterms.publisher',
    ),
    [readability?.siteName, 'readability'],
    [titleSuffixSite, 'title-suffix'],
  ];
  // A URL or a handle ("@politifact") is not a name.
  const usable = (v: string) => !/^(?:https?:\/\/|@)/i.test(v) && v.length <= 80;
  // A lower-case slug ("usatoday", "nj") is the CMS's key for the site, not its name as written:
  // it yields to any source that writes the name ("USA TODAY", "nj.com"), and stands alone.
  const slug = (v: string) => /^[\p{Ll}\d-]+$/u.test(v);
  const declaredSite =
    first('siteName', siteCandidates, (v) => usable(v) && !slug(v)) ??
    first('siteName', siteCandidates, usable);
  const siteName = declaredSite ? dropTagline(declaredSite) : null;

  const { title, headline } = chooseTitle(
    index,
    url,
    siteName,
    host,
    [
      m('og:title'),
      [ldText(article?.headline), 'json-ld:headline'],
      [ldText(article?.name), 'json-ld:name'],
      [microdata(index, 'headline', 'article')[0], 'microdata:headline'],
      [microdata(index, 'name', 'article')[0], 'microdata:name'],
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
  authorSources.push([metas(index, 'citation_author').map((x) => x.value), 'meta:citation_author']);
  authorSources.push([metas(index, 'parsely-author').map((x) => x.value), 'meta:parsely-author']);
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
    authorSources.push([metas(index, key).map((x) => x.value), `meta:${key}`]);
  }
  authorSources.push([microdata(index, 'author', 'article'), 'microdata:author']);
  authorSources.push([microdata(index, 'author', 'loose'), 'microdata:author']);
  authorSources.push([index.relAuthors.map((a) => a.textContent ?? ''), 'rel=author']);
  authorSources.push([readability?.byline ? [readability.byline] : [], 'readability']);
  authorSources.push([
    readability?.printedByline ? [readability.printedByline] : [],
    'article:byline',
  ]);
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

  const published = publishedDate(
    index,
    url,
    headline,
    article,
    parsely,
    readability,
    m,
    provenance,
  );

  const lang = first('lang', [
    [doc.documentElement?.getAttribute('lang'), 'html[lang]'],
    [meta(index, 'og:locale')?.value.replace('_', '-') ?? null, 'meta:og:locale'],
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

  const ogType = meta(index, 'og:type')?.value.toLowerCase() ?? '';
  let kind: ArticleMetadata['kind'] = null;
  if (ld?.isBlog || ogType === 'blog') {
    kind = 'blog';
    provenance.kind = ld?.isBlog ? 'json-ld:@type' : 'meta:og:type';
  } else if (ld || ogType === 'article' || metas(index, 'citation_title').length) {
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

type Candidate = [value: string | null | undefined, source: string];

/**
 * How far from the headline a dateline may stand, counted in indexed elements (metadata-index.ts:
 * metas, items, headings, date and byline elements), in document order.
 */
const DATELINE_AFTER = 40;
const DATELINE_BEFORE = 8;

/**
 * The publication day. What the page declares comes first; without a declaration, what the page
 * prints. The URL's date path counts only when the page shows that same day somewhere: a citation
 * states the date a reader can check on the page, and a CMS's filing path alone ("/2007/05/16/")
 * is the day the story was filed under, sometimes a draft's or an earlier version's, that the page
 * never claims. Shown beside it, it singles out which of the page's dates is the story's (a sidebar
 * also shows related stories' dates). Revision dates ("Updated", dateModified) are never the
 * publication date; a date without a year is no date.
 */
function publishedDate(
  index: MetadataIndex,
  url: string,
  headline: Element | null,
  article: Record<string, unknown> | null,
  parsely: Record<string, unknown> | null,
  readability: ReadabilityMetadata | null,
  m: (...keys: string[]) => Candidate,
  provenance: ArticleMetadata['provenance'],
): string | null {
  const declared: Candidate[] = [
    [ldText(article?.datePublished), 'json-ld:datePublished'],
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
      'article:publicationdate',
      'datepublished',
    ),
    [microdata(index, 'datePublished', 'article')[0], 'microdata:datePublished'],
    [microdata(index, 'datePublished', 'loose')[0], 'microdata:datePublished'],
    // Created is not published (a draft is created first): the last of the declarations.
    [ldText(article?.dateCreated), 'json-ld:dateCreated'],
  ];
  for (const [value, source] of declared) {
    const day = value ? isoDay(value) : null;
    if (!day) continue;
    provenance.published = source;
    // A CMS that writes UTC moves evening stories to the next day ("2019-11-19T04:50Z" for a
    // story New York dated 18 November). The dateline printed beside the headline says which
    // day the publisher meant, when it is a day that instant can be somewhere.
    if (value && isUtcInstant(value) && day === isoDay(value)) {
      const printedDay = datelineNear(index, headline);
      if (printedDay && printedDay !== day && instantCouldBeDay(value, printedDay)) {
        provenance.published = `${source}+dateline`;
        return printedDay;
      }
    }
    return day;
  }

  const printed: [() => string | null, string][] = [
    [() => datelineNear(index, headline), 'dateline'],
    [
      () => {
        const day = dateFromUrl(url);
        return day && pageShowsDay(index, day) ? day : null;
      },
      'url',
    ],
    [() => firstTime(index), 'time'],
    [() => isoDay(readability?.publishedTime ?? null), 'readability'],
    [
      () => (readability?.byline ? publishedDayInText(readability.byline) : null),
      'readability:byline',
    ],
  ];
  for (const [find, source] of printed) {
    const day = find();
    if (day) {
      provenance.published = source;
      return day;
    }
  }
  return null;
}

/**
 * A `<time>` or dateline element that shows a revision or an access, not the publication: a
 * reference list's "Retrieved 2016-05-01" (Wikipedia's `reference-accessdate`) is no dateline.
 */
function isRevision(el: Element): boolean {
  const prop = el.getAttribute('itemprop') ?? '';
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return (
    /datemodified|dateupdated/i.test(prop) ||
    /updated|modified|\bmaj\b|access-?date|archive-?date/i.test(cls)
  );
}

/** The day an element shows: its text when that is a full date, else a <time>'s datetime. */
function shownDay(el: Element): string | null {
  const text = collapseWhitespace(el.textContent ?? '');
  if (text.length > 200 || isRevision(el)) return null;
  // A reference's access date ("Retrieved 1 May 2016", "Accessed ..."), not a publication.
  if (/^\W*(?:retrieved|accessed|archived)\b/i.test(text)) return null;
  const fromText = text ? publishedDayInText(text) : null;
  if (fromText) return fromText;
  // "Last updated September 14, 2016": a revision in words, whatever the markup says.
  if (/\b(?:updated|modified)\b/i.test(text)) return null;
  return el.localName === 'time' ? isoDay(el.getAttribute('datetime')) : null;
}

/**
 * The dateline printed next to the headline: the nearest `<time>` or date/byline element after
 * it (then shortly before it, where a kicker date stands above the headline) that shows a full
 * date. Without a known headline element there is no "nearest", and a page's first date may
 * be a header clock or a related story's: nothing is guessed.
 */
function datelineNear(index: MetadataIndex, headline: Element | null): string | null {
  const at = headline ? index.position.get(headline) : undefined;
  if (at === undefined) return null;
  const after: Element[] = [];
  const before: Element[] = [];
  for (const el of index.datelines) {
    const pos = index.position.get(el)!;
    if (pos > at && pos <= at + DATELINE_AFTER) after.push(el);
    else if (pos < at && pos >= at - DATELINE_BEFORE) before.push(el);
  }
  for (const el of [...after, ...before.reverse()]) {
    const day = shownDay(el);
    if (day) return day;
  }
  return null;
}

/** The first `<time>` on the page that dates something and is not a revision. */
function firstTime(index: MetadataIndex): string | null {
  for (const el of index.datelines) {
    if (el.localName !== 'time' || isRevision(el)) continue;
    const day = isoDay(el.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

/**
 * True when the page prints `day` where it prints dates (a `<time>`, a date or byline element).
 * Only those elements are read: the whole text would cost a walk of a huge page for one check.
 */
function pageShowsDay(index: MetadataIndex, day: string): boolean {
  return index.datelines.some(
    (el) =>
      shownDay(el) === day ||
      (el.localName === 'time' && isoDay(el.getAttribute('datetime')) === day),
  );
}
