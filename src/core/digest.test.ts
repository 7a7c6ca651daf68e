import { describe, expect, it } from 'vitest';
import { fixtureDocument, listFixtures, loadFixture } from '../../test/helpers/fixtures';
import { parseDocument } from '../cli/parse-html';
import { digest } from './digest';

const seed = loadFixture('register/2012-skype-denies-spying');

describe('digest() on the seed story', () => {
  const d = digest(fixtureDocument(seed), seed.case.url, { now: new Date('2026-11-26T12:00:00Z') });

  it('finds the article and its metadata', () => {
    expect(d.readerable).toBe(true);
    expect(d.article?.title).toBe('Skype denies system upgrade enables in-call spying');
    expect(d.article?.siteName).toBe('The Register');
    expect(d.article?.published).toBe('2012-07-27');
    expect(d.article?.lang).toBe('en');
  });

  it('never cites the dateline as the author', () => {
    expect(d.article?.byline).toBeNull();
    expect(d.citation.csl.author).toBeUndefined();
  });

  it('returns the article body as paragraphs', () => {
    const text = d.article!.text;
    for (const keep of seed.case.mustKeep.slice(2)) expect(text).toContain(keep);
    expect(text.split('\n\n')).toHaveLength(7);
    expect(d.article!.wordCount).toBeGreaterThan(250);
  });

  it('cites the canonical URL with the injected accessed date', () => {
    expect(d.citation.url).toBe('http://www.theregister.co.uk/2012/07/27/skype_denies_spying/');
    expect(d.citation.csl.accessed).toEqual({ 'date-parts': [[2026, 11, 26]] });
    expect(d.citation.csl.issued).toEqual({ 'date-parts': [[2012, 7, 27]] });
  });

  it('records timings', () => {
    expect(d.timings.totalMs).toBeGreaterThan(0);
    expect(d.timings.readabilityMs).toBeGreaterThan(0);
  });
});

describe('digest() never mutates the page', () => {
  for (const fixture of [...listFixtures('register'), ...listFixtures('quotes')]) {
    it(fixture.id, () => {
      const doc = fixtureDocument(fixture);
      const before = doc.documentElement.outerHTML;
      digest(doc, fixture.case.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});

describe('digest() on a short wire story with no social metadata', () => {
  // One-sentence paragraphs score nothing in Readability's readerable check, and the page has no
  // og:type or JSON-LD: its markup (the headline inside its one <article>) says it is a story.
  const html = `<!doctype html><html lang="en"><head><title>Norvia denies breach claims | Daily Wire Desk</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/business">Business</a></nav></header>
    <main><article><h1>Norvia denies breach claims</h1><p class="byline">By Ana Reyes</p>
    <p>Norvia on Monday denied that hackers had stolen customer data from its cloud service.</p>
    <p>A security researcher said last week that records of two million users were for sale online.</p>
    <p>“There has been no breach of our systems, and the data being offered is not ours,” said Lena Ortiz, Norvia’s chief security officer.</p>
    <p>The researcher, Tomas Berg, said he stood by his findings and had shared samples with the company.</p>
    <p>Norvia shares fell 3% in early trading before recovering.</p></article></main>
    <aside><h3>Most read</h3><ul><li><a href="/a">Chipmaker posts record quarter</a></li><li><a href="/b">Phone sales slow in Europe</a></li></ul></aside>
    </body></html>`;
  const url = 'https://news.example.com/tech/norvia-denies-breach-claims-4412';
  const d = digest(parseDocument(html, url), url);

  it('reads it as an article, with a summary and the quoted denial', () => {
    expect(d.readerable).toBe(true);
    expect(d.article).toMatchObject({ title: 'Norvia denies breach claims', byline: 'Ana Reyes' });
    expect(d.summary[0]).toBe(
      'Norvia on Monday denied that hackers had stolen customer data from its cloud service.',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Lena Ortiz', stance: 'denial' });
    expect(d.citation.csl.type).toBe('article-newspaper');
    expect(d.clutter).toContainEqual({
      reason: 'heuristic:label',
      text: 'Most readChipmaker posts record quarterPhone sales slow in Europe',
    });
  });
});

describe('digest() when <meta name=author> is not the author', () => {
  // Readability takes the meta as its byline and then looks for none in the page, so the
  // printed "By ..." line is the only name left once the site's own name is dropped.
  const page = (
    head: string,
  ) => `<!doctype html><html lang="en"><head><title>Vexa denies selling data</title>${head}</head><body>
    <article><h1>Vexa denies selling data</h1><p class="byline">By Jane Doe</p>
    ${'<p>Vexa said on Monday it had never sold user data to anyone, contrary to a report by a rival firm last week.</p>'.repeat(5)}
    </article></body></html>`;
  const url = 'https://news.example.com/2024/05/01/vexa-denies-selling-data';
  const authorOf = (head: string) => digest(parseDocument(page(head), url), url).article?.byline;

  it('cites the printed byline when the meta names the site, an account or a URL', () => {
    const site = '<meta property="og:site_name" content="Example News">';
    expect(authorOf(`<meta name="author" content="Example News">${site}`)).toBe('Jane Doe');
    expect(authorOf('<meta name="author" content="admin">')).toBe('Jane Doe');
    expect(authorOf('<meta name="author" content="https://news.example.com/author/jane">')).toBe(
      'Jane Doe',
    );
  });
  it('still prefers a person the meta names', () => {
    expect(authorOf('<meta name="author" content="Sam Lee">')).toBe('Sam Lee');
  });
});

describe('digest() on a page that is not an article', () => {
  it('says so and still offers a citation', () => {
    const doc = fixtureDocument({
      ...seed,
      html: '<!doctype html><html><head><title>Log in</title></head><body><form><input name=u></form></body></html>',
    });
    const d = digest(doc, 'https://example.com/login?utm_source=x');
    expect(d.readerable).toBe(false);
    expect(d.article).toBeNull();
    expect(d.summary).toEqual([]);
    expect(d.citation.url).toBe('https://example.com/login');
  });
});

describe('digest() and clutter inside the story', () => {
  it('keeps a hover card found after Readability out of the text, summary and quotes', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the court story explains what the prosecutors said about the threats and why the sentence was delayed until next year.</p>`;
    const card =
      '<span class="rollover-people"><a href="/people/ann-roe">Ann Roe</a><span class="rollover-block">' +
      '<a href="/people/ann-roe">Ann Roe</a><a href="/policy/123456-senator-doubles-down-on-tariffs">Senator doubles down on tariffs, few follow suit</a> ' +
      '<a href="/policy/123457-hillicon-valley-funding-bill">Hillicon Valley: funding bill stalls over surveillance authority</a></span></span>';
    const html = `<!doctype html><html><head><title>Man pleads guilty to threatening lawmaker</title></head><body><article>
      <h1>Man pleads guilty to threatening lawmaker</h1>${para(1)}${para(2)}
      <p>Rep. ${card} said the letter asked for compassion. She added, "We must teach the defendant love and not hate."</p>
      ${para(3)}${para(4)}</article></body></html>`;
    const url = 'https://news.example/court/threat-plea';
    const d = digest(parseDocument(html, url), url);
    expect(d.clutter.map((c) => c.reason)).toContain('heuristic:popover');
    expect(d.article!.text).toContain('Rep. Ann Roe said the letter asked for compassion.');
    expect(d.article!.text).not.toContain('doubles down');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ann Roe']);
  });
});
