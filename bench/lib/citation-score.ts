/**
 * How a citation field is compared with its label. Kept apart from bench/citation.ts so the
 * rules are tested (citation-score.test.ts) and the same for us and for Readability.
 */

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

/** Unicode NFKC, straight quotes, one space: differences no reader would see. */
export function normText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201C\u201D\u00AB\u00BB]/g, (c) => QUOTES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const SEPARATOR = /\s+[|｜–—·•»/:-]\s+|\s*[|｜_]\s*|\s+::\s+/;

export type TitleVerdict = 'equal' | 'label-keeps-site' | 'wrong';

/**
 * A title is right when it equals the label, or when the label is the title plus a site part
 * after (or before) a separator: the issue asks for the site's name to be removed, and
 * Readability's labels often keep it ("Mozilla - Wikipedia").
 */
export function judgeTitle(ours: string | null, label: string | null | undefined): TitleVerdict {
  const a = normText(ours);
  const b = normText(label);
  if (a === b) return 'equal';
  if (!a || !b) return 'wrong';
  if (b.startsWith(a) && SEPARATOR.test(b.slice(a.length).match(/^\s*\S+\s*/)?.[0] ?? ''))
    return 'label-keeps-site';
  if (b.endsWith(a)) {
    const head = b.slice(0, b.length - a.length);
    if (/(\s+[|｜–—·•»/:-]|[|｜_])\s*$/.test(head)) return 'label-keeps-site';
  }
  return 'wrong';
}

/** Words that introduce or join names in a byline, not names. */
const BYLINE_WORDS = new Set([
  'by',
  'par',
  'von',
  'por',
  'and',
  'und',
  'et',
  'avec',
  'with',
  'written',
  'edited',
]);

/** The set of name words: lower case, letters only, byline words dropped. */
export function nameTokens(text: string | null | undefined): string[] {
  const words = normText(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !BYLINE_WORDS.has(w));
  return [...new Set(words)].sort();
}

export function sameAuthors(ours: string[], label: string | null | undefined): boolean {
  return nameTokens(ours.join(' ')).join(' ') === nameTokens(label).join(' ');
}

/** Site names: case, a leading "The", punctuation and a trailing TLD do not matter. */
export function normSite(text: string | null | undefined): string {
  return normText(text)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\.(com|co\.uk|fr|de|org|net|cz)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
