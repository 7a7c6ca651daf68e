import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index';
import { hideMarks, markedNames, restoreMarks } from './marked-names';

describe('marked names', () => {
  it('finds a name the text shows ends in its mark: a subject, a speaker, an employer', () => {
    expect(markedNames(['Which? said the findings were damning.'])).toEqual(new Set(['Which?']));
    expect(markedNames(['"Banks must act," said Which?'])).toEqual(new Set(['Which?']));
    expect(markedNames(['"Act now," said Rocio Concha, director of policy at Which?'])).toEqual(
      new Set(['Which?']),
    );
    expect(markedNames(['Yahoo! scanned all incoming email.'])).toEqual(new Set(['Yahoo!']));
    for (const text of [
      'Which? found that nine in ten victims were never refunded.',
      'Which? magazine tested 40 routers.',
      'Which? director Rocio Concha said banks must act.',
    ])
      expect(markedNames([text]), text).toEqual(new Set(['Which?']));
  });

  it('leaves questions, cries and a name the text also writes without the mark', () => {
    expect(markedNames(['Who pays? The banks, mostly.'])).toEqual(new Set());
    expect(markedNames(['What! surely you will not have him collared.'])).toEqual(new Set());
    expect(markedNames(['He stood among the ruins of Carthage! For the first time ...'])).toEqual(
      new Set(),
    );
    expect(
      markedNames(['Can users still trust Google? says nobody.', 'Google said it would act.']),
    ).toEqual(new Set());
  });

  it('swaps the mark for a letter of the same length, and back', () => {
    const names = new Set(['Which?']);
    const hidden = hideMarks('Which? said: "Which? found it."', names);
    expect(hidden).toHaveLength('Which? said: "Which? found it."'.length);
    expect(hidden).not.toContain('?');
    expect(restoreMarks(hidden)).toBe('Which? said: "Which? found it."');
  });
});

describe('quotations with a marked name', () => {
  const lead =
    'Most banks are still refusing to refund victims of push payment fraud, a consumer group has found.';
  const speakers = (paragraph: string) =>
    extractQuotes({
      title: 'Banks fail to refund scam victims',
      standfirst: null,
      blocks: [lead, paragraph],
    }).quotes.map((q) => [q.speaker, q.role, q.text]);

  it('reads "said Which?", "Which? said" and "at Which?" as the group', () => {
    const words = 'Banks are leaving victims out of pocket when they have done nothing wrong';
    expect(speakers(`"${words}," said Which?`)).toEqual([['Which?', null, words]]);
    expect(speakers(`"${words}," Which? said.`)).toEqual([['Which?', null, words]]);
    expect(
      speakers(
        'Which? said the findings were "a damning indictment of an industry that has had years to act".',
      ),
    ).toEqual([['Which?', null, 'a damning indictment of an industry that has had years to act']]);
    expect(speakers(`"${words}," said Rocio Concha, director of policy at Which?`)).toEqual([
      ['Rocio Concha', 'director of policy at Which?', words],
    ]);
  });

  it('gives back a quotation that names the group with its mark', () => {
    expect(
      speakers('Which? said: "Which? found that nine in ten victims were never refunded."'),
    ).toEqual([['Which?', null, 'Which? found that nine in ten victims were never refunded.']]);
  });

  it('makes no question a speaker', () => {
    expect(
      speakers(
        'Who pays when a scam works? "Banks are leaving victims out of pocket," said Rocio Concha.',
      ),
    ).toEqual([['Rocio Concha', null, 'Banks are leaving victims out of pocket']]);
  });
});
