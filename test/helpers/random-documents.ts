/**
 * Random news pages for property tests (fast-check arbitraries): an article of prose paragraphs
 * in random wrappers, clutter blocks around and inside it, junk elements of every kind (tables,
 * SVG, forms, templates, custom elements), hidden elements, fake `data-standfirst-*` markers,
 * script payloads and odd Unicode in the text and the metadata, and now and then a malformed
 * fragment of markup that the parser must repair. Kept small: every case is parsed and digested.
 *
 * Prose paragraphs are plain text (inline <a>/<em> allowed), never inside a clutter block, so
 * tests know exactly which text is the article's.
 */
import fc from 'fast-check';
import { parse, serialize } from 'parse5';
import { parseDocument } from '../../src/cli/parse-html';

const WORDS = (
  'the company said its new chip would ship next year after delays in testing while analysts ' +
  'expected prices to fall as rivals cut costs and regulators opened an inquiry into how data ' +
  'moves between cloud providers that deny any wrongdoing customers complained about fees'
).split(' ');

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Text a page might put anywhere: payloads, odd Unicode, nothing at all. */
export const oddText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(2)</script>',
    '"><svg onload=alert(3)>',
    'javascript:alert(4)',
    '\u200B\u200C\u200D\uFEFF',
    '\u202Eevil\u202C',
    'مرحبا بالعالم',
    '日本語のテキスト',
    '\u00A0\u2028\u2029\t',
    '',
  ),
);

/** One paragraph of prose, 25-45 words: long enough for Readability to score it. */
export const prose = fc
  .array(fc.constantFrom(...WORDS), { minLength: 25, maxLength: 45 })
  .map((w) => {
    const text = w.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  });

/** Classes the clutter heuristics and site rules look for. */
const CLUTTER_CLASSES = [
  'related',
  'newsletter',
  'ad',
  'ad-slot',
  'advertisement',
  'promo',
  'share',
  'social',
  'comments',
  'sidebar',
  'recommended',
  'sponsored',
  'promo_article',
  'adun',
  'wptl',
  'story_carousel',
  'keywords',
  'tip_us_off',
  'newsletter_signup',
];
/** Classes that say nothing either way. */
const NEUTRAL_CLASSES = ['', 'wrap', 'container', 'row', 'col', 'l-main', 'x1', 'grid__item'];

const clutterBlock = fc
  .record({
    tag: fc.constantFrom('aside', 'div', 'section', 'ul', 'nav', 'form', 'footer'),
    cls: fc.constantFrom(...CLUTTER_CLASSES),
    id: fc.option(fc.constantFrom('story-bot-col', 'more_from_reg', 'whitepapers', 'sidebar')),
    items: fc.array(
      fc.oneof(
        fc.constantFrom('Sign up for our newsletter', 'Related stories', 'Advertisement', 'Share'),
        oddText,
      ),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ tag, cls, id, items }) => {
    const inner =
      tag === 'ul'
        ? items.map((t) => `<li><a href="/r">${escapeText(t)}</a></li>`).join('')
        : items.map((t) => `<a href="/r">${escapeText(t)}</a>`).join(' ');
    return `<${tag} class="${cls}"${id ? ` id="${id}"` : ''}>${inner}</${tag}>`;
  });

/** Attributes junk may carry: hiding ones, fake markers of ours, odd values. */
const junkAttr = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    ' hidden',
    ' style="display:none"',
    ' aria-hidden="true"',
    ' data-standfirst-hide="site:fake"',
    ' data-standfirst-i="0"',
    ' dir="rtl"',
    ' lang="ja"',
  ),
  oddText.map((t) => ` title="${escapeAttr(t)}"`),
  fc.constantFrom(...CLUTTER_CLASSES, ...NEUTRAL_CLASSES).map((c) => ` class="${c}"`),
);

const junk = fc
  .tuple(
    fc.constantFrom(
      'span',
      'table',
      'svg',
      'math',
      'template',
      'noscript',
      'script',
      'style',
      'my-widget',
      'details',
      'figure',
      'br',
      'hr',
      'input',
      'button',
      'select',
      'video',
      'canvas',
      'iframe',
      'marquee',
      'font',
    ),
    junkAttr,
    oddText,
  )
  .map(([tag, attr, text]) => {
    const t = escapeText(text);
    switch (tag) {
      case 'table':
        return `<table${attr}><tr><td>${t}</td><td><table><tr><td>x</td></tr></table></td></tr></table>`;
      case 'svg':
        return `<svg${attr}><g><text>${t}</text><foreignObject><p>${t}</p></foreignObject></g></svg>`;
      case 'math':
        return `<math${attr}><mi>${t}</mi></math>`;
      case 'script':
        return `<script type="application/ld+json"${attr}>${t.replace(/<\//g, '')}</script>`;
      case 'style':
        return `<style${attr}>.x{color:red}</style>`;
      case 'details':
        return `<details${attr}><summary>${t}</summary>${t}</details>`;
      case 'figure':
        return `<figure${attr}><img src="data:," alt="${escapeAttr(text)}"><figcaption>${t}</figcaption></figure>`;
      case 'br':
      case 'hr':
      case 'input':
        return `<${tag}${attr}>`;
      case 'select':
        return `<select${attr}><option>${t}</option></select>`;
      default:
        return `<${tag}${attr}>${t}</${tag}>`;
    }
  });

