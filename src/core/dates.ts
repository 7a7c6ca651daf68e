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
  gen: 1,
  fev: 2,
  maa: 3,
  mag: 5,
  giu: 6,
  lug: 7,
  ott: 10,
};

// English, German, French, Spanish, Italian, Portuguese and Dutch. Only whole names where an
// abbreviation is also a name ("Mei", "Gen"): a byline's name is cut at a month.
const MONTH_NAME =
  '(jan(?:uary|uari?|eiro|v(?:ier)?)?|jän(?:ner)?|gennaio|feb(?:ruary|ruari?|rero|braio)?|fév(?:rier)?|févr|fevereiro|mar(?:ch|s|zo|ço)?|mär(?:z)?|mrz|maart|apr(?:il|ile)?|avr(?:il)?|may(?:o)?|mai(?:o)?|maggio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|août|sept?(?:ember|iembre|embre)?|settembre|set(?:embro)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|ottobre|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre|embre)?)';

/** The English months and weekdays, written out: an alternation for other patterns to hold. */
export const CALENDAR_WORDS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

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
  m = CJK_DATE.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/** 2017年3月10日 (Chinese, Japanese) and 2017년 3월 10일 (Korean). */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

/** Words after which a date is a revision's, not the publication's. */
const REVISED =
  /\b(?:updated|update|last (?:updated|modified|reviewed)|modified|revised|edited|aktualisiert|mis à jour|actualizado|actualitzat|aggiornato|bijgewerkt)\b/i;

/**
 * The publication day in a printed dateline ("Published 12 May 2020, updated 13 May 2020",
 * "By Jane Doe | March 3, 2014"): the first full date before any "Updated"/"Modified". A dateline
 * that shows only a revision date gives nothing: the citation's date is the publication date.
 * A name glued to a date ("Carrie ArnoldNovember 18, 2019") is pulled apart first.
 */
export function publishedDayInText(text: string): string | null {
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const revised = REVISED.exec(spaced);
  return isoDay(revised ? spaced.slice(0, revised.index) : spaced);
}

/** True when `value` is a timestamp written in UTC ("...T04:50:22Z", "+00:00", "+0000"). */
export function isUtcInstant(value: string): boolean {
  return /T\d.*(?:Z|[+-]00:?00)$/i.test(value.trim());
}

/**
 * True when the instant `value` falls on calendar day `day` in some real time zone (UTC-12 to
 * UTC+14): "2019-11-19T04:50Z" is 18 November in New York, never 17 November anywhere.
 */
export function instantCouldBeDay(value: string, day: string): boolean {
  const t = Date.parse(value.trim());
  const start = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t) || Number.isNaN(start)) return false;
  const HOUR = 3_600_000;
  // Local day D spans [D 00:00 - offset, D 24:00 - offset) in UTC, for offsets -12h..+14h.
  return t >= start - 14 * HOUR && t < start + 24 * HOUR + 12 * HOUR;
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
