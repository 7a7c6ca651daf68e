import { describe, expect, it } from 'vitest';
import { quoteMatches, sameSpeaker } from './quote-match';

describe('quoteMatches', () => {
  it('accepts a prediction holding the labelled substring, whatever the quote marks', () => {
    expect(quoteMatches('We don’t know. It’s a rumour.', "It's a rumour")).toBe(true);
    expect(quoteMatches('Nothing of the sort has reached us.', "It's a rumour")).toBe(false);
  });

  it('accepts a part of the labelled passage only when it holds most of it', () => {
    expect(
      quoteMatches(
        'These results are a major milestone',
        'These results are a major milestone on a road',
      ),
    ).toBe(true);
    expect(
      quoteMatches('a major milestone', 'These results are a major milestone on a long road'),
    ).toBe(false);
  });
});

describe('sameSpeaker', () => {
  it('matches names as the labels write them', () => {
    expect(sameSpeaker('Brandt-Keller', 'BK')).toBe(true);
    expect(sameSpeaker('R&M', 'R&M')).toBe(true);
    expect(sameSpeaker('Rathore & Mehta', 'R&M')).toBe(true);
    expect(sameSpeaker('WeWork', 'WeWork spokesperson')).toBe(true);
    expect(sameSpeaker('Sonya A. Zoghlin', 'Zoghlin')).toBe(true);
    expect(sameSpeaker('NJPM', 'NJPM editorial')).toBe(true);
    expect(sameSpeaker('Northern Journal of Paediatric Medicine', 'NJPM editorial')).toBe(true);
    expect(sameSpeaker('Eugênio Tadeu', 'Eugenio Tadeu')).toBe(true);
    expect(sameSpeaker('Officers', 'Police officers')).toBe(true);
  });

  it('is not so lax that it accepts anyone', () => {
    expect(sameSpeaker('Mark Esper', 'Mark Gillett')).toBe(false);
    expect(sameSpeaker('Skype', 'Mark Gillett')).toBe(false);
    expect(sameSpeaker('Officer', 'Fort Worth police officer')).toBe(false);
    expect(sameSpeaker('Police officers', 'Officers')).toBe(false);
    expect(sameSpeaker('A spokesperson', 'Police officers')).toBe(false);
    expect(sameSpeaker('Li', 'Lee Ito')).toBe(false);
    expect(sameSpeaker('', 'BK')).toBe(false);
  });
});
