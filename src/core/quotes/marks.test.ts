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

  it('reads the apostrophe of a plural possessive inside a single-quoted span as no close', () => {
    expect(texts(['‘We never sold our users’ personal data,’ Cole said.'])).toEqual([
      'We never sold our users’ personal data,',
    ]);
    expect(texts(["Cole said: 'We never sold the Joneses' data to anyone.'"])).toEqual([
      "We never sold the Joneses' data to anyone.",
    ]);
    // Nothing closes a sentence further on: the mark after "Friends" closes a title.
    expect(texts(['The ‘Friends’ star’s users’ rights page is new.'])).toEqual(['Friends']);
    // A new quotation opens before the next close: "works" ends the first one.
    expect(texts(['‘It works’ he said, ‘but not well.’'])).toEqual(['It works', 'but not well.']);
  });

  it('closes a straight quote set apart by a space from the inner quotation’s close', () => {
    expect(texts([`"My first reaction was, 'Oh no, they're in trouble,' " said Hege.`])).toEqual([
      "My first reaction was, 'Oh no, they're in trouble,'",
    ]);
  });

  it('closes a straight or single quote that a Korean quoting particle follows', () => {
    expect(texts(['그는 "내가 잘못이냐"고 말했다. 또 "여행 간 게 잘못인가요"라거나'])).toEqual([
      '내가 잘못이냐',
      '여행 간 게 잘못인가요',
    ]);
    expect(texts(["그는 '내가 잘못이냐'고 말했다."])).toEqual(['내가 잘못이냐']);
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
