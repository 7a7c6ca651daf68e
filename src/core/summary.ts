/**
 * The extractive summary: 2-3 whole sentences from the article, verbatim and in article order,
 * at most about 75 words, never the key quote again, never clutter.
 *
 * Two methods, compared by bench/quotes.ts (ROUGE recall against each page's standfirst or
 * description, which the summariser never reads):
 *  - `lead`: the first sentences that fit. News is written top-down, so this is the bar to beat.
 *  - `centrality`: LexRank (cosine similarity of TF-IDF vectors, PageRank over the graph) with a
 *    headline prior: the random surfer restarts at sentences that share the headline's words and
 *    sit early in the article.
 * `DEFAULT_METHOD` is the one that measured best.
 */
import type { ArticleBlock } from './article-blocks';
import { splitSentences } from './sentences';
import { countWords } from './text';

export type SummaryMethod = 'lead' | 'centrality';

export interface SummaryInput {
  title: string;
  blocks: readonly (string | ArticleBlock)[];
  /** The key quote's text: the summary must not repeat it. */
  exclude?: string | null;
  lang?: string | null;
  method?: SummaryMethod;
  /** At most this many sentences (the user's "summary length"; default MAX_SENTENCES). */
  maxSentences?: 2 | 3;
}

/** Measured best in bench/quotes.ts (see README "Summary"). */
export const DEFAULT_METHOD: SummaryMethod = 'lead';
export const MAX_WORDS = 75;
export const MAX_SENTENCES = 3;

/**
 * A sentence that ends where a sentence ends: a full stop, maybe inside a closing quote, in the
 * scripts news is written in (the ideographic 。 and the fullwidth ！？ of Chinese and Japanese,
 * the Arabic ؟ and ۔, the Devanagari danda).
 */
