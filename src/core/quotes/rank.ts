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
import { words, type Entities } from './entities';
import { FUNCTION_WORDS } from './lexicon';
import { findMarkSpans } from './marks';
import { stanceOf, type Frame } from './stance';

export interface Candidate {
  text: string;
  words: number;
  block: number;
  attribution: Attribution;
  fromQuoteBlock: boolean;
}

export interface RankContext {
  title: string;
  standfirst: string | null;
  frame: Frame;
  ents: Entities;
  blockCount: number;
  /** The lead paragraph: who it names is prominent. */
  lead: string;
}

/** Below this score no quote is the key quote. */
const CLAIM_FLOOR = 1;

/** Content words, crudely stemmed so "denies"/"denied" and "cookie"/"cookies" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || FUNCTION_WORDS.has(w)) continue;
    out.add(w.replace(/(?:ies|es|s|ed|ing|ly)$/u, '').slice(0, 7));
  }
  return out;
}

/** Does `text` mention this speaker: full name, surname, an org's first word or its initials? */
export function mentions(text: string, speaker: string, role: string | null): boolean {
  const hay = text.toLowerCase();
  const tokens = words(speaker).map((w) => w.toLowerCase().replace(/[’']s$/u, ''));
  const significant = tokens.filter((t) => t.length >= 3 && !FUNCTION_WORDS.has(t));
  const hit = (t: string): boolean =>
    new RegExp(`(^|[^\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(
      hay,
    );
  if (significant.some(hit)) return true;
  // "BK" for "Brandt-Keller", "R&M" for "Rathore & Mehta".
  const initials = speaker
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(text)) return true;
  if (role) {
    // A person speaking for a party the text names: "Skype's chief development ... officer".
    const owner = /^([\p{Lu}][\p{L}&-]+(?:\s[\p{Lu}][\p{L}&-]+)*)[’']s\b/u.exec(role)?.[1];
    if (owner && hit(owner.toLowerCase())) return true;
    const firstWord = /^(\p{Lu}[\p{L}&-]+)\s/u.exec(role)?.[1];
    if (firstWord && hit(firstWord.toLowerCase())) return true;
  }
  return false;
}

export interface Ranked {
  key: Candidate | null;
  stances: Map<Candidate, Stance>;
  scores: Map<Candidate, number>;
}

export function rankQuotes(candidates: readonly Candidate[], ctx: RankContext): Ranked {
  const stances = new Map<Candidate, Stance>();
  const scores = new Map<Candidate, number>();
  const frameText = `${ctx.title} ${ctx.standfirst ?? ''}`;
  const headline = contentWords(frameText);
  // Quotations the headline itself carries ('We had some issues,' exec says).
  const headlineQuotes = findMarkSpans([ctx.title])
    .map((s) => s.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ''))
    .filter((t) => t.split(' ').length >= 2);
  const perSpeaker = new Map<string, number>();
  for (const c of candidates) {
    perSpeaker.set(c.attribution.speaker, (perSpeaker.get(c.attribution.speaker) ?? 0) + 1);
  }

  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const a = c.attribution;
    const denyingParty =
      ctx.frame.denial &&
      ctx.frame.subject !== null &&
      mentions(ctx.frame.subject, a.speaker, a.role);
    const stance = stanceOf(
      {
        text: c.text,
        verb: a.verb,
        isDenyingParty: denyingParty,
        isDocumentOrAnonymous:
          a.kind === 'anonymous' || /\b(editorial|website|report|study|filing)\b/i.test(a.speaker),
      },
      ctx.frame,
    );
    stances.set(c, stance);

    let score = 0;
    // Length: fragments carry little; past a sentence or two, length adds nothing.
    score += c.words < 6 ? -1.5 : c.words < 10 ? 0 : 0.8;
    // Who: a named person or organisation, not "one commenter".
    score += a.kind === 'anonymous' ? -2 : 0.5;
    if (a.via === 'inherited') score -= 0.2;
    // Prominence: the headline or the lead names the speaker.
    if (mentions(ctx.title, a.speaker, a.role)) score += 2;
    else if (mentions(`${ctx.standfirst ?? ''} ${ctx.lead}`, a.speaker, a.role)) score += 1;
    score += Math.min(1, 0.3 * ((perSpeaker.get(a.speaker) ?? 1) - 1));
    // Matter: words shared with the headline and standfirst.
    const shared = [...contentWords(c.text)].filter((w) => headline.has(w)).length;
    score += Math.min(2, 0.5 * shared);
    // Frame: in a denial story, the denying party's denial.
    if (ctx.frame.denial) {
      if (stance === 'denial') score += 3;
      else if (!denyingParty) score -= 1;
    }
    const lower = c.text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '');
    if (headlineQuotes.some((q) => lower.includes(q))) score += 2.5;
    // Position: earlier is likelier to carry the story.
    score -= 1.2 * (c.block / Math.max(1, ctx.blockCount));
    if (c.fromQuoteBlock) score -= 0.3;
    scores.set(c, score);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return { key: best && bestScore >= CLAIM_FLOOR ? best : null, stances, scores };
}
