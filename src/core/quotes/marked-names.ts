/**
 * Names that end in a question or exclamation mark: the consumer group "Which?", "Yahoo!". Every
 * reader of a reporting clause takes that mark for the end of a sentence, so "“...,” said Which?"
 * found no speaker and "Which? said the ..." lost its subject. Where the text shows such a word is
 * a name, its mark is swapped for a letter that looks like it (one character for one, so every
 * offset holds) while the quotations are read, and swapped back in what they return.
 */
import { isRoleWord } from './entities';
import { FUNCTION_WORDS, ORG_NOUNS, reportingLemma } from './lexicon';

/** The letters that stand in for the marks: ʔ (glottal stop) and ǃ (alveolar click). */
const STAND_IN: Readonly<Record<string, string>> = { '?': '\u0294', '!': '\u01c3' };
const STAND_INS = /[\u0294\u01c3]/u;

/** A capitalised word and the mark right after it, not inside a longer token ("Uh-oh!?"). */
const MARKED = /(?<![\p{L}\p{N}&'’.-])(\p{Lu}[\p{L}\p{N}&'’-]*)([?!])(?![\p{L}\p{N}?!])/gu;

/**
 * Verbs a subject's name may be followed by: "Which? said", "Which? has found", "Yahoo! scanned";
 * auxiliaries and common irregular pasts ("Which? found", "Yahoo! sold").
 */
const AUXILIARY =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|found|made|took|gave|began|sent|got|saw|knew|thought|spoke|led|ran|kept|held|brought|bought|sold|paid|won|lost|left|met|set|put|cut)$/u;

/**
 * Whether one occurrence shows the word is a name: it is the subject of a verb ("Which? said",
 * "Which? found that"), or the speaker after a verb of saying or "according to", or where they
 * work after their post and "at" or "of", where the sentence or clause ends ("..., said Which?",
 * "..., director of policy at Which?"). Cries in the
 * middle of a sentence ("What! surely you will not") are followed by no verb; a question about a
 * name the text also writes without the mark is left to `markedNames`.
 */
function shownAsName(word: string, before: string, after: string): boolean {
  const next = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/u.exec(after)?.[1];
  if (next && next !== word.toLowerCase()) {
    if (reportingLemma(next) || AUXILIARY.test(next)) return true;
    // "Which? magazine", "Which? director Rocio Concha": the name qualifies its kind or a post.
    if (ORG_NOUNS.has(next) || isRoleWord(next)) return true;
    if (next.length >= 4 && /(?:ed|s)$/u.test(next) && !/(?:ss|us|is)$/u.test(next)) return true;
  }
  const prev = /(?:^|\s)(\p{Ll}+(?:\s+to)?)\s+$/u.exec(before)?.[1] ?? '';
  // "..., director of policy at Which?": where the speaker works, after their post ("the ruins
  // of Carthage!" is none).
  const works =
    /^(?:at|of|for|from)$/u.test(prev) && before.split(/\s+/u).some((w) => isRoleWord(w));
  const speaks = reportingLemma(prev) !== null || prev === 'according to' || works;
  return speaks && /^(?:\s*$|\s*[,;:)]|\s+\p{Lu})/u.test(after);
}

/**
 * The marked names `texts` show (as written, "Which?"). A word the text also writes as a name
 * without the mark ("Google? Not yet", with "Google" elsewhere) is that name in a question.
 */
export function markedNames(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (texts.some((t) => STAND_INS.test(t))) return found;
  for (const text of texts) {
    if (!/\p{Lu}[\p{L}\p{N}]*[?!]/u.test(text)) continue;
    for (const m of text.matchAll(MARKED)) {
      const end = m.index + m[0].length;
      if (shownAsName(m[1]!, text.slice(Math.max(0, m.index - 40), m.index), text.slice(end)))
        found.add(m[0]);
    }
  }
  for (const name of [...found]) {
    const word = name.slice(0, -1);
    const bare = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}?!])`, 'gu');
    // Unmarked in mid-sentence: a name of its own. At a sentence's start too, unless it is a
    // word the text writes in lower case as well ("Which of the banks ...").
    const lower = word.toLowerCase();
    const common =
      FUNCTION_WORDS.has(lower) ||
      texts.some((t) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escape(lower)}(?![\\p{L}\\p{N}])`, 'u').test(t),
      );
    const unmarked = texts.some((t) =>
      [...t.matchAll(bare)].some(
        (m) =>
          !common ||
          !/(?:^|[.!?:]["”’]?\s+|["“‘]\s*)$/u.test(t.slice(Math.max(0, m.index - 4), m.index)),
      ),
    );
    if (unmarked) found.delete(name);
  }
  return found;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `text` with each marked name's mark swapped for its stand-in letter. */
export function hideMarks(text: string, names: ReadonlySet<string>): string {
  let out = text;
  for (const name of names) {
    const mark = name.slice(-1);
    const hidden = `${name.slice(0, -1)}${STAND_IN[mark]!}`;
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'),
      hidden,
    );
  }
  return out;
}

/** `text` with the stand-in letters back as the marks they stand for. */
export function restoreMarks(text: string): string {
  return text.replace(/\u0294/gu, '?').replace(/\u01c3/gu, '!');
}