const COMPLETE = /[.!?…。！？．؟۔।]["'”’»)\]」』）]*$/u;
/**
 * Lines that are furniture, not prose: credits, datelines, "Update:" stamps, picture credits, an
 * interviewer's "Q:", an interview's editing note ("The conversation has been edited for
 * length and clarity."), and a sponsored post's disclosure ("This shop has been compensated by
 * ... All opinions are mine alone.").
 */
const FURNITURE =
  /^\(?(?:reporting|writing|editing|additional reporting|photo|image|video|source|read more|related|advertisement|sponsored|sign up|subscribe|this article|this story|click here|editor[’']?s note)\b|^(?:update[ds]?\s*(?:[,:(—–-]|\d|at\s|on\s)|correction:|clarification:|q:|question:)|\b(?:been|was)\s+(?:lightly\s+)?(?:edited|condensed)(?:\s+and\s+\w+)?\s+for\s+(?:length|clarity|brevity)|^(?:this|the)\s+(?:shop|post|article|story|review|video|content)\s+(?:has\s+been|was|is)\s+(?:compensated|sponsored|paid\s+for)\b|\ball\s+opinions\s+(?:are|remain)\s+(?:(?:my|our)\s+own|mine|ours)\b/i;

/** A stamp before a sentence of the story: "Update, 14:00 UTC:", "UPDATED 14:30 GMT:", "Original story:". */
const STAMP =
  /^(?:update[ds]?(?:\s*[,(—–-]?\s*[^.]{0,40}?)?|original(?:\s+(?:story|article|report|post))?|earlier)\s*:\s+(?=\p{Lu})/iu;

/**
 * "Volta did not respond to a request for comment.", "Apple declined to comment.": a party's
 * silence, which says nothing of what happened. (Its words, when it has some, are the response.)
 */
const NO_COMMENT =
  /^[^,;:]{2,60}?\s(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|had\s+not|could\s+not|declined|refused)\s+(?:immediately\s+)?(?:(?:respond|reply)\s+to\s+(?:a\s+|an\s+|our\s+|multiple\s+|repeated\s+)?(?:requests?|questions?|emails?|inquiry|inquiries|messages?)|return\s+(?:a\s+|our\s+)?(?:requests?|calls?|messages?|emails?)|to\s+comment|be\s+reached)\b[^.]{0,60}\.$/iu;

/**
 * The reporter's own errand: "We have asked Okta for comment.", "The Register has asked Okta for
 * further comment and will update this story if we hear back." Only the reporter's: a regulator
 * asking the public for comment is news.
 */
const ASKED =
  /^(?:we|i)\s+(?:have\s+|['’]ve\s+)?(?:asked|contacted|approached|reached\s+out\s+to)\b|\b(?:will|['’]ll)\s+update\s+(?:this|the|our)\s+(?:story|article|piece|report|post)\b|\bif\s+(?:we|it)\s+hears?\s+back\b/i;

/**
 * A short paragraph that is a sentence of the story, not a label: a reporting verb and a full
 * stop ("Apple said it would appeal.", the last line of many wire stories).
 */
const SHORT_SENTENCE =
  /^\p{Lu}[^.!?:]*\s(?:said|says|added|told|declined|confirmed|denied)\b[^.!?:]*\.$/u;

export interface SentenceInfo {
  text: string;
  /** Position among candidate sentences (0 = first). */
  index: number;
  /** Position among all the article's sentences, candidates or not. */
  ordinal: number;
  /** Opens with a pronoun ("She noted ..."): it leans on the sentence before it. */
  leans: boolean;
  /**
   * Family names this sentence gives with the first name ("Eva-Marie Persson, ... said"), and
   * those it gives bare as a speaker ("Persson explained", "says Buser") after an earlier
   * sentence gave them whole: without that sentence no reader knows who speaks.
   */
  names: string[];
  needs: string[];
}

/**
 * A first name (maybe hyphenated) and a family name: its family name. Kept short: each Unicode
 * class costs a fraction of a millisecond to compile in a fresh popup (bench/NOTES.md).
 */
const FULL_NAME = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+)/gu;
/** A family name as a speaker: "Persson explained", "says Buser". */
const SAYS =
  'said|says|told|tells|explained|explains|added|adds|noted|notes|argued|argues|wrote|writes|warned|insisted|believes|thinks|sees';
const BARE_SPEAKER = new RegExp(
  String.raw`(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(?:${SAYS})\b|\b(?:${SAYS})\s+(\p{Lu}\p{Ll}+)`,
  'gu',
);

/** First words that point back to someone or something the previous sentence named. */
const LEANING = new Set([
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'this',
  'these',
  'that',
]);

/** A pronoun and a verb that goes on from what someone said before: "She added that ...". */
const GOES_ON =
  /^(?:he|she|they|it)\s+(?:also\s+)?(?:added|continued|went\s+on|further\s+\p{Ll}+|later\s+\p{Ll}+)\b/iu;

/** Candidate sentences: prose paragraphs only, whole sentences of a sensible length. */
export function candidateSentences(input: SummaryInput): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  const exclude = input.exclude ? normalise(input.exclude) : '';
  let ordinal = -1;
  // Family names some sentence so far gave with the first name.
  const introduced = new Set<string>();
  for (const raw of input.blocks) {
    const block = typeof raw === 'string' ? { text: raw, kind: 'text' as const } : raw;
    if (block.kind !== 'text') continue;
    // An interview's "A:" paragraph is the interviewee's words: a quotation, never the summary.
    if (/^(?:A|Answer):\s/u.test(block.text)) continue;
    // A paragraph of under ten words is a label or teaser. One that ends without a full stop
    // ("... Here's what the early reviews say:") still has whole sentences before its last.
    const words = countWords(block.text);
    if (words < 10 && !(words >= 5 && SHORT_SENTENCE.test(block.text))) continue;
    // The story's dateline opens its first paragraph: the summary starts with the news. It goes
    // before the paragraph is split, where a state's stops ("COLUMBIA, S.C. (AP) — ...") would
    // end a sentence.
    // Until a sentence is taken: a standfirst without a full stop may come first.
    const text = out.length === 0 ? withoutDateline(block.text) : block.text;
    const sentences = quoteAwareSentences(text, input.lang ?? undefined);
    for (const sentence of sentences) {
      ordinal++;
      const names = Array.from(sentence.matchAll(FULL_NAME), (m) => m[1]!);
      const needs = introduced.size
        ? Array.from(sentence.matchAll(BARE_SPEAKER), (m) => (m[1] ?? m[2])!).filter(
            (n) => introduced.has(n) && !names.includes(n),
          )
        : [];
      for (const n of names) introduced.add(n);
      // "Update, 14:00 UTC: Fennel has since said ...", "Original story: ...": the sentence after
      // the stamp is news (an update is often the newest), the stamp is not.
      const s = sentence.replace(STAMP, '');
      const n = countWords(s);
      if (
        n < (SHORT_SENTENCE.test(s) ? 5 : 6) ||
        n > MAX_WORDS ||
        !COMPLETE.test(s) ||
        FURNITURE.test(s)
      )
        continue;
      if (NO_COMMENT.test(s) || ASKED.test(s)) continue;
      // A quotation that opens here and is left open runs on into the next paragraph: half of it
      // is no sentence.
      if (/^["“«„]/u.test(s) && !balanced(s)) continue;
      // A quotation with nobody saying it ('"We expect lasting change."' after the sentence
      // that named the speaker): out of its paragraph, no reader knows whose words they are.
      if (s.replace(QUOTED, '').replace(/[\s.,;:!?…]+/gu, '') === '') continue;
      // A fragment the segmenter cut off mid-sentence starts in lower case.
      if (/^[\p{Ll}]/u.test(s)) continue;
      if (exclude && overlapsQuote(s, exclude)) continue;
      const first = /^[\p{L}]+/u.exec(s)?.[0]?.toLowerCase() ?? '';
      // '"...," he added.' leans on its speaker's earlier sentence as much as "He added" does.
      const leans = LEANING.has(first) || /["”’»],?\s+(?:he|she|they)\s+\p{Ll}/iu.test(s);
      out.push({ text: s, index: out.length, ordinal, leans, names, needs });
    }
  }
  return out;
}

/**
 * "BERLIN, June 4 (Reuters) - German e-bike maker ...", "VIENNA — Telvaro ...", "(CNN)President
 * ...", "(Reuters) — The ...", "BUFFALO, N.Y. — ...", "NEW DELHI: ...", "New York, NY – ...",
 * "Washington, DC, United States: ...", "PanARMENIAN.Net - ...",
 * "[엔터미디어=정덕현의 이슈공감] ...": the place, date and agency (or the outlet's bracketed tag)
 * a story opens with, which the popup shows elsewhere.
 */
const DATELINE = new RegExp(
  [
    // A bracketed tag: "[엔터미디어=정덕현의 이슈공감]", "[Updated]".
    String.raw`\[[^\]\n]{2,40}\]\s*`,
    // An agency in brackets, maybe with a dash: "(CNN)", "(Reuters) — ".
    String.raw`\(\p{Lu}[\p{L} .]{1,20}\)\s*(?:[-–—]{1,2}\s*)?`,
    // A city in capitals, maybe its state or country and a date, maybe the agency, then a dash
    // or a colon: "BUFFALO, N.Y. — ", "DUBAI, United Arab Emirates — ", "NEW DELHI: ".
    String.raw`\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?(?:,?\s*\p{Lu}\p{Ll}*\.?\s*\d{1,2})?\s*(?:\([^)]{2,40}\)\s*)?(?:[-–—]{1,2}|:)\s+`,
    // A place or an outlet in mixed case, maybe a state and a country, then a spaced dash or a
    // colon: "New York, NY – ", "Indianapolis – ", "Washington, DC, United States: ",
    // "PanARMENIAN.Net - ". Capitalised words only (a lower-case word makes it a sentence), and
    // what follows must open in capitals, so "AI — and who ..." is kept. One pattern with no
    // bounded repeats: each repeat is compiled as a copy (bench/NOTES.md).
    String.raw`\p{Lu}[\p{L}.]*(?:,?\s\p{Lu}[\p{L}.]*)*(?:\s[-–—]|:)\s+`,
  ]
    .map((alt) => `(?:${alt})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(String.raw`)(?=[\p{Lu}\p{Lo}"“‘'])`),
  'u',
);

function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}

/**
 * Sentences that never end inside a quotation: the segmenter breaks after every full stop, also
 * within "A. B," she said, which would leave half a quote. Segments are joined until their
 * quote marks balance.
 */
function quoteAwareSentences(text: string, lang?: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const s of splitSentences(text, lang)) {
    // Japanese and Chinese set no space between sentences.
    pending = pending
      ? `${pending}${/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$/u.test(pending) ? '' : ' '}${s}`
      : s;
    if (balanced(pending)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

function balanced(text: string): boolean {
  // Japanese corner brackets too: 「...。...」と説明した is one sentence.
  const open = (text.match(/[“«„「『]/gu) ?? []).length;
  const close = (text.match(/[”»」』]/gu) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  // UK single marks: a ‘ left open ("said: ‘Too many people have been fobbed off.") is half a
  // quotation. A ’ before a letter is an apostrophe ("We’re"); one before a space may be either
  // ("drivers’ lawyer"), so only more openings than closings count as open.
  // A ‘ typed for an apostrophe ("isn ‘t") opens nothing.
  const singleOpen = (text.match(/‘(?!(?:t|s|re|ll|ve|d|m)\b)/gu) ?? []).length;
  const singleClose = (text.match(/’(?!\p{L})/gu) ?? []).length;
  return open === close && straight % 2 === 0 && singleOpen <= singleClose;
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Spans inside quotation marks: double, guillemets, low-high, and UK single, where a ’ before a
 * letter is an apostrophe ("‘Skype’s philosophy’"). */
const QUOTED = /[“"«„]([^“”"«»„]+)[”"»“]|‘((?:[^‘’]|’(?=\p{L}))+)’/gu;

/** Some run of `run` consecutive words of `quote` occurs in `text` (both normalised). */
function sharesRun(text: string, quote: string, run: number): boolean {
  const w = quote.split(' ');
  if (w.length <= run) return text.includes(quote);
  for (let i = 0; i + run <= w.length; i++) {
    if (text.includes(w.slice(i, i + run).join(' '))) return true;
  }
  return false;
}

/**
 * The sentence repeats the key quote: it quotes six words of it in quotation marks, or, marks
 * or not (a block quotation has none), half of the sentence is the quote word for word. Six
 * shared words outside marks are often a name both mention ("the New York State Attorney
 * General"), which is no repeat.
 */
function overlapsQuote(sentence: string, quote: string): boolean {
  const quoted = Array.from(sentence.matchAll(QUOTED), (m) => normalise(m[1] ?? m[2] ?? '')).join(
    ' | ',
  );
  if (quoted && sharesRun(quoted, quote, 6)) return true;
  const plain = normalise(sentence);
  return sharesRun(plain, quote, Math.max(6, Math.ceil(plain.split(' ').length / 2)));
}

/**
 * Content words overlap so much that the second sentence says the first again. Shared function
 * words say nothing: the stop list is English, and in other languages the short ones ("que",
 * "los", "der", "une") are most of them, so only words of four letters or more count.
 */
function repeats(a: string, b: string): boolean {
  const content = (text: string) => new Set(terms(text).filter((w) => w.length >= 4));
  const wa = content(a);
  const wb = content(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (Math.min(wa.size, wb.size) || 1) > 0.6;
}

/**
 * Takes sentences in `order` while they fit the budget, then returns them in article order. A
 * second sentence may stretch the budget a little (to 90 words): one long lead sentence alone is
 * a poor summary. A third that follows on from the second may run to 80.
 */
function pick(
  sentences: readonly SentenceInfo[],
  order: readonly number[],
  maxSentences: number = MAX_SENTENCES,
): string[] {
  const chosen: SentenceInfo[] = [];
  let words = 0;
  for (const i of order) {
    const s = sentences[i]!;
    const n = countWords(s.text);
    // "About 75": the sentence that follows the last one chosen may run a few words over, where
    // skipping it would take a later sentence out of its context instead.
    const next = chosen.length > 0 && s.ordinal === chosen[chosen.length - 1]!.ordinal + 1;
    const budget = chosen.length === 1 ? MAX_WORDS + 15 : MAX_WORDS + (next ? 5 : 0);
    if (words + n > budget || chosen.some((c) => repeats(c.text, s.text))) continue;
    // "She noted ..." only right after the sentence that says who she is: after a gap its
    // pronoun would point at the wrong person, or at no one.
    // The story's first sentence may open on a pronoun ("It was a Tuesday like any other"),
    // unless it goes on from words before it ("She added that ..."): a paragraph out of place.
    const opens = s.ordinal === 0 && !GOES_ON.test(s.text);
    if (s.leans && !opens && !chosen.some((c) => c.ordinal === s.ordinal - 1)) continue;
    // "Persson explained ..." only with the sentence that says who Persson is.
    if (s.needs.some((n) => !chosen.some((c) => c.names.includes(n)))) continue;
    chosen.push(s);
    words += n;
    if (chosen.length === maxSentences || words >= MAX_WORDS) break;
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}

export function summarize(input: SummaryInput): string[] {
  const sentences = candidateSentences(input);
  if (!sentences.length) return [];
  const method = input.method ?? DEFAULT_METHOD;
  if (method === 'lead') {
    // Only the opening stretch: a lead that skips to paragraph twelve is no lead.
    return pick(
      sentences,
      sentences.slice(0, 8).map((s) => s.index),
      input.maxSentences,
    );
  }
  const scores = centrality(
    sentences.map((s) => s.text),
    input.title,
  );
  const order = scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.i);
  return pick(sentences, order, input.maxSentences);
}

// --- LexRank with a headline prior -------------------------------------------------------------

const STOP = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its
  this that these those he she they we you i his her their our your not no so than then there
  which who whom what when where while has have had do does did will would can could should may
  might must said says say also about into after before over under more most up out just`.split(
    /\s+/,
  ),
);

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/(?:ies|es|s|ed|ing)$/u, '').slice(0, 8));
}

type Vector = Map<string, number>;

function tfidf(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((d) => {
    const v: Vector = new Map();
    for (const t of d) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log((docs.length + 1) / (df.get(t) ?? 1)));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** PageRank over the sentence similarity graph, restarting at headline-like, early sentences. */
export function centrality(sentences: readonly string[], title: string): number[] {
  const n = sentences.length;
  const vectors = tfidf([...sentences.map(terms), terms(title)]);
  const head = vectors[n]!;
  const sim = vectors
    .slice(0, n)
    .map((a, i) => vectors.slice(0, n).map((b, j) => (i === j ? 0 : cosine(a, b))));
  const prior = vectors.slice(0, n).map((v, i) => (cosine(v, head) + 0.05) / (1 + i * 0.25));
  const priorSum = prior.reduce((x, y) => x + y, 0) || 1;
  const restart = prior.map((p) => p / priorSum);
  const rowSum = sim.map((row) => row.reduce((x, y) => x + y, 0));
  const damping = 0.85;
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 50; iter++) {
    const next = restart.map((r) => (1 - damping) * r);
    for (let i = 0; i < n; i++) {
      const row = sim[i]!;
      const total = rowSum[i]!;
      if (!total) {
        for (let j = 0; j < n; j++) next[j]! += damping * rank[i]! * restart[j]!;
        continue;
      }
      for (let j = 0; j < n; j++) if (row[j]) next[j]! += (damping * rank[i]! * row[j]!) / total;
    }
    const delta = next.reduce((d, x, i) => d + Math.abs(x - rank[i]!), 0);
    rank = next;
    if (delta < 1e-6) break;
  }
  return rank;
}
