/**
 * Finds quotation spans by their marks, across the article's paragraphs.
 *
 * Marks are read by *flanking*, as CommonMark reads emphasis: a mark with a space (or an opening
 * bracket or dash) before it and a word after it opens; a mark with a word before it and a space or
 * punctuation after it closes. That one rule covers straight quotes (which look the same both
 * ways), mixed pairs (a curly open closed by a straight mark), inner quotes that reuse the outer
 * marks (`"He called it "nonsense" and left," she said`), inch marks (`a 27" screen` never opens)
 * and apostrophes (`don't`, `’em` never close or open a single-quoted span).
 */

export type QuoteStyle = 'double' | 'single';

export interface MarkSpan {
  style: QuoteStyle;
  /** Index of the paragraph holding the opening mark. */
  first: number;
  /** Index of the paragraph holding the closing mark (or the last paragraph reached). */
  last: number;
  /** Offset of the opening mark in paragraph `first`. */
  start: number;
  /** Offset just past the closing mark in paragraph `last` (its length when left unclosed). */
  end: number;
  /** The quoted words without their marks; paragraphs joined with a space. */
  text: string;
}

const DOUBLE_OPEN = new Set(['“', '„', '‟', '«', '「', '『']);
const DOUBLE_CLOSE = new Set(['”', '»', '」', '』']);
const DOUBLE_ANY = new Set(['"', '＂']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
const SINGLE_ANY = new Set(["'"]);

/**
 * Every mark of each kind, to jump from one to the next: a paragraph is mostly letters, and
 * testing each character against the sets was a fifth of the quote phase.
 */
const DOUBLE_MARKS = /["＂“„‟«「『”»」』]/gu;
const SINGLE_MARKS = /['‘‚‹’›]/gu;

export function isDoubleMark(c: string | undefined): boolean {
  return c !== undefined && (DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || DOUBLE_ANY.has(c));
}
function isSingleMark(c: string | undefined): boolean {
  return c !== undefined && (SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c) || SINGLE_ANY.has(c));
}
export function isQuoteMark(c: string | undefined): boolean {
  return isDoubleMark(c) || isSingleMark(c);
}

const SPACE = /\s/u;
/** A Hangul syllable: in Korean the quoting particle (고, 라고, 며) follows a closing mark. */
const HANGUL = /\p{sc=Hangul}/u;
/** Korean writes the quoting particle right after the close: 잘못이냐"고 말했다. */
const beforeKoreanParticle = (prev: string | undefined, next: string | undefined): boolean =>
  prev !== undefined && !SPACE.test(prev) && HANGUL.test(next ?? '');
/** What may stand before an opening mark besides a space. */
const BEFORE_OPEN = /[([{\u2014\u2013\-/:]/u;
/** What may follow a closing mark besides a space: punctuation, or a reference ("…equality."[28]). */
const AFTER_CLOSE = /[)\]}[.,;:!?\u2014\u2013\-\u2026]/u;

function leftFlanking(prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined || SPACE.test(next)) return false;
  return prev === undefined || SPACE.test(prev) || BEFORE_OPEN.test(prev) || isQuoteMark(prev);
}
function rightFlanking(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || SPACE.test(prev)) return false;
  return next === undefined || SPACE.test(next) || AFTER_CLOSE.test(next) || isQuoteMark(next);
}

type Role = 'open' | 'close' | 'nest' | null;

/** What a double mark does at nesting depth `depth` (0 = outside any quotation). */
function doubleRole(
  c: string,
  prev: string | undefined,
  next: string | undefined,
  depth: number,
  prev2?: string,
): Role {
  const left = leftFlanking(prev, next);
  const right = rightFlanking(prev, next);
  const opener = DOUBLE_OPEN.has(c);
  const closer = DOUBLE_CLOSE.has(c);
  if (depth === 0) {
    if (left) return 'open';
    // A curly opener glued to a word ("said“Yes") still opens.
    if (opener && !right) return 'open';
    return null;
  }
  // French sets its guillemets off with spaces: "« Il n'a jamais été question », a déclaré".
  if (closer) return right || !left || (c === '»' && SPACE.test(prev ?? '')) ? 'close' : null;
  if (opener) {
    if (left && !right) return 'nest';
    return right ? 'close' : 'nest';
  }
  // Straight marks: direction from flanking alone.
  if (right) return 'close';
  if (left) return 'nest';
  // "... helpful attention,' " said Hege": set apart by a space from the inner quotation's
  // close, as typesetters space ’ ” apart, the mark still closes.
  if (SPACE.test(prev ?? '') && (prev2 === "'" || prev2 === '’')) return 'close';
  if (beforeKoreanParticle(prev, next)) return 'close';
  return null;
}

interface RawSpan {
  start: number;
  end: number;
  closed: boolean;
}

/**
 * Double-quoted spans of one paragraph. When `carry` is set, the paragraph continues a quotation
 * left open by the previous one, so its opening mark (if any) continues rather than opens.
 */
function scanDouble(text: string, carry: boolean): RawSpan[] {
  const spans: RawSpan[] = [];
  let depth = 0;
  let start = -1;
  let lastNest = -1;
  let i = 0;
  if (carry) {
    const lead = /^\s*/u.exec(text)![0].length;
    depth = 1;
    start = lead;
    i = isDoubleMark(text[lead]) ? lead + 1 : lead;
  }
  for (DOUBLE_MARKS.lastIndex = i; ;) {
    const m = DOUBLE_MARKS.exec(text);
    if (!m) break;
    i = m.index;
    const c = m[0];
    const role = doubleRole(c, text[i - 1], text[i + 1], depth, text[i - 2]);
    if (role === 'open') {
      depth = 1;
      start = i;
    } else if (role === 'nest') {
      depth++;
      lastNest = i;
    } else if (role === 'close') {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1, closed: true });
    }
  }
  if (depth > 1 && lastNest > start) {
    // An inner "opening" that never closed was the outer close read the wrong way round.
    spans.push({ start, end: lastNest + 1, closed: true });
  } else if (depth >= 1) {
    spans.push({ start, end: text.length, closed: false });
  }
  return spans;
}

