/**
 * Generic clutter heuristics for pages without (or beyond) a site rule. One top-down walk: the
 * first element that qualifies becomes a block and its subtree is not searched further; elements
 * the guard forbids (the article container, its ancestors, anything holding an article paragraph)
 * are never blocks, but are searched, so clutter inside the article is still found.
 *
 * The page is split in zones (see Zone): the article container, the site's chrome (masthead,
 * navigation, page footer), and the rest (rails, sidebars, what sits below the story). Chrome
 * keeps its navigation in Tidy: only clutter that names itself goes there.
 *
 * Signals, each a reason `heuristic:<name>`:
 * - ad-slot: ad markup (class/id words, AMP ad tags, data-ad-*) holding at most an ad label;
 * - label: a section headed by clutter vocabulary ("More from", "Related", "Newsletter"...), a
 *   line that is clutter by itself ("Advertisement", "Skip to content", "Share this article"),
 *   or a video player's placeholder text;
 * - sign-up: a small box around an e-mail sign-up form (not a comment, log-in or search form),
 *   taken whole with its pitch even before Readability, so the pitch never reads as the story;
 * - boilerplate: copyright, cookie, ownership, standards and market-data notices, prose lines of
 *   a page footer;
 * - markup: a class/id naming recirculation, promotion, sign-up, sharing or comments, in a block
 *   shaped like clutter (link-dense, short, or a list);
 * - inline-related: inside the article container, a teaser line ("Read more: <link>", an
 *   all-caps headline link, "<headline> READ MORE");
 * - strapline: a short lone link line right next to the article, pointing away from it;
 * - teaser-list: outside the article, a list of repeated items that are mostly headline links;
 * - author-bio: an author's bio box beside the story (markup naming the author, a bio sentence);
 * - comments: readers' comments, by markup naming them (outside the article, or left out by
 *   Readability);
 * - link-density: outside the article and the site chrome, a block that is mostly link text; inside
 *   the article container, one that is mostly link text and that Readability left out;
 * - menu-teaser: inside the chrome, a story teaser of a mega-menu (a headline link to a story's
 *   address, with a picture or in a heading); the menu's section links stay.
 * inline-related and the last three need Readability's result; the rest also run before
 * Readability, near prose only and with a stricter guard (no block may hold a paragraph of prose
 * or an <h1>), so that what they find never reaches the article text.
 */
import { collapseWhitespace, isSkippedElement } from '../text';
import type { ArticleGuard } from './guard';
import {
  hasAdMarkup,
  hasClutterMarkup,
  hasCommentsMarkup,
  isChrome,
  isFooter,
  markupWords,
  mayBeConsent,
} from './markers';
import { isParagraphTag, linkDensity, type TextStats } from './text-stats';
import {
  hasInlineLead,
  hasTrailingReadMore,
  isBoilerplate,
  isNotice,
  isClutterLine,
  isAuthorBio,
  isCommentsLabel,
  isCookieNotice,
  isSectionLabel,
} from './vocabulary';

export interface Detection {
  element: Element;
  reason: string;
}

export interface HeuristicContext {
  stats: ReadonlyMap<Element, TextStats>;
  guard: ArticleGuard;
  /** Readability's result is known (the guard names the article). */
  guided: boolean;
  /** Elements already taken by site rules: their subtrees are not searched. */
  taken: ReadonlySet<Element>;
}

/**
 * Where an element sits: in the article (inside the container), in the site's chrome (masthead,
 * navigation, footer, wherever they sit), or elsewhere on the page (rails, sidebars, below).
 * Each zone has its own rules: chrome keeps its links, the article keeps its prose.
 */
type Zone = 'article' | 'chrome' | 'page';

const SIDEBAR_ROLES = new Set(['complementary']);

/** The zone inside `el`, given the zone around it (el is not the article nor an ancestor of it). */
function enterZone(el: Element, outer: Zone): Zone {
  if (outer === 'chrome' || isChrome(el)) return 'chrome';
  // A sidebar inside a too-wide container is still a sidebar.
  const role = el.getAttribute('role');
  if (el.localName === 'aside' || (role !== null && SIDEBAR_ROLES.has(role))) return 'page';
  return outer;
}

function zoneAt(el: Element, container: Element | null): Zone {
  const chain: Element[] = [];
  for (let a = el.parentElement; a; a = a.parentElement) chain.unshift(a);
  let zone: Zone = 'page';
  for (const a of chain) zone = a === container ? 'article' : enterZone(a, zone);
  return zone;
}

/** Block-level tags: a label's own element is the nearest of these around its first text. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'aside',
  'article',
  'header',
  'footer',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'form',
  'blockquote',
]);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** A consent dialog lists its cookie categories at length; past this it is something else. */
const CONSENT_CHARS = 4000;

// "player" alone names sports players too (a results table's rows): only video words count.
const PLAYER_WORDS = new Set(['video', 'jwplayer', 'videoplayer', 'vjs']);

/**
 * The text of a video player's placeholder ("Watch: video player loading", "Loading video"): the
 * script replaces it with the player, and without scripts it is noise. A caption stays.
 */
function isPlayerText(el: Element, s: TextStats): boolean {
  if (s.chars > 60 || s.words > 8 || s.links > 0) return false;
  if (!markupWords(el).some((w) => PLAYER_WORDS.has(w))) return false;
  return !el.querySelector('figcaption');
}

/**
 * The element's text is one line: at most one block holds text of its own (text nodes, or inline
 * children with text). Wrappers around a single line (<div><div><p>...</p></div></div>) are
 * still one line. A small element only.
 */
