/**
 * Who said it: reads the reporting clause around each quotation, after it (`"...," said X`,
 * `"...," X told Reuters`, `"...," according to X`), before it (`X said: "..."`,
 * `X wrote in a blog post that "..."`) or between the halves of a split quote, and resolves
 * pronouns, descriptions ("the Finnish company") and unnamed spokespeople to a named speaker.
 */
import { chineseClause, japaneseClause, wholeJapaneseName, type CjkClause } from './cjk';
import { CALENDAR_WORDS } from '../dates';
import { splitSentences } from '../sentences';
import type { Entities } from './entities';
import {
  looksLikePersonName,
  isCourtesyTitle,
  isRoleWord,
  roleAppositive,
  rolePremod,
  servedSplit,
  trimAdjuncts,
  TITLE_OF_ADDRESS,
  words,
} from './entities';
import {
  FUNCTION_WORDS,
  INSTITUTIONS,
  ORG_NICKNAMES,
  ORG_NOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  VOICE_NOUNS,
  WEAK_VERBS,
  reportingLemma,
} from './lexicon';

export interface Located {
  /** Paragraph of the opening mark and offset of the mark. */
  first: number;
  start: number;
  /** Paragraph of the closing mark and offset just past it. */
  last: number;
  end: number;
  text: string;
}

export interface Attribution {
  speaker: string;
  role: string | null;
  /** The reporting verb's lemma ("deny", "say"), when one was read. */
  verb: string | null;
  /** Where the attribution came from, for ranking: an unnamed person is weaker evidence. */
  kind: 'named' | 'org' | 'anonymous';
  /** How it was found: read from a clause, or inherited from the previous quotation. */
  via: 'after' | 'before' | 'intro' | 'inherited' | 'inside';
  /** The attribution clause as written ("said Mark Gillett, ... in a blog post"). */
  clause: string;
}

/** A noun phrase as written, before it is resolved against the article. */
interface SpeakerRef {
  kind: 'name' | 'pronoun' | 'orgNoun' | 'voice' | 'anonymous';
  name?: string;
  role?: string | null;
  pronoun?: 'person' | 'org' | 'group' | 'self';
  /** The clause itself shows a person: a job title set off before the name. */
  person?: boolean;
  /** Who speaks with the named person: "Nair" of "Nair and Beck said in a joint statement". */
  partner?: string;
  /** A post a who-clause gives ("founder of Vexa"), when the story gives the person no role. */
  post?: string;
  text: string;
}

/**
 * Hides quoted words so reporting verbs inside quotations are never read as attribution. A full
 * stop, question or exclamation mark that ends the quotation stays: it ends the sentence too
 * ('... released "in the coming weeks." A Corvid spokesperson, Mei Tanaka, told ...').
 */
