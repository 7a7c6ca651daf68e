/**
 * How bench/quotes.ts decides that a predicted key quote and speaker match the labels.
 *
 * Quote: the labels hold a distinctive substring of the key quotation (or of an acceptable one),
 * so a prediction matches when that substring lies within the predicted quotation. A prediction
 * that is itself a part of the labelled passage (we split a quotation the labeller kept whole)
 * matches when it holds at least 60% of the passage's words. Text is compared after case, quote
 * marks, dashes and punctuation are folded, so “curly” and "straight" copies agree.
 *
 * Speaker: labels name speakers "as the text attributes it", which is not always how we print
 * them: "BK" for "Brandt-Keller", "WeWork spokesperson" for "WeWork", "Zoghlin" for "Sonya A.
 * Zoghlin", "NJPM editorial" for the "Northern Journal of Paediatric Medicine". Two names match
 * when, after folding and dropping words that only say what kind of voice it is (spokesperson,
 * statement, editorial, ...), either
 *  - they are equal, or
 *  - one is the initials of the other (BK / Brandt-Keller, R&M / Rathore & Mehta), or
 *  - every word of the shorter is in the longer and the shorter has a distinctive word (a name,
 *    not "police" or "officer"): "Zoghlin" matches "Sonya A. Zoghlin" but "Mark Esper" does not
 *    match "Mark Gillett", and "Officer" matches no one.
 */

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‛′ʼ`´]/gu, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim();
}

export function quoteMatches(predicted: string, wanted: string): boolean {
  const p = foldText(predicted);
  const w = foldText(wanted);
  if (!p || !w) return false;
  if (p.includes(w)) return true;
  const pw = p.split(' ').length;
  const ww = w.split(' ').length;
  return w.includes(p) && pw >= 0.6 * ww;
}

/** Words that say what kind of voice speaks, not who. */
const GENERIC = new Set(
  `the a an of for and spokesperson spokesman spokeswoman spokespeople representative statement
  editorial website description court filing official officials officer officers police doctor
  company firm team group on scene at in`.split(/\s+/),
);

function nameTokens(name: string): string[] {
  return foldText(name.replace(/\([^)]*\)/g, ' ').replace(/['’]s\b/g, ''))
    .split(' ')
    .filter(Boolean)
    .map((t) => (t.length > 3 && t.endsWith('s') ? t.slice(0, -1) : t));
}

function initials(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(Of|For|And|The)$/.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

export function sameSpeaker(predicted: string, labelled: string): boolean {
  const a = nameTokens(predicted);
  const b = nameTokens(labelled);
  if (!a.length || !b.length) return false;
  if (a.join(' ') === b.join(' ')) return true;
  // Initials are written in capitals: "BK", "NJPM" (not "Li" for "Lee Ito").
  const capitals = (name: string): boolean =>
    !/\p{Ll}/u.test(name.replace(/\([^)]*\)|\b\p{Ll}+\b/gu, ''));
  const acronym = (short: string[], long: string): boolean =>
    short.length === 1 &&
    short[0]!.length >= 2 &&
    initials(long).length >= 2 &&
    short[0]!.replace(/[^a-z0-9]/g, '') === initials(long);
  const shortOf = (x: string[]): string[] => x.filter((t) => !GENERIC.has(t));
  const sa = shortOf(a);
  const sb = shortOf(b);
  if (
    (capitals(predicted) && acronym(sa, labelled)) ||
    (capitals(labelled) && acronym(sb, predicted))
  )
    return true;
  // "R&M" folds to "r m": single letters are initials too.
  const spelled = (x: string[], long: string): boolean =>
    x.length >= 2 && x.every((t) => t.length === 1) && x.join('') === initials(long);
  if (spelled(sa, labelled) || spelled(sb, predicted)) return true;
  // Both only say what kind of voice speaks ("Officers", "Police officers"): the label names
  // nobody the prediction leaves out, so the prediction matches when the label holds its words.
  const articles = new Set(['the', 'a', 'an']);
  if (!sa.length && !sb.length)
    return a.filter((t) => !articles.has(t)).every((t) => b.includes(t));
  if (!sa.length || !sb.length) return false;
  const [shorter, longer] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return shorter.every((t) => longer.includes(t));
}
