import { describe, expect, it } from 'vitest';
import { findMarkSpans } from './marks';

const texts = (paragraphs: string[]): string[] => findMarkSpans(paragraphs).map((s) => s.text);

describe('findMarkSpans', () => {
  it('reads straight, curly and low-high double quotes', () => {
    expect(texts(['He said "we deny it" today.'])).toEqual(['we deny it']);
    expect(texts(['He said “we deny it” today.'])).toEqual(['we deny it']);
    expect(texts(['Er sagte: „Wir bestreiten das“, und ging.'])).toEqual(['Wir bestreiten das']);
    expect(texts(['Il a dit : « nous le nions » hier.'])).toEqual(['nous le nions']);
    expect(texts(['« Nous le nions », a déclaré la directrice.'])).toEqual(['Nous le nions']);
  });

  it('reads UK single quotes without tripping on apostrophes', () => {
    expect(texts(['‘We don’t know what they’re on about,’ she said.'])).toEqual([
      'We don’t know what they’re on about,',
    ]);
    expect(texts(["'It's over,' he said of the deal's 'final' form."])).toEqual([
      "It's over,",
      'final',
    ]);
    expect(texts(['Rock ’n’ roll in the ’90s was fine.'])).toEqual([]);
  });

  it('closes a straight quote that a reference marker follows', () => {
    expect(
      texts(['She posted: "We did not move fast enough."[28] His resignation drew a "backlash".']),
    ).toEqual(['We did not move fast enough.', 'backlash']);
  });

  it('pairs a curly opening mark with a straight closing one', () => {
    expect(texts(['“We have never done that," the firm said.'])).toEqual([
      'We have never done that,',
    ]);
  });

  it('keeps inner quotes that reuse the outer marks', () => {
    expect(texts(['"He called it "nonsense" and left," she said.'])).toEqual([
      'He called it "nonsense" and left,',
    ]);
    expect(texts(['“He called it “nonsense” and left,” she said.'])).toEqual([
      'He called it “nonsense” and left,',
    ]);
    expect(texts(['‘He called it “nonsense”,’ she said.'])).toEqual(['He called it “nonsense”,']);
  });

  it('does not open a quotation at an inch mark', () => {
    expect(texts(['The 27" monitor costs $300 and the 32" one more.'])).toEqual([]);
  });

  it('continues a quotation left open into a paragraph that opens with a mark', () => {
    const spans = findMarkSpans([
      '"We reject these claims outright. Our partners know how we work.',
      '"Nothing in the report is true," the spokesperson said.',
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ first: 0, last: 1 });
    expect(spans[0]!.text).toBe(
      'We reject these claims outright. Our partners know how we work. Nothing in the report is true,',
    );
  });

  it('ends an unclosed quotation with its paragraph, or drops a stray mark', () => {
    expect(texts(['He said "the deal is off and we will not talk again', 'Next.'])).toEqual([
      'the deal is off and we will not talk again',
    ]);
    expect(texts(['A stray " mark here.', 'Next.'])).toEqual([]);
  });

  it('finds both halves of a split quotation', () => {
    expect(texts(['"We hold the bar high," the company said. "We removed the cookies."'])).toEqual([
      'We hold the bar high,',
      'We removed the cookies.',
    ]);
  });
});
