/**
 * Hard cases met on real news pages, one rule each, in sentences written for these tests (the
 * bench pages themselves are third-party and stay in ../shared).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../article-blocks';
import { extractQuotes } from './index';

function read(blocks: (string | ArticleBlock)[], title = 'Acme reports results') {
  return extractQuotes({ title, standfirst: null, blocks });
}
const who = (blocks: (string | ArticleBlock)[], title?: string) =>
  read(blocks, title).quotes.map((q) => [q.speaker, q.text]);

describe('attribution on real pages', () => {
  it('reads a reporting clause behind a long appositive', () => {
    const [q] = read([
      '"Simulations like this work when you get out more than you put in," Dana Holt, a postdoctoral fellow at the Institute for Astrophysics in Garching, Germany, and co-author of the study, said in a statement.',
    ]).quotes;
    expect(q).toMatchObject({ speaker: 'Dana Holt' });
    expect(q!.role).toMatch(/^a postdoctoral fellow/);
  });

  it('keeps the person as speaker when the appositive names their employer', () => {
    expect(
      who([
        '"Two of the three requirements for life are everywhere," study lead author Lena Marsh, a planetary scientist at the Orbital Flight Center in Greenbelt, said in a statement.',
      ])[0]![0],
    ).toBe('Lena Marsh');
  });

  it('credits a quotation that follows a paraphrase of a named person in the same paragraph', () => {
    expect(
      who([
        'Lab work continues. The tuft cell, Herbst said, is always sensing its surroundings. “Once the products go out of whack, the cells make a response.”',
        'Researchers led by Ada Herbst began the work in 2016.',
      ]),
    ).toEqual([['Ada Herbst', 'Once the products go out of whack, the cells make a response.']]);
  });

  it('does not credit a quotation to a paraphrase in another paragraph', () => {
    expect(
      who([
        'The tuft cell, Ada Herbst said, is always sensing its surroundings.',
        '“Once the products go out of whack, the cells make a response.”',
      ]),
    ).toEqual([]);
  });
});

describe('candidates on real pages', () => {
  it('keeps the running-text copy of a quotation that a pull quote repeats before it', () => {
    const quotes = read([
      { text: 'Since 2008 there has not been a single year of revenue growth.', kind: 'quote' },
      'Industry analyst Ken Miller',
      '“Since 2008 there has not been a single year of revenue growth,” says industry analyst Ken Miller.',
    ]).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Ken Miller']);
  });

  it('gives the key quote to a named official’s fragment when only an unnamed commenter outscores it', () => {
    const r = read(
      [
        'A third case of plague was confirmed in Inner Mongolia on Sunday.',
        'Wen Hao, deputy director of the regional disease control centre, told the media that the case is “isolated and unrelated” to the others.',
        'One user on a social network posted: “I just want to know how these two came to the capital by train?”',
      ],
      'Third case of plague confirmed',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Wen Hao', text: 'isolated and unrelated' });
  });
});
