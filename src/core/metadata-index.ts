/**
 * Everything the metadata merge reads from the DOM, collected in ONE walk of the tree. The merge
 * runs in the content script on every popup open, and linkedom (CLI, tests) walks the whole tree
 * for each querySelectorAll; a merge that asks a dozen selectors walks it a dozen times. Browsers
 * index by tag, so there the walk costs little either way, but one walk is never slower.
 *
 * Microdata is read the way schema.org defines it: a property belongs to the nearest enclosing
 * `itemscope` (an element that is itself an item belongs to the scope above it). Only the
 * article's own item counts, so a VideoObject's or a Comment's `datePublished` and `author` are
 * never the story's. Properties outside any item (a bare `<meta itemprop>` in the head) are kept
 * apart as a weaker source.
 */
import { ARTICLE_TYPES } from './json-ld';
import { collapseWhitespace } from './text';

export interface MetadataIndex {
  /** `<meta>` contents by lower-cased key (each `property` token, `name`), in document order. */
  metas: Map<string, string[]>;
  /** Text of each JSON-LD script. */
  jsonLd: string[];
  h1s: Element[];
  /** Properties (lower-cased itemprop token) of the page's article item. */
  articleProps: Map<string, Element[]>;
  /** Properties outside any item. */
  looseProps: Map<string, Element[]>;
  /** `<a rel=author>` links. */
  relAuthors: Element[];
  /** `<time>` elements, and elements whose class or id names a date or a byline: where a page
   * prints its dateline. Document order. */
  datelines: Element[];
  /** Position in document order of each h1 and dateline element. */
  position: Map<Element, number>;
  /** The document's <title>, whitespace collapsed. */
  title: string;
  body: Element | null;
}

/** Class and id words that mark where a page prints its date: "dateline", "ArticleHeader_date". */
const DATELINE_WORDS = ['date', 'time', 'posted', 'publish', 'byline', 'stamp', 'meta'];
const DATELINE = new RegExp(DATELINE_WORDS.join('|'), 'i');
const INDEXED = [
  'meta[content]',
  'script[type]',
  'h1',
  'a[rel]',
  '[itemprop]',
  '[itemscope]',
  'time',
  // Grouped under [class] and [id]: the same elements as one selector per word, but an element
  // without the attribute is ruled out by one test instead of seven (linkedom, in the CLI and
  // tests, runs every alternative on every element; browsers match either form natively).
  `[class]:is(${DATELINE_WORDS.map((w) => `[class*="${w}" i]`).join(',')})`,
  `[id]:is(${DATELINE_WORDS.map((w) => `[id*="${w}" i]`).join(',')})`,
].join(',');

function add(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

function itemTypes(el: Element): string[] {
  return (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

const indexes = new WeakMap<Document, MetadataIndex>();

export function metadataIndex(doc: Document): MetadataIndex {
  const cached = indexes.get(doc);
  if (cached) return cached;
  const metas = new Map<string, string[]>();
  const jsonLd: string[] = [];
  const h1s: Element[] = [];
  const relAuthors: Element[] = [];
  const datelines: Element[] = [];
  const position = new Map<Element, number>();
  const withProps: Element[] = [];
  const scopes: Element[] = [];

  // One native query for the elements any source reads, not a walk of every element: a content
  // script's DOM calls are costly (Firefox's Xray wrappers), and a 100,000-element page would pay
  // several per element. Positions below count these elements only.
  const all = doc.querySelectorAll(INDEXED);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tag === 'meta') {
      const value = collapseWhitespace(el.getAttribute('content') ?? '');
      if (value) {
        // `property` may hold several space-separated names ("og:title twitter:title").
        const keys = new Set([
          ...(el.getAttribute('property') ?? '').toLowerCase().split(/\s+/),
          (el.getAttribute('name') ?? '').toLowerCase().trim(),
        ]);
        for (const key of keys) {
          if (!key) continue;
          const values = metas.get(key);
          if (values) values.push(value);
          else metas.set(key, [value]);
        }
      }
    } else if (tag === 'script') {
      const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
      if (type === 'application/ld+json' || type === 'application/json+ld')
        jsonLd.push(el.textContent ?? '');
      continue;
    } else if (tag === 'h1') {
      h1s.push(el);
      position.set(el, i);
    } else if (tag === 'a') {
      if (/(^|\s)author(\s|$)/i.test(el.getAttribute('rel') ?? '')) relAuthors.push(el);
    }
    if (el.hasAttribute('itemprop')) withProps.push(el);
    if (el.hasAttribute('itemscope')) scopes.push(el);
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if (tag === 'time' || (cls && DATELINE.test(cls)) || (id && DATELINE.test(id))) {
      datelines.push(el);
      position.set(el, i);
    }
  }

  // The article item: of the article-typed items, the one with the most properties (a story
  // has a headline, author, date, body; a related-story teaser a name and a link).
  const owner = (el: Element): Element | null => {
    for (let p = el.parentElement; p; p = p.parentElement)
      if (p.hasAttribute('itemscope')) return p;
    return null;
  };
  const propCount = new Map<Element, number>();
  const owners = withProps.map((el) => {
    const scope = owner(el);
    if (scope) propCount.set(scope, (propCount.get(scope) ?? 0) + 1);
    return scope;
  });
  let article: Element | null = null;
  for (const scope of scopes) {
    if (!itemTypes(scope).some((t) => ARTICLE_TYPES.has(t))) continue;
    if (!article || (propCount.get(scope) ?? 0) > (propCount.get(article) ?? 0)) article = scope;
  }
  const articleProps = new Map<string, Element[]>();
  const looseProps = new Map<string, Element[]>();
  withProps.forEach((el, i) => {
    const scope = owners[i];
    const target = scope === null ? looseProps : scope === article ? articleProps : null;
    if (!target) return;
    for (const prop of (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/))
      if (prop) add(target, prop, el);
  });

  const index: MetadataIndex = {
    metas,
    jsonLd,
    h1s,
    articleProps,
    looseProps,
    relAuthors,
    datelines,
    position,
    title: collapseWhitespace(doc.title ?? ''),
    body: doc.body ?? null,
  };
  indexes.set(doc, index);
  return index;
}

/**
 * The value of a microdata property: `content`, `datetime`, or the text. An item (a Person)
 * gives its `name` property, else its text.
 */
export function propValue(el: Element): string {
  const value = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (value !== null) return collapseWhitespace(value);
  if (el.hasAttribute('itemscope')) {
    const name = el.querySelector('[itemprop~="name" i]');
    if (name) return propValue(name);
  }
  return collapseWhitespace(el.textContent ?? '');
}
