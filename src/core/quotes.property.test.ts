/**
 * Properties of quotation extraction (fast-check), on paragraphs full of quotation marks of
 * every kind, split and unclosed quotes, quotes across paragraphs, and junk. Whatever the input:
 * extractQuotes never throws; every quotation is the page's own words, taken from the article's
 * paragraphs (not the title or standfirst), in at most three pieces (a quote split by "he said",
 * or running over paragraphs); every speaker is named; the key quote is one of the quotes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs, timeoutFor } from '../../test/helpers/property';
import { extractQuotes } from './quotes';
import type { Quote } from './types';

const WORDS = (
  'the system was never designed to record calls and we have seen no evidence of any breach ' +
  'our engineers reviewed every line of code before release customers can rely on it ' +
  'this claim is false and misleading we will cooperate fully with regulators next week'
).split(' ');
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const speaker = fc.constantFrom(
  'Maria Chen',
  'John Smith',
  'a spokesperson',
  'the company',
  'Acme Silicon’s chief executive, Priya Nair,',
  'he',
  'she',
  'they',
  'Dr. José García',
);
const verb = fc.constantFrom(
  'said',
  'says',
  'told reporters',
  'added',
  'denied',
  'wrote',
  'insisted',
);
const MARKS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
  ["'", "'"],
];
const marks = fc.constantFrom(...MARKS);
const quote = fc
  .tuple(marks, words(2, 20), fc.constantFrom('', '.', ',', '!', '?'))
  .map(([[o, c], w, p]) => `${o}${w}${p}${c}`);
/** Paragraphs as news stories write them, and some they should not. */
const paragraph = fc.oneof(
  fc.tuple(quote, speaker, verb).map(([q, s, v]) => `${q} ${s} ${v}.`),
  fc.tuple(speaker, verb, quote).map(([s, v, q]) => `${s} ${v}: ${q}`),
  fc
    .tuple(marks, words(3, 10), speaker, verb, words(3, 10))
    .map(([[o, c], a, s, v, b]) => `${o}${a},${c} ${s} ${v}. ${o}${b}.${c}`),
  fc.tuple(marks, words(3, 12)).map(([[o], w]) => `${o}${w}`), // Unclosed: continues below.
  fc.tuple(words(5, 25), quote, words(0, 8)).map(([a, q, b]) => `${a} ${q} ${b}`.trim()),
  words(5, 30).map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}.`),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', '“', '”', '""', '« »', '“”', '‘tis', 'rock ’n’ roll', '“ ” “ ”'),
);
const input = fc.record({
  title: fc.oneof(words(3, 10), quote, fc.constant('')),
  standfirst: fc.option(fc.oneof(words(5, 20), quote)),
  blocks: fc.array(paragraph, { maxLength: 8 }),
});

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * How many contiguous runs of the paragraphs' words it takes to spell `text` (greedy, longest
 * run first), or Infinity when some word is not in them at all.
 */
function pieces(text: string, corpus: readonly string[]): number {
  const q = tokens(text);
  let i = 0;
  let n = 0;
  while (i < q.length) {
    let best = 0;
    for (let j = 0; j < corpus.length; j++) {
      let k = 0;
      while (i + k < q.length && j + k < corpus.length && corpus[j + k] === q[i + k]) k++;
      if (k > best) best = k;
    }
    if (best === 0) return Infinity;
    i += best;
    n++;
  }
  return n;
}

function problems(q: Quote, corpus: readonly string[]): string[] {
  const wrong: string[] = [];
  if (!q.text.trim() || tokens(q.text).length === 0) wrong.push('empty text');
  else if (pieces(q.text, corpus) > 3) wrong.push(`not the paragraphs' words: ${q.text}`);
  if (typeof q.speaker !== 'string' || !q.speaker.trim()) wrong.push('no speaker');
  if (q.role !== null && (typeof q.role !== 'string' || !q.role.trim())) wrong.push('blank role');
  if (!['denial', 'claim', 'other'].includes(q.stance)) wrong.push(`stance ${q.stance}`);
  return wrong;
}

describe('extractQuotes (properties)', () => {
  it(
    'never throws; quotes are the paragraphs’ own words, with a speaker',
    () => {
      fc.assert(
        fc.property(input, (inp) => {
          const { quotes, keyQuote } = extractQuotes(inp);
          const corpus = tokens(inp.blocks.join('\n'));
          expect(quotes.flatMap((q) => problems(q, corpus))).toEqual([]);
          if (keyQuote !== null) {
            expect(problems(keyQuote, corpus)).toEqual([]);
            expect(quotes).toContainEqual(keyQuote);
          }
        }),
        runs(),
      );
    },
    timeoutFor(1, 2),
  );

  it('finds nothing in an article without paragraphs', () => {
    fc.assert(
      fc.property(input, (inp) => {
        expect(extractQuotes({ ...inp, blocks: [] })).toEqual({ quotes: [], keyQuote: null });
      }),
      runs(1 / 10),
    );
  });
});