/** Single-quoted spans outside `skip` ranges (the double-quoted spans). No nesting, no carry. */
function scanSingle(text: string, skip: readonly RawSpan[]): RawSpan[] {
  const spans: RawSpan[] = [];
  let start = -1;
  const inSkip = (i: number): boolean => skip.some((s) => i > s.start && i < s.end - 1);
  for (SINGLE_MARKS.lastIndex = 0; ;) {
    const m = SINGLE_MARKS.exec(text);
    if (!m) break;
    const i = m.index;
    const c = m[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (start < 0) {
      if (inSkip(i)) continue;
      // ’ is far more often an apostrophe (’em, ’90s) than an opener, so it never opens.
      if ((SINGLE_OPEN.has(c) || SINGLE_ANY.has(c)) && leftFlanking(prev, next)) start = i;
    } else if (
      (SINGLE_CLOSE.has(c) || SINGLE_ANY.has(c)) &&
      ((rightFlanking(prev, next) && !/[\p{L}\p{N}]/u.test(next ?? '')) ||
        beforeKoreanParticle(prev, next)) &&
      !pluralPossessive(text, i)
    ) {
      spans.push({ start, end: i + 1, closed: true });
      start = -1;
    }
  }
  return spans;
}

/**
 * The mark at `i` is the apostrophe of a plural possessive inside a single-quoted span (‘We never
 * sold our users’ personal data,’ she said): an "s" before it, a word in lower case after it, and
 * further on, before anything opens again, a mark that closes a sentence (‘...data,’). Read as the
 * close, it had cut the quotation at "users" and left its attribution unread.
 */
function pluralPossessive(text: string, i: number): boolean {
  if (!/s/iu.test(text[i - 1] ?? '') || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  // A fresh pattern: matchAll would start where the caller's shared one stands.
  for (const m of text.slice(i + 1).matchAll(/['‘‚‹’›]/gu)) {
    const j = i + 1 + m.index;
    const c = m[0];
    const prev = text[j - 1];
    const next = text[j + 1];
    if ((SINGLE_OPEN.has(c) || SINGLE_ANY.has(c)) && leftFlanking(prev, next)) return false;
    const closes = (SINGLE_CLOSE.has(c) || SINGLE_ANY.has(c)) && rightFlanking(prev, next);
    if (closes && /[,.!?\u2026]/u.test(prev ?? '')) return true;
  }
  return false;
}

function inner(text: string, start: number, end: number, closed: boolean): string {
  const from = start + (isQuoteMark(text[start]) ? 1 : 0);
  const to = closed && isQuoteMark(text[end - 1]) ? end - 1 : end;
  return text.slice(from, to).trim();
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** An unclosed span shorter than this is a stray mark, not a quotation missing its close. */
const MIN_UNCLOSED_WORDS = 4;

/**
 * Every quotation span in `paragraphs`, in reading order. A quotation left open at the end of a
 * paragraph continues into the next one when that one opens with a mark (the print convention for
 * multi-paragraph quotes); otherwise it ends with its paragraph.
 */
export function findMarkSpans(paragraphs: readonly string[]): MarkSpan[] {
  const out: MarkSpan[] = [];
  let open = null as MarkSpan | null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const carry = open !== null && isDoubleMark(text.trimStart()[0]);
    if (open && !carry) {
      if (wordCount(open.text) >= MIN_UNCLOSED_WORDS) out.push(open);
      open = null;
    }
    const doubles = scanDouble(text, carry);
    const paragraphSpans: MarkSpan[] = [];
    for (const [k, s] of doubles.entries()) {
      const continued = carry && k === 0 ? open : null;
      const part = inner(text, s.start, s.end, s.closed);
      const span: MarkSpan = continued
        ? { ...continued, last: p, end: s.end, text: `${continued.text} ${part}`.trim() }
        : { style: 'double', first: p, last: p, start: s.start, end: s.end, text: part };
      if (continued) open = null;
      if (!s.closed) open = span;
      else paragraphSpans.push(span);
    }
    // Single marks: top-level quotations in UK style, or headline-style quotes.
    for (const s of scanSingle(text, doubles)) {
      const span: MarkSpan = {
        style: 'single',
        first: p,
        last: p,
        start: s.start,
        end: s.end,
        text: inner(text, s.start, s.end, true),
      };
      // Doubles inside a single-quoted span are its inner quotes (‘He called it “nonsense”’).
      for (let k = paragraphSpans.length - 1; k >= 0; k--) {
        const d = paragraphSpans[k]!;
        if (d.first === p && d.start > s.start && d.end < s.end) paragraphSpans.splice(k, 1);
      }
      paragraphSpans.push(span);
    }
    paragraphSpans.sort((a, b) => a.start - b.start);
    out.push(...paragraphSpans);
  }
  if (open && wordCount(open.text) >= MIN_UNCLOSED_WORDS) out.push(open);
  return out.sort((a, b) => a.first - b.first || a.start - b.start);
}
