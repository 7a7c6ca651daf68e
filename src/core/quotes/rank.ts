/**
 * Picks the key quote: the quotation that carries the story. In a denial story that is the
 * denying party's denial, not the accuser's words; otherwise the principal actor's quote on the
 * headline's matter. Scores add up plain evidence: frame and stance, whether the headline or lead
 * names the speaker, overlap with the headline and standfirst, a quote the headline repeats,
 * position, and length (fragments are weak). Below a floor nothing is claimed: a page whose
 * only quotes are an anonymous commenter's or a fragment has no key quote.
 */
import type { Stance } from '../types';
import type { Attribution } from './attribution';
import { isRoleWord, words, type Entities } from './entities';
import { FUNCTION_WORDS } from './lexicon';
import { findMarkSpans } from './marks';
import { stanceOf, type Frame } from './stance';

export interface Candidate {
  text: string;
  words: number;
  block: number;
  attribution: Attribution;
  fromQuoteBlock: boolean;
  /** The paragraph's text just before the quotation (up to 200 characters). */
  before?: string;
}

export interface RankContext {
  title: string;
  standfirst: string | null;
  frame: Frame;
  ents: Entities;
  blockCount: number;
  /** The lead paragraph: who it names is prominent. */
  lead: string;
  /** The reporter's own words: the text paragraphs with quotations and credit lines left out. */
  prose: string;
}

/**
 * Below this score no quote is the key quote. Fragments score low, so a page whose only
 * quotation is a named party's fragment ("shocking and false", Big Machine said) still gets it,
 * but an unnamed speaker's quote must earn its place: the floor for them is far higher.
 */
export const CLAIM_FLOOR = -3;
export const ANONYMOUS_FLOOR = 1;

/** Whether a candidate may be the key quote: it clears its floor and is not a stray embed. */
export function claims(score: number, f: Features): boolean {
  if (f.stray) return false;
  return score >= (f.anonymous ? ANONYMOUS_FLOOR : CLAIM_FLOOR);
}

/** Content words, crudely stemmed so "denies"/"denied" and "cookie"/"cookies" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || FUNCTION_WORDS.has(w)) continue;
    out.add(w.replace(/(?:ies|es|s|ed|ing|ly)$/u, '').slice(0, 7));
  }
  return out;
}

// The ranking asks about the same few texts (headline, lead, the whole prose) for every
// quotation: lower-case each once and build each word's pattern once.
const lowered = new Map<string, string>();
const wordPatterns = new Map<string, RegExp>();
const LOWERED_LIMIT = 8;
const PATTERN_LIMIT = 256;

function lowerOf(text: string): string {
  let low = lowered.get(text);
  if (low === undefined) {
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    low = text.toLowerCase();
    lowered.set(text, low);
  }
  return low;
}

function wordPattern(t: string): RegExp {
  let re = wordPatterns.get(t);
  if (!re) {
    if (wordPatterns.size >= PATTERN_LIMIT) wordPatterns.clear();
    re = new RegExp(`(^|[^\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    wordPatterns.set(t, re);
  }
  return re;
}

const LETTER = /\p{L}/u;

/** Is the code point at `cp` a letter? ASCII answers without the Unicode property lookup. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where `hay` first holds `t` as a word (no letter right before or after it), or -1. The same
 * answer as wordPattern(t), but found by jumping between the places `t` occurs: the pattern,
 * starting with an alternation, is tried at every position of the text, and the ranking asks
 * it of the whole prose for every quotation. A `t` that begins or ends inside a surrogate pair
 * (never a real word) keeps the pattern, which never matches half a pair.
 */
function wordAt(hay: string, t: string): number {
  if (t === '' || isLow(t.charCodeAt(0)) || isHigh(t.charCodeAt(t.length - 1))) {
    const m = wordPattern(t).exec(hay);
    return m ? m.index + m[1]!.length : -1;
  }
  for (let i = hay.indexOf(t); i !== -1; i = hay.indexOf(t, i + 1)) {
    if (i > 0) {
      // The code point that ends just before `t`: a pair's low half belongs to its high half.
      const c = hay.charCodeAt(i - 1);
      const before =
        isLow(c) && i > 1 && isHigh(hay.charCodeAt(i - 2)) ? hay.codePointAt(i - 2)! : c;
      if (isLetter(before)) continue;
    }
    const end = i + t.length;
    if (end < hay.length && isLetter(hay.codePointAt(end)!)) continue;
    return i;
  }
  return -1;
}

