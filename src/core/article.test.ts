import { describe, expect, it } from 'vitest';
import { fixtureDocument, loadFixture } from '../../test/helpers/fixtures';
import { parseDocument } from '../cli/parse-html';
import { extractArticle, isReaderable } from './article';

const seed = loadFixture('register/2012-skype-denies-spying');

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story carries the reporting itself, with names, numbers and quotes, long enough that Readability scores it as body text rather than page furniture around it.</p>`;

const page = (body: string, head = ''): Document =>
  parseDocument(
    `<!doctype html><html><head><title>Storm closes the harbour</title>${head}</head><body>${body}</body></html>`,
    'https://news.example/2019/11/20/storm',
  );

const story = `
  <header><h1>Storm closes the harbour</h1><p class="byline">By Jane Doe</p></header>
  <article><div class="body">${[1, 2, 3, 4, 5].map(para).join('')}</div></article>`;

describe('extractArticle', () => {
  it('maps the article back to the live page', () => {
    const doc = fixtureDocument(seed);
    const article = extractArticle(doc)!;
    const livePs = Array.from(doc.querySelectorAll('#body > p'));
    expect(livePs).toHaveLength(7);
    for (const p of livePs) expect(article.liveElements).toContain(p);
    // Clutter outside the article is not part of it.
    expect(article.liveElements).not.toContain(doc.querySelector('#whitepapers'));
  });

  it('drops excluded live elements from the clone before Readability runs', () => {
    const doc = fixtureDocument(seed);
    const quote = doc.querySelectorAll('#body > p')[1]!;
    const article = extractArticle(doc, { exclude: [quote] })!;
    expect(article.blocks.join(' ')).not.toContain('Nothing could be more contrary');
    expect(doc.contains(quote)).toBe(true);
  });

  it('maps paragraphs after an excluded block to their own live elements', () => {
    // The clone leaves the excluded subtree out: later indexes must still pair with the page.
    const doc = page(
      `<article>${para(1)}${para(2)}<div class="promo"><p>Buy <b>now</b></p><p>Deals</p></div>${para(3)}${para(4)}</article>`,
    );
    const promo = doc.querySelector('.promo')!;
    const article = extractArticle(doc, { exclude: [promo] })!;
    const livePs = Array.from(doc.querySelectorAll('article > p'));
    expect(livePs).toHaveLength(4);
    for (const p of livePs) expect(article.liveElements).toContain(p);
    expect(article.liveElements.some((el) => promo.contains(el))).toBe(false);
    expect(article.blocks.join(' ')).not.toContain('Deals');
  });

  it('cleans page furniture out of the article text', () => {
    const doc = page(`<article>
      <p class="kicker">Weather</p>
      ${para(1)}
      <figure><img src="a.jpg"><figcaption>Waves over the pier. Photo: Jo Bloggs</figcaption></figure>
      ${para(2)}${para(3)}
      <p><a href="/other">Read more: Last year's storm cost millions</a></p>
      ${para(4)}
      <p>Sign up for our newsletter to get the latest weather news in your inbox.</p>
      <p>Jane Doe is a reporter for the Example News covering weather and climate.</p>
    </article>`);
    const blocks = extractArticle(doc)!.blocks;
    expect(blocks).toHaveLength(4);
    expect(blocks.every((b) => b.startsWith('Paragraph'))).toBe(true);
  });
});

describe('embedded posts', () => {
  const tweet =
    '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Meth. We are on it. <a href="https://t.co/x">https://t.co/x</a></p>— Jane (@jane) <a href="https://twitter.com/jane/status/1">November 18, 2019</a></blockquote></div>';
  const withTweet = `<article>${para(1)}${para(2)}${tweet}${para(3)}${para(4)}</article>`;

  it('keeps a post Readability drops, where it stood in the article', () => {
    const blocks = extractArticle(page(withTweet))!.blocks;
    const at = blocks.findIndex((b) => b.startsWith('Meth. We are on it.'));
    expect(at).toBe(2);
    expect(blocks[3]).toBe('— Jane (@jane) November 18, 2019');
    expect(blocks[4]).toMatch(/^Paragraph 3 /);
  });

  it('leaves out a post the caller excluded', () => {
    const doc = page(withTweet);
    const post = doc.querySelector('blockquote')!;
    expect(extractArticle(doc, { exclude: [post] })!.blocks.join(' ')).not.toContain('Meth.');
  });
});

describe('extractArticle() metadata', () => {
  it('takes a bare "By ..." paragraph the cleanup removes as the byline', () => {
    const doc = page(
      `<article><h1>Storm closes the harbour</h1><p>By Maya Lind</p>${[1, 2, 3, 4].map(para).join('')}</article>`,
    );
    const article = extractArticle(doc)!;
    expect(article.metadata.byline).toBe('By Maya Lind');
    expect(article.blocks.join(' ')).not.toContain('Maya Lind');
  });
});

describe('isReaderable()', () => {
  it('accepts a page of long paragraphs', () => {
    expect(isReaderable(page(story))).toBe(true);
  });
  it('accepts a page that declares itself an article, whatever its markup', () => {
    const table = '<table><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>';
    expect(isReaderable(page(table, '<meta property="og:type" content="article">'))).toBe(true);
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>';
    expect(isReaderable(page(table, ld))).toBe(true);
  });
  it('accepts a short story whose one <article> holds its headline, and no front page', () => {
    const line = (n: number) => `<p>Norvia said on Monday that claim ${n} was not true.</p>`;
    const lines = [1, 2, 3, 4, 5].map(line).join('');
    const story = `<h2>Daily Wire Desk</h2><article><h1>Norvia denies claims</h1>${lines}</article>`;
    expect(isReaderable(page(story))).toBe(true);
    // A front page: the headline is the masthead, the stories are teasers.
    const front = `<h1>Daily Wire Desk</h1>${[1, 2, 3].map((n) => `<article><h2>Story ${n}</h2>${line(n)}</article>`).join('')}`;
    expect(isReaderable(page(front))).toBe(false);
    expect(isReaderable(page(`<h1>Daily Wire Desk</h1><article>${lines}</article>`))).toBe(false);
  });
  it('refuses a page that is neither', () => {
    expect(isReaderable(page('<form><input name="q"></form>'))).toBe(false);
    expect(isReaderable(page('<p>Short.</p>', '<meta property="og:type" content="website">'))).toBe(
      false,
    );
  });
});
