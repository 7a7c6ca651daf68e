/**
 * What an element's markup says it is: words in its class and id (split on punctuation and
 * camelCase, so `readAlso`, `c-article__recirc` and `div-gpt-ad-1` all read), its tag and role.
 */

const tokenCache = new WeakMap<Element, readonly string[]>();
const NO_WORDS: readonly string[] = [];
const NAMING_ATTRIBUTES = ['class', 'id', 'data-testid', 'data-component', 'data-module'];

/** Lower-case words of the element's class, id and component name: `StandardArticle_sidebar` -> standard, article, sidebar. */
export function markupWords(el: Element): readonly string[] {
  const cached = tokenCache.get(el);
  if (cached) return cached;
  // Component names of React/Vue templates say what a block is as plainly as a class does.
  let raw = '';
  for (const name of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) raw += ` ${value}`;
  }
  if (!raw) {
    tokenCache.set(el, NO_WORDS);
    return NO_WORDS;
  }
  const words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  tokenCache.set(el, words);
  return words;
}

function hasWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w));
}

function hasPair(words: readonly string[], pairs: ReadonlySet<string>): boolean {
  for (let i = 0; i + 1 < words.length; i++)
    if (pairs.has(`${words[i]} ${words[i + 1]}`)) return true;
  return false;
}

const AD_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'adsense',
  'adsbygoogle',
  'adcontainer',
  'adwrap',
  'adwrapper',
  'adblock',
  'dfp',
  'gpt',
  'doubleclick',
  'taboola',
  'outbrain',
  'teads',
  'sponsoredlinks',
]);
const AD_TAGS = new Set(['amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads']);

const AD_ATTRIBUTES = [
  'data-ad',
  'data-ad-unit',
  'data-ad-slot',
  'data-adunit',
  'data-adslot',
  'data-ad-pos',
  'data-google-query-id',
];

/** Ad slots and ad wrappers by their markup (class/id words, AMP ad tags, data-ad-* attributes). */
export function hasAdMarkup(el: Element): boolean {
  if (AD_TAGS.has(el.localName)) return true;
  if (hasWord(markupWords(el), AD_WORDS)) return true;
  return AD_ATTRIBUTES.some((name) => el.hasAttribute(name));
}

const CLUTTER_WORDS = new Set([
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'recirc',
  'recirculation',
  'promo',
  'promos',
  'promoted',
  'promotion',
  'sponsored',
  'sponsor',
  'sponsors',
  'newsletter',
  'newsletters',
  'signup',
  'subscribe',
  'subscription',
  'share',
  'sharing',
  'sharebar',
  'shares',
  'social',
  'comments',
  'comment',
  'disqus',
  'trending',
  'popular',
  'mostread',
  'mostpopular',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'readmore',
  'alsoread',
  'morefrom',
  'whitepaper',
  'whitepapers',
  'outbrain',
  'taboola',
  'paywall',
  // Substack's like/comment/restack row (its "UFI", after Facebook's name for the same row).
  'ufi',
  'restack',
]);
const CLUTTER_PAIRS = new Set([
  'read also',
  'also read',
  'read more',
  'more from',
  'more stories',
  'more news',
  'more articles',
  'most read',
  'most popular',
  'most viewed',
  'you may',
  'you might',
  'next story',
  'prev story',
  'tip us',
]);
/** Words that mark embedded media (a tweet, a video): article content even when "social". */
const EMBED_WORDS = new Set([
  'embed',
  'embedded',
  'tweet',
  'twitter',
  'instagram',
  'video',
  'player',
]);

/** Markup naming a recirculation, promotion, sign-up, sharing or comments block. */
export function hasClutterMarkup(el: Element): boolean {
  const words = markupWords(el);
  if (words.length === 0 || hasWord(words, EMBED_WORDS)) return false;
  return hasWord(words, CLUTTER_WORDS) || hasPair(words, CLUTTER_PAIRS);
}

const COMMENT_WORDS = new Set([
  'comments',
  'comment',
  'disqus',
  'discussion',
  'kommentare',
  'commentaires',
]);

/** Markup naming a comments section (WordPress #comments, Disqus, a discussion thread). */
export function hasCommentsMarkup(el: Element): boolean {
  return hasWord(markupWords(el), COMMENT_WORDS);
}

const CHROME_TAGS = new Set(['header', 'nav', 'footer']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'search', 'menubar', 'menu']);
const CHROME_WORDS = new Set([
  'header',
  'masthead',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'megamenu',
  'footer',
  'breadcrumb',
  'breadcrumbs',
  'topbar',
]);

/** Site chrome (masthead, navigation, footer) by tag, role or class: Tidy keeps it. */
export function isChrome(el: Element): boolean {
  if (el.localName === 'nav') return true;
  // A header or footer is the page's only outside sectioning elements: inside an <article> or an
  // <aside> it is that block's own (a widget title, an article's byline row).
  if (CHROME_TAGS.has(el.localName)) return !insideSection(el);
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  return hasWord(markupWords(el), CHROME_WORDS);
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

function insideSection(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement)
    if (SECTIONING.has(a.localName)) return true;
  return false;
}

/** A footer landmark, where lines of prose are notices (copyright, ownership), never articles. */
export function isFooter(el: Element): boolean {
  return (
    el.localName === 'footer' ||
    el.getAttribute('role') === 'contentinfo' ||
    markupWords(el).includes('footer')
  );
}

const CONSENT_WORDS = new Set([
  'cookie',
  'cookies',
  'cookiebar',
  'cookiebanner',
  'cookienotice',
  'cookielaw',
  'consent',
  'gdpr',
  'eupopup',
]);
const OVERLAY_WORDS = new Set(['modal', 'popup', 'dialog', 'overlay', 'lightbox']);
const OVERLAY_ROLES = new Set(['dialog', 'alertdialog']);

/**
 * A consent banner or a dialog by its markup: cookie/consent class words, or a modal (dialog role,
 * aria-modal, modal/popup class words). The text decides whether it is about cookies.
 */
export function mayBeConsent(el: Element): boolean {
  const words = markupWords(el);
  if (hasWord(words, CONSENT_WORDS) || hasWord(words, OVERLAY_WORDS)) return true;
  const role = el.getAttribute('role');
  return (role !== null && OVERLAY_ROLES.has(role)) || el.getAttribute('aria-modal') === 'true';
}
