/**
 * Quotations in an article, who said them, their stance, and the key quote: the one that carries
 * the story (in "X denies Y", X's denial). Pure: paragraphs in, quotes out.
 *
 * Pipeline: quote marks -> spans (marks.ts); block quotations and colon-introduced statements;
 * reporting clauses -> speakers (attribution.ts); scare quotes, titles and pull-quote duplicates
 * out; stance (stance.ts); ranking (rank.ts).
 */
import type { ArticleBlock } from '../article-blocks';
import type { Quote } from '../types';
import { attribute, interpret, maskSpans, type Attribution, type Located } from './attribution';
import { Entities, isRoleWord, looksLikePersonName, words } from './entities';
import { reportingLemma, VOICE_NOUNS } from './lexicon';
import { hideMarks, markedNames, restoreMarks } from './marked-names';
import { findMarkSpans, isQuoteMark } from './marks';
import { rankQuotes, type Candidate, type Features } from './rank';
import { isShortDismissal, readFrame } from './stance';

export interface QuoteInput {
  title: string;
  standfirst: string | null;
  /** The article's paragraphs, clutter already removed; plain strings count as paragraphs. */
  blocks: readonly (string | ArticleBlock)[];
  /** The page's language (BCP 47), when known: attribution by shape is stricter in English. */
  lang?: string | null;
}

export interface QuoteResult {
  quotes: Quote[];
  keyQuote: Quote | null;
}

/** Fewer words than this is a scare quote or a fragment ("never", “baseless”), not a quotation. */
const MIN_WORDS = 3;

const countWords = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Normalised for duplicate detection: letters and digits only. */
export const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A title or a name in quotes ("Star Wars", “The Mandalorian”), not speech. */
/** Words that introduce a title in quote marks: "a post titled", "the report, headlined". */
const NAMED_AS = /\b(?:titled|entitled|headlined|subtitled)\s*[,:]?\s*$/iu;

function looksLikeTitle(text: string): boolean {
  const w = text.split(/\s+/).filter((x) => /[\p{L}]/u.test(x));
  if (w.length > 8 || /[.!?,;:]$/u.test(text)) return false;
  const caps = w.filter((x) => /^\p{Lu}/u.test(x)).length;
  return caps >= Math.ceil(w.length * 0.6);
}

/** Strips the punctuation a quotation carries into its marks (`"...,"` -> `...`). */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/**
 * Speech is spaced into words, except in scripts written without spaces. A quoted address or
 * path ("http://example.org/spec/v1", "/storage/folder/") counts many \p{L} runs but is one token.
 */
function spaced(text: string): boolean {
  if (UNSPACED_SCRIPT.test(text)) return true;
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS;
}

function tidy(text: string): string {
  return text
    .replace(/^[\s,;:–—-]+/u, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
}

interface Span extends Located {
  kind: 'mark' | 'block';
  cite?: string | null;
  fromQuoteBlock: boolean;
}

/** An introduction that hands over to a statement: "Here's the company's response:". */
function introducesStatement(text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  // The last sentence must name a statement or report speech: "Here's the company's response:",
  // "The statement read:", "She wrote:". "This post will discuss the following:" does not.
  const tail = text.slice(-160);
  // Hyphenated compounds stay whole: a "one-letter change" is no letter.
  return tail
    .split(/[^\p{L}-]+/u)
    .some((w) => reportingLemma(w) || VOICE_NOUNS.has(w.toLowerCase()));
}

function findSpans(blocks: readonly ArticleBlock[]): Span[] {
  const texts = blocks.map((b) => (b.kind === 'text' || b.kind === 'quote' ? b.text : ''));
  const spans: Span[] = findMarkSpans(texts).map((s) => ({
    ...s,
    kind: 'mark',
    fromQuoteBlock: blocks[s.first]?.kind === 'quote',
  }));
  blocks.forEach((b, i) => {
    const own = spans.filter((s) => s.first === i);
    const covered = own.reduce((n, s) => n + (s.end - s.start), 0);
    const unmarked = own.length === 0 || covered < b.text.length * 0.5;
    // A block quotation without marks is a quotation by virtue of its element.
    const prev = blocks[i - 1];
    const statement =
      b.kind === 'text' &&
      own.length === 0 &&
      !isQuoteMark(b.text[0]) &&
      prev?.kind === 'text' &&
      introducesStatement(prev.text) &&
      countWords(b.text) >= 12;
    if ((b.kind === 'quote' && unmarked) || statement) {
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.first === i) spans.splice(k, 1);
      spans.push({
        kind: 'block',
        first: i,
        last: i,
        start: 0,
        end: b.text.length,
        text: b.text,
        cite: b.cite ?? null,
        fromQuoteBlock: b.kind === 'quote',
      });
    }
  });
  return spans.sort((a, b) => a.first - b.first || a.start - b.start);
}

