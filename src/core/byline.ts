/**
 * Author names from bylines. A byline is whatever a page prints near the headline: "By Dan Goodin",
 * "By GILLIAN MOHNEY March 11, 2015 3:46 PM", "24 June 2016 | Peter Lannigan-Shaw",
 * "Stella Kim and Jennifer Jett, NBC News", "Written by Rob Ewaschuk Edited by Betsy Beyer".
 * What comes out is a list of names only: no "By", no dates, no "Updated", no roles, no site.
 */
import { CALENDAR_WORDS, MONTH_PATTERN, looksLikeDate } from './dates';
import { collapseWhitespace } from './text';

/** Leading words that introduce a byline, in the languages news is commonly read in. */
const BY_PREFIX =
  /^(?:(?:written|words|story|text|reporting|reported|posted|published|compiled|interview|analysis)\s+by|by|von|par|por|di|door|av|af|przez|от|autor(?:in)?|author|authors|texte|text|текст|автор)(?![\p{L}\p{N}])[:\s]*/iu;

/** Where a byline's name part ends: a credit for someone else, or metadata that follows names. */
const TAIL =
  /\s*(?:\b(?:edited|updated|update|published|posted|photos?|photographs?|illustrations?|video|graphics|additional reporting|reviewed|fact[- ]checked|last (?:updated|modified)|modified|aktualisiert|mis à jour|publié)\b(?:\s+by\b|\s+on\b|:)?|\(opens in new window\)|\bfollow\b|\bshare\b|\bemail\b|\btwitter\b|@\w).*$/i;

/** Words that are job titles or desks, never part of a person's name. */
const ROLE_WORDS = new Set(
  (
    'staff writer writers reporter reporters correspondent correspondents editor editors contributor ' +
    'contributors columnist journalist journalists producer analyst senior chief associate deputy ' +
    'managing editorial team desk newsroom freelance freelancer photographer special bureau ' +
    'contributing political technology tech science business health sports culture economics ' +
    'economy digital news online foreign national international investigative data head ' +
    'intern fellow host anchor presenter redaktion rédaction redakteur rédacteur correspondant ' +
    'envoyé spécial agency wire wires service services'
  ).split(' '),
);

/**
 * The last word of a job title ("AP Auto Writer", "CNN Editor-at-large"): after a name and a
 * comma, such a phrase is the person's role.
 */
const ROLE_HEADS = new Set(
  (
    'writer writers editor editors reporter reporters correspondent correspondents columnist ' +
    'columnists contributor contributors producer producers analyst photographer journalist ' +
    'journalists intern critic redakteur rédacteur correspondant korrespondent'
  ).split(' '),
);
/**
 * Collective credits ("Science X staff", "News Nation Bureau", "Staff Reports", "HNN Staff"): a
 * byline ending in one names a desk, never a person, wherever it stands.
 */
const DESK_HEADS = new Set(
  'staff bureau desk team newsroom reports redaktion rédaction redacción'.split(' '),
);

/** Whole bylines that are page furniture or a weekday, never a name. */
const NOT_NAMES =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|comments?|share|follow(?: author)?|print|email|advertisement|sponsored|admin|administrator|anonymous|unknown|guest|gast|invité|invitado|гость|user|editor|staff|news|home|menu|subscribe|login|sign in)\.?$/iu;

/** Words that make a name an organisation's: a wire or outlet credited after the people. */
const ORGANISATION_WORD =
  /\b(?:press|presse|news|agency|agence|associated|reuters|wire|media|network|international|times|post|journal|tribune|daily|magazine|group|inc|ltd|llc)\b/i;

