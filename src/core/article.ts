/**
 * Finds the article with Mozilla Readability, on a clone so the page is never mutated, and maps
 * the result back to the live document so callers can protect the article's own elements.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cleanArticle } from './article-cleanup';
import { isMostlyUnspaced, textBlocks } from './text';

/** Attribute stamped on the clone's elements to find their live twins after Readability ran. */
const INDEX_ATTR = 'data-standfirst-i';

/** Readability's raw metadata, kept as a last-resort source for the metadata merge. */
export interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  /** A "By ..." line the cleanup took out of the article, when there is one. */
  printedByline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

export interface ExtractedArticle {
  /** Readability's cleaned content (detached, from the clone). */
  content: Element;
  /** The article body as text blocks, in order. */
  blocks: string[];
  /**
   * Live elements whose clones (or whose own text) ended up in the article content, in document
   * order.
   */
  liveElements: Element[];
  /** The live element each stamped element of `content` was cloned from. */
  liveOf: ReadonlyMap<Element, Element>;
  metadata: ReadabilityMetadata;
}

export interface ExtractOptions {
  /**
   * Elements (of the live document) to drop from the clone before Readability runs, so clutter
   * inside the article container never reaches the article text.
   */
  exclude?: readonly Element[];
  /** Cleanup rules to leave out, by name: `npm run bench -- --rules` measures each one so. */
  skipCleanup?: ReadonlySet<string>;
}

function ogTitle(doc: Document): string {
  return doc.querySelector('meta[property="og:title" i]')?.getAttribute('content') ?? '';
}

/** JSON-LD types that declare the page to be one article (schema.org's Article family). */
const ARTICLE_TYPE = /"@type"\s*:\s*(\[[^\]]*)?"(\w*Article|BlogPosting|Report)"/;

/**
 * The page says it is an article: og:type, a JSON-LD item of an Article type, or its markup: its
 * one <article> holds its one <h1>. That last is how a short wire story on a site without social
 * metadata says it (one-sentence paragraphs score nothing in Readability's check); a front or
 * section page has many <article>s, or none, and its <h1> is the masthead.
 */
function declaresArticle(doc: Document): boolean {
  const articles = doc.getElementsByTagName('article');
  const h1 = doc.getElementsByTagName('h1');
  if (articles.length === 1 && h1.length === 1 && articles[0]!.contains(h1[0]!)) return true;
  const og = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(og.trim())) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Readability's quick check, or the page's own declaration that it is an article (og:type
 * "article", JSON-LD *Article, its headline inside its one <article>). The check alone turns away short wire stories (a five-paragraph
 * denial scores under its threshold) and articles written as <div>s, <br> runs or lists: on
 * Readability's 93 test pages the declaration adds no false positive, and it recovers 2 of 15
 * fixtures and 4 of the 134 benchmark articles. extractArticle still returns null when
 * Readability finds nothing.
 */
export function isReaderable(doc: Document): boolean {
  // The declaration is two lookups; Readability's check walks every paragraph. Most news pages
  // declare themselves, so asking them first is also the fast path.
  return declaresArticle(doc) || isProbablyReaderable(doc, readerableOptions(doc));
}

/**
 * Readability's check counts characters: paragraphs of 140 or more, scoring the square root of
 * the excess, 20 in all. A Chinese or Japanese character carries about what three English ones
 * do, so a dense 60-character paragraph is a full one there: for such text both thresholds are
 * scaled by that factor (lengths by 1/3, the root-scaled score by 1/√3).
 */
function readerableOptions(doc: Document): { minContentLength: number; minScore: number } {
  const sample = (doc.body?.textContent ?? '').slice(0, 4000);
  if (!isMostlyUnspaced(sample)) return { minContentLength: 140, minScore: 20 };
  return { minContentLength: Math.round(140 / 3), minScore: Math.round(20 / Math.sqrt(3)) };
}

/** Posts embedded from social networks: quotations the article is built on, not widgets. */
const EMBEDDED_POST = /(^|\s)(twitter-tweet|instagram-media|tiktok-embed)(\s|$)/;

/**
 * Readability drops an embedded post with its wrapper: the wrapper's class looks unlikely
 * ("social-media-embed") or the post is "a little linky" (handle, date and t.co links). An
 * article built on quoted posts then loses its quotes. So a post that Readability dropped from
 * inside the article (between its first and last element, in page order) goes back in after the
 * article element that precedes it, unless the caller excluded it.
 */
