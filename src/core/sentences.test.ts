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

  it('keeps dotted abbreviations the segmenter already handles', () => {
    expect(
      splitSentences(
        'Valdorra S.p.A. rejected the note. It was rescued by U.S. taxpayers in 2009.',
      ),
    ).toEqual(['Valdorra S.p.A. rejected the note.', 'It was rescued by U.S. taxpayers in 2009.']);
  });
});
