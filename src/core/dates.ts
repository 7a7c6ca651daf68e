/**
 * Publication dates as calendar days (YYYY-MM-DD, ISO 8601). Pure, and independent of the time
 * zone the code runs in: `Date.parse("July 27, 2012")` reads local time, so converting it back with
 * toISOString() gives the 26th east of Greenwich. Every form is therefore parsed by hand, and an
 * ISO timestamp keeps the day it was written in ("2012-07-27T23:30-07:00" is the 27th, where the
 * story was published).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // The languages of the UI (de, fr) and the other big news languages write some months apart.
  jän: 1,
  janv: 1,
  févr: 2,
  fév: 2,
  mär: 3,
  mrz: 3,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  août: 8,
  okt: 10,
  déc: 12,
  dez: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  set: 9,
  out: 10,
};

const MONTH_NAME =
  '(jan(?:uary|uar|v(?:ier)?)?|jän(?:ner)?|feb(?:ruary|ruar)?|fév(?:rier)?|févr|mar(?:ch|s)?|mär(?:z)?|mrz|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|août|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?)';

/** Month names and their abbreviations, for spotting dates in bylines. */
export const MONTH_PATTERN = new RegExp(`\\b${MONTH_NAME}\\b\\.?`, 'i');

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (MONTHS[key]) return MONTHS[key];
  for (const len of [4, 3]) {
    const n = MONTHS[key.slice(0, len)];
    if (n) return n;
  }
  return undefined;
}

function day(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH_NAME}\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`,
  'i',
);
const MONTH_FIRST = new RegExp(
  `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);

/**
 * Normalises a date string to YYYY-MM-DD, or null when it is not a date. Accepts ISO 8601 (with
 * or without time), compact 20120727, 2012/07/27, 27.07.2012, "27 July 2012", "July 27, 2012",
 * RFC 2822 ("Fri, 27 Jul 2012 10:31:00 GMT") and Unix timestamps. Slashed dates whose day and
 * month cannot be told apart (07/08/2012) are refused rather than guessed.
 */
export function isoDay(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  const text = value.trim();
  if (!text) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T\d|$)/.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(Number(text));
  m = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!);
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (a > 12) return day(y, b, a);
    if (b > 12) return day(y, a, b);
    return null;
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? day(+m[3]!, month, +m[1]!) : null;
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? day(+m[3]!, month, +m[2]!) : null;
  }
  return null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n > 1e11 ? n : n * 1000;
  return isoDay(new Date(ms).toISOString());
}

/** The `/2012/07/27/` (or `/20120727/`) date path many news sites put in their URLs. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$|[-_.])/.exec(path);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  // A whole path segment of eight digits: /article/20131009/... A longer number is an id.
  m = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/**
 * True when the text is a date (and perhaps a time), with nothing name-like left over:
 * "27th July 2012", "Fri 27 Jul 2012 // 10:31 UTC", "April 28, 2019 at 6:01 am".
 */
export function looksLikeDate(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const hasDate =
    isoDay(text) !== null ||
    MONTH_PATTERN.test(text) ||
    /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(text);
  if (!hasDate) return false;
  const rest = text
    .replace(new RegExp(MONTH_PATTERN.source, 'gi'), ' ')
    .replace(
      /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(am|pm|utc|gmt|[a-z]{1,2}t|at|on|um|le|updated|published|posted|last|modified|am|uhr|h)\b/gi,
      ' ',
    )
    .replace(/[\d\s,./:|+-]+|\/\//g, ' ')
    .replace(/\b(st|nd|rd|th|er)\b/gi, ' ')
    .trim();
  return rest.split(/\s+/).filter((w) => w.length > 1).length === 0;
}
