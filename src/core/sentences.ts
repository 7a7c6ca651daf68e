/**
 * Sentence splitting on the platform's Unicode segmenter (Intl.Segmenter, UAX #29), so every
 * language the browser knows splits sensibly and nothing ships in the bundle.
 *
 * UAX #29 breaks after any "." followed by a capital, so it splits "Mr. Verrini" and
 * "Sonya A. Zoghlin". ICU can suppress those with its own abbreviation data (`-u-ss-standard`), but
 * V8 and SpiderMonkey do not expose that option. Instead of a hand-written abbreviation list we
 * repair two shapes that are abbreviations by their form alone, whatever the word:
 *  - a middle initial: a capitalised word, then one capital letter and "." ("Sonya A. Zoghlin");
 *  - a short title-case word of at most three letters before a capitalised word ("Mr. Verrini",
 *    "Dr. Smith", "Gov. Noem", "Inc. said"). A real sentence rarely ends in such a word; the cost
 *    is merging after three-letter surnames ("... said Lee. He"), measured in bench/quotes.ts;
 *  - a lower-case word of two to four consonants and no vowel, which no language writes as a
 *    word but German writes as an abbreviation ("bzw.", "vgl.", "ggf."), and a dotted lower-case
 *    initialism ("e.g.", "i.e.", "z.B.", "u.a."), before a capitalised word;
 *  - a dotted initialism before a capitalised word that does not start sentences: "U.S. Rep.
 *    Ilhan Omar", "the U.S. Attorney's Office" stay whole, "... in the U.S. The firm ..." splits.
 */
import { FUNCTION_WORDS, PRONOUNS } from './quotes/lexicon';

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(lang: string | undefined): Intl.Segmenter | null {
  const key = lang ?? '';
  if (!segmenters.has(key)) {
    let seg: Intl.Segmenter | null = null;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      try {
        seg = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
      } catch {
        seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
      }
    }
    segmenters.set(key, seg);
  }
  return segmenters.get(key) ?? null;
}

/** The segment ends in an abbreviation by its shape (see the module comment). */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:\p{Lu}\p{Ll}*\s+\p{Lu}|\p{Lu}\p{Ll}{0,2}|\p{Ll}\.(?:\p{L}\.)*\p{L})\.\s*$/u;
/** ... or in a vowelless lower-case word that is not a unit after a number ("5 pm.", "10 km."). */
const VOWELLESS_END = /(?:^|[^\d\s]\s|\()[b-df-hj-np-tv-xz]{2,4}\.\s*$/u;
/** ... and the next segment starts with a capitalised word (a name), not a quote or a digit. */
const NAME_START = /^\p{Lu}\p{L}/u;
/** ... or a number (a date's day, a figure's number) after a short title-case abbreviation. */
const NUMBER_START = /^\d/u;
const SHORT_TITLE_END = /(?:^|[\s(])\p{Lu}\p{Ll}{0,2}\.\s*$/u;
/** The segment ends in a dotted initialism ("U.S.", "U.K.", "D.C."). */
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;

/** The next segment goes on the sentence: its first word is a name or a title, not "The"/"He". */
function continuesAfterInitialism(piece: string): boolean {
  const first = /^(\p{Lu}[\p{L}'’-]*)/u.exec(piece)?.[1]?.toLowerCase();
  return !!first && !FUNCTION_WORDS.has(first) && !(first in PRONOUNS);
}

/** Splits `text` into sentences, each trimmed; joins them back with single spaces losslessly. */
export function splitSentences(text: string, lang?: string): string[] {
  const seg = segmenter(lang);
  const raw = seg
    ? Array.from(seg.segment(text), (s) => s.segment)
    : // No Segmenter (very old engines): split after terminal punctuation and a space.
      text.split(/(?<=[.!?…])\s+(?=\S)/u);
  const out: string[] = [];
  for (const piece of raw) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      ((NAME_START.test(piece) &&
        (ABBREVIATION_END.test(prev) ||
          VOWELLESS_END.test(prev) ||
          (INITIALISM_END.test(prev) && continuesAfterInitialism(piece)))) ||
        // "Today (Nov. 18), NASA announced": a number after a short abbreviation is its
        // number ("No. 3", "Vol. 2"), which style guides never start a sentence with.
        (NUMBER_START.test(piece) && SHORT_TITLE_END.test(prev)))
    ) {
      out[out.length - 1] = prev + piece;
    } else {
      out.push(piece);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