const WEEKDAY = /\s(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day\b.*$/i;
/** A month or weekday glued to the end of a name ("Carrie ArnoldNovember", "Jeff FoustMonday"). */
const GLUED_DATE_WORD = new RegExp(`(\\p{Ll})(?=(?:${CALENDAR_WORDS})(?![\\p{Ll}]))`, 'u');

/** Credentials after a name ("Brenda Goodman, MA"). */
const CREDENTIALS =
  /^(?:ma|ms|msc|mba|md|phd|ph\.?d\.?|jd|rn|bsc|ba|mph|dr|cpa|esq|jr|sr|ii|iii|iv)\.?$/i;

/** Titles abbreviated with a full stop before a name. */
const TITLE_ABBREVIATIONS =
  /^(?:prof|mrs|rev|sen|gen|gov|rep|capt|sgt|col|hon|msgr|dott|ing|mme|mlle|sra|srta)$/i;

/** Joins between names: "and", "&", "with", and their German/French/Spanish/Italian/Dutch forms. */
// Not Spanish "y" or Portuguese "e": they join family names ("Ortega y Gasset").
const JOINERS = /\s*(?:,?\s+\band\b|\s*&\s*|\s+\b(?:und|et|en|og|och|with|avec|mit|con)\b|;)\s*/i;
/**
 * Built once, as the other derived patterns here: a RegExp made per call is compiled again after
 * every major collection (the compilation cache is dropped then).
 */
const JOINERS_ALL = new RegExp(JOINERS.source, 'gi');
/** A date after the name: "GILLIAN MOHNEY March 11, 2015". */
const MONTH_AFTER_NAME = new RegExp(`\\s${MONTH_PATTERN.source}\\s*(?:\\d|$)`, 'i');

function isRole(segment: string): boolean {
  const words = segment
    .toLowerCase()
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return false;
  if (words.every((w) => ROLE_WORDS.has(w) || w === 'the' || w === 'of')) return true;
  return words.length <= 4 && DESK_HEADS.has(words.at(-1)!);
}

/** "AP Auto Writer", "CNN Editor-at-large", "Senior Correspondent": a job title. */
function isJobTitle(segment: string): boolean {
  const words = segment.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  return (
    isRole(segment) ||
    (words.length <= 5 && (ROLE_HEADS.has(last) || ROLE_HEADS.has(last.split('-')[0]!)))
  );
}

/** "JOE HILDEBRAND" -> "Joe Hildebrand"; names already in mixed case are kept as written. */
export function fixCase(name: string): string {
  // One all-caps word is an acronym ("AFP", "NPR"), not a shouted name.
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name) || !/\s/.test(name.trim()))
    return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\b(Mc|Mac|O')(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

function normaliseKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words in many outlets' names that do not tell one outlet from another. */
const OUTLET_WORDS = new Set(
  (
    'the blog news daily weekly magazine online international official site media group network ' +
    'com net org'
  ).split(' '),
);

function distinctiveKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !OUTLET_WORDS.has(w))
    .join('');
}

/** True when `name` is the site or its host ("The Register", "theregister.co.uk"). */
export function isSiteName(name: string, siteName: string | null, host?: string | null): boolean {
  const key = normaliseKey(name);
  if (!key) return false;
  if (siteName) {
    const site = normaliseKey(siteName);
    if (site && (key === site || key === `the${site}` || `the${key}` === site)) return true;
    // "Beachbody" on "The Beachbody Blog", "India Post News Weekly" on "India Post", "RT" on
    // "RT International": the same name once words every outlet uses are set aside.
    const core = distinctiveKey(name);
    if (core && core === distinctiveKey(siteName)) return true;
  }
  if (host) {
    const bare = host.replace(/^www\d*\./, '');
    if (key === normaliseKey(bare)) return true;
    // The host without its public suffix: "Nicolas Perriault" on nicolas.perriault.net.
    const withoutSuffix = bare.replace(/(\.(co|com|org|net|ac|gov|edu))?\.[a-z]{2,}$/i, '');
    if (withoutSuffix.includes('.') && key === normaliseKey(withoutSuffix)) return true;
    // "Ars Technica" on arstechnica.com: the site's own name, however it was styled.
    const label = normaliseKey(bare.split('.')[0] ?? '');
    if (label.length >= 4 && (key === label || key === `the${label}`)) return true;
    // "Example" on news.example.com: the domain's own name under a subdomain.
    const domain = normaliseKey(withoutSuffix.split('.').pop() ?? '');
    if (domain !== label && domain.length >= 4 && (key === domain || key === `the${domain}`))
      return true;
  }
  return false;
}