function restoreEmbeddedPosts(
  doc: Document,
  content: Element,
  live: readonly Element[],
  twins: readonly (Element | undefined)[],
  excluded: readonly Element[],
): void {
  // From the element list already taken, not another walk of the page; few pages have a
  // <blockquote> at all. The page may have changed since the list was taken (the content script
  // runs Readability in its own idle slice): only posts still in it count.
  const posts = live.filter(
    (b) =>
      b.localName === 'blockquote' &&
      EMBEDDED_POST.test(b.getAttribute('class') ?? '') &&
      doc.contains(b),
  );
  if (posts.length === 0) return;
  const kept = Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`));
  const indexOf = (el: Element): number => Number(el.getAttribute(INDEX_ATTR));
  if (kept.length === 0) return;
  const [first, last] = [indexOf(kept[0]!), indexOf(kept[kept.length - 1]!)];
  const liveIndex = new Map(live.map((el, i) => [el, i]));
  for (const post of posts) {
    const i = liveIndex.get(post);
    if (i === undefined || i < first || i > last) continue;
    if (excluded.some((el) => el.contains(post))) continue;
    const twin = twins[i];
    if (!twin || content.contains(twin)) continue;
    // The last kept element before the post that is not one of its ancestors, raised to the
    // highest ancestor (inside the content) that still is not.
    let anchor: Element | undefined;
    for (const el of kept) {
      const j = indexOf(el);
      if (j >= i) break;
      if (!live[j]!.contains(post)) anchor = el;
    }
    if (!anchor) continue;
    while (
      anchor.parentElement &&
      anchor.parentElement !== content &&
      anchor.parentElement.hasAttribute(INDEX_ATTR) &&
      !live[indexOf(anchor.parentElement)]!.contains(post)
    ) {
      anchor = anchor.parentElement;
    }
    anchor.after(twin);
  }
}

/** Subtrees Readability never keeps as article content: not worth an index each. */
const UNSTAMPED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/**
 * Stamps each element of the clone with its live twin's index in document order, so the twin is
 * found after Readability (which renames elements, and on a retry re-parses the page from HTML:
 * only an attribute survives both), and records which element each text node with text came
 * from (whitespace never counts as kept text). Every attribute is also a node to allocate and
 * costs Readability time, so subtrees it never keeps go unstamped; querySelectorAll lists a
 * subtree contiguously. `twins[i]` is the clone of live element i, or undefined if left out.
 */
function stamp(twins: readonly (Element | undefined)[], textOwner: Map<Node, number>): void {
  for (let i = 0; i < twins.length; i++) {
    const el = twins[i];
    if (!el) continue;
    if (UNSTAMPED.has(el.tagName)) {
      while (i + 1 < twins.length && (!twins[i + 1] || el.contains(twins[i + 1]!))) i++;
      continue;
    }
    el.setAttribute(INDEX_ATTR, String(i));
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) textOwner.set(n, i);
    }
  }
}

/**
 * A deep copy of `doc` without the `excluded` subtrees: the same tree Readability would see if
 * they were cloned and then removed, but their nodes are never made (on a page with a lot of
 * clutter that is a good part of the clone, and of the collector's work after it). Only the
 * ancestors of excluded elements are copied node by node; every other subtree is one deep
 * cloneNode. Returns the copy and, per live element in document order, its copy.
 */
function cloneWithout(
  doc: Document,
  live: readonly Element[],
  excluded: ReadonlySet<Element>,
): { clone: Document; twins: (Element | undefined)[] } | null {
  const clone = doc.cloneNode(excluded.size === 0) as Document;
  if (excluded.size > 0) {
    const ancestors = new Set<Node>();
    for (const el of excluded) {
      for (let a = el.parentNode; a && !ancestors.has(a); a = a.parentNode) ancestors.add(a);
    }
    // Iterative: a page (or a script) can nest elements thousands of levels deep.
    const stack: { from: Node; to: Node }[] = [{ from: doc, to: clone }];
    while (stack.length > 0) {
      const { from, to } = stack.pop()!;
      // childNodes, not sibling pointers: linkedom gives a doctype no nextSibling.
      for (const n of Array.from(from.childNodes)) {
        if (excluded.has(n as Element)) continue;
        // importNode, not cloneNode: the copy is made in the clone's document, where a browser
        // would otherwise adopt it from the page's, node by node, on appending.
        if (!ancestors.has(n)) {
          to.appendChild(clone.importNode(n, true));
          continue;
        }
        const copy = to.appendChild(clone.importNode(n, false));
        stack.push({ from: n, to: copy });
      }
    }
  }
  // Same tree minus the excluded subtrees, which querySelectorAll lists contiguously: pair the
  // two lists, skipping each excluded element and what it contains.
  const cloned = Array.from(clone.querySelectorAll('*'));
  const twins: (Element | undefined)[] = new Array<Element | undefined>(live.length);
  let j = 0;
  for (let i = 0; i < live.length; i++) {
    const el = live[i]!;
    if (excluded.has(el)) {
      while (i + 1 < live.length && el.contains(live[i + 1]!)) i++;
      continue;
    }
    twins[i] = cloned[j++];
  }
  return j === cloned.length ? { clone, twins } : null;
}

/**
 * Runs Readability on a clone of `doc`. Returns null when Readability finds no article.
 * The live document is only read.
 */
export function extractArticle(
  doc: Document,
  options: ExtractOptions = {},
): ExtractedArticle | null {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractArticle() in two slices: cloning and stamping the page, then Readability and the
 * mapping back. The content script runs them in separate idle callbacks (each is tens of ms on a
 * large page in a browser; together they would be one long task).
 */
export function* extractArticleSteps(
  doc: Document,
  options: ExtractOptions = {},
): Generator<void, ExtractedArticle | null, void> {
  // querySelectorAll, not getElementsByTagName('*'): linkedom returns nothing for the latter, which
  // left liveElements empty in the CLI and tests.
  const live = Array.from(doc.querySelectorAll('*'));
  // Readability also builds new elements around moved text (a <div> holding bare text becomes a
  // new <p>), and those carry no index. Text nodes move rather than copy, so each remembers the
  // element it came from and maps its new parent back to that live element.
  // A Map, not a WeakMap: it dies with this call, and weak keys cost the collector per entry.
  const textOwner = new Map<Node, number>();
  const excluded = new Set<Element>();
  if (options.exclude?.length) {
    const inPage = new Set(live);
    for (const el of options.exclude) if (inPage.has(el)) excluded.add(el);
  }
  const copied = cloneWithout(doc, live, excluded);
  if (!copied) return null;
  const { clone, twins } = copied;
  stamp(twins, textOwner);

  yield;

  const result = new Readability<Element>(clone, {
    // Return the element itself: serialising to HTML and parsing it again costs time for nothing.
    serializer: (node) => node as Element,
    // Class names tell captions, bylines and widgets apart in the cleanup below.
    keepClasses: true,
  }).parse();
  const content = result?.content;
  if (!result || !content) return null;
  restoreEmbeddedPosts(doc, content, live, twins, options.exclude ?? []);
  const removed = cleanArticle(
    content,
    { titles: [doc.title, ogTitle(doc), result.title ?? ''], byline: result.byline ?? null },
    options.skipCleanup,
  );
  // Readability finds bylines by their markup; a bare "By Maya Lind" paragraph, which the
  // cleanup takes out of the story, is one too. It is also the printed byline when Readability
  // did not look for one, having taken <meta name=author>, which is often the site ("Example
  // News", "admin"): metadata tries it after Readability's.
  const printedByline =
    removed.find((r) => r.rule === 'byline' && /^(?:by|von|par|por)\s+\p{Lu}/iu.test(r.text))
      ?.text ?? null;
  const byline = result.byline ?? printedByline;

  const found = new Set<number>();
  const liveOf = new Map<Element, Element>();
  for (const el of Array.from(content.querySelectorAll('*'))) {
    const index = el.getAttribute(INDEX_ATTR);
    if (index !== null) {
      found.add(Number(index));
      const original = live[Number(index)];
      if (original) liveOf.set(el, original);
    }
    for (let n = el.firstChild; n; n = n.nextSibling) {
      // Only text nodes with text are in the map (stamp()).
      const owner = n.nodeType === 3 ? textOwner.get(n) : undefined;
      if (owner !== undefined) found.add(owner);
    }
    el.removeAttribute(INDEX_ATTR);
  }
  content.removeAttribute(INDEX_ATTR);
  // Document order, as the live elements were listed.
  const liveElements = [...found].sort((a, b) => a - b).flatMap((i) => live[i] ?? []);

  return {
    content,
    blocks: textBlocks(content),
    liveElements,
    liveOf,
    metadata: {
      title: result.title ?? null,
      byline,
      printedByline,
      excerpt: result.excerpt ?? null,
      siteName: result.siteName ?? null,
      publishedTime: result.publishedTime ?? null,
      lang: result.lang ?? null,
      dir: result.dir ?? null,
    },
  };
}
