/**
 * Post-cleaning of Readability's output. Readability finds the right container on most news pages
 * but keeps what sits inside it: captions and photo credits, bylines and datelines, the headline
 * again, share rows, "Read more" lines, newsletter prompts, teaser rails and author bios. Each rule
 * below removes one kind, from the detached content element only (never the page). A rule was kept
 * only if it raised F1 on the extraction benchmark as a whole (`npm run bench`; bench/NOTES.md).
 *
 * Rules look at leaf blocks (paragraphs, list items, headings, captions, and runs of inline
 * content between blocks) with their text, link density and the class/id names of their small
 * wrappers, and at where they sit: before the first paragraph of body text (the lead-in, where
 * kickers, bylines and the headline collect) or after the last one (the tail: bios, teasers).
 */
import { collapseWhitespace, isBlockElement, isSkippedElement } from './text';

export interface CleanupContext {
  /** Headline candidates (document title, og:title, Readability's title). */
  titles: readonly string[];
  /** Readability's byline, when it found one. */
  byline: string | null;
}

/** A leaf block: an element with no blocks inside, or a run of inline nodes between blocks. */
interface Leaf {
  nodes: Node[];
  /** The element itself, or the container of an inline run. */
  el: Element;
  /** Tag names of the leaf and its ancestors inside the content. */
  within: ReadonlySet<string>;
  text: string;
  /** Number of word tokens (runs of letters/digits). */
  words: number;
  /** Share of the text inside navigation links, 0..1. */
  linkDensity: number;
  /** Lower-cased class and id names of the leaf and its small wrappers. */
  names: string;
  heading: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Han and kana are written without spaces: about two characters make a word. */
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/gu;
/** Words, roughly: the length limits below must not take a CJK headline for a two-word label. */
const countWords = (text: string): number =>
  (text.match(WORD)?.length ?? 0) + Math.floor((text.match(UNSPACED)?.length ?? 0) / 2);
/** A comparison key: letters and digits only, lower case. */
const key = (text: string): string => (text.match(WORD) ?? []).join(' ').toLowerCase();
const isShort = (leaf: Leaf, words: number): boolean => leaf.words <= words;

/** Body text: a block long enough, and not mostly links, to be the article itself. */
const isBody = (leaf: Leaf): boolean =>
  !leaf.heading && leaf.text.length >= 120 && leaf.linkDensity < 0.5;

// ---- What furniture looks like ----------------------------------------------------------------

/** Class/id names that mark a caption or credit. */
const CAPTION_NAMES =
  /caption|credit|photo-?(desc|info|text)|image-?(desc|info|text)|media-?(desc|info)|img-?desc/;
/** Class/id names of an image's wrapper: with the image beside it, the text is its caption. */
const FIGURE_NAMES = /(^|[\s_-])(image|img|photo|picture|media|figure)s?([\s_-]|$)/;
/** Class/id names that mark a byline, a dateline or a post's meta row. */
const META_NAMES =
  /byline|author|dateline|timestamp|publish|posted|updated|post-?meta|entry-?meta|article-?meta|meta-?(info|data)|(^|[\s_-])date([\s_-]|$)/;
/** Class/id names of sharing, newsletter, related, tag, carousel and print-only widgets. */
const WIDGET_NAMES =
  /share|sharing|social|newsletter|subscribe|signup|related|recommend|read-?more|more-?stories|promo|(^|[\s_-])tags?([\s_-]|$)|tags?-?list|breadcrumb|advert|sponsor|swiper|carousel|slick-|(^|[\s_-])rail([\s_-]|$)|(^|[\s_-])print([\s_-]|$)|sr-only|screen-reader|visually-?hidden|element-(hidden|invisible)/;

/** A photo credit or gallery control, as text. */
const CREDIT_TEXT =
  /^(\(?(photo|image|picture|foto|illustration|credit|source|video)s?( credit| by)?\s*[:：]|image \d+ (of|\/) \d+$|\d+ of \d+$|\(?(image|photo|credit)s?[^)]{0,3}©|©|\(c\) )|(getty images|shutterstock|\bap photo\b|reuters\/|afp\/|\/ ?ap$|epa$|istock)/i;
/** A caption that ends with its credit: "... (Image: GETTY)", "...Credit: EPA". */
const CREDITED_CAPTION =
  /(\((photo|image|picture|foto|credit|illustration)s?( by| credit)?\s*[:：]?[^()]{0,80}\)|credit\s*:\s*[^.]{0,60})$|\b(photo|image|picture|foto)s?\s*(©|\(c\))/i;

/** A dateline or byline, as text. */
const BYLINE_TEXT =
  /^(by|von|par|por|di|door|av|af)\s+\p{Lu}|^(published|updated|posted|last updated|first published|modified|publicado|veröffentlicht|aktualisiert|publié|pubblicato)\b/iu;
/**
 * A post's meta row: "Posted by X - Category: Y - Tags: Z". Its "posted by" opens the row or a
 * field of it; "the terms would be published by Friday" is a sentence.
 */
const META_TEXT =
  /(?:^|[|•·–—-]\s*)(posted|published|written|publicado|publié|pubblicato|veröffentlicht) (by|por|par|da|von)\b|\b(categor(y|ies|ia|ie)|tags|filed under|kategorie)\s*:/i;
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi;
/** A date or a time: 2019-11-20, 20.11.2019, 11/20/19, 4:10pm, or a month name with a number. */
const DATE_LIKE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4})\b|\b\d{1,2}:\d{2}\b/;
const WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi;