/** Fragments the parser has to repair: they may reshape everything after them. */
const malformed = fc.constantFrom(
  '<div>',
  '</div>',
  '<p>',
  '</p></p>',
  '<table>',
  '<td>',
  '</article>',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '<body>',
  '<html lang="x">',
  '<head><title>late</title></head>',
  '<select>',
  '<svg><p>',
  '<a href="/x"><a href="/y">',
  '<frameset>',
  '&#0;&#xD800;&bogus;',
);

/** A prose paragraph in 0-2 neutral wrappers, maybe with an inline link or emphasis. */
const paragraph = fc
  .tuple(prose, fc.array(fc.constantFrom(...NEUTRAL_CLASSES), { maxLength: 2 }), fc.nat(3))
  .map(([text, wrappers, inline]) => {
    const words = escapeText(text).split(' ');
    if (inline === 1) words[2] = `<a href="/w">${words[2]}</a>`;
    if (inline === 2) words[4] = `<em>${words[4]}</em>`;
    let html = `<p>${words.join(' ')}</p>`;
    for (const c of wrappers) html = `<div${c ? ` class="${c}"` : ''}>${html}</div>`;
    return { html, text };
  });

/**
 * The page as a browser's HTML parser builds it: parse5 (the spec's tree construction) first,
 * then linkedom. linkedom alone keeps `<select><article>` or `<svg><p>` nested where browsers
 * break out or drop tags, and a tree no browser builds proves nothing about the extension.
 */
export function browserDocument(html: string, url: string): Document {
  return parseDocument(serialize(parse(html)), url);
}

export interface RandomDocument {
  html: string;
  url: string;
  /** The article's prose paragraphs, as text. */
  prose: string[];
}

export const randomDocument: fc.Arbitrary<RandomDocument> = fc
  .record({
    url: fc.constantFrom(
      'https://www.theregister.com/2024/01/02/story/',
      'https://news.example.com/a/b?utm_source=x',
      'http://10.0.0.1/x',
    ),
    title: oddText,
    meta: fc.array(
      fc.tuple(
        fc.constantFrom('og:title', 'og:site_name', 'author', 'og:url', 'article:published_time'),
        oddText,
      ),
      { maxLength: 3 },
    ),
    container: fc.constantFrom('article', 'div', 'main', 'section'),
    containerClass: fc.constantFrom(...NEUTRAL_CLASSES, 'story', 'entry-content', 'post-body'),
    heading: oddText,
    body: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: paragraph.map((p) => ({ kind: 'prose' as const, ...p })) },
        { weight: 2, arbitrary: clutterBlock.map((html) => ({ kind: 'other' as const, html })) },
        { weight: 2, arbitrary: junk.map((html) => ({ kind: 'other' as const, html })) },
      ),
      { minLength: 1, maxLength: 10 },
    ),
    before: fc.array(fc.oneof(clutterBlock, junk), { maxLength: 3 }),
    after: fc.array(fc.oneof(clutterBlock, junk), { maxLength: 3 }),
    broken: fc.option(fc.tuple(malformed, fc.nat()), { freq: 4 }),
  })
  .map(({ url, title, meta, container, containerClass, heading, body, before, after, broken }) => {
    const head =
      `<title>${escapeText(title)}</title>` +
      meta
        .map(
          ([k, v]) =>
            `<meta ${k.startsWith('og:') || k.startsWith('article:') ? 'property' : 'name'}="${k}" content="${escapeAttr(v)}">`,
        )
        .join('');
    const parts = [
      ...before,
      `<${container}${containerClass ? ` class="${containerClass}"` : ''}><h1>${escapeText(heading)}</h1>`,
      ...body.map((b) => b.html),
      `</${container}>`,
      ...after,
    ];
    if (broken) parts.splice(broken[1] % (parts.length + 1), 0, broken[0]);
    return {
      html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${parts.join('')}</body></html>`,
      url,
      prose: body.flatMap((b) => (b.kind === 'prose' ? [b.text] : [])),
    };
  });