function isOneLine(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  let lines = 0;
  const walk = (e: Element): boolean => {
    let inline = false;
    for (let n = e.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (/\S/.test(n.nodeValue ?? '')) inline = true;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const k = n as Element;
      const ks = stats.get(k);
      if (!ks || ks.chars === 0) continue;
      if (!BLOCK_TAGS.has(k.localName)) inline = true;
      else if (!walk(k)) return false;
    }
    return !inline || ++lines <= 1;
  };
  return walk(el);
}

/**
 * What one page measurement (the stats map) has read already: the pass before Readability and the
 * guided pass ask for the same small elements, and a small block's children are read again when
 * the block itself was no clutter. Keyed by the measurement rather than module-wide: late content
 * is measured afresh, so an element that changed since is read again.
 */
interface ScanCache {
  texts: Map<Element, string>;
  /** The <a> elements inside each element asked about. */
  links: Map<Element, Element[]>;
  /** Both passes search the same root, whose every element the e-mail field query visits. */
  signUps?: Set<Element>;
}
const caches = new WeakMap<ReadonlyMap<Element, TextStats>, ScanCache>();

function cacheOf(stats: ReadonlyMap<Element, TextStats>): ScanCache {
  let cache = caches.get(stats);
  if (!cache) caches.set(stats, (cache = { texts: new Map(), links: new Map() }));
  return cache;
}

/** Text of a small element (only called where the counts say it is small). */
function textOf(el: Element, stats: ReadonlyMap<Element, TextStats>): string {
  const texts = cacheOf(stats).texts;
  return texts.get(el) ?? readText(el, texts);
}

/**
 * Reads the text of `el` and keeps that of every element inside on the way: when a block is no
 * clutter the walk asks for its children next, and their texts are parts of this one.
 */
function readText(el: Element, cache: Map<Element, string>): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !isSkippedElement(n as Element)) {
      const k = n as Element;
      // Keep block boundaries as spaces so "Most read" + "1." do not fuse into one word.
      out += ' ' + (cache.get(k) ?? readText(k, cache));
      if (BLOCK_TAGS.has(k.localName)) out += ' ';
    }
  }
  cache.set(el, out);
  return out;
}

/** The first non-empty text node under `el`, skipping hidden and non-rendered subtrees. */
/**
 * "Related: <a>Valorum launches its PC store with 500 games</a>": the lead is a bare text node,
 * not an element of its own, and the line is too long for `firstLabel`. Only a lead set off by a
 * colon, bar or dash, or in capitals, counts: "Watch the video" is a sentence.
 */
function hasLeadText(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  const text = firstText(el, stats)?.nodeValue ?? '';
  if (text.length > 30) return false;
  const t = text.trim();
  return (/[:|»—–-]$/u.test(t) || (t.length > 3 && t === t.toUpperCase())) && hasInlineLead(t);
}

function firstText(el: Element, stats: ReadonlyMap<Element, TextStats>): Node | null {
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return node;
    if (node.nodeType === 1 && stats.has(node as Element) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling && node !== el) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return null;
}

/**
 * The label of a block: the element around its first piece of text, when that is a short line
 * of its own (a heading, a label span, a first paragraph). Null when the block opens with prose.
 */
function firstLabel(
  el: Element,
  stats: ReadonlyMap<Element, TextStats>,
): { element: Element; text: string } | null {
  const found = firstText(el, stats);
  if (!found) return null;
  let label = found.parentElement;
  while (label && label !== el && !BLOCK_TAGS.has(label.localName)) {
    if (label.parentElement === el) break;
    label = label.parentElement;
  }
  // A list item is an entry of a list, not the label of one.
  if (!label || label.localName === 'li') return null;
  const s = stats.get(label);
  if (!s || s.chars > 80 || s.words > 8) return null;
  return { element: label, text: textOf(label, stats) };
}

/** Items of a list-like block: its element children with text, or those of its only child. */
function listItems(el: Element, stats: ReadonlyMap<Element, TextStats>): Element[] {
  const withText = (e: Element): Element[] => {
    const out: Element[] = [];
    for (let k = e.firstElementChild; k; k = k.nextElementSibling) {
      if ((stats.get(k)?.chars ?? 0) > 0) out.push(k);
    }
    return out;
  };
  let kids = withText(el);
  // Look through wrappers (<div><h3>Label</h3><ul><li>...) to the repeated items: a child that
  // holds most of the text is the list, the rest is its label or a "see all" link.
  for (let depth = 0; depth < 3 && kids.length > 0 && kids.length < 3; depth++) {
    const total = kids.reduce((n, k) => n + stats.get(k)!.chars, 0);
    const main = kids.reduce((a, b) => (stats.get(b)!.chars > stats.get(a)!.chars ? b : a));
    if (stats.get(main)!.chars < total * 0.7) break;
    kids = withText(main);
  }
  return kids;
}

/** Lists of short items (a "Most read" list, a tag list, a teaser grid). */
function isListOfShortItems(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  const items = listItems(el, stats);
  if (items.length < 3) return false;
  const short = items.filter((k) => (stats.get(k)?.chars ?? 0) <= 300).length;
  return short / items.length >= 0.8;
}

/**
 * Teaser structure: at least three repeated items (same tag), most holding a headline link, each
 * short, and the whole mostly link text. That is a rail of other stories, never article prose.
 */
export function isTeaserList(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  const s = stats.get(el);
  if (!s || s.prose) return false;
  const items = listItems(el, stats);
  if (items.length < 3) return false;
  const cards = items.every(isCard);
  if (!cards && linkDensity(s) < 0.3) return false;
  const tags = new Map<string, number>();
  for (const k of items) tags.set(k.localName, (tags.get(k.localName) ?? 0) + 1);
  const same = Math.max(...tags.values());
  if (same / items.length < 0.6) return false;
  // Repeated <article> cards are other stories, whatever their link density.
  if (cards) return items.every((k) => (stats.get(k)?.chars ?? 0) <= 400);
  let linked = 0;
  for (const k of items) {
    const ks = stats.get(k)!;
    if (ks.chars > 350) return false;
    if (ks.links > 0 && linkDensity(ks) >= 0.25) linked++;
  }
  return linked / items.length >= 0.6;
}

