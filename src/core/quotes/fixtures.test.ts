/**
 * The key quote, its speaker and stance on every labelled fixture, through digest() as the
 * extension and the CLI run it. Matching follows bench/lib/quote-match.ts (the bench's rules).
 */
import { describe, expect, it } from 'vitest';
import { quoteMatches, sameSpeaker } from '../../../bench/lib/quote-match';
import { fixtureDocument, listFixtures, loadFixture } from '../../../test/helpers/fixtures';
import { digest } from '../digest';

describe('key quote on the fixtures', () => {
  for (const fixture of [...listFixtures('register'), ...listFixtures('quotes')]) {
    const want = fixture.case.keyQuote;
    if (!want) continue;
    it(fixture.id, () => {
      const d = digest(fixtureDocument(fixture), fixture.case.url);
      const got = d.keyQuote;
      expect(got, 'a key quote').not.toBeNull();
      const accepted = [want.text, ...fixture.case.acceptableQuotes];
      expect(
        accepted.some((a) => quoteMatches(got!.text, a)),
        got!.text,
      ).toBe(true);
      expect(sameSpeaker(got!.speaker, want.speaker), got!.speaker).toBe(true);
      expect(got!.stance).toBe(want.stance);
      // Never a trap quotation from clutter, never twice in the list.
      for (const hide of fixture.case.mustHide) expect(got!.text).not.toContain(hide);
      const texts = d.quotes.map((q) => q.text);
      expect(new Set(texts).size).toBe(texts.length);
    });
  }
});

describe('the seed story', () => {
  const seed = loadFixture('register/2012-skype-denies-spying');

  it('credits Mark Gillett, in his role, with the denial', () => {
    const d = digest(fixtureDocument(seed), seed.case.url);
    expect(d.keyQuote).toEqual({
      text: "Some media stories recently have suggested Skype may be acting improperly or based on ulterior motives against our users' interests. Nothing could be more contrary to the Skype philosophy",
      speaker: 'Mark Gillett',
      role: "Skype's chief development and operations officer",
      stance: 'denial',
    });
    expect(d.summary.length).toBeGreaterThanOrEqual(2);
    expect(d.summary.join(' ')).not.toContain('Nothing could be more contrary');
  });

  it('finds the quote in the current template even where Readability drops it (div.blockextract)', () => {
    const modern = loadFixture('register/2012-skype-denies-spying-modern');
    // The current Register template sets quotes in div.blockextract, which Readability removes.
    const html = modern.html.replace(
      /<p>("Some media stories[^]*?)<\/p>/,
      '<div class="blockextract"><p>$1</p></div>',
    );
    expect(html).not.toBe(modern.html);
    const d = digest(fixtureDocument({ ...modern, html }), modern.case.url);
    expect(d.article!.text).not.toContain('Some media stories');
    expect(d.keyQuote).toMatchObject({ speaker: 'Mark Gillett', stance: 'denial' });
    expect(d.keyQuote!.text).toContain('Nothing could be more contrary to the Skype philosophy');
  });
});