/** Calls to act at the start of a sentence: "Sign up for...", "Follow us on...". */
const PROMPT_IMPERATIVE =
  /(^|[.!?]\s+)(sign up|subscribe|follow (us|him|her|me|them)|download (the|our)|click here|tap here|join (us|our|the)|get (the|our) .{0,40}(app|newsletter)|like this story\?|tell us what you think|have a (news )?tip\?|want more stories)/i;
/** Prompts by their subject, for short blocks only. */
const PROMPT_SUBJECT =
  /\b(newsletters?|in your inbox|to your inbox|share (this|it) with|leave a comment|post comment|this (web)?site uses cookies|affiliate (and\/or referral )?links?|affiliate commission)\b/i;

/** Labels that introduce a link to another story. */
const RELATED_LABEL =
  /^\[?\s*(related( (post|posts|articles?|stories|content|coverage|reading))?|read (more|also|next)|see also|also read|more( on this)?|don'?t miss|also on [\w.]+|recommended|more from [\w .]+|further reading|watch|leggi anche|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|veja também|leia também|lea también)\s*[:：\]-]/i;

/** Interface chrome that survives as text: labels of ads, loaders, skip links, media fallbacks. */
const UI_TEXT =
  /^(advertisement|advert|ad|anzeige|publicité|publicidad|iklan|sponsored( content)?|skip to (main )?content|continue reading( below)?|loading( content)?\W*|this slideshow requires javascript\W*|media playback is unsupported on your device|comments?|\d+ comments?|view comments|show comments|caption|close|enlarge this image|toggle caption|hide caption|story continues below( advertisement)?|scroll to continue|view author archive|email the author)$/i;

/** Words a share row is made of; it names at least one network or says "share". */
const SHARE_WORDS = new Set(
  'share shares tweet facebook twitter whatsapp email e mail print pinterest pin linkedin reddit copy link flipboard messenger telegram sms save comment comments compartilhe compartir teilen partager condividi'.split(
    ' ',
  ),
);
const SHARE_CORE =
  /\b(share|tweet|facebook|twitter|whatsapp|pinterest|linkedin|reddit|flipboard|telegram|compartilhe|compartir|teilen|partager|condividi)\b/i;

/** Wire-story credit lines. */
const CREDITS_TEXT =
  /^\(?((additional )?reporting|writing|editing|compiled|research) by\b|contributed (reporting )?to this (report|story|article)\W*$/i;

/** A cookie banner that ended up inside the article. */
const COOKIE_TEXT = /\b(uses?|using) cookies\b/i;

/** A bio: "Jane Doe is a reporter for...", "Acme is a global provider of...". */
const BIO_TEXT =
  /^([\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*(\s\([^)]*\))?\s((is|was) (a|an|the|our)\s.{0,150}\b(writer|reporter|journalist|editor|correspondent|contributor|columnist|producer|blogger|freelance|staff|author|native|provider|company|leader)\b|is headquartered|(covers|writes about|reports on)\s)/u;

// ---- Rules --------------------------------------------------------------------------------------

/** The context plus what the cleanup learnt about this content before the rules ran. */
interface State extends CleanupContext {
  /** Small wrappers that hold a photo credit: the rest of their text is the caption. */
  creditWrappers: ReadonlySet<Element>;
}

interface Rule {
  name: string;
  test: (leaf: Leaf, state: State) => boolean;
}

/** Embedded posts (tweets, Instagram) end with "— Name (@handle) date": quoted, not a dateline. */
const inQuote = (leaf: Leaf): boolean =>
  leaf.within.has('BLOCKQUOTE') || /^[—–-]\s/.test(leaf.text);

/** The leaf shares a small wrapper with an image: a figure without <figure>. */
function besideImage(leaf: Leaf): boolean {
  const parent = leaf.el.parentElement;
  return (
    parent !== null &&
    parent.children.length <= 3 &&
    parent.querySelector('img, picture, video') !== null
  );
}

/** The text gives a date: a month name with a number, or a numeric date or time. */
function hasDate(text: string): boolean {
  return (text.search(MONTH) >= 0 && /\d/.test(text)) || DATE_LIKE.test(text);
}

/** A line that is a date and little else ("Updated 11:21 pm CST, Tuesday, November 19, 2019"). */
function looksLikeDateline(leaf: Leaf): boolean {
  if (!isShort(leaf, 14)) return false;
  const hasMonth = leaf.text.search(MONTH) >= 0 && /\d/.test(leaf.text);
  if (!hasMonth && !DATE_LIKE.test(leaf.text)) return false;
  const rest = leaf.text
    .replace(MONTH, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/\b[A-Z]{1,4}T\b|\bUTC\b/g, ' ')
    .replace(
      /\b\d{1,2}[:.]\d{2}\s*(am|pm)?\b|\b\d+(st|nd|rd|th)?\b|\b(am|pm|at|on|de|um|h)\b/gi,
      ' ',
    );
  return countWords(rest) <= 4;
}

/** The block is Readability's byline, give or take a "By" and a date. */
function isBylineOf(leaf: Leaf, byline: string | null): boolean {
  if (!byline || !isShort(leaf, 12)) return false;
  const k = key(byline);
  const text = key(leaf.text);
  return k.length > 2 && text.includes(k) && k.length * 2 >= text.length;
}

/** Rules that hold wherever the block sits. */
const ANYWHERE: readonly Rule[] = [
  {
    name: 'caption',
    test: (leaf, state) =>
      ((leaf.within.has('FIGURE') || leaf.within.has('FIGCAPTION')) &&
        !leaf.within.has('BLOCKQUOTE')) ||
      (leaf.el.parentElement !== null &&
        state.creditWrappers.has(leaf.el.parentElement) &&
        isShort(leaf, 60)) ||
      (CAPTION_NAMES.test(leaf.names) && isShort(leaf, 60)) ||
      (FIGURE_NAMES.test(leaf.names) && besideImage(leaf) && isShort(leaf, 60)) ||
      (CREDIT_TEXT.test(leaf.text) && isShort(leaf, 25)) ||
      (CREDITED_CAPTION.test(leaf.text) && isShort(leaf, 60)),
  },
  {
    name: 'byline',
    test: (leaf, ctx) =>
      isShort(leaf, 25) &&
      !inQuote(leaf) &&
      ((META_NAMES.test(leaf.names) && isShort(leaf, 20)) ||
        // "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.": two names
        // and the time run longer.
        (BYLINE_TEXT.test(leaf.text) &&
          (isShort(leaf, 12) || (isShort(leaf, 18) && hasDate(leaf.text)))) ||
        META_TEXT.test(leaf.text) ||
        looksLikeDateline(leaf) ||
        isBylineOf(leaf, ctx.byline)),
  },
  {
    name: 'widget',
    test: (leaf) => WIDGET_NAMES.test(leaf.names) && isShort(leaf, 40) && !inQuote(leaf),
  },
  {
    name: 'related-link',
    test: (leaf) =>
      (RELATED_LABEL.test(leaf.text) && isShort(leaf, 40)) ||
      // A paragraph that is one link is a teaser headline; a bracketed source ("[CNBC]") or a
      // bare URL is a reference the writer cites, and stays.
      (leaf.linkDensity > 0.8 &&
        leaf.words >= 4 &&
        isShort(leaf, 30) &&
        !/^\[.*\]$|^https?:\/\//.test(leaf.text) &&
        !leaf.within.has('LI')),
  },
  {
    name: 'prompt',
    test: (leaf) =>
      (PROMPT_IMPERATIVE.test(leaf.text) && isShort(leaf, 50)) ||
      (PROMPT_SUBJECT.test(leaf.text) && isShort(leaf, 25)) ||
      (COOKIE_TEXT.test(leaf.text) && isShort(leaf, 60)),
  },
  {
    name: 'share-row',
    test: (leaf) => {
      const words = leaf.text.toLowerCase().match(WORD) ?? [];
      return (
        words.length <= 12 && SHARE_CORE.test(leaf.text) && words.every((w) => SHARE_WORDS.has(w))
      );
    },
  },
  {
    name: 'ui-text',
    test: (leaf) => UI_TEXT.test(leaf.text),
  },
];

/** A section heading below the title (h2-h6): the start of content, not a label above it. */
const isSubhead = (leaf: Leaf): boolean => leaf.heading && leaf.el.tagName !== 'H1';

/** Rules for the lead-in, before the first paragraph of body text. */
const LEAD: readonly Rule[] = [
  {
    name: 'headline',
    test: (leaf, ctx) => {
      const k = key(leaf.text);
      return k.length > 0 && ctx.titles.some((t) => key(t) === k);
    },
  },
  {
    // Navigation, section labels, kickers and counters: short, no sentence punctuation, and
    // either links or a few words outside any list (a list of short items may be content).
    name: 'lead-furniture',
    test: (leaf) =>
      isShort(leaf, 8) &&
      !/[.!?。！？:]["”’']?$/.test(leaf.text) &&
      (leaf.linkDensity > 0.5 || (isShort(leaf, 4) && !leaf.within.has('LI') && !isSubhead(leaf))),
  },
];

/** Rules for the tail, after the last paragraph of body text. */
const TAIL: readonly Rule[] = [
  {
    name: 'bio',
    test: (leaf) => isShort(leaf, 120) && (BIO_TEXT.test(leaf.text) || /^about\s/i.test(leaf.text)),
  },
  {
    // Wire-story credits: "Reporting by ...; Editing by ...", "X contributed to this report."
    name: 'credits',
    test: (leaf) => isShort(leaf, 60) && CREDITS_TEXT.test(leaf.text),
  },
  {
    name: 'tail-links',
    test: (leaf) => leaf.linkDensity > 0.5,
  },
];

// ---- Leaves -------------------------------------------------------------------------------------

const HEADING = /^H[1-6]$/;

/** Navigation links only: mailto:/tel: links are contact details the writer gives. */
const isNavLink = (a: Element): boolean => !/^(mailto|tel):/i.test(a.getAttribute('href') ?? '');

/** Characters of `nodes` inside navigation links; `outerLink` when the run sits in one. */
function linkChars(nodes: readonly Node[], outerLink: Element | null): number {
  let n = 0;
  for (const node of nodes) {
    if (outerLink) {
      if (isNavLink(outerLink)) n += collapseWhitespace(node.textContent ?? '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const links = el.tagName === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
    for (const a of links) if (isNavLink(a)) n += collapseWhitespace(a.textContent ?? '').length;
  }
  return n;
}

const isBlock = (node: Node): boolean =>
  node.nodeType === 1 && isBlockElement(node as Element) && (node as Element).tagName !== 'BR';

/** Leaf blocks of `content`, in document order. */
function leaves(content: Element): Leaf[] {
  const out: Leaf[] = [];
  // Text lengths of ancestors, shared by the leaves below them.
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = (el.textContent ?? '').length));
    return n;
  };
  const add = (nodes: Node[], el: Element, named: boolean): void => {
    const raw = nodes.map((n) => n.textContent ?? '').join('');
    const text = collapseWhitespace(raw);
    if (!text) return;
    // One walk up to the content root: the tags around the leaf, and the class/id names of the
    // leaf and of the wrappers that hold little more than it.
    const within = new Set<string>();
    const names: string[] = [];
    let naming = named;
    for (let node: Element | null = el; node && node !== content; node = node.parentElement) {
      within.add(node.tagName);
      if (!naming) continue;
      if (node !== el && lengthOf(node) > raw.length * 1.5 + 20) {
        naming = false;
        continue;
      }
      const cls = node.getAttribute('class');
      const id = node.getAttribute('id');
      if (cls) names.push(cls);
      if (id) names.push(id);
    }
    const outerLink = within.has('A') ? el.closest('a') : null;
    out.push({
      nodes,
      el,
      within,
      text,
      words: countWords(text),
      linkDensity: Math.min(1, linkChars(nodes, outerLink) / text.length),
      names: names.join(' ').toLowerCase(),
      heading: HEADING.test(el.tagName),
    });
  };
  // Whether a subtree holds a block, asked of each child at every level of the walk (twice):
  // remembered, the walk reads each node once instead of once per ancestor.
  const blocky = new Map<Node, boolean>();
  const hasBlock = (node: Node): boolean => {
    let known = blocky.get(node);
    if (known === undefined) {
      known = false;
      for (let c = node.firstChild; c && !known; c = c.nextSibling) {
        known = isBlock(c) || (c.nodeType === 1 && hasBlock(c));
      }
      blocky.set(node, known);
    }
    return known;
  };
  const visit = (el: Element): void => {
    // Table cells are data (standings, prices, specs): short by nature, never furniture.
    if (el.tagName === 'TD' || el.tagName === 'TH' || isSkippedElement(el)) return;
    const children = Array.from(el.childNodes);
    if (!children.some(isBlock) && !children.some((c) => c.nodeType === 1 && hasBlock(c))) {
      if (el !== content) add([el], el, true);
      return;
    }
    // A container with blocks inside: its inline runs between blocks are leaves of their own.
    let run: Node[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const only = run.length === 1 && run[0]!.nodeType === 1 ? (run[0] as Element) : null;
      add(run, only ?? el, only !== null);
      run = [];
    };
    for (const child of children) {
      if (child.nodeType === 1 && (isBlock(child) || hasBlock(child))) {
        flush();
        visit(child as Element);
      } else if (child.nodeType === 1 || child.nodeType === 3) {
        run.push(child);
      }
    }
    flush();
  };
  visit(content);
  return out;
}

// ---- Structure ----------------------------------------------------------------------------------

/**
 * Several <article> elements in the content: the story is the first one with the most text of
 * its own; later <article>s that are smaller are teasers for other stories ("You may like").
 */
function dropTeaserArticles(content: Element): Element[] {
  const articles = Array.from(content.querySelectorAll('article'));
  if (articles.length < 2) return [];
  const own = (a: Element): number => {
    let n = (a.textContent ?? '').length;
    for (const inner of Array.from(a.querySelectorAll('article'))) {
      if (inner.parentElement?.closest('article') === a) n -= (inner.textContent ?? '').length;
    }
    return n;
  };
  let story = articles[0]!;
  for (const a of articles) if (own(a) > own(story)) story = a;
  if (articles.indexOf(story) !== 0 && story.parentElement?.closest('article') !== articles[0]) {
    return [];
  }
  const storyLength = own(story);
  const dropped: Element[] = [];
  for (const a of articles) {
    if (a === story || a.contains(story) || story.contains(a)) continue;
    if (dropped.some((d) => d.contains(a))) continue;
    if ((a.textContent ?? '').length < storyLength) dropped.push(a);
  }
  for (const a of dropped) a.remove();
  return dropped;
}

/**
 * A caption sits beside its credit ("Natalie Naccache | Bloomberg | Getty Images") in a small
 * wrapper of its own; that wrapper marks its other short blocks as caption too.
 */
function creditWrappers(all: readonly Leaf[]): Set<Element> {
  const wrappers = new Set<Element>();
  for (const leaf of all) {
    const parent = leaf.el.parentElement;
    // The text tests first: `children` is a new list on each read in linkedom.
    if (parent && CREDIT_TEXT.test(leaf.text) && isShort(leaf, 25) && parent.children.length <= 3) {
      wrappers.add(parent);
    }
  }
  return wrappers;
}

/**
 * Headings left at the very end with nothing under them ("More stories", once its list went)
 * go too. Only at the end: mid-article, what follows a heading may be a formula, a video or a
 * chart that has no text of its own.
 */
function trailingHeadings(kept: readonly Leaf[]): Leaf[] {
  const dropped: Leaf[] = [];
  for (let i = kept.length - 1; i >= 0 && kept[i]!.heading; i--) dropped.push(kept[i]!);
  return dropped.reverse();
}

// ---- Entry point --------------------------------------------------------------------------------

/** Every rule's name, for the benchmark's per-rule measurement. */
export const CLEANUP_RULES: readonly string[] = [
  'teaser-articles',
  ...[...ANYWHERE, ...LEAD, ...TAIL].map((r) => r.name),
  'orphan-heading',
];

/** What a rule removed, for diagnostics (bench/NOTES.md was written from these). */
export interface Removal {
  rule: string;
  text: string;
}

/**
 * Removes page furniture from Readability's content element in place and says what went.
 * `skip` turns rules off by name, so the benchmark can measure what each one is worth.
 */
export function cleanArticle(
  content: Element,
  ctx: CleanupContext,
  skip: ReadonlySet<string> = new Set(),
): Removal[] {
  const removed: Removal[] = [];
  if (!skip.has('teaser-articles')) {
    for (const a of dropTeaserArticles(content)) {
      removed.push({ rule: 'teaser-articles', text: collapseWhitespace(a.textContent ?? '') });
    }
  }
  const on = (rules: readonly Rule[]): Rule[] => rules.filter((r) => !skip.has(r.name));
  const remove = (leaf: Leaf, rule: string): void => {
    removed.push({ rule, text: leaf.text });
    for (const node of leaf.nodes) node.parentNode?.removeChild(node);
  };
  const apply = (leaf: Leaf, rules: readonly Rule[]): boolean => {
    const rule = rules.find((r) => r.test(leaf, state));
    if (rule) remove(leaf, rule.name);
    return rule !== undefined;
  };

  const all = leaves(content);
  const state: State = { ...ctx, creditWrappers: creditWrappers(all) };
  const anywhere = on(ANYWHERE);
  let kept = all.filter((leaf) => !apply(leaf, anywhere));

  // The lead-in: what precedes the first paragraph of body text.
  const first = kept.findIndex(isBody);
  if (first > 0) {
    const lead = on(LEAD);
    kept = [...kept.slice(0, first).filter((leaf) => !apply(leaf, lead)), ...kept.slice(first)];
  }

  // The tail, walked from the end: short blocks, and bios however long, up to the last
  // paragraph of body text.
  const tail = on(TAIL);
  for (let i = kept.length - 1; i >= 0; i--) {
    const leaf = kept[i]!;
    if (apply(leaf, tail)) kept.splice(i, 1);
    else if (isBody(leaf)) break;
  }

  if (!skip.has('orphan-heading')) {
    for (const leaf of trailingHeadings(kept)) remove(leaf, 'orphan-heading');
  }
  return removed;
}