/**
 * A list of repeated <article> cards (other stories), whatever their links and blurbs; a heading
 * or a "see all" link may sit among them.
 */
function isCardList(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  const items = listItems(el, stats);
  const cards = items.filter(isCard).length;
  return cards >= 3 && cards / items.length >= 0.75;
}

/** A story card: an <article>, or a grid cell holding just one. */
function isCard(el: Element): boolean {
  if (el.localName === 'article') return true;
  return el.childElementCount === 1 && el.firstElementChild?.localName === 'article';
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The headline link of a teaser card: a link of two words or more that is a line of its own
 * (inside a heading, or the only text of its block) or that opens the item ("<a>Headline</a>
 * blurb..."), not a link inside a sentence. Null when the item has none. Only called on small
 * items (the caller bounds their size).
 */
function headlineLink(item: Element, stats: ReadonlyMap<Element, TextStats>): Element | null {
  const links = item.localName === 'a' ? [item] : Array.from(item.querySelectorAll('a[href]'));
  const opening = firstText(item, stats);
  for (const a of links) {
    const s = stats.get(a);
    if (!s || s.words < 2 || s.chars < 10 || s.chars > 200) continue;
    if (opening && a.contains(opening)) return a;
    // Its line: up through inline wrappers to the nearest block (or the item itself).
    let line: Element = a;
    while (line !== item && !BLOCK_TAGS.has(line.localName) && line.parentElement) {
      line = line.parentElement;
    }
    const ls = stats.get(line);
    if (!ls) continue;
    if (ls.chars - s.chars <= 3 || HEADING_TAGS.has(line.localName)) return a;
  }
  return null;
}

/**
 * A teaser card: a headline link to another page, with at most a blurb and a byline or date
 * beside it (the blurb may be a sentence or two). An item of a rail, a "More from" grid or a
 * list of latest stories. Returns the headline link, or null.
 */
function teaserHeadline(item: Element, stats: ReadonlyMap<Element, TextStats>): Element | null {
  const s = stats.get(item);
  if (!s || s.chars > 700 || s.links > 6 || s.links === 0) return null;
  const a = headlineLink(item, stats);
  if (!a || !pointsAway(a)) return null;
  // A short link ("Bonuses of May") is a headline when a blurb or a date comes with it; alone it
  // may be a menu entry.
  const as = stats.get(a)!;
  const long = as.words >= 3 && as.chars >= 15;
  return long || s.chars - s.linkChars >= 20 ? a : null;
}

/**
 * Teaser structure with blurbs: at least three repeated items (mostly the same tag), most of
 * them teaser cards, each linking somewhere else. Unlike isTeaserList it allows the blurbs to be
 * prose, so it runs only where no article paragraph can be (the guard forbids those). Returns the
 * mean length of the headlines (characters), or 0 when `el` is no such list.
 */
export function teaserCardList(el: Element, stats: ReadonlyMap<Element, TextStats>): number {
  const s = stats.get(el);
  if (!s || s.links < 3) return 0;
  const items = listItems(el, stats);
  if (items.length < 3) return 0;
  const tags = new Map<string, number>();
  for (const k of items) tags.set(k.localName, (tags.get(k.localName) ?? 0) + 1);
  if (Math.max(...tags.values()) / items.length < 0.6) return 0;
  let chars = 0;
  const targets = new Set<string>();
  for (const k of items) {
    const a = teaserHeadline(k, stats);
    if (!a) continue;
    chars += stats.get(a)!.chars;
    targets.add(a.getAttribute('href') ?? '');
  }
  // Distinct targets: the same link repeated is a pager or a widget, not a list of stories.
  const cards = targets.size;
  return cards >= 3 && cards / items.length >= 0.75 ? chars / cards : 0;
}

/**
 * A teaser list whose links are headlines (sentences), not navigation labels ("World", "Sport"):
 * navigation links average a word or two, headlines five and more.
 */
export function isHeadlineList(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  if (!isTeaserList(el, stats)) return false;
  const s = stats.get(el)!;
  return s.links > 0 && s.linkChars / s.links >= 25;
}

/** A story's address: a slug of three words and more, or a long number (an id, a date). */
const STORY_PATH = /[\p{L}\p{N}]+[-_][\p{L}\p{N}]+[-_][\p{L}\p{N}]+|\d{5,}/u;

/**
 * A story teaser inside a mega-menu ("Featured: <headline>", a thumbnail grid under a section's
 * name): a small block of one headline link, with a picture or the link in a heading, pointing at
 * a story's address. Menu entries are a word or three, with no picture, pointing at a section;
 * the masthead's logo link points home. The section links around the teaser stay.
 */
function isMenuTeaser(el: Element, s: TextStats, stats: ReadonlyMap<Element, TextStats>): boolean {
  // The headline's 25 characters are link text, counted in linkChars: with fewer there is none to
  // look for, which spares the search for nearly every entry of a menu.
  if (s.links === 0 || s.links > 3 || s.chars > 400 || s.linkChars < 25 || s.holdsLandmark) {
    return false;
  }
  const a = headlineLink(el, stats);
  const as = a && stats.get(a);
  if (!a || !as || as.words < 4 || as.chars < 25) return false;
  if (!el.querySelector('img, picture') && !a.closest('h2, h3, h4, h5, h6')) return false;
  // One story only: a section link beside the teaser makes this a menu entry, which stays.
  const href = a.getAttribute('href') ?? '';
  for (const other of el.querySelectorAll('a[href]')) {
    if (other.getAttribute('href') !== href && stats.get(other)?.chars) return false;
  }
  // The address without its query: tracking parameters are no slug.
  return pointsAway(a) && STORY_PATH.test(href.split(/[?#]/)[0]!);
}

/** Shape of clutter: mostly links, or short, or a list of short items, never a paragraph of prose. */
function clutterShaped(
  el: Element,
  s: TextStats,
  stats: ReadonlyMap<Element, TextStats>,
  guided: boolean,
): boolean {
  if (!guided && s.prose) return false;
  return linkDensity(s) >= 0.35 || s.chars <= 400 || isListOfShortItems(el, stats);
}

/** An all-caps headline link standing alone in the article body (a cross-promoted story). */
function isCapsLinkLine(text: string, s: TextStats): boolean {
  if (s.words < 3 || s.chars > 200 || s.links > 2 || linkDensity(s) < 0.8) return false;
  // "CLICK FOR FULL RESULTS" points into the story's own material, not to another story.
  if (/^\W*click\b/i.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85;
}

/**
 * A paragraph that is nothing but one link with a headline-like text, dropped between the
 * article's paragraphs: a cross-link to another story ("Fans really want The Doobie Brothers in
 * the Rock Hall"). A sentence of the article is never entirely a link.
 */
function isLoneLinkParagraph(el: Element, text: string, s: TextStats): boolean {
  // Only a <p>: listicles title their items with linked headings (<h3><a>Product</a></h3>).
  if (el.localName !== 'p') return false;
  if (s.links !== 1 || s.words < 4 || s.words > 25 || linkDensity(s) < 0.9) return false;
  if (/^\W*click\b/i.test(text)) return false;
  return pointsAway(el);
}

/** A link pointing away from the page: not a fragment, not javascript:, not the page itself. */
function pointsAway(el: Element): boolean {
  const a = el.localName === 'a' ? el : el.querySelector('a[href]');
  const href = a?.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  const rel = a?.getAttribute('rel') ?? '';
  return !/\b(author|tag|category)\b/i.test(rel);
}

const TWEET_INTENT =
  /^https?:\/\/(www\.)?(twitter|x)\.com\/(intent\/tweet|share)\b|clicktotweet\.com/i;

/** A block that is one link to a tweet-this intent (a "Click to tweet" quote of the story). */
function isTweetQuote(el: Element): boolean {
  const a = el.localName === 'a' ? el : el.querySelector('a[href]');
  return TWEET_INTENT.test(a?.getAttribute('href') ?? '');
}

const BYLINE_WORDS = new Set([
  'byline',
  'author',
  'authors',
  'kicker',
  'rubric',
  'eyebrow',
  'category',
  'breadcrumb',
  'dateline',
]);

/**
 * A promo strapline: a short line that is one link, sitting right beside the article (a sibling of
 * the container, of one of its ancestors, or of the headline's block), pointing away from it.
 */
function isStrapline(el: Element, s: TextStats, guard: ArticleGuard): boolean {
  if (s.links !== 1 || s.words < 3 || s.chars > 120 || linkDensity(s) < 0.85) return false;
  if (markupWords(el).some((w) => BYLINE_WORDS.has(w))) return false;
  const beside = (sib: Element | null): boolean => sib !== null && guard.forbids(sib);
  if (!beside(el.previousElementSibling) && !beside(el.nextElementSibling)) return false;
  return pointsAway(el);
}

const AUTHOR_WORDS = new Set(['author', 'authors', 'bio', 'biography', 'byline', 'contributor']);

/**
 * An author's bio box ("Jane Smith is a reporter for..., follow her on..., more from this
 * author"): markup naming the author or a bio, and a bio sentence in it. Not the byline: a box
 * holding the story's date (<time>) is the byline row, which stays.
 */
function isBioBox(el: Element, s: TextStats, stats: ReadonlyMap<Element, TextStats>): boolean {
  if (s.chars < 40 || s.chars > 1200 || s.holdsLandmark) return false;
  if (!markupWords(el).some((w) => AUTHOR_WORDS.has(w))) return false;
  return isAuthorBio(textOf(el, stats)) && !el.querySelector('time');
}

/** Past this a block is a comments section, not a comments link or count ("12 comments"). */
const COMMENTS_CHARS = 200;

/**
 * Readers' comments below the story: a block whose markup names comments (#comments, .disqus,
 * .comment-list), of some size. Outside the article; inside its container only when Readability
 * left it out (it drops comment markup itself). The guard has ruled out any article paragraph.
 */
function isCommentsSection(el: Element, s: TextStats, zone: Zone, guard: ArticleGuard): boolean {
  if (s.chars < COMMENTS_CHARS || s.holdsLandmark || !hasCommentsMarkup(el)) return false;
  return zone === 'page' || !guard.isKept(el);
}

const RAIL_WORDS = new Set(['sidebar', 'rail', 'rightrail', 'leftrail', 'sidecol', 'widgets']);
const RAIL_PAIRS = new Set(['right rail', 'left rail', 'right column', 'side bar', 'widget area']);

/**
 * A rail: a sidebar beside the article (an <aside>, role=complementary, or a sidebar/rail class)
 * holding no navigation or other landmark. What it holds is other stories, promotions, widgets
 * and ads; the guard has already ruled out any article paragraph in it.
 */
function isRail(el: Element, s: TextStats): boolean {
  if (s.holdsLandmark) return false;
  const role = el.getAttribute('role');
  let rail = el.localName === 'aside' || role === 'complementary';
  const words = markupWords(el);
  rail ||= words.some((w) => RAIL_WORDS.has(w)) || isWidgetArea(el, s);
  for (let i = 0; !rail && i + 1 < words.length; i++) {
    rail = RAIL_PAIRS.has(`${words[i]} ${words[i + 1]}`);
  }
  // A blog's search box often lives in its sidebar, and readers need it: then only the rail's
  // widgets are judged, one by one.
  return rail && !el.querySelector(SEARCH_FORM);
}

/**
 * A widget area without a sidebar class (WordPress and Blogger name each widget, not always the
 * area): three or more children, nearly all of them named widgets.
 */
function isWidgetArea(el: Element, s: TextStats): boolean {
  if (s.links < 3) return false;
  let widgets = 0;
  let items = 0;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (isSkippedElement(k)) continue;
    items++;
    if (markupWords(k).includes('widget')) widgets++;
  }
  return widgets >= 3 && widgets / items >= 0.75;
}

const SEARCH_FORM = '[role="search"], input[type="search"], form[action*="search" i]';

/** Share of the article's paragraph text that the core of the container holds. */
const CORE_SHARE = 0.9;
/** A container is too wide when what lies beside its core is more than this share of the story. */
const WIDE_SHARE = 0.5;

/**
 * The core of the article container: the container is the common ancestor of everything
 * Readability kept, so one stray paragraph it kept elsewhere (a newsletter pitch below the page,
 * an author's bio in the footer) widens it to <body>, and then the whole page counts as article,
 * where rails and teaser grids are never judged. The core is the innermost element under the
 * container that still holds CORE_SHARE of the paragraph text, as long as the text beside it is
 * more than WIDE_SHARE of the story's (so a byline row beside the body stays in the article). The stray paragraphs stay
 * protected by the guard wherever they sit; only the zone of what surrounds them changes.
 */
export function articleCore(
  guard: ArticleGuard,
  stats: ReadonlyMap<Element, TextStats>,
): Element | null {
  const container = guard.container;
  if (!container) return null;
  const held = new Map<Element, number>();
  let total = 0;
  for (const el of guard.protectedElements) {
    if (el === guard.headline || el === guard.standfirst || !container.contains(el)) continue;
    const chars = stats.get(el)?.chars ?? 0;
    total += chars;
    for (let e: Element | null = el; e && e !== container; e = e.parentElement) {
      held.set(e, (held.get(e) ?? 0) + chars);
    }
  }
  let core = container;
  for (;;) {
    let next: Element | null = null;
    for (let k = core.firstElementChild; k; k = k.nextElementSibling) {
      if ((held.get(k) ?? 0) >= total * CORE_SHARE) next = k;
    }
    // A single paragraph is not a container: stop at the element holding several. Stop too when
    // what lies beside the core is little (a byline, a share row): the container is not too wide.
    if (!next || total === 0 || guard.isProtected(next)) return core;
    const beside = (stats.get(core)?.chars ?? 0) - (stats.get(next)?.chars ?? 0);
    if (beside > 0 && beside <= total * WIDE_SHARE) return core;
    core = next;
  }
}

/**
 * Searches `root` (the body, or a subtree inserted late) and returns the blocks found, outermost
 * first in document order.
 */
export function detectHeuristic(root: Element, ctx: HeuristicContext): Detection[] {
  const { stats, guard, guided, taken } = ctx;
  const found: Detection[] = [];
  const chosen = new Set<Element>();
  const container = articleCore(guard, stats);
  // The article's last paragraph, in document order (protected elements are listed in order).
  let lastParagraph: Element | null = null;
  for (const el of guard.protectedElements) {
    if (el === guard.headline || el === guard.standfirst) continue;
    if (!lastParagraph || lastParagraph.compareDocumentPosition(el) & 4) lastParagraph = el;
  }
  const push = (element: Element, reason: string): void => {
    found.push({ element, reason: `heuristic:${reason}` });
    chosen.add(element);
  };

  /** After a label-only heading, the list it heads (up to two siblings). */
  const takeListsAfter = (label: Element, reason: string): void => {
    // A label that is itself a link is a menu's entry ("Latest News"): the entries after it
    // ("India", "World") are the menu's, and only a real list goes. After a plain label
    // ("Follow us") single links are its list.
    const ls = stats.get(label);
    const entry = !!ls && ls.links > 0 && ls.linkChars === ls.chars;
    let sib = label.nextElementSibling;
    for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
      const ss = stats.get(sib);
      if (!ss || ss.chars === 0 || guard.forbids(sib) || guard.isProtected(sib) || taken.has(sib)) {
        return;
      }
      const list =
        (linkDensity(ss) >= 0.5 && (ss.links >= 2 || !entry)) ||
        isListOfShortItems(sib, stats) ||
        isTeaserList(sib, stats);
      // A list of teaser cards may hold blurbs of prose; only outside the article's paragraphs,
      // which the guard already ruled out above.
      if (!(list && !ss.prose) && !(guided && teaserCardList(sib, stats) > 0)) return;
      push(sib, reason);
    }
  };

  /**
   * Lines that are clutter by themselves, in any zone (small elements only: cheap to read).
   * `sameText`: the parent holds exactly this text and was already read, so only markup can
   * make a difference here.
   */
  const classifyLine = (
    el: Element,
    s: TextStats,
    zone: Zone,
    sameText: boolean,
  ): string | null => {
    if (s.chars === 0) return hasAdMarkup(el) ? 'ad-slot' : null;
    if (s.chars > 400) return null;
    if (sameText) {
      if (hasAdMarkup(el) && s.chars <= 40) return 'ad-slot';
      if (zone !== 'article' && !isPlayerText(el, s)) return null;
    }
    const text = textOf(el, stats);
    // Inside the article only whole blocks go: an inline link is part of its sentence.
    const line = s.chars <= 90 && (zone !== 'article' || isBlock(el)) && isClutterLine(text);
    if (hasAdMarkup(el) && (s.chars <= 40 || line)) return 'ad-slot';
    if (line) return 'label';
    if (isPlayerText(el, s)) return 'label';
    // Notices are lines: a footer holding one among its links is not a notice itself. In the
    // article and around it a line that is one link may be one ("Follow TechPulse on Google News").
    const oneLink = s.links === 1 && zone !== 'chrome' && isBlock(el);
    if ((linkDensity(s) >= 0.5 && !oneLink) || !isOneLine(el, stats)) return null;
    if (isNotice(text)) return 'boilerplate';
    // Copyright and ownership lines: a notice of the page, but inside the article it is the
    // story's own credit ("(c) 2019 The Associated Press"), which readers expect to keep. Before
    // Readability the article is unknown, so only chrome's are taken then.
    const pageNotice = zone === 'chrome' || (guided && zone === 'page');
    if (pageNotice && isBoilerplate(text)) return 'boilerplate';
    return null;
  };

  /**
   * A list of nothing but links after the story's last paragraph: "further reading" under the
   * article. Inside the story, link lists are often its substance (a deals roundup), so only
   * the ones after it go.
   */
  const isTrailingLinkList = (el: Element, s: TextStats): boolean => {
    if ((el.localName !== 'ul' && el.localName !== 'ol') || s.prose || !lastParagraph) return false;
    const items = listItems(el, stats);
    if (items.length < 2) return false;
    if (!items.every((k) => linkDensity(stats.get(k)!) >= 0.9)) return false;
    return (lastParagraph.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0;
  };

  const classifyBlock = (el: Element, s: TextStats, zone: Zone): string | null => {
    // A cookie banner or consent dialog, wherever it sits and whatever its size (a settings
    // dialog holds paragraphs about each kind of cookie): its markup says banner or dialog, its
    // opening says cookies.
    if (s.chars <= CONSENT_CHARS && !s.holdsLandmark && mayBeConsent(el)) {
      if (isCookieNotice(textOf(el, stats))) return 'consent';
    }
    // Counted links first: the walk for rel=prev/next only runs on blocks with one or two.
    if (s.chars <= 300 && s.links > 0 && s.links <= 2 && isNextPrevTeaser(el, stats))
      return 'next-prev';
    if (zone === 'article' && guided && s.chars <= 400) {
      const text = textOf(el, stats);
      const label = firstLabel(el, stats);
      const lead = (label !== null && hasInlineLead(label.text)) || hasLeadText(el, stats);
      if ((lead || hasTrailingReadMore(text)) && linkDensity(s) >= 0.3 && !s.prose) {
        return 'inline-related';
      }
      if (isCapsLinkLine(text, s) || isLoneLinkParagraph(el, text, s)) return 'inline-related';
    }
    if (zone === 'article' && guided) {
      if (isTrailingLinkList(el, s)) return 'inline-related';
      // Readability read this block and left it out, and it is mostly links: a tag list, a
      // share bar, a related box. Its verdict plus the shape make it clutter.
      // A "Click to tweet" quote is a sentence of the story made one share link: the story's own
      // words, which the reader keeps.
      const tweetQuote = s.links === 1 && s.words >= 8 && isTweetQuote(el);
      if (!guard.isKept(el) && s.chars >= 100 && !s.prose && linkDensity(s) >= 0.5 && !tweetQuote) {
        return 'link-density';
      }
    }
    if (zone !== 'chrome' && guided && isBioBox(el, s, stats)) return 'author-bio';
    if (zone !== 'chrome' && guided && isCommentsSection(el, s, zone, guard)) return 'comments';
    if (zone === 'chrome') {
      // Prose inside a footer is a notice (ownership, legalese, disclaimer), never the story.
      if (isParagraphTag(el) && s.words >= 4 && linkDensity(s) < 0.3) {
        for (let a: Element | null = el; a; a = a.parentElement)
          if (isFooter(a)) return 'boilerplate';
      }
      // Site chrome stays: a masthead, a navigation bar or a footer is never a block itself,
      // and inside it only clutter that names itself (a "Trending" strip, a newsletter box) or
      // a list of headlines (recirculation, not navigation) goes. Its menus and links stay.
      if (isChrome(el) || s.holdsLandmark) return null;
    }

    const label = firstLabel(el, stats);
    // "Tags: Open source Databases" in one element: the words before the colon label the links.
    const inline =
      label?.element === el && linkDensity(s) >= 0.5 ? /^([^:]{2,30}):/u.exec(label.text) : null;
    if (inline && isSectionLabel(inline[1]!)) return 'label';
    if (label && isSectionLabel(label.text)) {
      const labelStats = stats.get(label.element);
      const labelOnly = labelStats !== undefined && s.chars - labelStats.chars <= 3;
      if (labelOnly) {
        push(el, 'label');
        takeListsAfter(el, 'label');
        return 'label';
      }
      const comments = isCommentsLabel(label.text) && guided && zone === 'page';
      if ((comments || clutterShaped(el, s, stats, guided)) && !s.holdsLandmark) {
        return 'label';
      }
    }
    const shaped = clutterShaped(el, s, stats, guided) && !s.holdsLandmark;
    // A share row that also carries the story's dateline keeps it: the date is what readers
    // look for there, and the buttons beside it are blocks of their own (or a site rule's).
    // So does a row its markup calls the byline ("byline_and_share") with words in it (an empty
    // share container in the byline bar is still the buttons' slot).
    const byline = () =>
      holdsDateline(el) ||
      (s.words >= 3 && markupWords(el).some((w) => w === 'byline' || w === 'dateline'));
    if (hasClutterMarkup(el) && shaped && !byline()) return 'markup';
    if (zone === 'chrome') {
      if (isHeadlineList(el, stats)) return 'teaser-list';
      return isMenuTeaser(el, s, stats) ? 'menu-teaser' : null;
    }
    if (!guided || zone === 'article') return null;

    // Outside the article, with Readability's result to go by. Links averaging a word or two
    // are navigation (a section menu, footer links), which Tidy keeps wherever it sits.
    // Not inside the article container: an <aside> there is a pull quote or a fact box.
    if (isRail(el, s) && !container?.contains(el)) return 'rail';
    if (isStrapline(el, s, guard)) return 'strapline';
    const headlines = s.links > 0 && s.linkChars / s.links >= 20;
    if (isTeaserList(el, stats) && (headlines || isCardList(el, stats))) return 'teaser-list';
    if (teaserCardList(el, stats) > 0) return 'teaser-list';
    // Other <article>s beside the story's are other stories (the guard has ruled out any that
    // holds a paragraph of it), even as whole posts without a headline link.
    if (isCardList(el, stats) && !s.holdsLandmark) return 'teaser-list';
    if (linkDensity(s) >= 0.6 && s.chars >= 100 && headlines && !s.holdsLandmark) {
      return 'link-density';
    }
    return null;
  };

  // Before Readability, only what could end up in its article matters: blocks next to prose.
  // Readability builds the article from paragraphs and the containers around them, so a subtree
  // holding no prose is searched only a couple of levels below the nearest prose-holding one
  // (an ad wrapper beside the paragraphs, a label in a box). The guided pass searches everything.
  const EARLY_DEPTH = 2;
  const stack: { el: Element; zone: Zone; parentChars: number; fromProse: number }[] = [];
  const pushChildren = (el: Element, zone: Zone, read = false, fromProse = 0): void => {
    const parentChars = read ? (stats.get(el)?.chars ?? -1) : -1;
    const depth = stats.get(el)?.prose ? 0 : fromProse + 1;
    if (!guided && depth > EARLY_DEPTH) return;
    for (let k = el.lastElementChild; k; k = k.previousElementSibling) {
      stack.push({ el: k, zone, parentChars, fromProse: depth });
    }
  };
  const tag = root.localName;
  if (tag === 'body' || tag === 'html') {
    pushChildren(root, container === root ? 'article' : 'page');
  } else {
    stack.push({ el: root, zone: zoneAt(root, container), parentChars: -1, fromProse: 0 });
  }
  const signUps = signUpBoxes(root, stats);
  while (stack.length > 0) {
    const { el, zone: outer, parentChars, fromProse } = stack.pop()!;
    const s = stats.get(el);
    if (!s || taken.has(el) || chosen.has(el) || guard.isProtected(el)) continue;
    // A sign-up box goes whole, its pitch included ("Every day we send an email with the top
    // stories"): that sentence is prose to the pass before Readability, which takes the box
    // before Readability can keep the sentence as the story's. Never one holding the headline.
    if (
      signUps.has(el) &&
      s.words <= SIGN_UP_WORDS &&
      !s.holdsLandmark &&
      (!guided || !guard.forbids(el)) &&
      !el.querySelector('h1')
    ) {
      push(el, 'sign-up');
      continue;
    }
    if (guard.forbids(el)) {
      pushChildren(el, el === container ? 'article' : outer, false, fromProse);
      continue;
    }
    const zone = enterZone(el, outer);
    // A word of a sentence ("Customers can <a class="newsletter-link">sign up</a> for alerts",
    // "One <i>Register</i> reader") is part of it, whatever it says or its markup: the pass
    // before Readability meets the article's paragraphs before anyone knows they are. Only an
    // empty ad slot goes.
    // The paragraph may hold it through inline markup: "<p><strong>... <a>Sign up</a> for the
    // free daily newsletter.</strong></p>".
    let parent = el.parentElement;
    while (parent && !isBlock(parent) && !isParagraphTag(parent)) parent = parent.parentElement;
    const ps = parent && isParagraphTag(parent) ? stats.get(parent) : undefined;
    if (!isBlock(el) && ps && ps.words >= 8 && linkDensity(ps) < 0.5 && s.chars * 2 < ps.chars) {
      if (s.chars === 0 && hasAdMarkup(el)) push(el, 'ad-slot');
      continue;
    }
    let reason = classifyLine(el, s, zone, s.chars === parentChars && zone === outer);
    // Before Readability, chrome is searched for lines only: it never holds the article, and
    // taking link-dense parts out of it raises the score of the page wrapper around it, which
    // can then win over the real article container.
    if (!reason && (guided || zone !== 'chrome')) reason = classifyBlock(el, s, zone);
    if (reason) {
      if (!chosen.has(el)) push(el, reason);
    } else pushChildren(el, zone, s.chars <= 400, fromProse);
  }
  // Hover cards sit inside the story's sentences, where the walk above never splits a block.
  const story = guard.container;
  if (guided && story && (root.contains(story) || story.contains(root))) {
    for (const el of (root.contains(story) ? story : root).querySelectorAll('[class]')) {
      if (isPopover(el, stats) && !guard.forbids(el) && !guard.isProtected(el)) push(el, 'popover');
    }
  }
  if (guided) {
    for (const el of twins(stats, guard, (e) => chosen.has(e) || taken.has(e))) push(el, 'twin');
  }
  return found;
}

/** A sign-up box says little: a heading, a line of pitch, a field, a button, a privacy note. */
const SIGN_UP_WORDS = 40;
const EMAIL_FIELD = 'input[type="email" i], input[name*="mail" i], input[placeholder*="mail" i]';

/**
 * Elements holding an e-mail sign-up form (an e-mail field, no password, comment or search
 * field): a newsletter box, whatever its classes or language. A comment form asks for an e-mail
 * too, beside its text box, and stays; so do log-in and search forms.
 */
function signUpBoxes(root: Element, stats: ReadonlyMap<Element, TextStats>): Set<Element> {
  const cache = cacheOf(stats);
  if (cache.signUps) return cache.signUps;
  const boxes = (cache.signUps = new Set());
  // The inputs by tag, then the selector on each: linkedom tests a selector against every
  // element of the body, which costs twice the tag walk; browsers answer both from an index.
  // Fields inside a <template> are no part of a browser's tree, nor of the selector's answer.
  for (const field of root.getElementsByTagName('input')) {
    if (!field.matches(EMAIL_FIELD) || field.closest('template')) continue;
    const type = field.getAttribute('type')?.toLowerCase();
    if (type === 'hidden' || type === 'checkbox' || type === 'radio') continue;
    const form = field.closest('form') ?? field.parentElement;
    if (!form || form.querySelector('textarea, input[type="password" i], input[type="search" i]'))
      continue;
    for (let e: Element | null = field.parentElement; e && e !== root; e = e.parentElement) {
      if (boxes.has(e)) break;
      boxes.add(e);
    }
  }
  return boxes;
}

/** A caption or blurb this long is a sentence, not a label that may rightly repeat ("Share"). */
const TWIN_CHARS = 60;

/**
 * Second copies of a block of text: a gallery shows each caption again in its control panel,
 * and responsive pages carry a truncated and a full caption, of which the site's CSS shows one.
 * Only leaf blocks (no block inside holds text), never the article's paragraphs nor pull quotes,
 * and only when the first copy is itself shown (`hidden`: an element or an ancestor is hidden).
 */
function twins(
  stats: ReadonlyMap<Element, TextStats>,
  guard: ArticleGuard,
  hidden: (el: Element) => boolean,
): Element[] {
  const shown = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) if (hidden(a)) return false;
    return true;
  };
  const first = new Map<string, Element>();
  const out: Element[] = [];
  // Measured in post-order: among leaf blocks that is document order.
  for (const [el, s] of stats) {
    if (s.chars < TWIN_CHARS || s.chars > 600 || !isBlock(el)) continue;
    let leaf = true;
    for (let k = el.firstElementChild; k && leaf; k = k.nextElementSibling) {
      leaf = !isBlock(k) || !stats.get(k)?.chars;
    }
    // A pull quote repeats the story's words on purpose, and readers see both. Asked last: the
    // ancestor walk costs more than the child scan, which turns away most blocks first.
    if (!leaf || inPullQuote(el)) continue;
    const text = collapseWhitespace(textOf(el, stats));
    const earlier = first.get(text);
    if (!earlier) {
      if (shown(el)) first.set(text, el);
    } else if (!guard.forbids(el) && !guard.isProtected(el) && shown(el)) out.push(el);
  }
  return out;
}

/** `el.closest('aside, blockquote')`, by tag: linkedom parses a selector anew on every call. */
function inPullQuote(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.localName === 'aside' || a.localName === 'blockquote') return true;
  }
  return false;
}

const POPOVER_WORDS = new Set(['rollover', 'hovercard', 'popover', 'tooltip']);

/**
 * A hover card inside an article paragraph (The Hill's people rollovers): markup naming a popover
 * around a card of links (a name, that person's latest stories), which the site's CSS shows only
 * on hover. Readers never see it in the sentence. Its trigger holds one link and stays; of nested
 * popover wrappers only the innermost card goes, since an outer one may hold the trigger.
 */
function isPopover(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  if ((stats.get(el)?.links ?? 0) < 2 || !markupWords(el).some((w) => POPOVER_WORDS.has(w))) {
    return false;
  }
  for (const k of el.querySelectorAll('[class]')) if (isPopover(k, stats)) return false;
  return true;
}

/** One unlinked `<time>`: a story's dateline, not a list of dated teasers. */
function holdsDateline(el: Element): boolean {
  const times = el.querySelectorAll('time');
  return times.length === 1 && !times[0]!.closest('a');
}

/**
 * Links to the previous and next stories ("← Previous: Apple patches Safari zero-day"), even in
 * a <nav>: rel=prev/next links, each a headline of three words or more, and no other link. A
 * multi-page story's own pager ("Next page", "2") has no headlines, and stays.
 */
const NEXT_PREV_CLASS = /(?:^|[\s_-])(?:prev|previous|next)(?:$|[\s_-])/iu;
/** "Previous:", "Next story", "Nächster Artikel", "Article suivant" before the headline. */
const NEXT_PREV_LABEL =
  /^\s*(?:(?:previous|prev|next)(?:\s+(?:story|article|post))?|(?:vorheriger|nächster)\s+(?:artikel|beitrag)|(?:article|billet)\s+(?:précédent|suivant))\s*:?/iu;

function isNextPrevTeaser(el: Element, stats: ReadonlyMap<Element, TextStats>): boolean {
  // The walk asks about every small wrapper of the same one or two links in turn (the link's
  // <li>, its <ul>, the box): the links inside each are kept per measurement.
  const links = linksIn(el, cacheOf(stats).links);
  return links.length > 0 && links.length <= 2 && links.every(isNextPrevLink);
}

/** The <a> elements inside `el`, in document order, keeping those of every element on the way. */
function linksIn(el: Element, cache: Map<Element, Element[]>): Element[] {
  let links = cache.get(el);
  if (links) return links;
  links = [];
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (k.localName === 'a') links.push(k);
    for (const a of linksIn(k, cache)) links.push(a);
  }
  cache.set(el, links);
  return links;
}

function isNextPrevLink(a: Element): boolean {
  const text = a.textContent ?? '';
  // rel="prev"/"next" says it; so do a class ("nav-previous", "next") on the link or the
  // item around it, and a label before the headline ("« Previous: ...").
  const marked =
    /^(?:prev|next)$/i.test(a.getAttribute('rel') ?? '') ||
    NEXT_PREV_CLASS.test(
      `${a.getAttribute('class') ?? ''} ${a.parentElement?.getAttribute('class') ?? ''}`,
    ) ||
    NEXT_PREV_LABEL.test(text.replace(/^[\s←«‹<]+/u, ''));
  if (!marked) return false;
  const headline = text.replace(/[←→«»‹›<>]/gu, ' ').replace(NEXT_PREV_LABEL, '');
  return headline.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3;
}
