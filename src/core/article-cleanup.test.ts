import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { cleanArticle } from './article-cleanup';
import { textBlocks } from './text';

const body = (n: number): string =>
  `<p>Body paragraph ${n} tells the story in full sentences, with enough words that it reads as the article itself and not as a label.</p>`;

/** Cleans `html` as Readability's content and returns what is left, with what each rule took. */
function clean(html: string, titles: string[] = [], byline: string | null = null) {
  const doc = parseDocument(
    `<!doctype html><body><div id="c">${html}</div></body>`,
    'https://x.example/',
  );
  const content = doc.getElementById('c')!;
  const removed = cleanArticle(content, { titles, byline });
  return { blocks: textBlocks(content), rules: removed.map((r) => `${r.rule}: ${r.text}`) };
}

describe('cleanArticle()', () => {
  it('keeps an article that has no furniture as it is', () => {
    const html = `<h2>A subhead</h2>${body(1)}<ul><li>First point</li><li>Second point</li></ul>${body(2)}<blockquote><p>Quoted words.</p></blockquote>${body(3)}`;
    const { blocks, rules } = clean(html);
    expect(rules).toEqual([]);
    expect(blocks).toHaveLength(7);
  });

  it('removes captions and credits, and the caption beside a credit', () => {
    const { blocks, rules } = clean(
      `${body(1)}<figure><img src="a.jpg"><figcaption>The pier at dawn.</figcaption></figure>
       <div class="inline-image"><p>Crowds gathered outside the court on Monday.</p><p>Jane Roe | Reuters | Getty Images</p></div>
       <p>A plague doctor in the 14th century (Image: GETTY)</p>${body(2)}`,
    );
    expect(blocks).toHaveLength(2);
    expect(rules.every((r) => r.startsWith('caption'))).toBe(true);
  });

  it('removes bylines, datelines and meta rows but not quoted posts', () => {
    const { blocks, rules } = clean(
      `<p>By Jane Doe</p><p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>
       <p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p>${body(1)}
       <blockquote><p>Big news today.</p>— Jane (@jane) November 18, 2019</blockquote>${body(2)}`,
    );
    expect(rules.map((r) => r.split(':')[0])).toEqual(['byline', 'byline', 'byline']);
    expect(blocks.join(' ')).toContain('(@jane) November 18, 2019');
  });

  it('removes a long byline that carries its date and time, and a closing "Posted on" row', () => {
    const { blocks, rules } = clean(
      `<p>By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p>${body(1)}${body(2)}
       <p>Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.</p>`,
    );
    expect(rules.map((r) => r.split(':')[0])).toEqual(['byline', 'byline']);
    expect(blocks).toHaveLength(2);
    // A sentence that opens with "By" and names no date is the story's.
    const long =
      '<p>By January the company had hired forty engineers and opened offices in Leeds.</p>';
    expect(clean(`${body(1)}${long}${body(2)}`).rules).toEqual([]);
  });

  it('keeps a closing sentence that says something will be "published by" a date', () => {
    const { blocks, rules } = clean(
      `${body(1)}${body(2)}<p>Kestrel said the revised terms would be published by Friday.</p>`,
    );
    expect(rules).toEqual([]);
    expect(blocks.pop()).toBe('Kestrel said the revised terms would be published by Friday.');
  });

  it('removes the headline and kickers before the body, not subheads or list items', () => {
    const { blocks } = clean(
      `<p><a href="/news">News</a></p><span>Entertainment</span><h1>Storm closes harbour</h1>
       <ul><li>Fix one</li><li>Fix two</li></ul><h2>What happened</h2>${body(1)}${body(2)}`,
      ['Storm closes harbour | Example News', 'Storm closes harbour'],
    );
    expect(blocks).toEqual([
      'Fix one',
      'Fix two',
      'What happened',
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('removes related links, prompts, share rows and interface text anywhere', () => {
    const { blocks, rules } = clean(
      `${body(1)}<p>Related: <a href="/a">Storm of the century</a></p>
       <p><a href="/b">Harbour reopens after the worst storm in decades</a></p>
       <p>Advertisement</p><p><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></p>
       <p>Sign up for our daily newsletter to get the news delivered to you.</p>
       <p><a href="https://gov.example/report">[Government report]</a></p>${body(2)}`,
    );
    expect(rules.map((r) => r.split(':')[0])).toEqual([
      'related-link',
      'related-link',
      'ui-text',
      'share-row',
      'prompt',
    ]);
    expect(blocks).toHaveLength(3);
  });

  it('does not mistake body sentences that mention signing up for prompts', () => {
    const sentence = `<p>The company said it continued to sign up additional subscribers through the night, even as its servers failed for millions of customers who had waited all week for the launch and could not log in.</p>`;
    expect(clean(`${body(1)}${sentence}${body(2)}`).rules).toEqual([]);
  });

  it('removes bios, credits and link lists from the tail, and headings left at the end', () => {
    const { blocks, rules } = clean(
      `${body(1)}${body(2)}<p>Reporting by Jane Doe; Editing by John Roe</p>
       <h3>More stories</h3><ul><li><a href="/1">One story</a></li><li><a href="/2">Another one</a></li></ul>
       <p>Jane Doe is a reporter for Example News who covers the weather and the people it changes.</p>`,
    );
    expect(blocks).toHaveLength(2);
    expect(rules.map((r) => r.split(':')[0]).sort()).toEqual([
      'bio',
      'credits',
      'orphan-heading',
      'tail-links',
      'tail-links',
    ]);
  });

  it('keeps the story and drops the teaser <article>s after it', () => {
    const { blocks, rules } = clean(
      `<article>${body(1)}${body(2)}${body(3)}</article>
       <section><article><h2>Other story</h2>${body(4)}</article><article>${body(5)}</article></section>`,
    );
    expect(blocks).toHaveLength(3);
    expect(rules.filter((r) => r.startsWith('teaser-articles'))).toHaveLength(2);
  });

  it('leaves table cells alone', () => {
    const table =
      '<table><tr><th>Pos</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>';
    expect(clean(`${table}${body(1)}`).rules).toEqual([]);
  });

  it('cleans inline runs between blocks, like a timestamp beside the headline', () => {
    const { blocks } = clean(
      `<div class="title"><h2>Cat found</h2><span class="timestamp">Updated 11:21 pm CST, Tuesday, November 19, 2019</span></div>${body(1)}`,
    );
    expect(blocks).toEqual(['Cat found', expect.stringMatching(/^Body paragraph 1/)]);
  });
});