/** Cleans one name: null when what remains is not a name (a date, a role, a URL, the site). */
export function cleanName(
  raw: string,
  siteName: string | null = null,
  host: string | null = null,
): string | null {
  let text = collapseWhitespace(raw)
    .replace(BY_PREFIX, '')
    // A title of address or a degree is no part of the name a citation gives ("Dr. Jane Doe"
    // would be cited "Doe, D. J."; "Jane Doe Ph.D." "Ph.D., J. D.").
    .replace(
      /^(?:[Dd]r|[Pp]rof|M(?:rs?|s|x))\.?\s+(?=\p{Lu})|,?\s+(?:Ph\.?\s?D|PhD|M\.D)\.?$/gu,
      '',
    )
    // "Jane Doe (Reuters)", "Jane Doe (AP)": the outlet she wrote for.
    .replace(/\s*\(([^()]+)\)$/, (all, inner: string) => (isAffiliation(inner) ? '' : all))
    .replace(/^[\s,:;|•·–—-]+|[\s,:;|•·–—-]+$/g, '');
  if (!text) return null;
  if (/^(https?:|www\.)|\.(com|org|net)\b|@/i.test(text)) return null;
  if (looksLikeDate(text)) return null;
  // A user name, not a person's: "jdadmin", "kei_eno", "gto" (one lower-case word). (A display
  // name in another script may hold an underscore: "史蒂文的家_藍天" is kept.)
  if (/admin/i.test(text) || /^[\w.-]*_[\w.-]*$/.test(text) || /^\p{Ll}[\p{Ll}.-]*$/u.test(text))
    return null;
  text = text.replace(GLUED_DATE_WORD, '$1 ').replace(WEEKDAY, '');
  // A date after the name: "GILLIAN MOHNEY March 11, 2015".
  const month = MONTH_AFTER_NAME.exec(text);
  if (month) text = text.slice(0, month.index);
  // A date glued to the name ("Lucas Nolan22 Dec 2016"): names have no digits. A first word
  // with digits ("CC7567") is a user name, not a person's.
  const digit = text.search(/\d/);
  if (digit >= 0 && digit <= text.search(/\s|$/)) return null;
  if (digit > 0) text = text.slice(0, digit);
  text = text.replace(/[\s,.:;|•·–—(-]+$/g, '').trim();
  // A role printed in its own element with no space before it: "Jane DoeSenior Reporter".
  const glued = /(\p{Ll})(\p{Lu}[\p{L} -]*)$/u.exec(text);
  if (glued && isJobTitle(glued[2]!)) text = text.slice(0, glued.index + 1);
  // Drop trailing roles and credentials: "Jane Doe, Staff Writer", "Brenda Goodman, MA".
  const parts = text.split(/\s*,\s*/);
  while (parts.length > 1 && (isJobTitle(parts.at(-1)!) || CREDENTIALS.test(parts.at(-1)!)))
    parts.pop();
  text = parts.join(', ');
  if (!text || isRole(text) || NOT_NAMES.test(text)) return null;
  if (isSiteName(text, siteName, host)) return null;
  const words = text.split(/\s+/);
  if (words.length > 6 || text.length > 60) return null;
  if (!/\p{L}/u.test(text)) return null;
  return fixCase(text);
}

/**
 * Splits a byline into cleaned author names. Segments separated by `|`, `•`, `·` or a spaced dash
 * are judged one by one (a dateline segment is dropped, the name segment kept); names are split on
 * "and", "&", commas and their translations. "Family, Given" (one word, then one to three) is one
 * name, turned round.
 */
export function splitByline(
  raw: string | null | undefined,
  siteName: string | null = null,
  host: string | null = null,
): string[] {
  if (!raw) return [];
  const names: string[] = [];
  // Lines are judged apart: a byline block often holds the name, the date and "Comments".
  const lines = raw
    .split(/\n+/)
    .map((l) => collapseWhitespace(l))
    .filter(Boolean);
  for (const line of lines.length > 1 ? lines : [collapseWhitespace(raw)])
    for (const name of splitLine(line, siteName, host))
      if (!names.some((n) => normaliseKey(n) === normaliseKey(name))) names.push(name);
  return names;
}

function splitLine(line: string, siteName: string | null, host: string | null): string[] {
  let text = line;
  if (!text || looksLikeDate(text)) return [];
  if (/^(https?:\/\/|www\.)\S+$/i.test(text)) return [];
  text = text
    .replace(/\(?\s*(?:https?:\/\/|www\.)\S+\s*\)?/gi, ' ')
    .replace(BY_PREFIX, '')
    .replace(TAIL, '')
    // "Jane Doe in San Francisco", "Julian Borger in Washington": where the reporter is.
    .replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}\p{M}\s.'’-]*$/u, '')
    // "Finian Cunningham. Sputnik International": a full stop after a whole word (not an
    // initial, as in "R. J. Eskow", nor a title, as in "Prof. Ada Lovelace") ends the names;
    // what follows is an affiliation.
    .replace(/(\p{L}{3,})\.\s+\p{Lu}.*$/u, (all: string, word: string) =>
      TITLE_ABBREVIATIONS.test(word) ? all : word,
    )
    .trim();
  const names: string[] = [];
  for (const segment of text.split(/\s*(?:[|•·]|\s[–—-]\s|\/\/)\s*/)) {
    if (!segment || looksLikeDate(segment) || isRole(segment)) continue;
    // "Jane Doe | Reuters": after a name, a segment that is an affiliation (as after a comma).
    if (names.length && isAffiliation(segment)) continue;
    // A parenthesis holds co-authors ("(avec Damien Leloup et Morgane Tual)") or a middle name.
    const flat = segment
      .replace(/\(\s*(?:with|avec|mit|con)\s+([^)]*)\)/gi, ', $1')
      // "史蒂文的家_藍天 (stevenhgm)": the account name beside the display name.
      .replace(/\s*\(\s*@?[a-z0-9_.-]+\s*\)/g, '');
    // "Family, Given" (one word, then one to three) is one name, turned round.
    const familyGiven = /^([\p{L}'’-]+),\s*([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})$/u.exec(flat);
    const pieces =
      familyGiven && !isRole(familyGiven[2]!)
        ? [`${familyGiven[2]} ${familyGiven[1]}`]
        : flat
            // Spanish "y" between two names, in lower case only: "Y" may be an initial.
            .split(/\s+y\s+(?=\p{Lu})/u)
            .flatMap((p) => splitJoined(p))
            .flatMap((p) => splitCommas(p));
    for (const piece of pieces) {
      const name = cleanName(piece, siteName, host);
      if (name && !names.some((n) => normaliseKey(n) === normaliseKey(name))) names.push(name);
    }
  }
  return names;
}

/**
 * Splits on "and", "&" and their translations. "&" between single words is part of one name
 * ("Mac & i", heise's magazine; "Johnson & Johnson"), not two people.
 */
function splitJoined(text: string): string[] {
  const parts: string[] = [];
  const re = JOINERS_ALL;
  re.lastIndex = 0;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].includes('&')) {
      const left = text.slice(start, m.index).trim();
      const right = text
        .slice(m.index + m[0].length)
        .split(JOINERS)[0]!
        .trim();
      if (!/\s/.test(left) || !/\s/.test(right)) continue;
    }
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * "Stella Kim, Jennifer Jett" -> two names. After a person's name, a role ("Staff Writer"), a
 * credential ("MA"), an acronym ("CNN", "RDN"), a single word ("Futurism") or an organisation
 * ("Associated Press", "NBC News") is that person's affiliation, not a co-author.
 */
function splitCommas(text: string): string[] {
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2) return parts;
  const out: string[] = [];
  for (const part of parts) {
    if (out.length && isAffiliation(part)) continue;
    out.push(part);
  }
  return out;
}

function isAffiliation(part: string): boolean {
  return (
    isJobTitle(part) ||
    CREDENTIALS.test(part) ||
    !/\s/.test(part.trim()) ||
    /^[\p{Lu}\d&.]{2,6}$/u.test(part) ||
    ORGANISATION_WORD.test(part)
  );
}

/** Back-compat: one cleaned byline string (authors joined with ", "), or null. */
export function cleanByline(
  raw: string | null | undefined,
  siteName: string | null,
  host: string | null = null,
): string | null {
  const names = splitByline(raw, siteName, host);
  return names.length ? names.join(', ') : null;
}
