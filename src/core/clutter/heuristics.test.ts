/**
 * The generic heuristics on small pages built for each case: every signal fires where it should,
 * and the guard and the site chrome hold where they should.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractArticle } from '../article';
import { digest } from '../digest';
import { collapseWhitespace } from '../text';
import { articleCore, detectHeuristic } from './heuristics';
import type { ArticleGuard } from './guard';
import { analysePage, findClutter, findFocusBlocks, type ClutterBlock } from './index';
import { measureText } from './text-stats';

const SENTENCES = [
  'The regulator said on Tuesday that it had opened a formal inquiry into the company, which runs the largest network of charging stations in the region.',
  'Officials want to know whether the firm gave its own vehicles priority at busy sites, something rival carmakers have complained about for more than a year.',
  'The company denied any wrongdoing and said it would co-operate fully, adding that its software treats every vehicle the same whoever built it.',
  'Analysts said a fine was unlikely to be large, but that an order to open the network to rivals on equal terms could change the market.',
  'Shares in the company fell two per cent in early trading before recovering most of the loss by the close of the session.',
  'The inquiry is expected to take at least nine months, and the regulator said it would publish its provisional findings next spring.',
];
const paragraphs = (n = SENTENCES.length): string =>
  SENTENCES.slice(0, n)
    .map((s) => `<p>${s} ${s}</p>`)
    .join('\n');

function page(
  body: string,
  url = 'https://news.example.com/2024/05/02/charging-inquiry/',
): Document {
  const html = `<!doctype html><html lang="en"><head><title>Regulator opens charging inquiry</title>
<meta name="description" content="Rivals say the network favours its owner's cars."></head><body>${body}</body></html>`;
  return parseDocument(html, url);
}

const HEAD = `<header class="site-header"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li><li><a href="/tech">Tech</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`;
const TITLE = `<h1>Regulator opens charging inquiry</h1><p class="dek">Rivals say the network favours its owner's cars.</p>`;

function clutterOf(doc: Document): ClutterBlock[] {
  return analysePage(doc, null, { readerable: true }).clutter;
}
const texts = (blocks: readonly ClutterBlock[]): string[] =>
  blocks.map((b) => collapseWhitespace(b.element.textContent ?? ''));
const reasonFor = (blocks: readonly ClutterBlock[], text: string): string | undefined =>
  blocks.find((b) => collapseWhitespace(b.element.textContent ?? '').includes(text))?.reason;

describe('in-body teasers (inline-related)', () => {
  const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">
${paragraphs(2)}
<p><strong>Read more:</strong> <a href="/2024/04/30/battery-plant/">Battery plant gets the go-ahead</a></p>
${paragraphs(4).split('\n').slice(2).join('\n')}
<p><a href="/2024/04/01/ev-sales/">EV SALES JUMP FOR A SIXTH MONTH IN A ROW</a></p>
<div class="wp-block-embed"><p>Related: <a href="/2024/02/02/store/">Valorum launches its PC charging store with 500 sites</a></p></div>
<p><a href="/2024/03/12/grid/">How the grid copes with a million more cars</a></p>
${SENTENCES.slice(4)
  .map((s) => `<p>${s} ${s}</p>`)
  .join('\n')}
<ul><li><a href="/a">Charging networks explained</a></li><li><a href="/b">The cheapest ways to charge at home</a></li></ul>
</div></article></main>`);
  const blocks = clutterOf(doc);

  it('finds a "Read more:" line, an all-caps headline link and a lone link paragraph', () => {
    expect(reasonFor(blocks, 'Battery plant gets the go-ahead')).toBe('heuristic:inline-related');
    expect(reasonFor(blocks, 'EV SALES JUMP')).toBe('heuristic:inline-related');
    expect(reasonFor(blocks, 'How the grid copes')).toBe('heuristic:inline-related');
    // The lead is a bare text node and the line runs past a label's eight words.
    expect(reasonFor(blocks, 'Valorum launches its PC')).toBe('heuristic:inline-related');
  });

  it('finds a list of links after the last paragraph', () => {
    expect(reasonFor(blocks, 'Charging networks explained')).toBe('heuristic:inline-related');
  });

  it('keeps every article paragraph', () => {
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    for (const s of SENTENCES) expect(visible).toContain(s);
  });
});

describe('a word of a sentence in inline markup', () => {
  it('never hides a link out of the sentence that holds it, however deep the markup', () => {
    const promo =
      'Start your day with the Opening Bell from Example News, the morning read of finance professionals.';
    const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">
<p><strong>${promo} <a class="newsletter-link" href="https://list.example/join">Sign up</a> for the free daily newsletter.</strong></p>
<pre><code><span class="comment">// add.c</span>
int add(int a, int b) { return a + b; } // the function the story compiles to WebAssembly</code></pre>
${paragraphs()}
</div></article></main>`);
    const blocks = clutterOf(doc);
    // The link alone is never taken: the paragraph goes whole or stays whole.
    expect(texts(blocks)).not.toContain('Sign up');
    // A code comment is part of its code block.
    expect(texts(blocks)).not.toContain('// add.c');
    expect(digest(doc, doc.URL).article?.text).not.toMatch(/^for the free daily newsletter/m);
  });
});

describe('hover cards inside a sentence (popover)', () => {
  it('hides the card and keeps the linked name that opens it', () => {
    const card = `<span class="person-rollover"><a href="/people/jane-doe">Jane Doe</a><span class="rollover-card"><a href="/people/jane-doe">Jane Doe</a> <a href="/2024/04/30/grid-rules/">Minister rewrites the grid rules</a> <a href="/people/jane-doe">MORE</a></span></span>`;
    const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">
<p>The energy minister, ${card}, said the inquiry was overdue. ${SENTENCES[0]}</p>
${paragraphs()}
<p>Her office <a class="has-tooltip" href="/glossary/ofgem">declined to comment</a> further.</p>
</div></article></main>`);
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Minister rewrites the grid rules')).toBe('heuristic:popover');
    const text = digest(doc, 'https://news.example.com/2024/05/02/charging-inquiry/').visibleText;
    expect(text).toContain('The energy minister, Jane Doe, said the inquiry was overdue.');
    expect(text).not.toContain('Minister rewrites');
    expect(text).toContain('Her office declined to comment further.');
  });
});

describe('second copies of a caption (twin)', () => {
  it('hides the repeats of a gallery caption, keeping the first and any pull quote', () => {
    const caption = 'The regulator’s offices in the city centre, photographed on Tuesday morning.';
    const slide = `<li><img src="/a.jpg" alt=""><div class="caption"><div class="caption-full">${caption}</div><div class="caption-truncated">${caption}</div></div></li>`;
    const doc = page(`${HEAD}<main><article>${TITLE}
<div class="gallery"><ul>${slide}</ul><div class="control-panel"><div class="caption-remote">${caption}</div></div></div>
<div class="body">${paragraphs()}
<aside class="pullquote"><p>${SENTENCES[1]} ${SENTENCES[1]}</p></aside>
</div></article></main>`);
    const blocks = clutterOf(doc);
    expect(blocks.filter((b) => b.reason === 'heuristic:twin')).toHaveLength(2);
    const text = digest(doc, 'https://news.example.com/2024/05/02/charging-inquiry/').visibleText;
    expect(text.split(caption)).toHaveLength(2);
    expect(text.split(SENTENCES[1]!)).toHaveLength(5);
  });
});

describe('links inside the story stay', () => {
  it('keeps a list of links between paragraphs and a sentence with a link in it', () => {
    const doc = page(`<article>${TITLE}${paragraphs(3)}
<ul><li><a href="/deal/1">Laptop X for $799 (was $999)</a></li><li><a href="/deal/2">Headphones Y for $129</a></li></ul>
<p>Read the <a href="/report.pdf">full report</a> on the regulator's site, which also lists the sites it visited.</p>
${SENTENCES.slice(3)
  .map((s) => `<p>${s} ${s}</p>`)
  .join('\n')}</article>`);
    const hidden = texts(clutterOf(doc)).join(' | ');
    expect(hidden).not.toContain('Laptop X');
    expect(hidden).not.toContain('full report');
  });
});

describe('labels (vocabulary, en/de/fr)', () => {
  it.each([
    ['More from Example News', 'en'],
    ['Mehr zum Thema', 'de'],
    ['À lire aussi', 'fr'],
  ])('hides the section "%s" (%s) with the list under it', (label) => {
    const doc = page(`${HEAD}<article>${TITLE}${paragraphs()}</article>
<section class="box"><h3>${label}</h3><ul><li><a href="/x">Wind farm approved after long delay</a></li><li><a href="/y">Ferry strike called off at the last minute</a></li><li><a href="/z">Council budget passes by one vote</a></li></ul></section>`);
    expect(reasonFor(clutterOf(doc), 'Wind farm approved')).toBe('heuristic:label');
  });

  it('hides a label heading inside the article together with its list', () => {
    const doc = page(
      `<article>${TITLE}${paragraphs(3)}<h3>Related</h3><ul><li><a href="/x">Wind farm approved after long delay</a></li><li><a href="/y">Ferry strike called off</a></li></ul>${SENTENCES.slice(
        3,
      )
        .map((s) => `<p>${s} ${s}</p>`)
        .join('')}</article>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Related')).toBe('heuristic:label');
    expect(reasonFor(blocks, 'Wind farm approved')).toBe('heuristic:label');
  });
});

describe('link density and teaser structure', () => {
  it('hides a rail of headline links and keeps a menu of short links', () => {
    const rail = Array.from(
      { length: 6 },
      (_, i) =>
        `<li><a href="/s/${i}">Story number ${i} about something that happened today</a></li>`,
    ).join('');
    const menu = ['Home', 'World', 'Business', 'Tech', 'Science', 'Sport']
      .map((w) => `<a href="/${w}">${w}</a>`)
      .join(' ');
    const doc = page(
      `<div class="topmenu">${menu}</div><div class="wrap"><article>${TITLE}${paragraphs()}</article><div class="box"><ul>${rail}</ul></div></div>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Story number 3')).toMatch(/heuristic:(teaser-list|link-density)/);
    expect(reasonFor(blocks, 'Business')).toBeUndefined();
  });

  it('hides repeated story cards below the article', () => {
    const cards = Array.from(
      { length: 4 },
      (_, i) =>
        `<article class="card"><h3>Another story ${i}</h3><p>A short blurb for another story that the site would like you to read next.</p></article>`,
    ).join('');
    const doc = page(
      `<main><article>${TITLE}${paragraphs()}</article><div class="more">${cards}</div></main>`,
    );
    expect(reasonFor(clutterOf(doc), 'Another story 2')).toBe('heuristic:teaser-list');
  });
});

describe('teaser cards with blurbs', () => {
  const BLURB =
    'The council met on Tuesday evening to hear from residents about the plan, and most of those who spoke were against it, citing traffic and noise.';
  const card = (i: number, inline = false): string =>
    inline
      ? `<li><a href="/2024/05/0${i}/story-${i}/">Council hears residents on plan ${i}</a> <span>${BLURB}</span></li>`
      : `<li><article><h3><a href="/2024/05/0${i}/story-${i}/">Council hears residents on plan ${i}</a></h3><div class="meta">May ${i}, 2024</div><div class="excerpt">${BLURB}</div></article></li>`;

  it('hides a grid of cards whose blurbs are as long as a paragraph', () => {
    const doc = page(
      `${HEAD}<main><article>${TITLE}${paragraphs()}</article><div class="below"><ul>${[1, 2, 3, 4].map((i) => card(i)).join('')}</ul></div></main>`,
    );
    expect(reasonFor(clutterOf(doc), 'plan 3')).toBe('heuristic:teaser-list');
  });

  it('hides a list of headline links each followed by its blurb', () => {
    const doc = page(
      `<main><article>${TITLE}${paragraphs()}</article><div class="news"><ul>${[1, 2, 3].map((i) => card(i, true)).join('')}</ul></div></main>`,
    );
    expect(reasonFor(clutterOf(doc), 'plan 2')).toBe('heuristic:teaser-list');
  });

  it('hides the cards under a label heading together with the heading', () => {
    const doc = page(
      `<main><article>${TITLE}${paragraphs()}</article><div class="more"><h2>More in Local News</h2><ul>${[1, 2, 3].map((i) => card(i)).join('')}</ul></div></main>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'More in Local News')).toBe('heuristic:label');
    expect(reasonFor(blocks, 'plan 1')).toBe('heuristic:label');
  });

  it('keeps a list of cards that are the article itself', () => {
    const doc = page(
      `<main><article>${TITLE}<ul>${[1, 2, 3, 4].map((i) => card(i)).join('')}</ul>${paragraphs(2)}</article></main>`,
    );
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    expect(visible).toContain(BLURB);
  });
});

describe('rails', () => {
  it('hides a sidebar beside the article, but not a pull quote inside it', () => {
    const doc = page(
      `${HEAD}<div class="wrap"><article>${TITLE}${paragraphs(3)}<aside class="pullquote">“Most of those who spoke were against it,” the council said in its report on the plan.</aside>${paragraphs().split('\n').slice(3).join('')}</article><aside class="widgets"><h3>Author’s column</h3><p>Our editor writes every week about the town and the people who run it, with a podcast.</p></aside></div>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Author’s column')).toBe('heuristic:rail');
    expect(reasonFor(blocks, 'Most of those who spoke')).toBeUndefined();
  });

  it('keeps a sidebar that holds the site search, judging its widgets one by one', () => {
    const doc = page(
      `<div class="wrap"><article>${TITLE}${paragraphs()}</article><div class="sidebar"><form role="search" action="/"><input type="search" name="s"></form><div class="about">We cover energy and transport.</div><div class="widget"><h3>Most read</h3><ul><li><a href="/1">One story that many people read today</a></li><li><a href="/2">Two stories that many people read today</a></li></ul></div></div></div>`,
    );
    const blocks = clutterOf(doc);
    expect(blocks.some((b) => b.element.querySelector('form'))).toBe(false);
    expect(reasonFor(blocks, 'Most read')).toBe('heuristic:label');
  });
});

describe('consent banners', () => {
  const SETTINGS = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Cookies of category ${i} help us understand how visitors use the website, and they are stored in your browser only with your consent, which you can withdraw at any time.</p>`,
  ).join('');

  it('hides a cookie banner and a long cookie settings dialog, wherever they sit', () => {
    const doc = page(
      `<header class="site-header"><div class="bar"><div><p>This website uses cookies. By continuing to use our website without changing the settings, you agree to our use of cookies. <a href="/cookies">Find out more</a></p></div></div></header><article>${TITLE}${paragraphs()}</article><div id="settingsPopup" role="dialog"><h4>Privacy overview</h4>${SETTINGS}</div>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'This website uses cookies')).toMatch(
      /heuristic:(boilerplate|consent)/,
    );
    expect(reasonFor(blocks, 'Cookies of category 3')).toBe('heuristic:consent');
  });

  it('keeps a dialog that is not about cookies (a reader may open it)', () => {
    const doc = page(
      `<article>${TITLE}${paragraphs()}</article><div class="modal" role="dialog"><h4>Email this story</h4><p>Send the story to a friend: we will not store their address or use it for anything else, ever.</p></div>`,
    );
    expect(reasonFor(clutterOf(doc), 'Email this story')).toBeUndefined();
  });
});

describe('story teasers in a mega-menu (menu-teaser)', () => {
  it('hides a featured story and a thumbnail card, and keeps the section links and the logo', () => {
    const doc = page(
      `<header class="site-header"><a href="/"><img src="/logo.svg" alt="">Example News - Back to home</a><nav><ul>
<li><a href="/science">Science</a><div class="sub-menu"><a href="/science/space">Space</a> <a href="/science/climate">Climate</a>
<div class="featured-item"><a href="/science/black-hole-team-imaged-180973575/"><img src="/t.jpg" alt=""></a><h6><a href="/science/black-hole-team-imaged-180973575/">Featured: The Team That Imaged a Black Hole</a></h6></div></div></li>
<li><a href="/travel">Travel</a><div class="sub-menu"><a class="card" href="/2019/10/18/three-top-spots-rivertown/"><img src="/r.jpg" alt=""><strong>Explore the three top spots in the Rivertown neighbourhood</strong></a></div></li>
<li><a href="/classifieds/place-an-ad">Place a Classified Ad</a></li></ul></nav></header>
<article>${TITLE}${paragraphs()}</article>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Imaged a Black Hole')).toBe('heuristic:menu-teaser');
    expect(reasonFor(blocks, 'Explore the three top spots')).toBe('heuristic:menu-teaser');
    const hidden = texts(blocks).join(' | ');
    for (const kept of ['Back to home', 'Space', 'Climate', 'Travel', 'Place a Classified Ad']) {
      expect(hidden).not.toContain(kept);
    }
  });
});

describe('promo straplines', () => {
  it('hides a lone link line beside the article, not the byline or the section kicker', () => {
    const doc =
      page(`<div id="article"><p class="kicker"><a href="/tech">Tech</a></p><div class="head">${TITLE}<p class="byline">By <a href="/by/jane" rel="author">Jane Smith</a></p></div>
<p class="strap"><a href="https://whitepapers.example.com/paper/1">The essential guide to IT transformation</a></p>
<div id="body">${paragraphs()}</div></div>`);
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'The essential guide')).toBe('heuristic:strapline');
    expect(reasonFor(blocks, 'Jane Smith')).toBeUndefined();
    expect(reasonFor(blocks, 'Tech')).toBeUndefined();
  });

  it('keeps the dateline in a share row, and hides the share links beside it', () => {
    const share = `<div class="social-share"><a href="https://twitter.com/intent/tweet?u=1">Share on X</a> <a href="https://www.facebook.com/sharer?u=1">Share on Facebook</a> <a href="mailto:?u=1">Email</a></div>`;
    const withDate = clutterOf(
      page(
        `${HEAD}<article>${TITLE}<div class="byline-and-share"><time datetime="2024-05-02">Thu 2 May 2024</time>${share}</div>${paragraphs()}</article>`,
      ),
    );
    expect(reasonFor(withDate, 'Thu 2 May 2024')).toBeUndefined();
    expect(reasonFor(withDate, 'Share on Facebook')).toMatch(/^heuristic:/);
    const alone = clutterOf(page(`${HEAD}<article>${TITLE}${share}${paragraphs()}</article>`));
    expect(reasonFor(alone, 'Share on Facebook')).toMatch(/^heuristic:/);
  });
});

describe('ad slots and lines', () => {
  it('hides empty ad slots and "Advertisement" labels, also before Readability', () => {
    const doc = page(
      `<article>${TITLE}${paragraphs(3)}<div class="ad-container"><span>Advertisement</span><div id="div-gpt-ad-123"></div></div>${SENTENCES.slice(
        3,
      )
        .map((s) => `<p>${s} ${s}</p>`)
        .join('')}</article><div class="adslot" data-ad-unit="x"></div>`,
    );
    const early = findClutter(doc, null, null);
    expect(early.map((b) => b.reason)).toContain('heuristic:ad-slot');
    expect(reasonFor(early, 'Advertisement')).toBe('heuristic:ad-slot');
    expect(
      extractArticle(doc, { exclude: early.map((b) => b.element) })?.blocks.join(' '),
    ).not.toContain('Advertisement');
  });
});

describe('site chrome in Tidy', () => {
  it('keeps the masthead and the footer links, hides the footer notices', () => {
    const doc = page(
      `${HEAD}<article>${TITLE}${paragraphs()}</article><footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Example News is part of Example Media Group. Registered in England and Wales.</p><p>© 2024 Example News. All rights reserved.</p></footer>`,
    );
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    expect(visible).toContain('World');
    expect(visible).toContain('About us');
    expect(visible).not.toContain('part of Example Media Group');
    expect(visible).not.toContain('All rights reserved');
  });

  it('keeps the menu entries after one that reads like a label ("Latest News", then "India")', () => {
    const menu = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/latest">Latest News</a></li><li><a href="/india">India</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`;
    const follow = `<div class="follow"><span>Follow us</span><a href="https://x.example/news">X</a><a href="https://fb.example/news">Facebook</a></div>`;
    const doc = page(`${menu}<article>${TITLE}${paragraphs()}</article>${follow}`);
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    expect(visible).toContain('India World Sport');
    // After a label that is not a link, single links are its list: they go with it.
    expect(visible).not.toContain('Facebook');
  });
});

describe('never hide the article', () => {
  it('ignores a label or a marker on a block that holds the story', () => {
    const doc = page(
      `<div class="related-content-wrapper"><h3>Related</h3><article>${TITLE}${paragraphs()}</article></div>`,
    );
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    for (const s of SENTENCES) expect(visible).toContain(s);
  });

  it('lets the guard overrule a site rule that would hide the article', () => {
    const doc = page(`<div class="promo"><article>${TITLE}${paragraphs()}</article></div>`);
    const site = {
      id: 'example',
      name: 'Example',
      domains: ['example.com'],
      clutter: [{ selector: '.promo', what: 'promo' }],
    };
    const blocks = analysePage(doc, site, { readerable: true }).clutter;
    expect(blocks.some((b) => b.reason === 'site:example/promo')).toBe(false);
  });

  it('lists outermost blocks only', () => {
    const doc = page(
      `${HEAD}<article>${TITLE}${paragraphs()}</article><aside class="sidebar"><section class="most-read"><h2>Most read</h2><ol><li><a href="/1">One story that many people read today</a></li><li><a href="/2">Two stories that many people read today</a></li><li><a href="/3">Three stories that many people read</a></li></ol></section><section class="newsletter"><h2>Newsletter</h2><p>Sign up for the daily briefing.</p></section></aside>`,
    );
    const els = clutterOf(doc).map((b) => b.element);
    for (const a of els) for (const b of els) if (a !== b) expect(a.contains(b)).toBe(false);
  });
});

describe('late content (root)', () => {
  it('checks only the inserted subtree, against the article found before', () => {
    const doc = page(
      `${HEAD}<main><article>${TITLE}${paragraphs()}</article><div id="late"></div></main>`,
    );
    const { article } = analysePage(doc, null, { readerable: true });
    const late = doc.getElementById('late')!;
    late.innerHTML =
      '<section><h2>Recommended for you</h2><ul><li><a href="/r1">A story picked for you today</a></li><li><a href="/r2">Another story picked for you</a></li></ul></section>';
    const blocks = findClutter(doc, article, null, { root: late });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.reason).toMatch(/heuristic:(label|inline-related)/);
    expect(late.contains(blocks[0]!.element)).toBe(true);
  });
});

describe('Focus', () => {
  const doc = page(
    `${HEAD}<div class="wrap"><article>${TITLE}${paragraphs()}</article><aside><h3>About the site</h3><p>We cover energy and transport for readers across the region, every weekday.</p></aside></div><footer><a href="/about">About us</a></footer>`,
  );

  it('hides everything off the article path and keeps headline and story', () => {
    const focus = collapseWhitespace(digest(doc, doc.URL, { mode: 'focus' }).visibleText);
    expect(focus).toContain('Regulator opens charging inquiry');
    for (const s of SENTENCES) expect(focus).toContain(s);
    for (const gone of ['World', 'About the site', 'About us']) expect(focus).not.toContain(gone);
    const tidy = collapseWhitespace(digest(doc, doc.URL, { mode: 'tidy' }).visibleText);
    expect(tidy).toContain('About us');
  });

  it("keeps a kept figure's caption and the byline's author link", () => {
    const story = page(
      `${HEAD}<div class="wrap"><article>${TITLE}<div class="byline">By <a rel="author" href="/staff/jane">Jane Smith</a> — 2 May 2024</div>${paragraphs()}<figure><img src="/charger.jpg" alt="A charger"><figcaption>A public charger in Leeds. Photo: Jane Smith</figcaption></figure><p>${SENTENCES[0]}</p></article></div><footer><a href="/about">About us</a></footer>`,
    );
    const focus = collapseWhitespace(digest(story, story.URL, { mode: 'focus' }).visibleText);
    expect(focus).toContain('A public charger in Leeds. Photo: Jane Smith');
    expect(focus).not.toMatch(/By\s+—/);
    expect(focus).not.toContain('About us');
  });

  it('marks its blocks with their own reason', () => {
    const blocks = findFocusBlocks(doc, extractArticle(doc));
    expect(blocks.length).toBeGreaterThan(0);
    expect(new Set(blocks.map((b) => b.reason))).toEqual(new Set(['focus:off-path']));
  });
});

describe('author bio boxes (author-bio)', () => {
  it('hides a bio box after the story and keeps the byline row', () => {
    const doc = page(
      `${HEAD}<article>${TITLE}<div class="byline">By <a href="/staff/jane">Jane Smith</a> <time datetime="2024-05-02">2 May 2024</time></div>${paragraphs()}</article><div class="author-bio"><img src="/jane.jpg" alt=""><p>Jane Smith is a senior reporter for Example News, covering energy and transport. Follow her on Mastodon.</p></div>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Jane Smith is a senior reporter')).toBe('heuristic:author-bio');
    expect(reasonFor(blocks, '2 May 2024')).toBeUndefined();
  });

  it('reads German and French bios', () => {
    for (const bio of [
      'Anna Schmidt ist seit 2019 Redakteurin im Ressort Netzpolitik und schreibt über Datenschutz.',
      'Marie Dupont est journaliste au service économie depuis 2015 et suit les télécoms.',
    ]) {
      const doc = page(
        `${HEAD}<main><article>${TITLE}${paragraphs()}</article><div class="author-box"><p>${bio}</p></div></main>`,
      );
      expect(reasonFor(clutterOf(doc), bio.slice(0, 20))).toBe('heuristic:author-bio');
    }
  });
});

describe('the core of a too-wide article container', () => {
  // A guard as Readability's result would give it: the story's paragraphs plus one stray
  // paragraph it also kept (a newsletter pitch far below), which widens the container to <body>.
  const guardFor = (doc: Document, paragraphs: Element[]): ArticleGuard => ({
    container: doc.body,
    headline: null,
    standfirst: null,
    protectedElements: new Set(paragraphs),
    forbids: (el) => paragraphs.some((p) => el.contains(p)),
    isProtected: (el) => paragraphs.includes(el),
    isKept: () => true,
  });
  const cards = Array.from(
    { length: 6 },
    (_, i) =>
      `<div class="cell"><article><h2><a href="/story/${i}">Another story that readers clicked on today, number ${i}</a></h2><p>${SENTENCES[i % 6]}</p></article></div>`,
  ).join('');

  it('is the element holding the story, not <body>, and teaser grids beside it are judged', () => {
    const doc = page(
      `${HEAD}<main><article id="story">${TITLE}<div class="byline">By Jane Smith</div><div class="body">${paragraphs()}</div></article></main><div class="pitch"><p>Every day we send an email with the top stories from Example News, free.</p></div><section class="grid">${cards}</section>`,
    );
    const paras = Array.from(doc.querySelectorAll('.body p, .pitch p'));
    const guard = guardFor(doc, paras);
    const stats = measureText(doc.body);
    expect(articleCore(guard, stats)).toBe(doc.getElementById('story'));
    const found = detectHeuristic(doc.body, { stats, guard, guided: true, taken: new Set() });
    expect(found.find((d) => d.element.matches('section.grid'))?.reason).toBe(
      'heuristic:teaser-list',
    );
  });

  it('stays the container when little lies beside the story', () => {
    const doc = page(
      `<article id="story">${TITLE}<div class="body">${paragraphs()}</div></article>`,
    );
    const paras = Array.from(doc.querySelectorAll('.body p'));
    const guard = { ...guardFor(doc, paras), container: doc.getElementById('story') };
    expect(articleCore(guard, measureText(doc.body))).toBe(doc.getElementById('story'));
  });
});

describe('comments sections (comments)', () => {
  const COMMENTS = Array.from(
    { length: 4 },
    (_, i) =>
      `<div class="comment"><span class="author">reader${i}</span> <time>2 days ago</time><p>${SENTENCES[i]} I think the regulator should have acted years ago, frankly.</p></div>`,
  ).join('');

  it('hides a comments section below the story, and only it', () => {
    const doc = page(
      `${HEAD}<main><article>${TITLE}<p class="meta"><a href="#comments">12 comments</a></p>${paragraphs()}</article><div id="commentsContainer"><h2>Top rated</h2>${COMMENTS}</div></main>`,
    );
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'reader0')).toBe('heuristic:comments');
    expect(blocks.filter((b) => b.reason === 'heuristic:comments')).toHaveLength(1);
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    for (const s of SENTENCES) expect(visible).toContain(`${s} ${s}`);
  });
});

describe('other posts beside the story (teaser-list)', () => {
  it('hides a box of whole other posts, with no headline links, under an unknown label', () => {
    const posts = SENTENCES.slice(0, 4)
      .map(
        (s, i) =>
          `<article class="post-${i}"><div class="share"><a href="https://wa.me/?t=${i}">Whatsapp</a></div><p>${s} ${s}</p></article>`,
      )
      .join('');
    const doc = page(
      `${HEAD}<main><article class="post">${TITLE}${paragraphs()}</article><section class="box"><h3>Você pode gostar...</h3>${posts}</section></main>`,
    );
    expect(reasonFor(clutterOf(doc), 'Você pode gostar')).toBe('heuristic:teaser-list');
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    expect(visible).toContain(`${SENTENCES[5]} ${SENTENCES[5]}`);
  });
});

describe('widget areas without a sidebar class (rail)', () => {
  it('hides a list of named widgets beside the story, prose widgets too', () => {
    const doc = page(
      `${HEAD}<div class="main"><article>${TITLE}${paragraphs()}</article></div><div class="obar"><ul>
<li class="widget widget_text"><h2>Quote of the day</h2><p>Patience is bitter, but its fruit is sweet; those who wait for the harvest are rewarded in the end, every season.</p></li>
<li class="widget widget_rss"><h2>Elsewhere</h2><a href="https://other.example/1">One story elsewhere today</a></li>
<li class="widget widget_categories"><h2>Kategori</h2><a href="/c/1">Energy</a> <a href="/c/2">Transport</a></li>
</ul></div>`,
    );
    expect(reasonFor(clutterOf(doc), 'Quote of the day')).toBe('heuristic:rail');
  });
});

describe('"Click to tweet" quotes stay', () => {
  it('keeps a sentence of the story made a tweet link, and hides a one-link promo Readability left out', () => {
    const quote =
      'The regulator wants every car treated the same at every charging site in the region, whoever built it and whoever owns the network.';
    const doc = page(
      `<article>${TITLE}${paragraphs(3)}<div class="ctt"><a href="https://twitter.com/share?text=${encodeURIComponent(quote)}">${quote} Click To Tweet</a></div><div class="embed"><a href="/2024/01/02/other/">Watch our reporter explain how the charging network grew so fast, who pays for it all, and what the inquiry means for drivers</a></div></article>`,
    );
    const paras = Array.from(doc.querySelectorAll('article > p'));
    const guard: ArticleGuard = {
      container: doc.querySelector('article'),
      headline: null,
      standfirst: null,
      protectedElements: new Set(paras),
      forbids: (el) => paras.some((p) => el.contains(p)),
      isProtected: (el) => paras.includes(el),
      // Readability left both boxes out.
      isKept: (el) => !el.matches('.ctt, .embed, .ctt *, .embed *'),
    };
    const stats = measureText(doc.body);
    const found = detectHeuristic(doc.body, { stats, guard, guided: true, taken: new Set() });
    expect(found.map((d) => d.element.className)).toEqual(['embed']);
  });
});

describe('previous/next story teasers', () => {
  it('hides headline links to the previous and next stories, even in a <nav>, not a pager', () => {
    const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">${paragraphs(5)}</div>
<nav class="post-nav"><a rel="prev" href="/prev">← Previous: Apple patches Safari zero-day</a> <a rel="next" href="/next">Next: Intel delays Falcon Shores →</a></nav>
<nav class="pager"><a rel="prev" href="?page=1">Previous page</a> <a rel="next" href="?page=3">Next page</a></nav>
</article></main>`);
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Apple patches Safari zero-day')).toBe('heuristic:next-prev');
    expect(texts(blocks).some((t) => t.includes('Next page'))).toBe(false);
  });

  it('knows them by class or by their "Previous:" label when they carry no rel', () => {
    const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">${paragraphs(5)}</div>
<div class="post-navigation"><a class="prev" href="/a">« Previous: Indie studio closes after funding falls through</a> <a class="next" href="/b">Next: Handheld sales double in Q3 »</a></div>
<div class="tools"><a href="/c">Print this page now please</a></div>
</article></main>`);
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Indie studio closes')).toBe('heuristic:next-prev');
    expect(reasonFor(blocks, 'Print this page')).not.toBe('heuristic:next-prev');
  });
});

describe('tag rows', () => {
  it('hides "Tags: ..." links under the story, with the label in the same element', () => {
    const doc = page(`${HEAD}<main><article>${TITLE}<div class="body">${paragraphs(5)}</div>
<div class="tags">Tags: <a href="/tag/ev">Electric cars</a> <a href="/tag/charging">Charging</a></div>
</article></main>`);
    expect(reasonFor(clutterOf(doc), 'Electric cars')).toBe('heuristic:label');
  });
});

describe('app banners, video promos and a follow-us link in the story', () => {
  const doc =
    page(`${HEAD}<div class="app-banner"><p>Read TechPulse in the app</p><a href="https://apps.example/techpulse">Open</a></div>
<main><article>${TITLE}<div class="body">${paragraphs(3)}
<div class="featured-video"><h4>Featured video</h4><p>Inside the race to build chips in America</p></div>
${paragraphs(5).split('\n').slice(3).join('\n')}</div>
<div class="google-news-follow"><a href="https://news.google.example/publications/techpulse">Follow TechPulse on Google News</a></div>
</article></main>`);
  const blocks = clutterOf(doc);

  it('hides each of them', () => {
    expect(reasonFor(blocks, 'Read TechPulse in the app')).toBe('heuristic:label');
    expect(reasonFor(blocks, 'Inside the race to build chips')).toBe('heuristic:label');
    expect(reasonFor(blocks, 'Follow TechPulse on Google News')).toBe('heuristic:boilerplate');
  });

  it('keeps every article paragraph', () => {
    const visible = collapseWhitespace(digest(doc, doc.URL).visibleText);
    for (const s of SENTENCES.slice(0, 5)) expect(visible).toContain(s);
  });
});

describe('sign-up boxes (sign-up)', () => {
  it('hides a newsletter box whole, its pitch sentence too, and keeps comment and log-in forms', () => {
    const doc =
      page(`${HEAD}<main><article>${TITLE}<div class="body">${paragraphs()}</div></article>
<div class="cta-stories"><h3>Want more stories like this?</h3><p>Every day we send an email with the top stories from Example News.</p>
<form action="https://lists.example/subscribe" method="post"><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></div>
<section class="respond"><h3>Leave a reply</h3><form><textarea name="comment"></textarea><input type="email" name="email"><button>Post comment</button></form></section>
<div class="account"><form><input type="email" name="login"><input type="password" name="pass"><button>Log in</button></form></div>
</main>`);
    const blocks = clutterOf(doc);
    expect(reasonFor(blocks, 'Want more stories like this?')).toBe('heuristic:sign-up');
    // The comment form is the comments' business (its "Leave a reply" label), never a sign-up.
    expect(reasonFor(blocks, 'Post comment')).not.toBe('heuristic:sign-up');
    expect(reasonFor(blocks, 'Log in')).toBeUndefined();
    const d = digest(doc, 'https://news.example.com/2024/05/02/charging-inquiry/');
    expect(d.article?.text).not.toContain('Every day we send an email');
    expect(d.visibleText).not.toContain('Every day we send an email');
  });
});