/** "Prof. Carlos: Estou aqui ...": a speaker label of one to four capitalised words and a colon. */
const TRANSCRIPT_LINE = /^((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*):\s+(\S.*)$/u;

/** Lines each of two speakers has at least in a transcript: a dialogue, not two labelled notes. */
const TRANSCRIPT_TURNS = 3;

/**
 * The lines of a transcript or interview set as "Name: words" paragraphs. Only a dialogue
 * counts: two labels or more that name people (a title, or a name the text gives in full), or
 * one person answering "Q:" lines, each with `TRANSCRIPT_TURNS` lines or more, so "Update: ...", "Photo: ..." and a
 * sports report's "Lakers: ..." notes never do. A line already quoted in marks is left to them. The interviewer's
 * prompts are the publication's words: a speaker with under half the principal speaker's words
 * is left out.
 */
function transcriptSpans(
  blocks: readonly ArticleBlock[],
  marked: readonly Span[],
  ents: Entities,
): Span[] {
  const lines = blocks.map((b, i) => {
    const m = b.kind === 'text' ? TRANSCRIPT_LINE.exec(b.text) : null;
    const quoted = marked.some((s) => s.first === i);
    return m && !quoted ? { i, label: m[1]!, words: m[2]! } : null;
  });
  if (lines.filter(Boolean).length < 2 * TRANSCRIPT_TURNS) return [];
  const person = (label: string): boolean => {
    const name = ents.personPart(label).name;
    return (
      ents.isPerson(name) ||
      ents.mentions.some((m) => m.name.startsWith(`${name} `) && ents.isPerson(m.name))
    );
  };
  const said = new Map<string, { lines: number; words: number }>();
  for (const l of lines) {
    if (!l || !person(l.label)) continue;
    const t = said.get(l.label) ?? { lines: 0, words: 0 };
    said.set(l.label, { lines: t.lines + 1, words: t.words + countWords(l.words) });
  }
  const speakers = [...said].filter(([, t]) => t.lines >= TRANSCRIPT_TURNS);
  // A Q&A interview: the publication asks ("Q: ..."), one person answers ("Hale: ...").
  const questions = lines.filter((l) => l && /^(?:Q|Question|Interviewer)$/iu.test(l.label));
  const asked = questions.length >= TRANSCRIPT_TURNS;
  // Answers labelled "A:" are the interviewee's: the person the introduction names.
  const answers = lines.filter((l) => l && /^(?:A|Answer)$/u.test(l.label));
  if (asked && answers.length >= TRANSCRIPT_TURNS && speakers.length === 0) {
    // A person by the text's evidence, or by the shape of a name ("Lena Vogt took over ...").
    const intro = ents.mentions.find(
      (m) =>
        m.block >= 0 &&
        m.block < questions[0]!.i &&
        (person(m.name) || looksLikePersonName(ents.personPart(m.name).name)),
    );
    if (intro) return spansOf(answers, blocks, ents.personPart(intro.name).name);
  }
  if (speakers.length < (asked ? 1 : 2)) return [];
  const most = Math.max(...speakers.map(([, t]) => t.words));
  const voices = new Set(speakers.filter(([, t]) => t.words * 2 >= most).map(([label]) => label));
  return spansOf(
    lines.filter((l) => l && voices.has(l.label)),
    blocks,
  );
}

/** An answer set as dialogue: a dash, a space, then the words ("— Внезапно я захотел ..."). */
const DASH_ANSWER = /^[—–]\s+(?=\S)/u;

/**
 * An interview set as dialogue, as Russian and other languages print one: the question, then the
 * answer opening with a dash. Each answer is the words of the person named last by a paragraph
 * that is only their name (a round-up of interviews heads each guest so), else of the person the
 * introduction names. At least `TRANSCRIPT_TURNS` answers, each right after a question.
 */
function dashAnswers(
  blocks: readonly ArticleBlock[],
  marked: readonly Span[],
  ents: Entities,
): Span[] {
  const answers = blocks.flatMap((b, i) => {
    const dash = b.kind === 'text' ? DASH_ANSWER.exec(b.text) : null;
    const asked = /\?\s*$/u.test(blocks[i - 1]?.text ?? '');
    return dash && asked && !marked.some((s) => s.first === i)
      ? [{ i, start: dash[0].length }]
      : [];
  });
  if (answers.length < TRANSCRIPT_TURNS) return [];
  const firstQuestion = answers[0]!.i - 1;
  const introduced = ents.mentions.find(
    (m) =>
      m.block >= 0 && m.block < firstQuestion && looksLikePersonName(ents.personPart(m.name).name),
  );
  const spans: Span[] = [];
  for (const { i, start } of answers) {
    let speaker: string | null = null;
    for (let j = i - 1; j >= 0 && !speaker; j--) {
      const t = blocks[j]!.text.trim();
      if (looksLikePersonName(t) || (words(t).length <= 4 && ents.isPerson(t))) speaker = t;
    }
    speaker ??= introduced ? ents.personPart(introduced.name).name : null;
    if (!speaker) continue;
    const text = blocks[i]!.text;
    spans.push({
      kind: 'block',
      first: i,
      last: i,
      start,
      end: text.length,
      text: text.slice(start),
      cite: speaker,
      fromQuoteBlock: false,
    });
  }
  return spans;
}

/** Transcript lines as quotation spans, credited to their label or to `speaker`. */
function spansOf(
  lines: readonly ({ i: number; label: string; words: string } | null)[],
  blocks: readonly ArticleBlock[],
  speaker?: string,
): Span[] {
  return lines
    .filter((l): l is NonNullable<typeof l> => l !== null)
    .map(({ i, label, words: text }) => ({
      kind: 'block' as const,
      first: i,
      last: i,
      start: label.length + 1,
      end: blocks[i]!.text.length,
      text,
      cite: speaker ?? label,
      fromQuoteBlock: false,
    }));
}

/** A credit paragraph has at most this many words: a name, maybe with a role or outlet before it. */
const CREDIT_WORDS = 8;

/**
 * The credit line a page sets as a paragraph of its own under a block quotation: "[Engadget]",
 * "— The Verge", "News industry analyst Ken Doctor". Short, with no sentence punctuation at its
 * end, and mostly capitalised words (a name, perhaps after a role); a sentence is never one.
 */
export function creditLine(text: string): string | null {
  const bracketed = /^\s*[[(].*[\])]\s*$/u.test(text);
  const bare = text
    .trim()
    .replace(/^[[(—–-]\s*/u, '')
    .replace(/\s*[\])]$/u, '')
    .trim();
  const w = bare.split(/\s+/).filter(Boolean);
  if (!w.length || w.length > CREDIT_WORDS || /[.!?:;,]$/u.test(bare)) return null;
  // Names are words: a reviewer's masked name ("Ali***") or a date is no credit.
  if (!w.every((x) => /^[\p{L}\p{N}][\p{L}\p{N}&.'’-]*$/u.test(x))) return null;
  if (!/^\p{Lu}/u.test(bare)) return null;
  const capitalised = w.filter((x) => /^\p{Lu}/u.test(x)).length;
  return bracketed || /^\s*[—–-]/u.test(text) || capitalised * 2 >= w.length ? bare : null;
}

/**
 * The speaker a credit names. A credit all in capitalised words is a name as written ("The
 * Verge", "Kristi Noem (@KristiNoem)" without the handle); one with a role before the name ("News
 * industry analyst Ken Doctor") is read like a reporting clause's subject.
 */
function creditedTo(cite: string, ents: Entities): Attribution {
  // A display name's emoji ("Dianna E. Anderson 🏳️‍🌈") are no part of the name.
  const written = cite
    .replace(/\s*\(@\w+\).*$/u, '')
    .replace(/(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f)+/gu, '')
    .trim();
  const titled = written.split(/\s+/).every((w) => /^(\p{Lu}|\p{N}|the$|of$|and$|&)/u.test(w));
  // "Rep. Ilhan Omar (@IlhanMN)": a title written before the name is her role, not her name.
  const { premod, name: titledName } = ents.personPart(written);
  if (titled && premod && words(premod).every((w) => isRoleWord(w)) && titledName.includes(' ')) {
    const name = ents.fullName(titledName);
    return { speaker: name, role: premod, verb: null, kind: 'named', via: 'before', clause: cite };
  }
  const ref = titled ? null : interpret(written, ents);
  // A surname as written ("Hale:" in an interview) names the person the story introduced.
  const name =
    ref?.kind === 'name' && ref.name
      ? ents.fullName(ref.name)
      : ents.isPerson(written)
        ? ents.fullName(written)
        : written;
  const person = ents.isPerson(name);
  // A credit gives no role, but the story may have ("Researcher Tomasz Wrona ... posted").
  return {
    speaker: name,
    role: ref?.role ?? (person ? ents.roleOf(name) : null),
    verb: null,
    kind: person ? 'named' : 'org',
    via: 'before',
    clause: cite,
  };
}

/** One quotation with everything the ranking saw, for the benchmark and tests. */
export interface AnalysedQuote extends Quote {
  score: number;
  features: Features;
  block: number;
  attribution: Attribution;
}

export function extractQuotes(input: QuoteInput): QuoteResult {
  const { quotes, keyQuote } = analyseQuotes(input);
  const strip = ({ text, speaker, role, stance }: AnalysedQuote): Quote => ({
    text,
    speaker,
    role,
    stance,
  });
  return { quotes: quotes.map(strip), keyQuote: keyQuote && strip(keyQuote) };
}

export function analyseQuotes(input: QuoteInput): {
  quotes: AnalysedQuote[];
  keyQuote: AnalysedQuote | null;
} {
  const blocks: ArticleBlock[] = input.blocks.map((b) =>
    typeof b === 'string' ? { text: b, kind: 'text' } : b,
  );
  // "Which?", "Yahoo!": a name's mark would end the sentence for every reader of a clause, so
  // it is read as a letter and given back in the results.
  const names = markedNames([input.title, input.standfirst ?? '', ...blocks.map((b) => b.text)]);
  if (!names.size) return analyse(input, blocks);
  const hide = (t: string): string => hideMarks(t, names);
  const hidden = analyse(
    { ...input, title: hide(input.title), standfirst: input.standfirst && hide(input.standfirst) },
    blocks.map((b) => ({ ...b, text: hide(b.text), ...(b.cite ? { cite: hide(b.cite) } : {}) })),
  );
  const restore = (q: AnalysedQuote): AnalysedQuote => ({
    ...q,
    text: restoreMarks(q.text),
    speaker: restoreMarks(q.speaker),
    role: q.role && restoreMarks(q.role),
    attribution: {
      ...q.attribution,
      speaker: restoreMarks(q.attribution.speaker),
      role: q.attribution.role && restoreMarks(q.attribution.role),
      clause: restoreMarks(q.attribution.clause),
    },
  });
  const quotes = hidden.quotes.map(restore);
  const key = hidden.keyQuote ? quotes[hidden.quotes.indexOf(hidden.keyQuote)]! : null;
  return { quotes, keyQuote: key };
}

function analyse(
  input: QuoteInput,
  blocks: ArticleBlock[],
): { quotes: AnalysedQuote[]; keyQuote: AnalysedQuote | null } {
  const texts = blocks.map((b) => b.text);
  const spans = findSpans(blocks);
  const ents = new Entities(input.title, texts, spans);
  const transcript = [...transcriptSpans(blocks, spans, ents), ...dashAnswers(blocks, spans, ents)];
  if (transcript.length) {
    spans.push(...transcript);
    spans.sort((a, b) => a.first - b.first || a.start - b.start);
    ents.setQuoted(spans);
  }
  const attributions = attribute(spans, texts, ents, input.lang ?? null);

  // A credit line on a block quotation (tweet footer, <cite>, a credit paragraph under it) beats
  // any reading of the prose.
  const credits = new Set<number>();
  spans.forEach((s, i) => {
    const next = blocks[s.last + 1];
    const credit =
      s.fromQuoteBlock && next?.kind === 'text' && s.last === s.first
        ? creditLine(next.text)
        : null;
    if (credit) credits.add(s.last + 1);
    const cite = s.cite ?? credit;
    if (cite) attributions[i] = creditedTo(cite, ents);
    // '"We have never sold a byte of data" — Dana Park, Nimbus CEO': a dash and a credit end
    // the paragraph the quotation opens, as under a testimonial or an epigraph.
    // It names the speaker outright, so it beats one inherited from the paragraph before.
    if (cite || (attributions[i] && attributions[i].via !== 'inherited') || s.first !== s.last)
      return;
    const text = texts[s.first] ?? '';
    const rest = text.slice(s.end);
    if (!text.slice(0, s.start).trim() && /^\s*[—–]\s/u.test(rest)) {
      // The role after a comma: "Dana Park, Nimbus CEO".
      const [who = '', ...role] = rest.split(',');
      const inline = creditLine(who);
      const title = role.join(',').trim();
      if (inline && countWords(title) <= 6 && !/[.!?:;]$/u.test(title)) {
        const credited = creditedTo(inline, ents);
        // "— Mira Rowe, on Instagram": where she said it, not who she is.
        const role = /^(?:on|in|at|via|to|from|during)\s/iu.test(title) ? null : title;
        attributions[i] = role ? { ...credited, role } : credited;
      }
    }
  });
  let prose = blocks
    .map((b, i) => {
      if (b.kind !== 'text' || credits.has(i)) return '';
      const own = spans.filter((s) => s.first === i && s.last === i);
      return maskSpans(b.text, own);
    })
    .join('\n');
  // An address names no one ("write to trevor@example.com"). Anchored at a token's start: a
  // bare \S+@ retries from every character of a long unspaced run (CJK text), quadratically.
  // Each pattern runs only when its marker is there: most prose has neither.
  if (prose.includes('@')) prose = prose.replace(/(?<!\S)\S+@\S+/gu, ' ');
  if (prose.includes('http')) prose = prose.replace(/\bhttps?:\/\/\S+/gu, ' ');

  mergeSplitQuotes(spans, attributions, texts);

  const lead = blocks.find((b) => b.kind === 'text' && countWords(b.text) >= 15)?.text ?? '';
  const frame = readFrame(input.title, input.standfirst, lead);
  const german = /^de(?:-|$)/iu.test(input.lang ?? '');
  const candidates: Candidate[] = [];
  spans.forEach((s, i) => {
    const a = attributions[i];
    // The author's words inside the quotation ("…, – пожаловалась Поризкова. — …") are not its.
    const said = a?.via === 'inside' ? s.text.replace(a.clause, ' ') : s.text;
    const text = tidy(said);
    // Japanese and Chinese set no spaces: about two characters a word.
    const n = UNSPACED_SCRIPT.test(text)
      ? Math.max(countWords(text), Math.round(text.replace(/[^\p{L}\p{N}]/gu, '').length / 2))
      : countWords(text);
    // Two words are a quotation only as a verdict a speaker's own clause reports ("It’s
    // nonsense": two words to the eye, three to the counter).
    const verdict =
      (n === 2 || text.split(/\s+/u).length === 2) &&
      !!a &&
      a.via !== 'inherited' &&
      isShortDismissal(text);
    // German capitalises every noun: "Die Vorwürfe entbehren jeder Grundlage" is no title.
    const titled = !german && looksLikeTitle(text);
    // "In a post titled “Why we will never sell your data”": a title, whatever its case.
    const named =
      s.kind === 'mark' &&
      NAMED_AS.test((texts[s.first] ?? '').slice(Math.max(0, s.start - 30), s.start));
    if (!a || (n < MIN_WORDS && !verdict) || titled || named || (!spaced(text) && !verdict)) return;
    candidates.push({
      text,
      words: n,
      block: s.first,
      attribution: a,
      fromQuoteBlock: s.fromQuoteBlock,
      before: (texts[s.first] ?? '').slice(Math.max(0, s.start - 200), s.start),
    });
  });

  // A publication quoting itself (its own promo tweet) is not a quotation of the story.
  const site = /\s[-|–—]\s([^-|–—]+)$/u.exec(input.title)?.[1]?.trim().toLowerCase();
  const own = (speaker: string): boolean =>
    !!site &&
    site.length >= 3 &&
    speaker.toLowerCase().replace(/\.(com|org|net|co\.uk)$/, '') === site;
  const unique = dropDuplicates(candidates.filter((c) => !own(c.attribution.speaker)));
  const ranked = rankQuotes(unique, {
    title: input.title,
    standfirst: input.standfirst,
    frame,
    ents,
    blockCount: blocks.length,
    lead,
    prose,
  });
  const quotes: AnalysedQuote[] = unique.map((c) => ({
    text: c.text,
    speaker: c.attribution.speaker,
    role: c.attribution.role,
    stance: ranked.stances.get(c)!,
    score: ranked.scores.get(c)!,
    features: ranked.features.get(c)!,
    block: c.block,
    attribution: c.attribution,
  }));
  const key = ranked.key ? quotes[unique.indexOf(ranked.key)]! : null;
  return { quotes, keyQuote: key };
}

/**
 * Joins the halves of a split quotation ("A," X said. "B") into one quotation: both halves are
 * one statement by one speaker, interrupted only by the reporting clause. Works in place.
 */
function mergeSplitQuotes(
  spans: Span[],
  attributions: (Attribution | null)[],
  texts: readonly string[],
): void {
  for (let k = spans.length - 1; k > 0; k--) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    const aa = attributions[k - 1];
    const ab = attributions[k];
    if (a.kind !== 'mark' || b.kind !== 'mark' || a.last !== b.first || !aa || !ab) continue;
    if (aa.speaker !== ab.speaker || ab.via === 'after') continue;
    const between = (texts[a.last] ?? '').slice(a.end, b.start).trim();
    const clause = between.split(/\s+/);
    // Only a reporting clause may sit between the halves, ending where a sentence or clause does.
    if (!between || clause.length > 16 || !/[.,:;—–]$/.test(between)) continue;
    if (!clause.some((w) => reportingLemma(w.replace(/[^\p{L}]/gu, '')))) continue;
    // '"A," X said. "B"' and '"A," X said, adding: "B"': B starts a sentence, so A ends one
    // where its comma stood.
    const head = tidy(a.text);
    const stop =
      /[.:]$/.test(between) && /^\p{Lu}/u.test(b.text) && !/[.!?…]$/u.test(head) ? '.' : '';
    spans[k - 1] = { ...a, last: b.last, end: b.end, text: `${head}${stop} ${b.text}` };
    spans.splice(k, 1);
    attributions.splice(k, 1);
  }
}

/**
 * Pull quotes repeat a quotation from the text, and clutter can repeat one too: keep the copy in
 * the running text (it has the attribution) and drop the rest.
 */
function dropDuplicates(candidates: Candidate[]): Candidate[] {
  const norms = candidates.map((c) => normalise(c.text));
  return candidates.filter((c, i) => {
    const n = norms[i]!;
    return !candidates.some((o, j) => {
      if (j === i) return false;
      const m = norms[j]!;
      // Of two equal copies one stays: the running text's over a quote block's (a pull quote
      // repeats the text), else the first.
      if (m === n) return c.fromQuoteBlock !== o.fromQuoteBlock ? c.fromQuoteBlock : j < i;
      return m.length > n.length && m.includes(n);
    });
  });
}

export type { Attribution };
