import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps a number after a short abbreviation in its sentence ("Today (Nov. 18), NASA ...")', () => {
    expect(
      splitSentences(
        'Today (Nov. 18), NASA announced the selection. He won the No. 3 seed. It was big.',
      ),
    ).toEqual([
      'Today (Nov. 18), NASA announced the selection.',
      'He won the No. 3 seed.',
      'It was big.',
    ]);
  });

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

  it('keeps abbreviations shaped as no word is: vowelless, or dotted lower-case initials', () => {
    expect(
      splitSentences(
        'Nicht jedes Geschäftsmodell von Disruption bzw. Digital Darwinismus ist bedroht. Das gilt u.a. Firmen wie Siemens, vgl. Tabelle 3. Sie ist da.',
        'de',
      ),
    ).toEqual([
      'Nicht jedes Geschäftsmodell von Disruption bzw. Digital Darwinismus ist bedroht.',
      'Das gilt u.a. Firmen wie Siemens, vgl. Tabelle 3.',
      'Sie ist da.',
    ]);
    expect(
      splitSentences('Some tools, e.g. Readability, help. It ends at 5 pm. The next.', 'en'),
    ).toEqual(['Some tools, e.g. Readability, help.', 'It ends at 5 pm.', 'The next.']);
  });

  it('keeps dotted abbreviations the segmenter already handles', () => {
    expect(
      splitSentences(
        'Valdorra S.p.A. rejected the note. It was rescued by U.S. taxpayers in 2009.',
      ),
    ).toEqual(['Valdorra S.p.A. rejected the note.', 'It was rescued by U.S. taxpayers in 2009.']);
  });
});