/**
 * Where `text` names this speaker: by surname or initials (`name`), by another word of the name or
 * the party their role starts with ("Skype's chief ... officer", "Wild coach": `role`), or only
 * by the employer their role ends on ("CEO and founder of my6sense": `employer`, too loose a
 * reading to credit the speaker with the mention, but enough to know who the text names first).
 * `at` is the earliest such place.
 */
export function mentionOf(
  text: string,
  speaker: string,
  role: string | null,
): { at: number; via: 'name' | 'role' | 'employer' } | null {
  const hay = lowerOf(text);
  const tokens = words(speaker).map((w) => w.toLowerCase().replace(/[’']s$/u, ''));
  const significant = tokens.filter((t) => t.length >= 3 && !FUNCTION_WORDS.has(t));
  const at = (t: string): number => wordAt(hay, t);
  // The surname (a name's last word) names the speaker; another word of a long name may be a
  // title fused to it ("Indiana House Speaker Brian Bosma" is not named by "Indiana").
  const surname = significant.at(-1);
  const own = surname === undefined ? -1 : at(surname);
  if (own >= 0) return { at: own, via: 'name' };
  let first = -1;
  for (const t of significant) {
    const i = at(t);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first >= 0) return { at: first, via: 'role' };
  // "BK" for "Brandt-Keller", "R&M" for "Rathore & Mehta".
  const initials = speaker
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2) {
    const m = new RegExp(`\\b${initials}\\b`).exec(text);
    if (m) return { at: m.index, via: 'name' };
  }
  if (role) {
    // A person speaking for a party the text names: "Skype's chief development ... officer".
    const owner = /^([\p{Lu}][\p{L}&-]+(?:\s[\p{Lu}][\p{L}&-]+)*)[’']s\b/u.exec(role)?.[1];
    // "Skype chief ...", and after an article: "a GMB regional organiser", "a Google engineer".
    const firstWord = /^(?:(?:an?|the)\s+)?(\p{Lu}[\p{L}&-]+)\s/u.exec(role)?.[1];
    // A German compound: "Wolkenwerk-Geschäftsführerin".
    const compound = /^(\p{Lu}[\p{L}&]+)-\p{Lu}/u.exec(role)?.[1];
    // The party alone ("said Meta's Andy Stone" gives the role "Meta"), not a bare title.
    const party1 = /^\p{Lu}[\p{L}\p{N}&-]+$/u.test(role) && !isRoleWord(role) ? role : undefined;
    for (const party of [owner, firstWord, compound, party1]) {
      const i = party ? at(party.toLowerCase()) : -1;
      if (i >= 0) return { at: i, via: 'role' };
    }
    // The headline names the role itself: "Former Ostrava mayor denies ..." for "the former mayor
    // of Ostrava". Every content word of the role, two at least, in the text.
    const roleWords = words(role)
      .map((w) => w.toLowerCase().replace(/[’']s$/u, ''))
      .filter((t) => t.length >= 3 && !FUNCTION_WORDS.has(t));
    const spots = roleWords.map(at);
    if (roleWords.length >= 2 && spots.every((i) => i >= 0))
      return { at: Math.min(...spots), via: 'role' };
    // A role that ends in its organisation, as Indonesian writes it: "juru bicara Vexa".
    const tail = /\s(\p{Lu}[\p{L}\p{N}&-]+)$/u.exec(role)?.[1];
    const owner2 = tail && !isRoleWord(tail) ? at(tail.toLowerCase()) : -1;
    if (owner2 >= 0) return { at: owner2, via: 'employer' };
    // Any of the role's "of", "at" or "for": "vice president of product security at Quanta".
    for (const m of role.matchAll(
      /\b(?:of|at|for|di|de|da|bei|van|chez)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}&-]+)/gu,
    )) {
      const i = at(m[1]!.toLowerCase());
      if (i >= 0) return { at: i, via: 'employer' };
    }
  }
  return null;
}

/**
 * The frame's party is a kind of person the speaker's role says they are: "Open-source
 * maintainers reject ..." and "a maintainer since 2019".
 */
function namesKindOf(subject: string, role: string): boolean {
  const hay = lowerOf(subject);
  return words(role).some((w) => {
    const t = w.toLowerCase().replace(/[.,]$/u, '');
    return t.length >= 5 && isRoleWord(t) && (wordAt(hay, t) >= 0 || wordAt(hay, `${t}s`) >= 0);
  });
}

/** Does `text` mention this speaker, by name or through the party they speak for? */
export function mentions(text: string, speaker: string, role: string | null): boolean {
  const m = mentionOf(text, speaker, role);
  return m !== null && m.via !== 'employer';
}

export interface Ranked {
  key: Candidate | null;
  stances: Map<Candidate, Stance>;
  scores: Map<Candidate, number>;
  features: Map<Candidate, Features>;
}

/** The evidence for one quotation being the key quote; each feature is a number in [0, 1]. */
export interface Features {
  /** Fewer than six words: a fragment ("shocking and false"). */
  fragment: number;
  /** Ten words or more: a full statement. */
  full: number;
  /** An unnamed speaker ("one commenter", "a doctor"). */
  anonymous: number;
  /** Speaker inherited from the previous quotation rather than read from a clause. */
  inherited: number;
  /** The headline names the speaker (or the party they speak for). */
  inTitle: number;
  /**
   * The speaker the headline names first, of all the quoted ones: the headline's subject, the
   * principal actor ("Zach Parise heating up ... as Wild beat Sabres" over the Wild's coach).
   * When the headline names none, the one the standfirst or the lead names first.
   */
  principal: number;
  /** The standfirst or the lead names them (and the headline does not). */
  inLead: number;
  /** Content words shared with the headline and standfirst (0..1 for 0..4 words). */
  matter: number;
  /** Denial story, and this is the denying party's denial. */
  denial: number;
  /** Denial story, and this speaker is not the denying party (the accuser, a bystander). */
  otherParty: number;
  /** The headline quotes words of this quotation. */
  headlineQuote: number;
  /** 1 for the first full, named quotation, 1/2 for the second, ...: news puts the key quote early. */
  order: number;
  /** How far down the article (0 = top, 1 = bottom). */
  depth: number;
  /** Set as a block quotation (tweets, statements): often illustration, not the story's voice. */
  block: number;
  /**
   * A block quotation whose speaker the reporter never names: an embed the story does not
   * discuss (a promo tweet, a reader's post); or the words a refusal to comment names ('does not
   * comment on "rumors or speculation"'). It is never the key quote (see `claims`).
   */
  stray: number;
  /**
   * An independent commentator (an analyst, a professor) in a story whose headline names a
   * party another speaker speaks for: "Helio unveils battery", where the analyst's caution is
   * comment and the Helio chief's claim is the story.
   */
  onlooker: number;
}

/**
 * Weights, set by hand from what news writing does and checked with a sweep on the labelled
 * pages (bench/quotes.ts --sweep): order and the denial frame carry most; the headline naming
 * the speaker comes next; fragments and unnamed speakers lose.
 */
export const WEIGHTS: Features = {
  fragment: -2,
  full: 0.5,
  anonymous: -2,
  inherited: -0.2,
  inTitle: 1.5,
  principal: 1.5,
  inLead: 0.75,
  matter: 1.5,
  denial: 3,
  otherParty: -1,
  headlineQuote: 2.5,
  order: 2,
  depth: -0.5,
  block: -0.3,
  stray: -4,
  onlooker: -1,
};

export function featuresOf(
  candidates: readonly Candidate[],
  ctx: RankContext,
): { features: Features[]; stances: Stance[] } {
  const read = featuresIn(candidates, ctx);
  // "Vexa accused of selling user data" and Vexa's side denies it: the story is Vexa's denial as
  // much as under "Vexa denies selling user data", and is ranked so. Where Vexa does not deny, the
  // accusation leads as before; so it does under "Regulators accuse Vexa of ...", whose subject
  // is the accuser.
  const accused = ctx.frame.accused;
  if (!accused || !ctx.frame.accusedLeads || ctx.frame.denial || !read.accusedDenies) return read;
  return featuresIn(candidates, { ...ctx, frame: { denial: true, subject: accused } });
}

function featuresIn(
  candidates: readonly Candidate[],
  ctx: RankContext,
): { features: Features[]; stances: Stance[]; accusedDenies: boolean } {
  const headline = contentWords(`${ctx.title} ${ctx.standfirst ?? ''}`);
  // Quotations the headline itself carries ('We had some issues,' exec says), also a single
  // word of one (boss calls regulators 'clowns'), matched as a word.
  const headlineQuotes = findMarkSpans([ctx.title])
    .map((s) => s.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ''))
    .filter((t) => t.includes(' ') || t.length >= 4);
  const features: Features[] = [];
  const stances: Stance[] = [];
  let accusedDenies = false;
  // Order counts full quotations (ten words or more) by named speakers. Fragments and bystanders
  // do not take a place, nor does a phrase quoted inside the reporter's sentence ("decided to
  // 'discontinue the investigation'"): the first statement in the speaker's own words comes next.
  let substantive = 0;
  const mainOrg = ctx.frame.denial || ctx.frame.accused ? ctx.ents.mainOrg() : null;
  // "Kevin Osei, the company's head of driver operations": the company is the story's, and the
  // headline names it for him as it would in "Brightpath's Kevin Osei".
  const title = namedSubject(ctx.title, ctx.lead);
  const inTitle = candidates.map((c) => {
    const found = mentionOf(title, c.attribution.speaker, c.attribution.role);
    if (found || !COMPANY_ROLE.test(c.attribution.role ?? '')) return found;
    const org = ctx.ents.mainOrg();
    const viaOrg = org ? mentionOf(title, org, null) : null;
    return viaOrg && { ...viaOrg, via: 'role' as const };
  });
  // The headline's subject is what it names first. When that is a quoted speaker by name, they
  // are the principal actor. When it is a party some speaker only works for ("my6sense names
  // X"), or two speakers share the place, nobody is singled out.
  const principalAt = Math.min(...inTitle.map((m) => m?.at ?? Infinity));
  const atPrincipal = new Set(
    candidates.filter((_, i) => inTitle[i]?.at === principalAt).map((c) => c.attribution.speaker),
  );
  const first = inTitle.find((m) => m?.at === principalAt);
  // A headline that singles out no quoted speaker ("The Disappearance of John M. Ford", "Cells
  // That 'Taste' Danger ...") leaves the choice to the standfirst and the lead, which name the
  // story's principal voice first ("beloved by Neil Gaiman and Robert Jordan").
  const principal =
    atPrincipal.size === 1 && first?.via === 'name'
      ? [...atPrincipal][0]!
      : firstNamed(candidates, `${ctx.standfirst ?? ''} ${ctx.lead}`);
  candidates.forEach((c, i) => {
    const a = c.attribution;
    // A person with a bare job title ("CEO Tobias Renmark") works for the story's organisation.
    // Its first word may be capitalised only as the sentence's first ("Chief technology officer
    // Hannes Lindqvist went further"); "Gartner analyst" names another organisation.
    // An office, not a public one: "Senator Maria Delgado" works for no company in the story.
    // Nor does "the group's director of research": a possessive other than the company's names
    // another party. Nor does "researcher Tomasz Wrona": some callings speak for themselves.
    const genericRole =
      a.kind === 'named' &&
      !!a.role &&
      !/\p{Lu}\p{Ll}/u.test(uncapitaliseTitle(a.role)) &&
      !PUBLIC_OFFICE.test(a.role) &&
      // "a delivery driver", "one of the drivers named in the suit": a description, no post
      // held at the company.
      !/^(?:an?|one\s+of)\s/iu.test(a.role) &&
      !INDEPENDENT_ROLE.test(a.role) &&
      !OTHER_PARTY_ROLE.test(a.role);
    const denyingParty =
      ctx.frame.denial &&
      ctx.frame.subject !== null &&
      // Its employer speaks through them: "vice president of product security at Quanta".
      (mentionOf(ctx.frame.subject, a.speaker, a.role) !== null ||
        (a.kind === 'named' && !!a.role && namesKindOf(ctx.frame.subject, a.role)) ||
        (genericRole && !!mainOrg && mentions(ctx.frame.subject, mainOrg, null)));
    const isAccused =
      !!ctx.frame.accused &&
      (mentions(ctx.frame.accused, a.speaker, a.role) ||
        (genericRole && !!mainOrg && mentions(ctx.frame.accused, mainOrg, null)));
    const stance = stanceOf(
      {
        text: c.text,
        verb: a.verb,
        isDenyingParty: denyingParty,
        // "Acme rejected the claim. '...,' said Acme lawyer Paul Grant": the sentence before
        // says what the speaker's side does with the quote.
        rebutsBefore: rebuttalBefore(c.before ?? '', a.speaker, a.role),
        isAccused,
        isDocumentOrAnonymous:
          a.kind === 'anonymous' ||
          // A text speaks ("The report", "NJPM" the "editorial"); "the study's lead author" is a
          // person.
          DOCUMENT_VOICE.test(a.speaker) ||
          /(?:^|\s)(?:editorial|website|report|study|filing)$/i.test(a.role ?? ''),
      },
      ctx.frame,
    );
    stances.push(stance);
    if (isAccused && stance === 'denial') accusedDenies = true;
    const titled = inTitle[i]?.via === 'employer' ? null : inTitle[i];
    const lower = c.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '');
    const shared = [...contentWords(c.text)].filter((w) => headline.has(w)).length;
    const headlineQuote =
      c.words >= 5 &&
      headlineQuotes.some((q) => (q.includes(' ') ? lower.includes(q) : wordAt(lower, q) >= 0));
    features.push({
      fragment: c.words < 6 ? 1 : 0,
      full: c.words >= 10 ? 1 : 0,
      // The headline repeating an unnamed voice's words ('We got her!': video shows rescue) is
      // the editor naming that voice the story's: it is not a bystander's aside.
      anonymous: a.kind === 'anonymous' && !headlineQuote ? 1 : 0,
      inherited: a.via === 'inherited' ? 1 : 0,
      inTitle: titled ? 1 : 0,
      principal: a.speaker === principal ? 1 : 0,
      inLead: !titled && mentions(`${ctx.standfirst ?? ''} ${ctx.lead}`, a.speaker, a.role) ? 1 : 0,
      matter: Math.min(1, shared / 4),
      denial: ctx.frame.denial && stance === 'denial' ? 1 : 0,
      otherParty: ctx.frame.denial && !denyingParty ? 1 : 0,
      headlineQuote: headlineQuote ? 1 : 0,
      order: c.words < 10 || a.kind === 'anonymous' ? 0 : 1 / (1 + substantive++),
      depth: c.block / Math.max(1, ctx.blockCount),
      block: c.fromQuoteBlock ? 1 : 0,
      // The words a refusal to comment names ('does not comment on "rumors or speculation"')
      // are no statement of the speaker's, whatever they say.
      stray:
        (c.fromQuoteBlock && !mentions(ctx.prose, a.speaker, a.role)) ||
        REFUSAL_BEFORE.test(c.before ?? '')
          ? 1
          : 0,
      // Not where the headline names such voices itself ("Researchers say flaw in Corvid
      // routers ...": theirs is the story).
      onlooker:
        !titled &&
        INDEPENDENT_ROLE.test(a.role ?? '') &&
        !INDEPENDENT_ROLE.test(ctx.title) &&
        inTitle.some((m, k) => m && k !== i)
          ? 1
          : 0,
    });
  });
  return { features, stances, accusedDenies };
}

/** The quoted speaker `text` names first by name, if only one is named there first. */
function firstNamed(candidates: readonly Candidate[], text: string): string | null {
  let first = Infinity;
  const named = new Set<string>();
  for (const { attribution: a } of candidates) {
    const m = a.kind === 'named' ? mentionOf(text, a.speaker, a.role) : null;
    if (m?.via !== 'name' || m.at > first) continue;
    if (m.at < first) named.clear();
    first = m.at;
    named.add(a.speaker);
  }
  return named.size === 1 ? [...named][0]! : null;
}

export function scoreOf(f: Features, w: Features = WEIGHTS): number {
  let total = 0;
  for (const key of Object.keys(w) as (keyof Features)[]) total += f[key] * w[key];
  return total;
}

export function rankQuotes(candidates: readonly Candidate[], ctx: RankContext): Ranked {
  const { features, stances } = featuresOf(candidates, ctx);
  const ranked: Ranked = { key: null, stances: new Map(), scores: new Map(), features: new Map() };
  let bestScore = -Infinity;
  candidates.forEach((c, i) => {
    const score = scoreOf(features[i]!);
    ranked.stances.set(c, stances[i]!);
    ranked.scores.set(c, score);
    ranked.features.set(c, features[i]!);
    // The best quotation that clears its own floor: an unnamed commenter who outscores a named
    // official's fragment but not the commenter's floor leaves the key quote to the official.
    if (score > bestScore && claims(score, features[i]!)) {
      bestScore = score;
      ranked.key = c;
    }
  });
  return ranked;
}

/** "Chief technology officer" -> "chief technology officer"; "Gartner analyst" stays. */
/** Titles of public office and public service, held in no company. */
const PUBLIC_OFFICE =
  /\b(?:senator|sen\.|rep\.|representative|congress(?:wo)?man|governor|mayor|minister|mp|councill?or|lawmaker|legislator|judge|commissioner|ambassador|sheriff|prosecutor|attorney general|secretary of state|president of the united states)\b/iu;

const DOCUMENT_VOICE = /\b(?:editorial|website|report|study|filing)\b/i;

/** Callings whose bare title speaks for no company: "researcher Tomasz Wrona", "analyst Ann Lee". */
const INDEPENDENT_ROLE =
  /\b(?:(?:security\s+)?researchers?|analysts?|professors?|prof\.?|experts?|economists?|consultants?|critics?|activists?|campaigners?|academics?|journalists?|reporters?|bloggers?|commentators?|lecturers?|historians?|investors?)\b/iu;

/**
 * A headline whose subject is a kind of body ("Union slams Parcelo ...") names the body the lead
 * names ("The GMB union has accused ..."): the headline is read as "GMB union slams ...", so the
 * union's organiser is the headline's subject, as "Skype's" officer is Skype's.
 */
function namedSubject(title: string, lead: string): string {
  const first = /^(Union|Unions|Regulator|Watchdog)\b/u.exec(title)?.[1];
  if (!first) return title;
  const noun = first.toLowerCase().replace(/s$/u, '');
  const name =
    noun === 'union'
      ? new RegExp(String.raw`\b((?:\p{Lu}[\p{L}&.-]*\s+){1,3})unions?\b`, 'u').exec(lead)?.[1]
      : new RegExp(String.raw`\b${noun},?\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.-]*\s*){1,4})`, 'u').exec(
          lead,
        )?.[1];
  const named = name?.trim().replace(/^The\s+/u, '');
  return named ? `${named} ${title}` : title;
}

/** A refusal to comment that quotes what it will not comment on: 'does not comment on "...'. */
const REFUSAL_BEFORE =
  /\b(?:do(?:es)?\s+not|don[’']t|doesn[’']t|declined\s+to|would\s+not|wouldn[’']t|will\s+not|won[’']t|never)\s+comments?\s+on\s+(?:what\s+it\s+called\s+)?["“‘']?$/iu;

/** "the company's head of driver operations": a post at the story's organisation. */
const COMPANY_ROLE = /^the\s+(?:company|firm|business|startup|start-up|platform)['’]s\s/iu;

/** "the group's director", "the union's lawyer": a role with a party other than the company. */
const OTHER_PARTY_ROLE =
  /\bthe\s+(?!(?:company|firm|business|startup|start-up)['’]s\b)\p{Ll}+['’]s\s/u;

function uncapitaliseTitle(role: string): string {
  const first = /^\p{L}+/u.exec(role)?.[0] ?? '';
  const title =
    isRoleWord(first) ||
    /^(?:chief|senior|vice|deputy|executive|former|acting|interim|managing|general|lead|principal|head)$/i.test(
      first,
    );
  return title ? first.toLowerCase() + role.slice(first.length) : role;
}

/** The sentence right before a quotation says the speaker's side rejects or denies something. */
function rebuttalBefore(before: string, speaker: string, role: string | null): boolean {
  const sentence = /([^.!?]*)[.!?]["”’]?\s*$/u.exec(before)?.[1] ?? '';
  return REBUTS.test(sentence) && mentions(sentence, speaker, role);
}
const REBUTS =
  /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|rebutted|refuted|pushed back|hit back|hits back|(?:strongly\s+)?disagree[sd]?\s+with|contest(?:s|ed)\s+(?:the|its|their)\b)\b/iu;
