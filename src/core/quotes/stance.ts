/**
 * Stance: is this quotation a denial (it denies, rebuts or dismisses an accusation) or a claim?
 *
 * The headline and standfirst set the frame ("X denies Y", "X hits back", "X says it has not"),
 * and the frame names the denying party. Inside a denial frame the denying party's quotes are
 * denials and everyone else's are not, even an accuser saying "false". Outside one, a quote must
 * dismiss something reported ("the report is false") to count: negations alone ("we will not
 * accept ...") are claims.
 */
import { CJK_NEGATION, cjkDenialSubject } from './cjk';
import type { Stance } from '../types';

/**
 * The cue patterns below are written in lower case and run on `folded` text, not with the `i`
 * flag: with `u`, `i` makes V8 close every Unicode class over case when it compiles the pattern,
 * three times the cost, and a fresh popup compiles each pattern it uses (bench/NOTES.md).
 */
function folded(text: string): string {
  // The one capital whose lower case is two characters: indices into the text must hold.
  return text.replace(/\u0130/g, 'i').toLowerCase();
}

/**
 * Headline verbs and words that frame a story as a denial or rebuttal. A verdict word counts as
 * the headline's verdict ("report is false", "bogus report", "'baseless', says ..."), not as a
 * plain adjective ("incorrect battery levels", "misleading ads"); "dismisses" only with what it
 * dismisses (claims, concerns, a report: "Intel dismisses 15,000 staff" is no rebuttal);
 * "insists on" is a demand; a "denial of service" is an attack.
 */
