import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on sentence ends', () => {
    expect(splitSentences('Skype denied it. Calls are encrypted! Are they? Yes.')).toEqual([
      'Skype denied it.',
      'Calls are encrypted!',
      'Are they?',
      'Yes.',
    ]);
  });

  it('keeps titles and middle initials inside the sentence, without an abbreviation list', () => {
    expect(
      splitSentences(
        "The note misrepresents Mr. Verrini's remarks. Sonya A. Zoghlin said so. Dr. Smith agreed.",
      ),
    ).toEqual([
      "The note misrepresents Mr. Verrini's remarks.",
      'Sonya A. Zoghlin said so.',
      'Dr. Smith agreed.',
    ]);
  });

  it('keeps a dotted initialism before a name or title inside the sentence', () => {
    expect(
      splitSentences(
        'A man pleaded guilty to threatening to kill U.S. Rep. Ilhan Omar, the U.S. Attorney said. He moved to the U.S. The firm followed.',
        'en',
      ),
    ).toEqual([
      'A man pleaded guilty to threatening to kill U.S. Rep. Ilhan Omar, the U.S. Attorney said.',
      'He moved to the U.S.',
      'The firm followed.',
    ]);
  });

  it('keeps dotted abbreviations the segmenter already handles', () => {
    expect(
      splitSentences(
        'Valdorra S.p.A. rejected the note. It was rescued by U.S. taxpayers in 2009.',
      ),
    ).toEqual(['Valdorra S.p.A. rejected the note.', 'It was rescued by U.S. taxpayers in 2009.']);
  });
});