export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) {
    const from = Math.min(s.start + 1, s.end);
    let to = Math.max(from, s.end - 1);
    if (to > from && /[.!?]/u.test(text.charAt(to - 1)) && s.end <= text.length) to--;
    out = out.slice(0, from) + '\u00b7'.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** Words (inner dots kept: "U.S", "S.p.A") and single punctuation marks. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&’'-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

interface Tok {
  text: string;
  index: number;
}
function tokenize(text: string): Tok[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ text: m[0], index: m.index }));
}
const bare = (w: string): string => w.toLowerCase().replace(/[.’']+$/u, '');

/** Words that cannot be in a speaker noun phrase: finite verbs and clause openers. */
const NOT_IN_NP =
  /^(is|was|are|were|be|been|has|have|had|will|would|could|should|may|might|must|can|do|does|did|which|that|because|if|when|where|while|since|although|though|not|no|there|than|so|to|into|then|but|yet|nor)$/i;
const NP_ADVERBS =
  /^(also|later|then|further|once|again|previously|earlier|recently|now|subsequently|too|simply|flatly|categorically|firmly|repeatedly|quickly|immediately|finally|separately|still|just|instead|has|had|have|would|will|did|does|himself|herself|itself)$/i;

/** A time, set where a speaker would stand: "weeks before the company ...", "two days later". */
const TIME_ADVERBIAL =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?|shortly|soon|not long)\s+(?:before|after|later|earlier|ago)\b/iu;

/**
 * "who founded Vexa in 2015", "who runs Orbit": a post at that company (not "who runs Vexa's
 * European business", a part of it).
 */
const WHO_LED =
  /,?\s+who\s+(co-?founded|founded|leads|led|runs|ran|heads|headed|chairs|chaired)\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})(?![\p{L}&.'’-])/u;

/** "who led the study", "who wrote the report": the author of the text the story is about. */
const WHO_WROTE =
  /,?\s+who\s+(led|co-?led|authored|co-?authored|wrote)\s+(the\s+(?:study|research|report|paper|review|survey|analysis))\b/u;

/**
 * Splits "X, ROLE" into name and role (either order: "Senate Leader, Ahmad Lawan"). A who-clause
 * that says what the person founded or runs gives the role the story gave no other.
 */
export function interpret(npRaw: string, ents: Entities): SpeakerRef | null {
  const led = WHO_LED.exec(npRaw) ?? WHO_WROTE.exec(npRaw);
  if (!led) return interpretPhrase(npRaw, ents);
  // "Patel — who founded Orbit in 2015 — told CNBC": the dash that opened the clause goes too.
  const ref = interpretPhrase(npRaw.slice(0, led.index).replace(/[\s,—–]+$/u, ''), ents);
  const verb = led[1]!;
  const object = led[2]!;
  // "the study's lead author": a person, where a role ending in "study" is the text's voice.
  const post = object.startsWith('the ')
    ? `${object}'s ${/led$/.test(verb) ? 'lead author' : 'author'}`
    : `${
        /found/.test(verb)
          ? verb.startsWith('co')
            ? 'co-founder'
            : 'founder'
          : /^chair/.test(verb)
            ? 'chair'
            : 'head'
      } of ${object}`;
  // Who founded or runs a company, or wrote a study, is a person.
  return ref?.kind === 'name' ? { ...ref, post, person: true } : ref;
}

function interpretPhrase(npRaw: string, ents: Entities): SpeakerRef | null {
  let np = npRaw
    .replace(/\([^)]*\)/gu, ' ')
    // "Patel — who founded Orbit in 2015 — told CNBC": a pair of dashes sets off what commas do.
    .replace(/\s[—–]\s([^—–]+)\s[—–](?=\s|$)/gu, ', $1,')
    // Quote marks go; a curly apostrophe inside a word stays ("Disney’s chairman").
    .replace(/[\u00b7"“”‘]+|’(?!\p{L})|(?<!\p{L})’/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "who is also an executive at SoftBank" is a role, and ends the name.
  let whoRole: string | null = null;
  const who =
    /,?\s+who\s+(?:is|was|are|were)\s+(?:also\s+|now\s+)?((?:an?|the|\p{Lu}[\p{L}&.-]*['’]s)\s+[^,.;]+)/iu.exec(
      np,
    );
  if (who) {
    whoRole = trimAdjuncts(who[1]!);
    np = np.slice(0, who.index);
  }
  np = np.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "in the statement", "to reporters": an adjunct, not a speaker. So is a time ("weeks before
  // the company confirmed a raise", "two days later").
  if (!np || /^(in|on|at|during|via|from|with|by|after|before|to|for|of|through)\b/i.test(np))
    return null;
  if (TIME_ADVERBIAL.test(np)) return null;

  // "Said one legal expert": an inverted verb left at the front.
  const lead = /^(\p{L}+)\s+/u.exec(np);
  if (lead && reportingLemma(lead[1]!)) np = np.slice(lead[0].length);
  // A relative clause ends the phrase, but may name the source of a document: "a report that
  // first appeared on SupplyLine Asia".
  const rel = /\s+(?:that|which|who|whose)\s+(.*)$/iu.exec(np);
  if (rel) {
    const main = np.slice(0, rel.index);
    const source = ents.runs(rel[1]!).pop();
    if (DOCUMENT.test(words(main).pop() ?? '') && !ents.runs(main).length && source) {
      return { kind: 'name', name: source.name, role: null, text: np };
    }
    np = main;
  }

  // "As Vexa CEO Dana Cole put it, ...": the sentence's "As" is no part of the subject.
  const parts = np
    .replace(/^(?:As|AS)\s+/u, '')
    .split(/\s*,\s*/)
    .filter(Boolean);
  const untrimmed = parts[0]!;
  let head = trimAdjuncts(untrimmed);
  let appos = parts.slice(1).join(', ');
  // "Senate Leader, Ahmad Lawan": the role came first.
  if (
    appos &&
    ents.runs(appos).length &&
    words(head).some((w) => isRoleWord(w)) &&
    !ents.runs(head).some((r) => ents.isPerson(ents.personPart(r.name).name))
  ) {
    [head, appos] = [trimAdjuncts(appos), head];
  }
  head = head.replace(/^(?:and|but|so|yet|however|then|also)\s+/i, '').trim();
  const headWords = words(head);
  if (!headWords.length || headWords.length > 14) return null;
  if (headWords.some((w) => NOT_IN_NP.test(w))) return null;

  const lower = head.toLowerCase();
  if (lower in PRONOUNS) return { kind: 'pronoun', pronoun: PRONOUNS[lower], text: head };

  const role = whoRole ?? (appos ? roleAppositive(`, ${appos}`) : null);
  const runs = ents.runs(head);
  const last = headWords[headWords.length - 1]!.replace(/[’']s$/u, '');
  const lastLower = last.toLowerCase();

  // "a Lumora spokesman", "the Tellaro Mobile statement", "a spokesperson for the NYAG",
  // "a statement issued by Tellaro's PR company", "A director at Greyfriars Communications".
  // "Rep." before a name is a title (Representative), not a sales rep.
  const voiceWord = headWords.find(
    (w) => VOICE_NOUNS.has(bare(w)) && !/^\p{Lu}\p{Ll}*\.$/u.test(w),
  );
  // The phrase ends in a name (possibly "Martin Taylor of Aberdeenshire": the run reaches the end).
  const endsInName =
    runs.length > 0 && head.slice(runs[runs.length - 1]!.end).replace(/[\s.,]/g, '') === '';
  // "Streamly spokesperson David Chen": the voice has a name, and the name speaks.
  const lastRun = runs[runs.length - 1];
  const namedVoice =
    !!voiceWord &&
    endsInName &&
    head.indexOf(voiceWord) < lastRun!.offset &&
    ents.isPerson(ents.personPart(lastRun!.name).name);
  if (
    (voiceWord && !namedVoice) ||
    (isRoleWord(headWords[0]!.replace(/^(an?|the|one)$/i, '')) &&
      endsInName &&
      /\b(at|of|for|from|with)\s+\S+/i.test(head) &&
      // "Secretary of State Mike Pompeo": the run holds the role, then the person.
      !ents.isPerson(ents.personPart(runs[runs.length - 1]!.name).name))
  ) {
    const named = <T extends { name: string }>(rs: T[]): T | undefined =>
      rs.find((r) => !isRoleWord(r.name) && !/^(PR|PA|AP)$/.test(r.name));
    // "a statement from Apple": the adjunct trimmed off the head names whose voice it is.
    const from = voiceWord
      ? /^\s+from\s+(?:the\s+)?(.+)$/u.exec(
          untrimmed.slice(untrimmed.indexOf(voiceWord) + voiceWord.length),
        )?.[1]
      : undefined;
    // "a memo from Vexa chief executive Dana Cole": a text from a person is theirs.
    const author = from ? fromPerson(from, ents) : null;
    if (author) return author;
    const inHead = named(runs);
    const org = inHead ?? (from ? named(ents.runs(from)) : undefined);
    // A spokesperson's job is their role; so is a publication's kind of text ("NJPM editorial").
    const voiceRole =
      voiceWord && /^(spokes|rep|editorial)/i.test(voiceWord) ? bare(voiceWord) : null;
    const personRole = headWords.find((w) => isRoleWord(w) && !VOICE_NOUNS.has(bare(w)));
    const r = role ?? voiceRole ?? (personRole ? bare(personRole) : null);
    // "A Number 10 spokesman", "a Channel 4 spokesperson": a number can end the name.
    const number = inHead ? /^\s+(\d{1,4})\b/u.exec(head.slice(inHead.end))?.[1] : undefined;
    if (org && !ents.isPerson(org.name)) {
      const name = number ? `${org.name} ${number}` : org.name;
      return { kind: 'name', name, role: r, text: head };
    }
    // "the letter signed by seven physicians": its unnamed signers speak, not the story's
    // organisation.
    const signers = /\b(?:signed|written|sent)\s+by\s+(.+)$/iu.exec(head)?.[1];
    if (!org && signers) return { kind: 'anonymous', text: signers, role: null };
    if (!org) return { kind: 'voice', role: r, text: head };
  }

  // "A union representing warehouse staff at Brightway": the name qualifies the described
  // speaker, who is not Brightway.
  const described = /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}?\p{Ll}+ing\s/u.exec(head);
  if (described && runs.every((r) => r.offset >= described[0].length)) {
    return { kind: 'anonymous', text: head, role };
  }

  if (runs.length) {
    let run = runs[runs.length - 1]!;
    // "Robin Biesbroek of the CDF": the speaker comes before the preposition, and the name after
    // it is whom they speak for.
    const prevRun = runs[runs.length - 2];
    let affiliation: string | null = null;
    if (
      prevRun &&
      /^\s+(?:of|at|from|with)\s+(?:the\s+)?$/iu.test(head.slice(prevRun.end, run.offset))
    ) {
      affiliation = endsInName ? run.name : null;
      run = prevRun;
    }
    // The speaker is the name at the end of the phrase; a name that only modifies a noun
    // ("Weibo commenter", "Finnish company") is not a speaker.
    if (endsInName || run !== runs[runs.length - 1]) {
      // Strip leading role words only from a person's name: "Corvexa CEO Stefan Marek" is Stefan
      // Marek, but "Swedish Prosecution Authority" stays whole.
      // "Ben Ross of Jefferies" read as one name: a person's name, then where they work.
      const of = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(
        run.name,
      );
      const employer = of && (ents.isPerson(of[1]!) || looksLikePersonName(of[1]!)) ? of[2]! : null;
      const whole = employer ? of![1]! : run.name;
      let part = ents.personPart(whole);
      let person = part.premod !== '' && ents.isPerson(part.name);
      // "the mayor of Greater Manchester Andy Burnham": after a role's "of", the run's first
      // words are what the role serves and its last two (three with an initial) the person.
      const served = person ? null : servedSplit(head.slice(0, run.offset), whole);
      if (served && ents.isPerson(served.name)) {
        part = served;
        person = true;
      }
      const name = person ? part.name : whole;
      const premod = person ? part.premod : '';
      // "former astronaut Tom Stafford and retired aerospace executive Tom Young": the role is
      // what follows the other person's name.
      const before = head
        .slice(0, run.offset)
        .trim()
        .split(/(?<=\p{Lu}\p{Ll}+)\s+and\s+/u)
        .pop()!;
      // The premodifier as written: a run's name drops an abbreviation's stop ("Sen. Ron Wyden"
      // is the run "Sen Ron Wyden"), which the role keeps.
      const written = words(head.slice(run.offset, run.end));
      const premodWritten =
        premod && written.length > words(premod).length
          ? written.slice(0, words(premod).length).join(' ')
          : premod;
      const roleWords = words(
        [before, premodWritten].join(' ').replace(/^\s*(?:the|a|an)\s+/i, ''),
      );
      while (roleWords.length > 1 && TITLE_OF_ADDRESS.test(roleWords[roleWords.length - 1]!))
        roleWords.pop();
      const premodRole = roleWords.join(' ');
      const roleFromHead =
        premodRole &&
        !isCourtesyTitle(premodRole) &&
        words(premodRole).some(
          (w) => isRoleWord(w.replace(/[’']s$/u, '')) || /^[A-Z]{2,4}$/.test(w),
        )
          ? premodRole
          : null;
      // "said Meta's Andy Stone": a person's name after an organisation's possessive; that
      // organisation is whom they speak for. So with "the": "the EFF's Jane Doe", "the University
      // of Michigan's Jane Doe".
      const owner =
        /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s$/u.exec(
          before,
        )?.[1];
      const employedBy =
        (owner && !ents.isPerson(owner) && looksLikePersonName(name) ? owner : null) ??
        (affiliation && !ents.isPerson(affiliation) && looksLikePersonName(name)
          ? affiliation
          : null);
      return {
        kind: 'name',
        name,
        role:
          role ??
          roleFromHead ??
          (premodRole ? rolePremod(`${premodRole} `) : null) ??
          employer ??
          employedBy,
        ...(employedBy ? { person: true } : {}),
        text: head,
      };
    }
  }
  // "Finland's foreign ministry said", "Apple's legal team said": a body of the organisation
  // named before it. A public body speaks as itself; any other part speaks for its owner.
  const owned =
    /^(\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,2})['’]s\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)$/u.exec(
      head,
    );
  if (owned && ORG_NOUNS.has(lastLower) && !ents.isPerson(owned[1]!)) {
    if (INSTITUTIONS.has(lastLower)) return { kind: 'name', name: head, role: null, text: head };
    return { kind: 'name', name: owned[1]!, role: owned[2]!, text: head };
  }
  // "Wired magazine said", "The Guardian newspaper said": an outlet named with its kind speaks
  // as itself.
  const outlet =
    /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){1,3})(?:newspaper|magazine|website|blog|broadcaster)$/u.exec(
      head,
    );
  if (outlet) return { kind: 'name', name: outlet[1]!.trim(), role: null, text: head };
  // "the company", "the Finnish company": the story's organisation. "the prosecutor's office"
  // is someone else, described.
  if (ORG_NOUNS.has(lastLower) && /^(the|its|this|that)\b/i.test(head)) {
    // "The French foreign ministry": a public body the name qualifies is that body, not the
    // story's organisation ("the Finnish company" still is).
    // So is a body of its own kind that its name qualifies: "The GMB union", "the Teamsters
    // union" speak for the union, never for the company the story is about.
    if ((INSTITUTIONS.has(lastLower) || OWN_BODIES.test(lastLower)) && /\s\p{Lu}/u.test(head))
      return { kind: 'name', name: head.replace(/^\S+\s+/u, ''), role: null, text: head };
    if (!/[’']s\b|\bof\b/u.test(head)) return { kind: 'orgNoun', text: head };
    return { kind: 'anonymous', text: head, role: null };
  }
  if (VOICE_NOUNS.has(lastLower) || /^spokes/.test(lastLower))
    return { kind: 'voice', role: /^spokes|^rep/.test(lastLower) ? lastLower : null, text: head };
  // "A doctor on the scene", "one legal expert", "officers", "federal prosecutors": a described,
  // unnamed speaker. Either a determiner opens it, or it is a short plural or role noun phrase;
  // never a verb phrase ("worried about doing justice", "affects every community").
  const determined = /^(an?|one|another|the|some|several|two|three|many|his|her|their)\s+\S/i.test(
    head,
  );
  const nounPhrase =
    headWords.length <= 3 && (isRoleWord(last) || (/s$/.test(lastLower) && lastLower.length > 3));
  const verbal = headWords.some(
    (w) =>
      // A negated auxiliary ("didn't", "wasnt"), not any word ending in "nt" ("the complaint").
      // In lower case, not with the i flag, which costs thrice as much to compile (stance.ts).
      /^(\p{L}+ing|\p{L}+ed|\p{L}+n['’]t|(?:is|was|are|were|do|does|did|has|have|had|could|would|should|wo|ca)nt|wasn|isn|don|doesn|didn|is|was|are|were|maybe|perhaps|either)$/u.test(
        w.toLowerCase(),
      ) &&
      !isRoleWord(w) &&
      // "The ruling said": a text in -ing, as "the filing" is.
      !/^(?:ruling|filing|briefing|posting|listing|finding)s?$/i.test(w),
  );
  const pronounInside = headWords.some(
    (w) => w.toLowerCase() in PRONOUNS || /^(you|your|my|our)$/i.test(w),
  );
  if ((determined || nounPhrase) && !verbal && !pronounInside && !FUNCTION_WORDS.has(lastLower)) {
    // Keep the whole description, unless it trails off into a preposition ("Billboards in").
    const full = words(untrimmed);
    const text =
      full.length <= 6 && !FUNCTION_WORDS.has(full[full.length - 1]!.toLowerCase())
        ? untrimmed
        : head;
    return { kind: 'anonymous', text, role };
  }
  return null;
}

/**
 * A word that can be the reporting verb: lower case, except at the start of the text. "Muse" in
 * "Penelope Muse Abernathy" and "Said" in a name are not verbs.
 */
function isVerbToken(word: string, index: number): boolean {
  return (index === 0 || !/^\p{Lu}/u.test(word)) && reportingLemma(word) !== null;
}

/**
 * The speaker named in the sentence after the quotation: "‘We’re not going to let customers
 * wait.’ That was the message from the technology secretary, Liz Kendall, as she ...".
 */
const CATAPHORA =
  /^\s*(?:That|This)\s+(?:was|is)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}(?:message|verdict|warning|view|promise|response|reaction|assessment|word)\s+(?:from|of)\s+(.{3,120}?)(?=\s+(?:as|when|on|in|at|after|who|during)\b|[.;]|$)/u;

function cataphora(after: string, ents: Entities): Clause | null {
  const m = CATAPHORA.exec(after);
  const ref = m ? interpret(m[1]!, ents) : null;
  return ref && m ? { ref, verb: 'say', text: m[0] } : null;
}

/** Nouns for a business, which no regulator or ministry is. */
/** A title after a determiner, or after the company's possessive: "its chief executive". */
const TITLE_REF =
  /^(?:the|its|their)\s+(?:(?:company|firm|business|startup|group)['’]s\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})$/iu;

/** Bodies that are never a part of the company a story is about: "the GMB union". */
const OWN_BODIES =
  /^(?:union|party|association|club|league|campaign|university|institute|school|hospital|newspaper|magazine|broadcaster|outlet|band)$/u;

const COMMERCIAL =
  /^(?:company|firm|biz|business|startup|start-up|\p{L}*maker|retailer|provider|operator|developer|publisher|studio|brand|carrier|lender|insurer)$/iu;

/** Nouns for a text that speaks for its author: "the report said", "a statement read". */
const DOCUMENT =
  /^(report|study|survey|paper|research|note|analysis|filing|document|letter|statement|release|post|tweet|article|story|review|memo|email)s?$/i;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The document the sentence right before is about ("The report, published by ..., is blunt."). */
function documentBefore(before: string): string | null {
  // The tail only: the pattern, anchored at the end, would be tried from every position.
  const tail = before.slice(-300);
  const sentence = /(?:^|[.!?]["”’)]?\s+)([^.!?]+)[.!?]["”’)]?\s*$/u.exec(tail)?.[1] ?? '';
  const m = /^(?:The|This|That|Its|Their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/u.exec(sentence);
  return m && DOCUMENT.test(m[1]!)
    ? capitalise(m[0]!.replace(/^(?:This|That|Its|Their)\b/u, 'The'))
    : null;
}

/** The last organisation in `text` that is the subject of a verb of saying ("Microsoft said"). */
function orgSpeakingBefore(text: string, ents: Entities): string | null {
  let found: string | null = null;
  for (const run of ents.runs(text)) {
    // "Its developer, Lumen Labs, said": the appositive's closing comma comes first.
    const verb = /^,?\s+(\p{Ll}+)/u.exec(text.slice(run.end))?.[1];
    const lemma = verb ? reportingLemma(verb) : null;
    // An outlet that "reported" or "wrote" the news is not the side that answers it.
    const part = ents.personPart(run.name);
    if (lemma && lemma !== 'report' && lemma !== 'write' && !ents.isPerson(part.name))
      // "Developer Lumen Labs said": the kind of company that opens the sentence is no part of
      // its name.
      found = ents.fullName(
        part.premod && words(part.premod).every((w) => ORG_NOUNS.has(w.toLowerCase()))
          ? part.name
          : run.name,
      );
  }
  return found;
}

/**
 * The unnamed person the last sentence of `before` is about: "One sysadmin, who asked not to be
 * named, was less than impressed." A role noun ("One analyst") or the reporter's word that the
 * source is anonymous makes the description a person's.
 */
function describedSubject(before: string): string | null {
  const m =
    /(?:^|[.!?]["”’]?\s+)((?:One|A|An|Another)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+))(?=,|\s+who\b|\s+(?:was|were|said|told|added|is|had|has|put)\b)([^.!?]*)[.!?]\s*$/u.exec(
      before,
    );
  if (!m) return null;
  const anonymous = /\b(?:not to be named|anonymity|declined to be named|not be identified)\b/iu;
  // "One Register reader, an IT manager at a London law firm, said": the appositive says who.
  const described = roleAppositive(m[3]!) !== null;
  // "One sysadmin, who runs IT for a firm in Bristol, told us ...": the sentence has them speak.
  const speaks = /^(?:\s*,[^,.;]{1,120},)?\s+(?:said|told|says|tells|added|explained)\b/u.test(
    m[3]!,
  );
  return isRoleWord(m[2]!) || anonymous.test(m[3]!) || described || speaks ? m[1]! : null;
}

/** Paragraphs back that an unnamed speaker's introduction may lie ("A doctor on the scene ..."). */
const INTRODUCTION_WINDOW = 3;

/**
 * The description that introduced an unnamed speaker whom the clause names definitely: "the
 * doctor said" after "A doctor on the scene told Ruptly ..." is that doctor, and the fuller
 * description says who they are. The introduction must be the subject of a reporting verb, so a
 * doctor merely mentioned ("treated by a doctor") is not taken for the speaker.
 */
function introduction(
  text: string,
  ents: Entities,
  at: { block: number; offset: number },
): string | null {
  const head = /^[Tt]he\s+(\p{Ll}[\p{L}-]*)$/u.exec(text.trim())?.[1];
  if (!head) return null;
  const np = new RegExp(
    // "Another employee, a product designer, said": the description may stand after a comma,
    // and after a quotation ("...," an insider told the outlet).
    String.raw`(?:^|[.!?,]["”’]?\s+)((?:A|An|One|a|an|one)\s+(?:[\p{Ll}-]+\s+){0,2}${head}(?:(?:\s+(?:familiar|close|briefed|involved))?\s+(?:on|at|in|from|with|near|to)\s+(?:the\s+)?[\p{Ll}-]+)?),?\s+(\p{Ll}+)`,
    'gu',
  );
  for (let b = at.block; b >= Math.max(0, at.block - INTRODUCTION_WINDOW); b--) {
    const paragraph = ents.paragraph(b);
    const upto = b === at.block ? paragraph.slice(0, at.offset) : paragraph;
    const found = [...upto.matchAll(np)].filter((m) => reportingLemma(m[2]!)).pop();
    if (found) return found[1]!;
  }
  return null;
}

/**
 * Descriptions a story gives only someone it has already named: "the 38-year-old" (whose age it
 * stated), "the billionaire", "the actress", "the tech mogul". A job ("the officer said") may
 * bring in a new, unnamed speaker and is not read this way; nor is "the man", who is often
 * never named.
 */
const EPITHET =
  /^[Tt]he\s+(?:(\d{1,3})-year-old(?:\s+[\p{Ll}-]+){0,2}|(?:[\p{Ll}-]+\s+)?(billionaire|millionaire|tycoon|mogul|magnate|entrepreneur|businessman|businesswoman|star|superstar|celebrity|singer|songstress|songwriter|rapper|actor|actress|comedian|musician|hitmaker|frontman|frontwoman|influencer|youtuber))$/u;

function epithetReferent(
  text: string,
  ents: Entities,
  at: { block: number; offset: number },
): string | null {
  const m = EPITHET.exec(text.trim());
  if (!m) return null;
  const noun = m[2] ?? '';
  const gender = /(?:woman|ess)$/u.test(noun) ? 'f' : /man$/u.test(noun) ? 'm' : null;
  // The person whose age the story gave; else the one the story is about; else the last one
  // reported on, or named.
  return (
    (m[1] ? ents.personAged(m[1], at.block, at.offset) : null) ??
    ents.mainPerson(gender) ??
    ents.lastReporterBefore(at.block, at.offset, 2, gender) ??
    ents.lastPersonBefore(at.block, at.offset, 3, gender) ??
    ents.lastPersonBefore(at.block, at.offset, 3, gender, true)
  );
}

/**
 * A group of people named where the story introduced them: "The doctors, members of a recently
 * formed group Doctors for Camp Closure, ..." makes a later "the physicians said" that group.
 * Only a plural definite voice ("the doctors", "the researchers") is read this way, and only from
 * "members of" or "part of", which say the people speak as the group.
 */
function groupOf(
  text: string,
  ents: Entities,
  at: { block: number; offset: number },
): string | null {
  if (!/^[Tt]he\s+\p{Ll}[\p{L}-]*s$/u.test(text.trim())) return null;
  // The people must be the ones described ("The doctors, members of ..."): "Citizenship and
  // Immigration Services, part of the Homeland Security Department" puts an agency in another.
  const member =
    /\b(\p{Ll}[\p{L}-]*s),?\s+(?:members|part) of\s+(?:(?:the|a|an|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}/gu;
  for (let b = at.block; b >= Math.max(0, at.block - INTRODUCTION_WINDOW); b--) {
    const paragraph = ents.paragraph(b);
    const upto = b === at.block ? paragraph.slice(0, at.offset) : paragraph;
    for (const m of [...upto.matchAll(member)].reverse()) {
      if (!isRoleWord(m[1]!)) continue;
      const after = upto.slice(m.index + m[0].length);
      const run = ents.runs(after)[0];
      if (run && run.offset === 0 && words(run.name).length >= 2) return run.name;
    }
  }
  return null;
}

/**
 * Whether "the spokesperson" was introduced afresh just before ("... did not accept the offer. A
 * spokesperson who did not wish to be named said ..."): then it is a new voice, not the last
 * quotation's party.
 */
function introducedAnew(
  text: string,
  ents: Entities,
  at: { block: number; offset: number },
): boolean {
  const head = /(\p{Ll}+)$/u.exec(text.trim())?.[1];
  if (!head) return false;
  const np = new RegExp(
    String.raw`(?:^|[.!?]\s+)(?:A|An|One)\s+(?:[\p{Ll}-]+\s+){0,2}${head}\b`,
    'u',
  );
  const here = ents.paragraph(at.block).slice(0, at.offset);
  return np.test(here) || (at.block > 0 && np.test(ents.paragraph(at.block - 1)));
}

/**
 * An organisation's name and a post, after "the": "the Vexa boss", "the Skype exec", "The Vexa
 * CEO", "the Vexa chief executive".
 */
const ORG_POST_REF =
  /^(?:[Tt]he|[Ii]ts)\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}?)(?:['’]s)?\s+((?:[\p{Ll}-]+|CEO|CFO|CTO|COO)(?:\s+[\p{Ll}-]+){0,2})$/u;

/** The person the story named with the post `text` names at an organisation, if any. */
function orgPostHolder(
  text: string,
  ents: Entities,
  at: { block: number; offset: number },
): string | null {
  const m = ORG_POST_REF.exec(text.trim());
  if (!m || !words(m[2]!).every((w) => isRoleWord(w) || /^execs?$/u.test(w))) return null;
  const org = ents.fullName(m[1]!);
  if (ents.isPerson(org)) return null;
  return ents.lastAtOrg(m[1]!, m[2]!, at.block, at.offset);
}

/** Resolves a noun phrase to the article's names. `prev` is the previous quotation's speaker. */
function resolve(
  ref: SpeakerRef,
  ents: Entities,
  at: { block: number; offset: number },
  prev: Attribution | null,
): Pick<Attribution, 'speaker' | 'role' | 'kind'> | null {
  switch (ref.kind) {
    case 'name': {
      const full = ents.fullName(ref.name!);
      if (ref.partner)
        return { speaker: `${ents.fullName(ref.partner)} and ${full}`, role: null, kind: 'named' };
      const person = ref.person === true || ents.isPerson(full);
      // "The CEO said": a title written as an acronym, read as a name; the person the story
      // named with that title.
      // "The Vexa CEO said": that title at that organisation.
      const holder =
        !person && /^(?:the|its)\s/iu.test(ref.text)
          ? isRoleWord(full)
            ? ents.lastWithRole(full, at.block, at.offset)
            : orgPostHolder(ref.text, ents, at)
          : null;
      if (holder) return { speaker: holder, role: ents.roleOf(holder), kind: 'named' };
      const company = person ? undefined : ORG_NICKNAMES.get(full);
      if (company && ents.count(company) > 0)
        return { speaker: company, role: ref.role ?? null, kind: 'org' };
      return {
        speaker: full,
        role: ref.role ?? (person ? (ents.roleOf(full) ?? ref.post ?? null) : null),
        kind: person ? 'named' : 'org',
      };
    }
    case 'pronoun': {
      if (ref.pronoun === 'person') {
        // "She said" means the last woman named, however recently a man spoke.
        const gender = /^(she|her)$/i.test(ref.text.trim())
          ? 'f'
          : /^(he|him|his)$/i.test(ref.text.trim())
            ? 'm'
            : null;
        // "One sysadmin, who asked not to be named, was less than impressed. '...,' he told El
        // Reg": the sentence before, in this paragraph, introduced the speaker without a name.
        const described = describedSubject(ents.paragraph(at.block).slice(0, at.offset));
        if (described) return { speaker: capitalise(described), role: null, kind: 'anonymous' };
        const prevFits = prev && prev.kind === 'named' && ents.fits(prev.speaker, gender);
        const name =
          ents.lastReporterBefore(at.block, at.offset, 2, gender) ??
          ents.subjectBefore(at.block, at.offset, gender) ??
          (prevFits ? prev.speaker : null) ??
          ents.lastPersonBefore(at.block, at.offset, 3, gender) ??
          // "Dana Cole runs Vexa. '...,' she said": "he" and "she" mean a person, so a name
          // shaped like one will do when the text says no more of anyone.
          (gender
            ? sentenceSubject(ents.lastPersonBefore(at.block, at.offset, 1, gender, true), ents, at)
            : null);
        if (name) return { speaker: name, role: ents.roleOf(name), kind: 'named' };
        if (prevFits) return { ...prev };
        return null;
      }
      if (ref.pronoun === 'self') return null;
      // "The report ... is blunt. '...,' it states": the text the sentence before was about.
      if (ref.pronoun === 'org') {
        const doc = documentBefore(ents.paragraph(at.block).slice(0, at.offset));
        if (doc) return { speaker: doc, role: null, kind: 'anonymous' };
      }
      if (ref.pronoun === 'group') {
        // "One affected employee, who asked not to be named, said staff had been told nothing.
        // '...,' they said": singular "they" for the unnamed person the sentence before
        // described, as "he" and "she" are.
        const described = describedSubject(ents.paragraph(at.block).slice(0, at.offset));
        if (described) return { speaker: capitalise(described), role: null, kind: 'anonymous' };
        // "..., they added": the two people who spoke just before.
        if (prev && prev.kind === 'named' && prev.speaker.includes(' and ')) return { ...prev };
        // Singular "they": a person just reported on ("Kym Lino, a spokesperson, confirmed ...").
        const name = ents.lastReporterBefore(at.block, at.offset, 0);
        if (name) return { speaker: name, role: ents.roleOf(name), kind: 'named' };
      }
      if (prev && prev.kind === 'org') return { ...prev, role: null };
      const org = ents.mainOrg();
      return org ? { speaker: org, role: null, kind: 'org' } : null;
    }
    case 'voice': {
      // "The statement continued" / "the spokesman added" refer back; "a spokesperson told"
      // introduces a voice, which speaks for the story's organisation.
      const definite = /^(the|this|that|its|their)\b/i.test(ref.text);
      if (definite && prev && prev.kind === 'org' && !introducedAnew(ref.text, ents, at))
        return { speaker: prev.speaker, role: ref.role ?? prev.role, kind: 'org' };
      // "The spokesperson added" after "Rivian spokesperson Harriet Stone said": the person
      // the story named with that title.
      const title = definite ? /(\p{L}+)$/u.exec(ref.text.trim())?.[1] : undefined;
      const holder = title ? ents.lastWithRole(title, at.block, at.offset) : null;
      if (holder) return { speaker: holder, role: ents.roleOf(holder), kind: 'named' };
      // "Microsoft said the crashes were caused by a third-party update. '...,' a spokesperson
      // said": the organisation this paragraph has speaking, before the story's own.
      const org =
        orgSpeakingBefore(ents.paragraph(at.block).slice(0, at.offset), ents) ?? ents.mainOrg();
      if (org) return { speaker: org, role: ref.role ?? null, kind: 'org' };
      // A story that names no organisation: the voice as the text gives it ("A spokesperson").
      return { speaker: capitalise(ref.text.trim()), role: null, kind: 'anonymous' };
    }
    case 'orgNoun': {
      // "The ministry said": the ministry the story named; else "the company" is the story's
      // organisation, else the last one that spoke.
      const noun = /(\p{L}+)$/u.exec(ref.text.trim())?.[1] ?? '';
      const named = noun ? ents.lastNamedKind(noun, at.block, at.offset) : null;
      if (named) return { speaker: named, role: null, kind: 'org' };
      // "The union said" in a story that named no union: a body of its own, not the company.
      if (OWN_BODIES.test(noun.toLowerCase()))
        return { speaker: capitalise(ref.text.trim()), role: null, kind: 'anonymous' };
      // "OpenAI said it was reviewing the paper. '...,' the company said": the organisation
      // this paragraph has speaking, before the story's own (as for "a spokesperson said").
      const speaking = COMMERCIAL.test(noun)
        ? orgSpeakingBefore(ents.paragraph(at.block).slice(0, at.offset), ents)
        : null;
      const org =
        speaking ??
        (COMMERCIAL.test(noun) ? ents.mainCompany() : ents.mainOrg()) ??
        (prev && prev.kind === 'org' ? prev.speaker : null);
      return org ? { speaker: org, role: null, kind: 'org' } : null;
    }
    case 'anonymous': {
      // "The Vexa boss said", "the Skype exec said": the person the story named with that post
      // at that organisation.
      const post = orgPostHolder(ref.text, ents, at);
      if (post) return { speaker: post, role: ents.roleOf(post), kind: 'named' };
      // "The president said", "the company's chief executive said", "its CEO said": the person
      // the story named with that title.
      const title = TITLE_REF.exec(ref.text.trim())?.[1];
      // "The boss said", "its boss said": the top post at the story's company, as "the Vexa boss"
      // is Vexa's.
      const own = /^(?:boss|chief|head)$/iu.test(title ?? '')
        ? (ents.mainCompany() ?? ents.mainOrg())
        : null;
      const holder =
        title && words(title).every(isRoleWord)
          ? (ents.lastWithRole(title, at.block, at.offset) ??
            (own ? ents.lastAtOrg(own, title, at.block, at.offset) : null))
          : null;
      if (holder) return { speaker: holder, role: ents.roleOf(holder), kind: 'named' };
      const group = groupOf(ref.text, ents, at);
      if (group) return { speaker: group, role: null, kind: 'org' };
      const introduced = introduction(ref.text, ents, at);
      const named = introduced ? null : epithetReferent(ref.text, ents, at);
      if (named) return { speaker: named, role: ents.roleOf(named), kind: 'named' };
      return {
        speaker: capitalise(introduced ?? ref.text.replace(/^(?:the)\s+/i, '')),
        role: ref.role ?? null,
        kind: 'anonymous',
      };
    }
  }
}

interface Clause {
  ref: SpeakerRef;
  verb: string | null;
  text: string;
}

/**
 * Where a speaker's noun phrase ends: a full stop (not one after a title like "Rep." or an
 * initial before a capitalised name), other sentence punctuation, a quote mark or a spaced dash.
 */
const NP_END = /[;!?\u00b7"“”]|\.(?=\s|$)(?<!\b\p{Lu}\p{Ll}{0,2}\.(?=\s+\p{Lu}))|\s[—–]\s/u;

/** Punctuation that ends the reporting clause after a quotation. */
const CLAUSE_END = /[.;!?\u00b7"“”]|\s[—–]\s|$/u;

/**
 * How far after a quotation its reporting clause may reach, in tokens: a speaker with a long
 * appositive ("Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in
 * Munich, Germany, and co-author of the study, said") runs to about 30.
 */
const AFTER_CLAUSE_TOKENS = 36;

/** `"...," said X` / `"...," X said` / `"...," according to X`, read right after the quote. */
export function afterClause(after: string, quote: string, ents: Entities): Clause | null {
  const ctx = after.replace(/^[\s,]+/u, '');
  // No reporting clause is written in capitals; a shouted headline is not one.
  if (!ctx || !/\p{Ll}/u.test(ctx.slice(0, 40))) return null;
  const endedSentence = /[.!?]$/u.test(quote.trim()) && !/^[\p{Ll},]/u.test(after.trimStart());
  const acc = /^(?:according\s+to|per)\s+/iu.exec(ctx);
  if (acc) {
    const rest = ctx.slice(acc[0].length);
    const np = rest.slice(0, rest.search(CLAUSE_END));
    const ref = interpret(np, ents);
    return ref ? { ref, verb: 'say', text: ctx.slice(0, acc[0].length + np.length) } : null;
  }
  const toks = tokenize(ctx);
  for (let i = 0; i < Math.min(toks.length, AFTER_CLAUSE_TOKENS); i++) {
    const t = toks[i]!;
    if (/^[;!?\u00b7"“”]$/u.test(t.text)) break;
    // A full stop ends the clause, unless it closes an abbreviation ("U.S.", "A.", "Rep."),
    // which a comma or a closing bracket right after it also shows ("Sen. Ron Wyden (D-Ore.)
    // said", "Vexa Corp., said").
    if (
      t.text === '.' &&
      !/^(?:\p{L}\.)+\p{L}$|^\p{Lu}$|^\p{Lu}\p{Ll}{1,2}$/u.test(toks[i - 1]?.text ?? '') &&
      !/^[,)]/u.test(ctx.slice(t.index + 1))
    )
      break;
    const lemma = isVerbToken(t.text, i) ? reportingLemma(t.text) : null;
    if (!lemma) continue;
    let rest = ctx.slice(t.index + t.text.length);
    // "X went on to say" and "X went on:" both report; "X went" alone does not.
    if (lemma === 'go' && !/^\s+on\b/i.test(rest)) continue;
    rest = rest.replace(/^\s+(?:on|out)\b/i, '');
    const before = ctx.slice(0, t.index);
    // Subject first: "a spokesperson told TechLantern", "Mayer, Disney's chairman ..., said".
    if (i > 0) {
      const np = words(before)
        .filter((w) => !NP_ADVERBS.test(w) && !/^\p{Ll}+ly,?$/u.test(w) && w !== ',')
        .join(' ')
        .replace(/\s+,/g, ',');
      // After a full stop the next sentence may report something new ("Police said the girl
      // was found"); it attributes the quote only when nothing but adjuncts follows the verb.
      const reportsNew =
        endedSentence &&
        !/^\s*(?:$|[.,;]|(?:in|on|at|to|via|during|after|when|while|from|last|this|earlier|later|yesterday|today|tonight)\b|\p{Lu}\p{Ll}+day\b)/u.test(
          rest,
        );
      if (reportsNew) return null;
      // "... shared by Ukraine and the U.S., he warned": a pronoun right before the verb is the
      // subject, when what stands before its comma finishes the quoted phrase rather than
      // making a clause of its own ("... campaign did not appeal to her, she said" does).
      const last =
        np
          .split(/\s*,\s*/)
          .pop()
          ?.toLowerCase() ?? '';
      const tailOfQuote = !words(np).some((w) => NOT_IN_NP.test(w));
      const ref =
        last in PRONOUNS && tailOfQuote ? interpret(last, ents) : np ? interpret(np, ents) : null;
      if (ref?.kind === 'name' && !ref.role) ref.partner = partnerOf(before, ref.name!, ents);
      if (ref) return { ref, verb: lemma, text: ctx.slice(0, t.index + t.text.length) };
    }
    // Verb first, right after the quote or after an adjunct: "said Mark Gillett, Skype's chief
    // ... officer in a blog post", "announced in October, said Derek Scissors, a scholar". Never
    // "told X": X is the listener.
    if (!endedSentence && lemma !== 'tell' && (i === 0 || /,\s*$/.test(before))) {
      const end = rest.search(NP_END);
      const np = end < 0 ? rest : rest.slice(0, end);
      const ref = interpret(np, ents);
      if (ref) return { ref, verb: lemma, text: ctx.slice(0, t.index) + t.text + np };
    }
  }
  return null;
}

/**
 * A weak verb's object that hands over to the quotation: "posted a statement on the Mozilla
 * blog:", "posted a long note to Facebook:". The colon, and a voice noun as the object, make
 * "posted" report the words that follow.
 */
function handsOverVoice(rest: string): boolean {
  const m =
    /^\s+(?:a|an|the|this|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\b[^.!?:]{0,60}:\s*$/u.exec(
      rest,
    );
  return !!m && VOICE_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * What may follow a weak verb that ends an introduction: nothing but where and when, then the
 * colon ("Lena Vogt answered in the project's issue tracker within hours:").
 */
const INTRO_ADJUNCTS =
  /^(?:\s+(?:in|on|at|via|to|within|after|from|over|through|under|later|shortly|soon)\b[^.!?:;"“”]{0,80})?\s*:?\s*$/iu;

/** Conjunctions that start a new clause, and with it a new subject. */
const CONJUNCTION =
  /\s+(?:and|but|while|as|because|although|though|after|before|when|since|so)\s+/u;
/**
 * What separates the pieces of a clause subject: punctuation, a middle dot, a conjunction. Built
 * once: a RegExp made per call is compiled again after every major collection.
 */
const SUBJECT_SEPARATOR = new RegExp(
  `\\s*(?:,(?!\\d{3}(?!\\d))|[;:—–])\\s*|\\s*["“”„]?\\u00b7+["“”]?\\s*|${CONJUNCTION.source}`,
  'u',
);

/**
 * The person named with `name` as one subject ("Nair" of "Priya Nair and Tom Beck said"), when
 * both are people: two names joined by "and" just before the verb.
 */
function partnerOf(subject: string, name: string, ents: Entities): string | undefined {
  const runs = ents.runs(subject);
  const last = runs.pop();
  const other = runs.pop();
  if (!last || !other || !/^\s+and\s+$/u.test(subject.slice(other.end, last.offset))) return;
  if (!/^\s*$/u.test(subject.slice(last.end)) || !ents.fullName(last.name).endsWith(name)) return;
  const a = ents.personPart(other.name).name;
  const b = ents.personPart(last.name).name;
  return ents.isPerson(a) && ents.isPerson(b) ? a : undefined;
}

/**
 * "called the report", "described the claims as", "dismissed it as": a verb that judges what it
 * names, then the quoted judgement. The object is short and plain ("called for", "called on"
 * and "called it a day" never lead to a quote this way: a quote must follow at once).
 */
const JUDGING =
  /^\s+(?!(?:for|on|off|up|in|out|back)\b)(?:[\p{L}\p{N}'’$-]+\s+){0,4}[\p{L}\p{N}'’$-]+\s*$/u;
const JUDGING_AS = /^\s+(?:[\p{L}\p{N}'’$-]+\s+){1,5}as\s*$/u;

/** A date before the subject, set off by no comma: "In September he", "On Monday Musk". */
const DATE_ADJUNCT = new RegExp(
  `^(?:in|on|at|by|during|since|until|after|before|last|this|earlier|later)\\s+(?:(?:early|late|mid)-?\\s*)?(?:${CALENDAR_WORDS}|week|month|year|spring|summer|autumn|fall|winter|\\d{4})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\s+(?=\\S)`,
  'iu',
);
/** A word after one of these is a noun, whatever verb it could also be. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/iu;

/** Whether `rest`, the words between a weak verb and the quote, make it one that judges. */
function judges(lemma: string, rest: string): boolean {
  if (lemma === 'call') return JUDGING.test(rest) && !/\sas\s*$/u.test(rest);
  if (lemma === 'describe' || lemma === 'dismiss') return JUDGING_AS.test(rest);
  return false;
}

/** `X said: "..."`, `X said the ... "..."`, `According to X, "..."`: read from the sentence start. */
function beforeClause(before: string, ents: Entities, intro = false): Clause | null {
  // A quote that opens a new sentence has no reporting clause before it (a colon is different:
  // "He added:" hands over to the quote). Checked before segmenting: most quotes open one.
  if (!intro && /[.!?]["”’)]*\s*$/u.test(before)) return null;
  const sentences = splitSentences(before.replace(/\u00b7+/gu, '\u00b7'));
  let sentence = sentences[sentences.length - 1] ?? '';
  if (!sentence.trim()) return null;
  // Inverted at the start of the sentence: "Said one legal expert: ..."
  const inverted = /^\s*(\p{Lu}\p{Ll}+)\s+([^:,]+?)\s*[:,]\s*$/u.exec(sentence);
  if (inverted && reportingLemma(inverted[1]!)) {
    const ref = interpret(inverted[2]!, ents);
    if (ref) return { ref, verb: reportingLemma(inverted[1]!), text: sentence };
  }
  // The reporter told, in the passive: "We're told by an Okta spokesperson: ...".
  const toldUs =
    /^\s*(?:we|i)(?:['’]re|['’]m|['’]ve\s+been|\s+(?:are|am|were|was|have\s+been))\s+(?:told|informed|assured)\s+by\s+(.+?)\s*[:,]?\s*$/i.exec(
      sentence,
    );
  const toldRef = toldUs ? interpret(toldUs[1]!, ents) : null;
  if (toldRef) return { ref: toldRef, verb: 'tell', text: sentence };
  sentence = sentence.replace(/\s+$/u, '');
  const toks = tokenize(sentence);
  let judged: Clause | null = null;
  // "Pompeo said that after consultation Washington had concluded “...”": the quotation is in
  // what the outer speaker said, so the outer reporting verb, the first with "that", wins.
  const outer = toks.findIndex(
    (t, k) => isVerbToken(t.text, k) && toks[k + 1]?.text.toLowerCase() === 'that',
  );
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const lemma = isVerbToken(t.text, i) ? reportingLemma(t.text) : null;
    if (!lemma || (outer >= 0 && i > outer)) continue;
    // After a determiner it is a noun: "described the report as", "in a statement".
    if (DETERMINER.test(toks[i - 1]?.text ?? '')) continue;
    const after = sentence.slice(t.index + t.text.length);
    const afterWords = words(after.replace(/\u00b7/gu, ' ')).length;
    let judging = false;
    if (WEAK_VERBS.has(lemma)) {
      // A weak verb's plain form is mostly its noun ("a separate report as", "an annual
      // report"): a verb only after a plural subject, a pronoun, "to" or a modal.
      const prev = toks[i - 1]?.text ?? '';
      if (
        t.text.toLowerCase() === lemma &&
        !/s$|^(?:i|we|you|they|to|will|would|can|could|may|might|must|should|did|do)$/iu.test(prev)
      )
        continue;
      const particle = lemma === 'go' ? /^\s+on\b/i : /^/;
      const rest = after.replace(particle, '');
      // "Reuters reported that the deal was “...”": reported speech, as after "said that". The
      // past tense only: "reports that depicted ..." is as often the noun.
      const reportedThat =
        /^reported$/iu.test(t.text) && /^\s+that\s+\S/u.test(rest) && words(rest).length <= 25;
      if (
        !/^\s*(?:[:,]\s*|\s+(?:that|as)\s*)$/iu.test(rest) &&
        !reportedThat &&
        !(intro && INTRO_ADJUNCTS.test(rest)) &&
        !handsOverVoice(rest)
      ) {
        if (!judges(lemma, rest)) continue;
        judging = true;
      }
      if (lemma === 'go' && !particle.test(after)) continue;
    } else if (afterWords > 30) {
      continue;
    }
    // Participles ("..., saying that") report for the sentence's subject.
    let subject = sentence.slice(0, t.index);
    if (/ing$/i.test(t.text)) {
      // The main clause's subject ends at its verb, which may come after an appositive ("The
      // leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying ..."); without a
      // verb, at the first comma.
      const clause = /^(.*?\S)\s*,\s*\p{Ll}+ed\b/u.exec(subject)?.[1];
      const main = clause && clause.includes(',') ? `${clause},` : (subject.split(/,\s*/)[0] ?? '');
      const firstVerb = tokenize(main).findIndex(
        (x, k) =>
          k > 0 &&
          /^\p{Ll}/u.test(x.text) &&
          !FUNCTION_WORDS.has(x.text.toLowerCase()) &&
          !ROLE_NOUNS.has(x.text.toLowerCase()) &&
          !ORG_NOUNS.has(x.text.toLowerCase()) &&
          !VOICE_NOUNS.has(x.text.toLowerCase()),
      );
      subject = firstVerb > 0 ? main.slice(0, tokenize(main)[firstVerb]!.index) : main;
    }
    // The clause subject: the last comma-separated piece that is not an adjunct ("via USA Today").
    const segments = subject
      // A relative clause set off by commas is no part of the subject, whatever conjunctions it
      // holds ("McCormick, who has split ... on issues such as the voucher program, told").
      .replace(/,\s+(?:who|which|whose)\s[^,;:"“”]*,/gu, ',')
      // A thousands separator ("about 2,300 drivers") divides nothing.
      .split(SUBJECT_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
    // An age is no speaker either: "Novák, 58, told reporters".
    while (
      segments.length > 1 &&
      (/^(via|in|on|at|during|however|though|too|speaking|writing|according|meanwhile|also|still|which|who|whose)\b/i.test(
        segments[segments.length - 1]!,
      ) ||
        // An aside after the subject: "Cole, for her part, insisted:", "..., by contrast, said".
        /^(?:for\s+(?:his|her|its|their|our|my)\s+part|by\s+contrast|of\s+course|for\s+now)$/iu.test(
          segments[segments.length - 1]!,
        ) ||
        // A participle set off after the subject: "The lawsuit, filed on Thursday ..., says".
        /^\p{Ll}+ed\s+(?:on|in|by|at|for|with|from|last|this|earlier)\b/u.test(
          segments[segments.length - 1]!,
        ) ||
        /^\d{1,3}$/.test(segments[segments.length - 1]!))
    )
      segments.pop();
    let np = segments[segments.length - 1] ?? '';
    // "In a statement, Valdorra" -> the clause-initial adjunct is gone already; drop adverbs,
    // and a date set before the subject without a comma ("In September he", "On Monday Musk").
    np = words(np.replace(DATE_ADJUNCT, ''))
      .filter((w) => !NP_ADVERBS.test(w) && !/^\p{Ll}+ly$/u.test(w))
      .join(' ');
    // Keep an appositive role: "Mayer, Disney's chairman of ..., said".
    const pieces = subject.split(/\s*,(?!\d{3}(?!\d))\s*/).filter(Boolean);
    const appositive = pieces[pieces.length - 1] ?? '';
    // The name the appositive follows starts after the last conjunction ("... stepped down on
    // April 3 and Mitchell Baker, executive chairwoman of Mozilla, posted").
    const head = (pieces[pieces.length - 2] ?? '').split(CONJUNCTION).pop()!;
    // "In a statement to Packetwire, the company said": a clause-initial adjunct that names
    // someone (the outlet told) is no name for the subject to be the appositive of.
    // Nor is a participle or a clause set before the subject ("Asked by reporters whether the
    // report was accurate, Cole said").
    const adjunct =
      /^(?:in|on|at|during|after|before|from|to|via|according|under|with|for|asked|pressed|questioned|reached|contacted|speaking|writing|responding|replying|commenting|answering|when|while|as|if)\s/iu.test(
        head,
      );
    if (
      !adjunct &&
      pieces.length >= 2 &&
      (roleAppositive(`, ${appositive}`) || /^(the|a|an)\s+\p{Ll}/u.test(appositive)) &&
      ents.runs(head).length
    ) {
      np = `${head}, ${appositive}`;
    } else if (
      !adjunct &&
      pieces.length >= 2 &&
      ents.runs(appositive).length &&
      roleAppositive(`, ${head}`)
    ) {
      // The role first: "the company's head of networks, Pieter Vaals, said" (interpret
      // puts the name first again).
      np = `${head}, ${appositive}`;
    }
    const ref = interpret(np, ents);
    if (ref?.kind === 'name' && !ref.role) ref.partner = partnerOf(subject, ref.name!, ents);
    const clause = ref && { ref, verb: lemma, text: sentence.slice(0, t.index + t.text.length) };
    // A judging participle defers to the sentence's own reporting verb: "Gamehaus has rejected
    // the accusations, calling the complaint '...'" is a rejection; "The victim's mother
    // testified, describing her daughter as '...'" names its speaker there.
    if (judging && /ing$/i.test(t.text)) {
      judged ??= clause;
      continue;
    }
    if (clause) return clause;
    if (judging) continue;
    break;
  }
  if (judged) return judged;
  // "According to AFP, ..." only when no reporting clause named a speaker.
  // "According to his aunt, Jane Starner, ...": a name set off after the description is who.
  // Also another language's: "Selon Marie Martin, ...", "Según la compañía, ...".
  const acc =
    /(?<![\p{L}])(?:[Aa]ccording\s+to|[Ss]elon|[Ss]egún|[Ss]econdo|[Ss]egundo|[Vv]olgens)\s+([^,.;«»“”„"]+),(?:\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3}),)?/u.exec(
      sentence,
    ) ?? /\baccording\s+to\s+([^,.;]+),/iu.exec(sentence);
  if (acc) {
    // The description must be one ("his aunt", "the company's founder"), not a name itself.
    const described = /^(?:his|her|their|its|the|a|an|one)\s|[’']s\s/iu.test(acc[1]!.trim());
    const named = acc[2] && described && looksLikePersonName(acc[2]) ? acc[2] : null;
    const ref = named
      ? ({ kind: 'name', name: named, role: acc[1]!.trim(), person: true, text: acc[0] } as const)
      : FOREIGN_COMPANY.test(acc[1]!.trim())
        ? ({ kind: 'orgNoun', text: 'the company' } as const)
        : interpret(acc[1]!, ents);
    if (ref) return { ref, verb: 'say', text: acc[0] };
  }
  if (intro) {
    // "Here's the company's response:", "The statement read in full:" (no subject + verb).
    const voice =
      /((?:the\s+|a\s+|an\s+)?(?:[\p{L}&’'.-]+\s+){0,4}?)(?:statement|response|reply|answer|email|letter|memo|post|tweet)\b/iu.exec(
        sentence,
      );
    // "Cole was asked about the claims. Her answer:": the pronoun's owner speaks.
    const pronoun = voice && /^(his|her|their)\s+\p{Ll}+$/iu.exec(voice[0].trim())?.[1];
    if (pronoun) {
      const ref = interpret({ his: 'he', her: 'she', their: 'they' }[pronoun.toLowerCase()]!, ents);
      if (ref) return { ref, verb: null, text: voice![0] };
    }
    if (voice) {
      // "Cole's response was blunt:": a person's own words, not her company's.
      const owner = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})[’']s\s/u.exec(
        voice[0].trim(),
      )?.[1];
      const person = owner && ents.isPerson(ents.fullName(owner)) ? interpret(owner, ents) : null;
      const ref = person ?? interpret(voice[0].replace(/[’']s\s+/u, ' '), ents);
      if (ref) return { ref, verb: null, text: voice[0] };
    }
    // "Acme's general counsel, Dana Reyes, was blunt:", "Baird went further:": the clause before
    // the colon needs no verb of saying; its subject, a person or a company, speaks next.
    const manner = INTRO_MANNER.exec(sentence.trim());
    const ref = manner ? interpret(manner[1]!, ents) : null;
    if (ref && (ref.kind === 'name' || ref.kind === 'pronoun' || ref.kind === 'orgNoun'))
      return { ref, verb: null, text: manner![0] };
  }
  return null;
}

/**
 * `name`, when a sentence just before `at` opens with it ("Dana Cole runs Vexa."): a name shaped
 * like a person's is taken for one only as the subject the pronoun goes on from, never a place
 * named in passing ("... joins to the Staten Land").
 */
function sentenceSubject(
  name: string | null,
  ents: Entities,
  at: { block: number; offset: number },
): string | null {
  if (!name) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const opens = new RegExp(`(?:^|[.!?]["”’]?\\s+)${escaped}(?![\\p{L}])`, 'u');
  const texts = [ents.paragraph(at.block - 1), ents.paragraph(at.block).slice(0, at.offset)];
  return texts.some((t) => opens.test(t)) ? name : null;
}

/**
 * The person a text comes from: "from Vexa chief executive Dana Cole seen by Reuters". The name
 * must open the phrase, after at most its role ("from Vexa" is the organisation's).
 */
function fromPerson(from: string, ents: Entities): SpeakerRef | null {
  for (const run of ents.runs(from)) {
    const { premod, name } = ents.personPart(run.name);
    const lead = `${from.slice(0, run.offset)}${premod}`.replace(/^(?:the|a|an)\s+/iu, '').trim();
    const role = lead ? rolePremod(`${lead} `) : null;
    // Anything before the name other than its role ("the lawyers of ...") is someone else.
    if (lead && role !== lead) return null;
    if (!name || !(ents.isPerson(name) || looksLikePersonName(name))) continue;
    return { kind: 'name', name, role, person: true, text: from };
  }
  return null;
}

/** "As Dana Cole put it, ...": "put it" reports as "said" does, only before the quotation. */
const PUT_IT =
  /\b(?:put|puts)\s+it(?:\s+(?:this\s+way|bluntly|simply|succinctly|best|another\s+way|in\s+[^,:]{1,60}))?(?=\s*,\s*$)/iu;

/** A subject, then a copula or a verb of manner, then the colon that hands over to a quote. */
const INTRO_MANNER =
  /^(.{2,120}?)\s+(?:was|were|is|are|went|put|got|kept|struck|sounded|offered|agreed|disagreed|summed|had)\b[^:.!?]{0,60}:\s*$/u;

/** A lower-case word or two (an auxiliary and a participle) and a name, after a quotation. */
const LOOSE_AFTER =
  /^\s*,?\s*(?:[–—-]\s*)?(?:\p{Ll}[\p{L}\p{M}'’-]*\s+){1,2}(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|van|der|den|von|da|di|du|del|della|dos|das)\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u;
/** In English one word: its two-word forms ("has said") are in the lexicon already. */
const LOOSE_AFTER_ONE =
  /^\s*,?\s*(?:[–—-]\s*)?\p{Ll}[\p{L}\p{M}-]*\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u;

/**
 * The reporting clause by shape alone, for verbs the lexicon lacks and for other languages: a
 * name and one or two lower-case words right before the quote ("Al-Hasan Al-Bashri ra berkata,
 * “...”", "Tim Cook enthused: “...”") or a lower-case word and a name right after it ("“...,”
 * dijo Pedro Sánchez", "», a déclaré Claire Dumont": an auxiliary and a participle are two
 * words). In English the name must be a person's, since the lexicon already knows
 * the common verbs and a stray capitalised word is likelier than an unknown one.
 */
function looseClause(
  before: string,
  after: string,
  ents: Entities,
  english: boolean,
): Clause | null {
  const pick = (found: string | undefined, text: string): Clause | null => {
    // A sentence ends the name: "a ajouté Laurent Fabius. Il accueillait ..." (an initial's or
    // a title's full stop does not).
    const name = found?.split(/(?<=\p{Ll}{3}\.)\s/u)[0];
    if (!name) return null;
    const run = ents.runs(name).pop();
    if (!run) return null;
    const { premod, name: bare } = ents.personPart(run.name);
    const person = ents.isPerson(bare);
    if (english && !person) return null;
    // "sagte Unternehmenssprecherin Katrin Mahler": the title before a person's name is a role.
    // So is a word in another script before it ("заявил представитель Vexa Иван Петров").
    const otherScript =
      /\p{Script=Cyrillic}/u.test(bare) !== /\p{Script=Cyrillic}/u.test(premod) &&
      bare.includes(' ');
    const split = (person || otherScript) && premod !== '' && bare !== '';
    const ref = {
      kind: 'name' as const,
      name: split ? bare : run.name,
      role: split ? premod : null,
    };
    return { ref: { ...ref, text: run.name }, verb: null, text };
  };
  const b =
    /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s+\p{Ll}[\p{L}\p{M}-]*(?:\s+\p{Ll}[\p{L}\p{M}-]*)?\s*[,:]\s*$/u.exec(
      before,
    );
  const fromBefore = b && !/[.!?]\s/u.test(before.slice(b.index)) ? pick(b[1], b[0]) : null;
  if (fromBefore) return fromBefore;
  const companyBefore = english ? null : FOREIGN_COMPANY_BEFORE.exec(before);
  if (companyBefore)
    return { ref: { kind: 'orgNoun', text: 'the company' }, verb: null, text: companyBefore[0] };
  // "», a déclaré un porte-parole de Telvox", "“, dijo un portavoz", "“, sagte ein Sprecher":
  // an unnamed spokesperson speaks for the organisation named, or the story's.
  // First, since German capitalises the noun ("sagte ein Sprecher"), which reads as a name.
  const v = english ? null : FOREIGN_VOICE_AFTER.exec(after);
  if (v) {
    // The organisation after "de"/"des", or before the hyphen of "Telvox-Sprecherin"; in
    // German "des Unternehmens" is a noun, so only a name the story uses again counts.
    const prefix = /^(\p{Lu}[\p{L}\p{M}]*)-(?=\p{Lu})/u.exec(v[1]!)?.[1];
    const named = v[2] ? ents.runs(v[2]).pop()?.name : prefix;
    const org = named && (ents.count(named) > 1 || ents.title.includes(named)) ? named : null;
    const role = prefix ? v[1]!.slice(prefix.length + 1) : v[1]!;
    if (org) return { ref: { kind: 'name', name: org, role, text: v[0] }, verb: null, text: v[0] };
    return { ref: { kind: 'voice', role, text: v[0] }, verb: null, text: v[0] };
  }
  // "«...», a déclaré l'entreprise", "aseguró la empresa", "teilte das Unternehmen mit": the
  // company, as "the company said".
  const company = english ? null : FOREIGN_COMPANY_AFTER.exec(after);
  if (company)
    return { ref: { kind: 'orgNoun', text: 'the company' }, verb: null, text: company[0] };
  const a = (english ? LOOSE_AFTER_ONE : LOOSE_AFTER).exec(after);
  // "dijo a Reuters el portavoz ..., Carlos Pérez": the name after "a" is whom it was said to.
  const addressee = !english && a && TO_BEFORE_NAME.test(a[0].slice(0, -a[1]!.length));
  let named = a && !addressee ? pick(a[1], a[0]) : null;
  // "», a affirmé Jean Dupont, porte-parole de Vexa": the title set off after the name.
  const apposed =
    named && !english ? FOREIGN_APPOSITIVE.exec(after.slice(a!.index + a![0].length)) : null;
  if (named && apposed && isRoleWord(apposed[1]!.split(/\s+/)[0]!) && named.ref.kind === 'name')
    named = { ...named, ref: { ...named.ref, role: named.ref.role ?? apposed[1]!.trim() } };
  if (named || english) return named;
  // "», afirmó su director, Pablo Serrano": the verb, the role, a comma, the name.
  // "», según explicó a este diario la directora de comunicación de la empresa, Lucía Moreno":
  // the role starts at its title, with the determiner before it.
  const r = LOOSE_AFTER_ROLE.exec(after);
  const roleWords = r ? r[1]!.trim().split(/\s+/) : [];
  let title = roleWords.findIndex((w) => isRoleWord(w));
  if (title > 0 && ROLE_DETERMINER.test(roleWords[title - 1]!)) title--;
  // Without a title the words are a role only when few and all in lower case ("su director").
  // The last may be the organisation the title serves ("kata juru bicara Vexa, Budi Santoso").
  const plain =
    roleWords.length <= 3 &&
    roleWords.every((w, i) => /^\p{Ll}/u.test(w) || (i > 0 && i === roleWords.length - 1));
  const role = title >= 0 ? roleWords.slice(title).join(' ') : plain ? r?.[1]!.trim() : null;
  const withRole = r && role ? pick(r[2], r[0]) : null;
  if (withRole && withRole.ref.kind === 'name') {
    const person = title >= 0 && looksLikePersonName(withRole.ref.name!);
    return { ...withRole, ref: { ...withRole.ref, role: role!, person } };
  }
  // "„...” – powiedział rzecznik firmy Jan Kowalski", "uvedl mluvčí společnosti Jan Novák": the
  // verb, a title of two or three words, and a person's full name.
  const long = LOOSE_AFTER_TITLED.exec(after);
  const titled = long ? pick(long[2], long[0]) : null;
  if (titled?.ref.kind === 'name' && looksLikePersonName(titled.ref.name!))
    return {
      ...titled,
      ref: { ...titled.ref, role: titled.ref.role ?? long![1]!.trim(), person: true },
    };
  // "„...“, sagte er", "« ... », a-t-elle ajouté": the verb, then the pronoun, which resolves
  // as "he" or "she" does.
  const p = FOREIGN_PRONOUN_AFTER.exec(after);
  if (!p) {
    // '"...", afirmou.', '«...», ha spiegato.': the subject left out, as these languages do.
    const dropped = PRO_DROP_AFTER.exec(after);
    if (!dropped) return null;
    return {
      ref: { kind: 'pronoun', pronoun: 'person', text: 'they' },
      verb: null,
      text: dropped[0],
    };
  }
  const text = /^(?:er|il|hij|ele|lui)$/iu.test(p[1]!) ? 'he' : 'she';
  return { ref: { kind: 'pronoun', pronoun: 'person', text }, verb: null, text: p[0] };
}

/**
 * Outside English: maybe "according to", a verb, lower-case words that end in a role, a comma,
 * and a name.
 */
const LOOSE_AFTER_ROLE =
  /^\s*,?\s*(?:[–—-]\s*)?(?:(?:según|selon|laut|secondo|segundo|volgens)\s+)?\p{Ll}[\p{L}\p{M}'’-]*((?:\s+[\p{L}\p{M}'’-]+){1,10}),\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|van|der|den|von|da|di|du|del|della|dos|das)\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u;

/** The word for "the company" in French, Spanish, Portuguese, Italian, German and Dutch. */
const COMPANY_WORDS = String.raw`(?:(?:l['’]\s*|la\s+|le\s+|el\s+|a\s+|o\s+|das\s+|der\s+|die\s+|het\s+|de\s+)(?:entreprise|société|compagnie|groupe|empresa|compañía|companhia|compagnia|società|azienda|unternehmen|konzern|firma|bedrijf)|в\s+компании)(?![\p{L}])`;
const FOREIGN_COMPANY = new RegExp(`^${COMPANY_WORDS}$`, 'iu');
/** Outside English: a verb (or two words) and the company. */
const FOREIGN_COMPANY_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:[–—-]\s*)?(?:\p{Ll}+\s+){1,2}${COMPANY_WORDS}`,
  'iu',
);
/** Outside English: the company, its verb and what else, then the colon: "La compañía aseguró:". */
const FOREIGN_COMPANY_BEFORE = new RegExp(
  String.raw`(?:^|[.!?,]\s+)${COMPANY_WORDS}\s+\p{Ll}[^.!?«»“”„"]{0,80}:\s*$`,
  'iu',
);

/** The end of the words before a name: "to" ("dijo a Reuters", "a déclaré à l'AFP"). */
const TO_BEFORE_NAME = /(?:^|\s)(?:a|à|ao|al|aan|tegen|gegenüber)\s+$/iu;

/** A title set off after a name, to the sentence's end: ", porte-parole de Vexa". */
const FOREIGN_APPOSITIVE =
  /^,\s+((?:\p{Ll}|(?:CEO|PDG|CFO|CTO|COO|DG)\s)[\p{L}\p{M}'’\s-]{2,80}?)\s*(?:[.;]|,\s+(?:au|aux|à|a|al|ao|à\s+la|a\s+la|à\s+l['’]|aan|tegen|dem|der)\b|$)/u;

/** Outside English: a verb, two or three lower-case words (a title), and a full name. */
const LOOSE_AFTER_TITLED =
  /^\s*,?\s*(?:[–—-]\s*)?\p{Ll}[\p{L}\p{M}'’-]*((?:\s+\p{Ll}[\p{L}\p{M}'’-]*){2,3})\s+(\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu}[\p{L}\p{M}'’-]*)(?=[\s.,;]|$)/u;

/** Determiners a foreign role keeps before its title ("su director", "la directora"). */
const ROLE_DETERMINER =
  /^(?:su|sus|la|el|le|les|los|las|sa|son|ses|ihr|ihre|sein|seine|der|die|das|l['’].*)$/u;

/**
 * Outside English: a verb (or an auxiliary and a participle), "a" or "an", a word for a
 * spokesperson (a German one may be a compound: "Telvox-Sprecherin"), and maybe "of" and the
 * organisation.
 */
const FOREIGN_VOICE_AFTER =
  /^\s*,?\s*(?:[–—-]\s*)?(?:\p{Ll}+\s+){1,2}(?:un|une|una|um|uma|ein|eine)\s+((?:porte-parole|portavoz|porta-voz|portavoce|[\p{L}-]*[Ss]precher(?:in)?))(?:\s+(?:de\s+la|de\s+los|de|du|des|del|da|do|d['’]|von|der)\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}))?/u;

/** Outside English: a verb (or an auxiliary and a participle) alone, then the sentence ends. */
const PRO_DROP_AFTER = /^\s*,?\s*(?:[–—-]\s*)?(?:\p{Ll}+\s+)?\p{Ll}{3,}\s*[.;]/u;

/** A lower-case verb (or an auxiliary and a participle) and "er", "sie", "il" or "elle". */
const FOREIGN_PRONOUN_AFTER =
  /^\s*,?\s*(?:[–—-]\s*)?(?:\p{Ll}+\s+)?\p{Ll}+(?:-t-|-|\s+)(er|sie|il|elle|hij|zij|ze|ele|ela|lui|lei)(?![\p{L}])/u;

/**
 * A quotation that is a sentence of its own, with no reporting clause, right after a sentence in
 * the same paragraph that paraphrases a named person ("The tuft cell, Herbert said, is constantly
 * sensing ... “Once some of those products go out of whack … bam!”"): the paraphrase introduced
 * the speaker, and the quotation goes on in their words. Only a person who is the subject of a
 * reporting verb counts. Across a paragraph break (see `attribute`) only a plain verb of speech
 * in the paragraph just before, which itself quotes no one, hands over.
 */
const SPEECH: ReadonlySet<string> = new Set(['say', 'tell', 'explain', 'add', 'argue', 'insist']);

function fromParaphrase(
  before: string,
  at: { block: number; offset: number },
  ents: Entities,
  window = 0,
): Attribution | null {
  if (!/[.!?]["”’)]*\s*$/u.test(before.replace(/\u00b7/gu, ''))) return null;
  // Across a paragraph break only the plain verbs of speech hand over ("Bartleby concluded four
  // documents." introduces no one's words).
  const name = ents.lastReporterBefore(at.block, at.offset, window, null, window ? SPEECH : null);
  if (!name) return null;
  return {
    speaker: name,
    role: ents.roleOf(name),
    kind: 'named',
    verb: null,
    via: 'inherited',
    clause: name,
  };
}

/**
 * "A Pixelate spokesperson reached out after publication with the following statement:": the
 * subject gives the statement that follows, as "said:" would say.
 */
const GIVES_STATEMENT =
  /\s+(?:reached\s+out|got\s+in\s+touch|wrote\s+back|responded|provided|sent|shared|offered|emailed)\b[^.:;!?]*?\b(?:with\s+)?(?:the\s+following|this)\s+(?:statement|comment|response)\s*:$/iu;

function saidFor(intro: string): string {
  return intro.replace(GIVES_STATEMENT, ' said:');
}

/**
 * A panel of reactions, each paragraph opening with who speaks and a colon: "Henrik Sol, chief
 * executive, Nordic AI Alliance: '...'". A person's name (two capitalised words or more, maybe a
 * courtesy title), then up to three comma-separated parts of their role, then the colon.
 */
const PANEL =
  /^\s*(?:(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame)\.?\s+)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|van|der|von|da|di|du|del|della|dos|das)\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*){1,3})((?:\s*,\s*[^,:;.!?"“”]{2,60}){0,3})\s*:\s*$/u;

/** A role, then a person's name, then the colon: "Vexa chief Dana Cole:". */
const TITLED_COLON =
  /^\s*((?:\p{Lu}[\p{L}&.'’-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s*:\s*$/u;

/** 'Park: "We have never sold..."': a surname alone, when the story named its person in full. */
const SURNAME_COLON = /^\s*(\p{Lu}[\p{L}\p{M}'’-]+)\s*:\s*$/u;

function panelClause(before: string, ents: Entities): Clause | null {
  const surname = SURNAME_COLON.exec(before)?.[1];
  if (surname && ents.isPerson(surname)) {
    const name = ents.fullName(surname);
    const ref = { kind: 'name' as const, name, role: null, person: true, text: before };
    return { ref, verb: null, text: before };
  }
  // "Vexa chief Dana Cole:": a role in lower case before the name.
  const titled = TITLED_COLON.exec(before);
  const titledRole = titled?.[1]!.trim();
  if (titled && titledRole && rolePremod(`${titledRole} `) === titledRole) {
    if (looksLikePersonName(titled[2]!)) {
      const ref = { kind: 'name' as const, name: titled[2]!, role: titledRole, person: true };
      return { ref: { ...ref, text: titled[0] }, verb: null, text: titled[0] };
    }
  }
  const m = PANEL.exec(before);
  if (!m) return null;
  // "Vexa CEO Dana Cole:": a role written before the name, as a headline writes it.
  const { premod, name: bare } = ents.personPart(m[1]!);
  if (!m[2] && premod && rolePremod(`${premod} `) && looksLikePersonName(bare)) {
    const ref = { kind: 'name' as const, name: bare, role: premod, person: true, text: m[0] };
    return { ref, verb: null, text: m[0] };
  }
  if (!looksLikePersonName(m[1]!)) return null;
  // "Rachel Stephens, senior analyst at RedMonk, shared her perspective:": a part that opens
  // with a verb in the past tense is what she did, no part of who she is.
  const parts = m[2]!.split(/\s*,\s*/u).filter(Boolean);
  const verb = parts.findIndex((p) =>
    /^\p{Ll}+ed\b|^(?:gave|had|was|took|made|put|spoke|wrote)\b/u.test(p),
  );
  const role = (verb >= 0 ? parts.slice(0, verb) : parts).join(', ') || null;
  return {
    ref: { kind: 'name', name: m[1]!, role, person: true, text: m[0] },
    verb: null,
    text: m[0],
  };
}

/**
 * The author's words set between dashes inside a quotation, as Russian and other languages
 * punctuate them: «Это не для слабонервных, – пожаловалась Поризкова. — Я постоянно ...». A
 * lower-case word (the verb; its language does not matter, the shape is the evidence) and a
 * capitalised name, between a comma and a dash and a full stop or comma and a dash.
 */
const DASH_INSERT =
  /([,!?…])\s*[–—]\s+(\p{Ll}[\p{L}\p{M}-]*)\s+([^.,;:!?—–«»"“”]{1,80}?)\s*[.,:]\s*[–—]\s+/u;

export function dashInsert(quote: string, ents: Entities): Clause | null {
  const m = DASH_INSERT.exec(quote);
  const run = m ? ents.runs(m[3]!).pop() : undefined;
  if (!m || !run) return null;
  return {
    ref: { kind: 'name', name: run.name, role: null, text: m[3]! },
    verb: reportingLemma(m[2]!),
    text: m[0].slice(m[1]!.length),
  };
}

const HANGUL = /\p{sc=Hangul}/u;

function fromCjk(c: CjkClause | null): Clause | null {
  return (
    c && {
      ref: { kind: 'name', name: c.name, role: c.role, person: c.person, text: c.text },
      verb: c.verb,
      text: c.text,
    }
  );
}

/**
 * Korean reports speech with the quotation, a quoting ending and a verb: '그는 “...”고 말했다',
 * '홍길동 대표는 “...”라고 밝혔다'. The speaker is the sentence's topic or subject before the
 * quotation (the word before 은/는/이/가); a role noun there ("대표") leaves the name before it.
 * Korean has no capitals to tell a name from a noun, so the name must be one the story repeats
 * or its headline carries; "그는"/"그녀는" ("he", "she") is the last such topic before.
 */
const KOREAN_QUOTING = /^\s*(?:이?라고|고|이?라며|며|면서|이?라는)(?=\s|$)/u;
const KOREAN_TOPIC = /([\p{sc=Hangul}A-Za-z·]{1,12})(?:은|는|이|가)(?=\s)/gu;
const KOREAN_PRONOUN = /^(?:그|그녀|이|그것|이것|저|나|우리|이들|그들)$/u;
/** Role nouns written after a Korean name: 대표 (chief executive), 회장 (chair), 대변인 ... */
const KOREAN_ROLE =
  /^(?:대표|회장|사장|부사장|의장|장관|차관|대변인|교수|의원|위원장|총장|시장|지사|대통령|총리|변호사|감독|선수|배우|가수|기자|관계자|측)$/u;

function koreanClause(
  before: string,
  after: string,
  ents: Entities,
  at: { block: number; offset: number },
): Clause | null {
  if (!KOREAN_QUOTING.test(after)) return null;
  const sentence = before.split(/[.!?]\s+/u).pop() ?? '';
  const topics = [...sentence.matchAll(KOREAN_TOPIC)];
  const topic = topics.pop();
  if (!topic) return null;
  const text = `${ents.title}\n${ents.paragraph(at.block)}`;
  const named = (w: string): boolean =>
    ents.title.includes(w) || text.split(w).length > 2 || occursBefore(w, ents, at) > 1;
  let word = topic[1]!;
  let role: string | null = null;
  if (KOREAN_ROLE.test(word)) {
    const name = /([\p{sc=Hangul}A-Za-z·]{2,12})\s+$/u.exec(sentence.slice(0, topic.index))?.[1];
    if (!name) return null;
    [word, role] = [name, word];
  }
  if (KOREAN_PRONOUN.test(word)) {
    const antecedent = koreanTopicBefore(ents, at, named);
    if (!antecedent) return null;
    word = antecedent;
  } else if (!named(word)) return null;
  return {
    ref: { kind: 'name', name: word, role, person: true, text: topic[0] },
    verb: null,
    text: topic[0],
  };
}

/** The paragraphs up to a position. */
function textBefore(ents: Entities, at: { block: number; offset: number }): string {
  let text = '';
  for (let b = 0; b <= at.block; b++)
    text += `${b === at.block ? ents.paragraph(b).slice(0, at.offset) : ents.paragraph(b)}\n`;
  return text;
}

/** How often a word occurs in the paragraphs up to a position. */
function occursBefore(word: string, ents: Entities, at: { block: number; offset: number }): number {
  let n = 0;
  for (let b = 0; b <= at.block; b++) {
    const p = b === at.block ? ents.paragraph(b).slice(0, at.offset) : ents.paragraph(b);
    n += p.split(word).length - 1;
  }
  return n;
}

/** The last topic before a position that names someone ("엘제이는" before "그는"). */
function koreanTopicBefore(
  ents: Entities,
  at: { block: number; offset: number },
  named: (w: string) => boolean,
): string | null {
  for (let b = at.block; b >= Math.max(0, at.block - 3); b--) {
    const p = b === at.block ? ents.paragraph(b).slice(0, at.offset) : ents.paragraph(b);
    const found = [...p.matchAll(KOREAN_TOPIC)]
      .map((m) => m[1]!)
      .filter((w) => !KOREAN_PRONOUN.test(w) && !KOREAN_ROLE.test(w) && named(w));
    if (found.length) return found[found.length - 1]!;
  }
  return null;
}

/**
 * Attributes each quotation. `spans` are in reading order; `blocks` are the paragraphs.
 * Returns one entry per span (null when no speaker could be read or inherited).
 */
export function attribute(
  spans: readonly Located[],
  blocks: readonly string[],
  ents: Entities,
  lang: string | null = null,
): (Attribution | null)[] {
  const english = !lang || /^en\b/i.test(lang);
  const byBlock = new Map<number, Located[]>();
  for (const s of spans) {
    for (const b of new Set([s.first, s.last])) {
      if (!byBlock.has(b)) byBlock.set(b, []);
      byBlock.get(b)!.push(s);
    }
  }
  const masked = new Map<number, string>();
  const maskOf = (b: number): string => {
    if (!masked.has(b)) {
      const text = blocks[b] ?? '';
      const ranges = (byBlock.get(b) ?? []).map((s) => ({
        start: s.first === b ? s.start : -1,
        end: s.last === b ? s.end : text.length + 1,
      }));
      masked.set(b, maskSpans(text, ranges));
    }
    return masked.get(b)!;
  };

  const out: (Attribution | null)[] = [];
  let prev: Attribution | null = null;
  let prevSpan: Located | null = null;
  let lastFound: Attribution | null = null;
  spans.forEach((s) => {
    const inFirst = byBlock.get(s.first)!;
    const inLast = byBlock.get(s.last)!;
    const prevInBlock = inFirst
      .filter((o) => o !== s && o.last === s.first && o.end <= s.start)
      .pop();
    const nextInBlock = inLast.find((o) => o !== s && o.first === s.last && o.start >= s.end);
    const firstText = maskOf(s.first);
    const lastText = maskOf(s.last);
    const before = firstText.slice(prevInBlock ? 0 : 0, s.start);
    const after = lastText.slice(s.end, nextInBlock ? nextInBlock.start : undefined);
    const at = { block: s.first, offset: s.start };

    let found: Attribution | null = null;
    const take = (clause: Clause | null, via: Attribution['via']): void => {
      if (found || !clause) return;
      const r = resolve(clause.ref, ents, at, prev);
      // An inside clause keeps its spacing: the quotation's text is cut where it stands.
      if (r)
        found = {
          ...r,
          verb: clause.verb,
          via,
          clause: via === 'inside' ? clause.text : clause.text.trim(),
        };
    };
    take(afterClause(after, s.text, ents), 'after');
    take(cataphora(after, ents), 'after');
    take(beforeClause(before.replace(PUT_IT, 'said'), ents), 'before');
    if (!found && HANGUL.test(s.text)) take(koreanClause(before, after, ents, at), 'before');
    if (!found) {
      const ja = japaneseClause(before, after);
      // "田中代表は" after "田中一郎代表は": the name as the story first gave it.
      if (ja?.person) ja.name = wholeJapaneseName(ja.name, textBefore(ents, at));
      take(fromCjk(ja), 'before');
    }
    if (!found) take(fromCjk(chineseClause(before, after)), 'before');
    if (!found) take(looseClause(before, after, ents, english), 'before');
    const opensBlock = !before.replace(/[\s\u00b7]/gu, '');
    if (!found && opensBlock && s.first > 0) {
      const intro = maskOf(s.first - 1).trim();
      if (/:$/.test(intro))
        take(beforeClause(saidFor(intro).replace(/:$/, ': '), ents, true), 'intro');
    }
    if (!found && /:\s*$/.test(before)) take(beforeClause(before, ents, true), 'intro');
    if (!found) take(panelClause(before, ents), 'before');
    // Inherit from the quotation just before: in the same paragraph, the second half of a split
    // quote or a quote after the first one's reporting clause; across paragraphs, a quotation
    // paragraph right after the last one (the convention for a statement run over paragraphs).
    if (!found && prevSpan && lastFound) {
      const sameBlock = prevSpan.last === s.first;
      if (sameBlock || (prevSpan.last === s.first - 1 && opensBlock)) {
        found = { ...lastFound, via: 'inherited' };
      }
    }
    if (!found && !opensBlock) found = fromParaphrase(before, at, ents);
    // A quotation paragraph with no reporting clause, right after a paragraph with no quotation
    // that paraphrases a named person ("Hannah Brightwell said the company had let its customers
    // down." then "“I want to say sorry ...”"): the news convention for handing over to that
    // person's own words, across the paragraph break.
    if (!found && opensBlock && s.first > 0 && !byBlock.has(s.first - 1))
      found = fromParaphrase(maskOf(s.first - 1), { block: s.first, offset: 0 }, ents, 1);
    if (!found) take(dashInsert(s.text, ents), 'inside');
    out.push(found);
    prevSpan = s;
    lastFound = found;
    if (found) prev = found;
  });
  return out;
}