const FRAME_CUE =
  /\b(den(?:y|ies|ied|ial|ials)(?!\s+(?:\p{L}+['’]s\s+|\p{L}+\s+){0,2}(?:bid|motion|request|appeal|bail|application|petition|permission|injunction)\b|[\s-]+of[\s-]+service)|reject(?:s|ed|ing)?|rubbish(?:es|ed|ing)?|fir(?:es|ed|ing)\s+back|(?:slam(?:s|med)?|blast(?:s|ed)?|hits?\s+out\s+at|lash(?:es|ed)?\s+out\s+at|respond(?:s|ed)?\s+to)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|claims?|allegations?|accusations?|criticism|critics|story|article)|(?:call(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|dub(?:s|bed)?)\s+[^.]{0,60}?["“'‘](?:pure\s+|complete\s+|total\s+)?(?:fiction|fantasy|lies|fabricat\w*|made[- ]up|false|nonsense|baseless|rubbish)|(?<!\bto\s)dismiss(?:es|ed|ing)?(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|criticism|critics|suggestions?|characteri[sz]ations?|findings?|conclusions?|assertions?|charges?|rumou?rs?|story|stories|article|accounts?|complaints?|concerns?|fears?|worries|speculation|idea|notion)\b|\s+[^.]{0,60}?\s+as\b|\s*(?:[,.:;!?'"’”)]|$))|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|insist(?:s|ed|ing)?(?!\s+on\b)|hit(?:s|ting)?\s+back|push(?:es|ed|ing)?\s+back(?=\s+(?:on|against|at|over|as|after)\b|\s*[,.:;!?]|\s*$)|downplay(?:s|ed|ing)?|play(?:s|ed|ing)?\s+down|(?:shrug(?:s|ged|ging)?|brush(?:es|ed|ing)?|wav(?:e|es|ed|ing))\s+off|disput(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)\s+down|falsely|no\s+truth|fake\s+news|(?:bogus|false|untrue|baseless|inaccurate|incorrect|misleading|unfounded|groundless|nonsense)(?=\s+(?:report|claims?|story|allegations?|accusations?|rumou?rs?)\b|\s+(?:says?|said|claims?|insists?)\b|\s*(?:[,.:;!?'"’”)]|$)))\b|(?<![\p{L}])(?:weis(?:t|en)\b.{0,60}\bzurück|zurückgewiesen|bestreit\w*|dementier\w*|widersprich\w*|widerspr[ia]cht|dément\w*|démenti\w*|rejett\w*|contest(?:e|ent|é|ée)|nie(?:nt)?|niega\w*|desmient\w*|rechaz\w*|smentisc\w*|smentit\w*|neg(?:a|ano|ou|am)|desment\w*|ontk(?:ent|ennen|end)|weerlegt|verwerpt|опроверг\p{L}*|отрица\p{L}*|zaprzecz\p{L}*|dementuj\p{L}*|popírá|popřel\p{L}*|reddett?i\p{L}*|yalanlad\p{L}*|membantah|menyangkal|menampik)(?=[\s,.;:!?]|$)/u;
/**
 * Every cue, for matchAll (which copies it, so the shared one keeps no state). Built once: a
 * RegExp made per call is compiled again after every major collection.
 */
const FRAME_CUES = new RegExp(FRAME_CUE.source, 'gu');
/** "X says it has not ...", "No word from ...": a negated claim attributed to a party. */
const NEGATED_SAY =
  /(?:\b(?:says?|said|insists?)\b|:)[^.]*?(?:\b(?:not|no|never|nothing)\b|n[’']t\b)|^\s*no\s+\w+\s+from\b/i;

/** Words in a quotation that dismiss what was reported. */
const DISMISSAL =
  /\b(false|falsely|untrue|not\s+true|baseless|unfounded|groundless|without\s+(?:any\s+)?(?:merit|foundation|basis)|no\s+(?:truth|basis|merit|evidence|such)|categorically|reject(?:s|ed)?|den(?:y|ies|ied)|disput(?:es?|ed|ing)|misrepresent\w*|inaccurate|incorrect|misleading|(?:flat-out|simply|just|is|are|was|were|[’']s)\s+wrong|rumou?rs?|nothing\s+of\s+the\s+sort|nothing\s+could\s+be\s+(?:further|more\s+contrary)|contrary\s+to|fake|smear|speculation|nonsense|absurd|ridiculous|fabricat\w+|(?:a\s+work\s+of|pure|complete|total|utter)\s+fiction|made[- ]up|distort\w*|mischaracteri[sz]\w+|at\s+no\s+(?:point|time))\b|(?<![\p{L}])(?:sans\s+fondement|infondée?s?|mensong\w+|contest(?:ons|e)|démentons|sin\s+fundamento|infundad[oa]s?|rechazamos|negamos|desmentimos|haltlos\w*|unbegründet\w*|entbehr\w*\s+jeder\s+grundlage|weisen\s+\w+(?:\s+\w+){0,3}\s+zurück|bestreiten|infondat[oaie]|smentiamo|respingiamo|sem\s+fundamento|rejeitamos|ongegrond\w*|ontkennen)(?![\p{L}])/u;
/**
 * Negations that deny an action ("has never", "did not", "have not", "issued no such"), also in
 * German, French and Spanish ("nicht", "keinerlei", "jamais", "aucun", "nunca").
 */
const NEGATION =
  /\b(?:not|cannot|never|no|nothing|nobody|no-one|neither|nor|none)\b|\bno\s+one\b|n[’']t\b|\bremains?\s+on\s+(?:schedule|track)\b|(?<![\p{L}])(?:nicht|nichts|nie|niemals|niemand|kein\w*|pas|jamais|aucune?|rien|nunca|ningún|ninguna?|nada|nadie|mai|nessun[oa]?|niente|nulla|não|nenhum[a]?|niet|geen|nooit|niets|не|нет|никогда|ничего|nie|nigdy|nikdy|tidak|bukan|belum|hiçbir|asla|değil)(?![\p{L}])|(?<![\p{L}])non(?![\p{L}-])/u;
/** What a denial is about: the report, the claims, the story. */
const REPORTED =
  /\b(report(?:s|ed|ing)?|claims?|allegations?|accusations?|stor(?:y|ies)|article|media|press|suggest\w*|rumou?rs?|speculation|note|account|coverage)\b/i;

/** The accusation referred to as such: "these allegations", "that report", "a convenient story". */
const ANSWERED =
  /\b(?:the|that|this|these|those|such)\s+(?:\p{L}+\s+)?(?:claims?|allegations?|accusations?|reports?|rumou?rs?|suggestions?)\b|\bstor(?:y|ies)\b/u;

/** A holding statement: the party is looking into what was reported, and says no more. */
const HOLDING =
  /\b(?:(?:are|is|am)\s+(?:currently\s+|now\s+)?(?:reviewing|investigating|looking\s+into|examining|assessing)|will\s+(?:respond|comment)\s+(?:in\s+due\s+course|shortly|once|when|later)|(?:are|is)\s+aware\s+of)\b/u;

const DENIAL_VERBS = new Set([
  'deny',
  'reject',
  'dismiss',
  'rebut',
  'refute',
  'insist',
  'dispute',
  'counter',
  'retort',
]);

/**
 * A speaker's categorical denial of their own part, which needs no accusation in the quote:
 * "At no time was I aware of ...", "At no point did we share ...", "At no time did Dick Clark
 * Productions agree to ..." (the party itself, named).
 */
const OWN_DENIAL =
  /\b[Aa]t\s+no\s+(?:point|time|stage)\s+(?:was|were|did|do|does|have|has|had|would|could)\s+(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|the\s+company|\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\b/u;

/**
 * A two-word verdict that is a whole denial ("without merit", "completely false", "strongly
 * disputes"): short enough to pass for a scare quote, but the story's answer when a speaker's
 * clause reports it ("Vexa said the claims were 'without merit'").
 */
export function isShortDismissal(text: string): boolean {
  return DISMISSAL.test(folded(text));
}

export interface Frame {
  denial: boolean;
  /** Text around the frame cue, for matching the denying party. */
  subject: string | null;
  /**
   * Outside a denial frame, the party the headline accuses ("Regulators accuse Vantage Bank of
   * ...", "Lumio accused of ..."): its negations answer the accusation.
   */
  accused?: string | null;
  /**
   * The accused is the headline's subject ("Vexa accused of ...", "Vexa sued over ..."), not the
   * object of an accuser's verb ("Regulators accuse Vexa of ...", whose subject leads).
   */
  accusedLeads?: boolean;
}

/**
 * "X accuses Y of", "Y accused of", "Y sued over", "Y charged with", "Y under fire for". The
 * object of an active verb is never a preposition's phrase: "sued over sale of data" is passive.
 */
const ACCUSES =
  /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|su(?:e|es|ed|ing))\s+(?!(?:over|for|of|by|with)\s)(.{2,60}?)\s+(?:of|for|over)\b/iu;
/**
 * The passive, maybe with its agent ("Vexa accused by researchers of selling data"), and the
 * headline idioms that make the accused their subject ("Vexa faces lawsuit over", "Vexa slammed
 * for").
 */
const ACCUSED =
  /^(.{2,60}?)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:(?:accused|blamed|sued|charged|fined)\s+by\s+[^,:;]{2,40}?\s+(?:of|for|over|with)|accused\s+of|blamed\s+for|sued\s+(?:over|for)|charged\s+with|fined\s+(?:over|for)|under\s+fire\s+(?:for|over)|(?:criticised|criticized|slammed|blasted|condemned)\s+(?:for|over)|(?:faces?|facing|hit\s+with)\s+(?:an?\s+|new\s+)?(?:lawsuits?|legal\s+action|accusations?|allegations?|criticism|backlash|probe|investigation|complaints?|fine)\s+(?:over|for))\b/iu;

/** The party a headline accuses, and whether the headline is about them (the passive). */
function readAccused(title: string): Pick<Frame, 'accused' | 'accusedLeads'> {
  const passive = ACCUSED.exec(title)?.[1];
  if (passive) return { accused: passive, accusedLeads: true };
  return { accused: ACCUSES.exec(title)?.[1] ?? null };
}

/** Where the first frame cue outside quotation marks stands, or -1. */
function cueAt(text: string): number {
  // A reaction the headline quotes ("'Absolutely false': Mayor denies ...") is not its verb:
  // the first cue outside quotation marks is, and what precedes it names the denying party.
  const quoted = Array.from(text.matchAll(/[‘'“"][^‘’'“”"]*[’'”"]/gu), (m) => [
    m.index,
    m.index + m[0].length,
  ]);
  const cues = Array.from(folded(text).matchAll(FRAME_CUES));
  const cue = cues.find((c) => !quoted.some(([a, b]) => c.index >= a! && c.index < b!)) ?? cues[0];
  return cue ? cue.index : -1;
}

/**
 * A headline's party the lead does not name is a description: "Telco rejects claims ...",
 * "Chipmaker denies ...", "Cloud giant hits back ...". The lead's own sentence with a cue names
 * it ("Fibrenet has rejected claims ..."): that part of it is the denying party too.
 */
function namedInLead(subject: string, lead: string): string {
  if (!lead || subject.split(/\s+/).some((w) => w.length >= 3 && lead.includes(w))) return subject;
  const first = lead.slice(0, 300);
  const at = cueAt(first);
  const named = at > 0 ? first.slice(0, at).trim() : '';
  // The lead's subject only: a few words before its verb ("Cloud storage provider Nimbus has"),
  // not a clause that names the other party ("More than 300 contributors to the Vexa database
  // have signed an open letter rejecting ..."). A pronoun or an article names no one.
  return named.split(/\s+/).length <= 6 &&
    /\p{Lu}/u.test(named.replace(/^(?:The|A|An|It|They|He|She)\b/, ''))
    ? `${named} ${subject}`
    : subject;
}

/**
 * Reads the story frame from the headline and standfirst; the lead (the story's first
 * paragraph) names a party the headline only describes.
 */
export function readFrame(title: string, standfirst: string | null, lead = ''): Frame {
  for (const text of [title, standfirst ?? '']) {
    const cjk = cjkDenialSubject(text);
    if (cjk) return { denial: true, subject: cjk };
    const at = cueAt(text);
    if (at >= 0)
      return { denial: true, subject: namedInLead(text.slice(0, at).trim() || text, lead) };
    if (NEGATED_SAY.test(text)) {
      const colon = text.indexOf(':');
      // "Findstream: Our cookies gathered no data" / "No word from X on Y: R&M".
      const subject =
        colon >= 0
          ? text.slice(0, colon).split(/\s+/).length <= 3
            ? text.slice(0, colon)
            : text.slice(colon + 1)
          : text.slice(0, text.search(/\b(says?|said|insists?)\b/i)).trim();
      return { denial: true, subject: subject || text };
    }
  }
  return { denial: false, subject: null, ...readAccused(title) };
}

export interface StanceInput {
  text: string;
  verb: string | null;
  /** The speaker is the frame's denying party. */
  isDenyingParty: boolean;
  /** The speaker is a text (an editorial, a website) or an unnamed bystander. */
  isDocumentOrAnonymous: boolean;
  /** The sentence before the quotation has the speaker's side reject or deny something. */
  rebutsBefore?: boolean;
  /** The speaker is the party the headline accuses (Frame.accused). */
  isAccused?: boolean;
}

/** Declining to comment: "we don't comment on market rumours", "we won't speculate". */
const NO_COMMENT =
  /\b(?:do(?:es)?\s+not|don[’']t|doesn[’']t|never|will\s+not|won[’']t|cannot|can[’']t|declines?\s+to|not\s+going\s+to)\s+(?:comment|speculate)\b/i;
/** What still denies beside a refusal to comment ("..., but the report is false"). */
const PLAIN_DENIAL = /\b(?:false|untrue|not\s+true|baseless|unfounded|inaccurate|incorrect)\b/i;

export function stanceOf(q: StanceInput, frame: Frame): Stance {
  // A refusal to comment denies nothing, whatever the frame: readers must not see "Denial".
  if (NO_COMMENT.test(q.text) && !PLAIN_DENIAL.test(q.text)) {
    return q.isDocumentOrAnonymous ? 'other' : 'claim';
  }
  const text = folded(q.text);
  const dismisses = DISMISSAL.test(text);
  if (frame.denial) {
    if (!q.isDenyingParty) return q.isDocumentOrAnonymous ? 'other' : 'claim';
    if (
      (q.verb && DENIAL_VERBS.has(q.verb)) ||
      dismisses ||
      NEGATION.test(text) ||
      CJK_NEGATION.test(text)
    )
      return 'denial';
    // A rebuttal need not negate: "Calling that hoarding is a convenient story for a competitor".
    // The denying party speaking of the claim or the story answers it ("excessive claims in the
    // South China Sea" are no claim about them).
    // A holding line ("We are reviewing the report and will respond") answers nothing yet.
    if (HOLDING.test(text)) return 'claim';
    if (ANSWERED.test(text) || q.rebutsBefore) return 'denial';
    return 'claim';
  }
  if (q.rebutsBefore) return 'denial';
  // The accused answering the accusation: "We did not hide anything."
  if (q.isAccused && (NEGATION.test(text) || dismisses)) return 'denial';
  if (q.verb && DENIAL_VERBS.has(q.verb) && (dismisses || NEGATION.test(text))) return 'denial';
  if (dismisses && REPORTED.test(q.text) && NEGATION.test(text)) return 'denial';
  if (OWN_DENIAL.test(q.text)) return 'denial';
  // A verdict of a few words ("shocking and false", "completely untrue"): what it calls false is
  // the news, unnamed. (Not "rumors or speculation", the words a refusal to comment names.)
  if (PLAIN_DENIAL.test(q.text) && q.text.split(/\s+/).length <= 4) return 'denial';
  if (
    /\b(false|untrue|not\s+true|baseless|unfounded|categorically\s+den\w+)\b/i.test(q.text) &&
    REPORTED.test(q.text)
  )
    return 'denial';
  return q.isDocumentOrAnonymous ? 'other' : 'claim';
}
