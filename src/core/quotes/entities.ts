/**
 * Proper names in an article, found by capitalisation and the document's own evidence: a word
 * that also appears in lower case somewhere in the text is a common word capitalised at a sentence
 * start, and a multi-word name whose last word recurs on its own ("Daniel Kwon" ... "Kwon said")
 * is a person. No gazetteers: the article itself says who is who.
 */
import { FUNCTION_WORDS, ORG_NOUNS, PRONOUNS, ROLE_NOUNS, reportingLemma } from './lexicon';

/**
 * One capitalised word: letters, digits, inner & . - and an apostrophe before a capital (O'Brien).
 * A final full stop belongs to an abbreviation ("Prof.", "Jr.", "U.S.") but ends a sentence after
 * a longer word: "..., Tadeu. Mande ..." is two names, not one.
 */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}&\-]|\.(?=[\p{L}\p{N}])|['’](?=\p{Lu}))*(?:(?<![\p{L}\p{M}\p{N}&\-]{5})\.)?`;
/** Lower-case particles inside names: "Ludwig van Beethoven", "Bank of America", "Doctors for X". */
const PARTICLE = String.raw`(?:de|van|der|den|von|da|di|du|la|le|del|della|dos|das|al|bin|ibn|of|for|y)`;
/**
 * A name: capitalised words, particles between them, and the Arabic article that joins a surname
 * by a hyphen ("Ahmed al-Farsi", "Mohamed el-Sayed").
 */
const RUN = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*(?:(?:al|el)-)?${WORD})*`;
const NAME_RUN = new RegExp(RUN, 'gu');
/** Title acronyms as the words they stand for, so "the CEO" finds "its chief executive". */
const TITLE_ACRONYMS: Record<string, string> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  cto: 'chief technology officer',
  coo: 'chief operating officer',
};

/**
 * Headline words for a post, and the posts they mean: "boss", "chief" and "head" the top one
 * (not "head of research" or "chief technology officer"), "exec" any executive's.
 */
const TOP_POST =
  /\b(?:chief\s+executive|ceo|boss|chair(?:man|woman|person)?|(?<!vice[\s-])president|(?:co-?)?founder|managing\s+director|owner|(?:chief|head)(?:\s+of\s+org\b|(?!\s+(?:of|for)\b)(?!\s+\p{Ll})))\b/u;
const EXECUTIVE_POST = new RegExp(
  `${TOP_POST.source}|\\b(?:executive|officer|director|vice\\s+president|cfo|cto|coo|cio|cmo)\\b`,
  'u',
);
const INFORMAL_TITLES: Readonly<Record<string, RegExp>> = {
  boss: TOP_POST,
  chief: TOP_POST,
  head: TOP_POST,
  exec: EXECUTIVE_POST,
  execs: EXECUTIVE_POST,
};

/** Whether `role` holds the title spelled `wanted` ("chief executive"), acronyms spelled out. */
function holdsTitle(role: string, wanted: readonly string[]): boolean {
  const roles = words(role.toLowerCase())
    .map((w) => w.replace(/[.,’']s$|[.,]$/u, ''))
    .flatMap((w) => (TITLE_ACRONYMS[w] ?? w).split(' '));
  return roles.some((_, i) => wanted.every((w, k) => roles[i + k] === w));
}

/** Before a run: "the". After it: a possessive "'s" and the next run, for "the People's Daily". */
const THE_BEFORE = /\b[Tt]he\s$/u;
const POSSESSIVE_AFTER = /^['’]s\s+/u;

/** Where people post, written before their name in some languages ("píše na Twitter Gary Lineker"). */
const PLATFORMS = new Set([
  'twitter',
  'twitteru',
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'threads',
  'mastodon',
  'bluesky',
]);

/** Weekdays and months are capitalised but never speakers. */
const CALENDAR =
  /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/**
 * Nouns for "the company" in languages that capitalise them or put them first in a headline
 * ("Firma bestreitet ...", "Routerhersteller Funkwerk"): a kind of organisation, never its name.
 */
const GENERIC_ORG =
  /^(?:Firma|Unternehmen|Konzern|Gesellschaft|Behörde|Société|Entreprise|Groupe|Empresa|Compañía|Azienda|Società|Gruppo|Bedrijf|Onderneming|[\p{L}]*(?:hersteller|konzern|anbieter|unternehmen|firma)s?)$/u;

/** The last word of an institution's name, which no surname is. */
const INSTITUTIONS =
  /^(?:Commission|Council|Committee|Agency|Authority|Ministry|Department|Court|University|Institute|Association|Organi[sz]ation|Union|Corporation|Administration|Board|Office|Government|Regulator|Parliament|Senate|Bureau|Foundation)$/u;

/**
 * The last word of a company's name, which no surname is: "Lumen Labs" after "developer" is a
 * company, where "developer Lina Berg" is a person.
 */
const COMPANY_SUFFIX =
  /^(?:Labs|Inc|Ltd|LLC|Corp|Technologies|Systems|Software|Games|Studios|Networks|Holdings|Ventures|Industries|Enterprises|Solutions|Robotics|Therapeutics|Pharmaceuticals|Electronics|Semiconductors?|Motors|Airlines|Airways|Telecom|Communications|Capital)\.?$/u;

/**
 * A people's adjective alone ("a Chinese antitrust investigation", "Dutch regulators"): no
 * organisation, so never the one a story is about.
 */
const DEMONYM =
  /^(?:(?:South|North)\s)?(?:Chinese|Japanese|Taiwanese|Korean|Vietnamese|Indian|Pakistani|Russian|Ukrainian|Israeli|Iranian|Saudi|Emirati|Turkish|American|Canadian|Mexican|Brazilian|British|English|Scottish|Welsh|Irish|European|German|French|Dutch|Belgian|Swiss|Austrian|Italian|Spanish|Portuguese|Polish|Swedish|Norwegian|Danish|Finnish|Australian|Singaporean|African|Nigerian|Kenyan)$/u;

/** A short capitalised word (not an initial) with a full stop and a space after it, in a run. */
const SHORT_STOP = /(?<![\p{L}\p{M}\p{N}&.-])(\p{Lu}[\p{L}\p{M}\p{N}&-]{1,3})\.\s+/gu;
/** A capitalised word with no full stop (nor more of the word) after it. */
const BARE_CAPITAL =
  /(?<![\p{L}\p{M}\p{N}&.-])\p{Lu}[\p{L}\p{M}\p{N}&-]{1,3}(?![\p{L}\p{M}\p{N}&.-])/gu;

/** A word in lower case: its capital-free uses make a capitalised one a sentence's first word. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*/gu;

export interface Mention {
  name: string;
  /** -1 for the headline, else the paragraph index. */
  block: number;
  offset: number;
  /** Where the name ends in the text, which can be longer than it: "Ms. Lindqvist" is "Ms Lindqvist". */
  end: number;
  /** Inside a quotation: the speaker's words, not the narrative ("he" never refers to it). */
  quoted: boolean;
}

/** Quoted stretches of the text, by paragraph. */
export interface QuotedRange {
  first: number;
  start: number;
  last: number;
  end: number;
}

/** The end in `text` of `name`, read there at `offset` with its words' trailing dots dropped. */
function nameEnd(text: string, name: string, offset: number): number {
  let at = offset;
  for (const word of name.split(' ')) {
    const i = text.indexOf(word, at);
    if (i < 0) break;
    at = i + word.length;
  }
  return at;
}

export function cleanToken(token: string): string {
  // "U.S." keeps its dots; "Skype." at a sentence end does not.
  return /^(\p{Lu}\.)+$/u.test(token) ? token : token.replace(/[.-]+$/u, '');
}

const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
/** A role word, also in the plural or hyphenated: "analysts", "Singer-guitarists", "co-founder". */
export const isRoleWord = (w: string): boolean => {
  const bare = w
    .toLowerCase()
    .replace(/[.,]$/, '')
    .replace(/[’']s$/u, '');
  if (ROLE_NOUNS.has(bare) || ROLE_NOUNS.has(bare.replace(/s$/, ''))) return true;
  if (isForeignTitle(w)) return true;
  return (
    bare.includes('-') &&
    bare.split('-').some((p) => ROLE_NOUNS.has(p.replace(/s$/, '')) || FOREIGN_ROLE.test(p))
  );
};
/**
 * Job titles in French, Spanish and German, whose news the popup reads too: "Claire Dumont,
 * porte-parole de Norvia", "la portavoz Ana Ruiz". Whole words only, except German, which builds
 * its titles as compounds (Unternehmenssprecherin, Konzernchef, Bundesminister), always
 * capitalised: a capitalised word ending in a title is one.
 */
const FOREIGN_ROLE =
  /^(?:porte-parole|directeur|directrice|présidente?|ministre|fondat(?:eur|rice)|avocate?|chercheu(?:r|se)|analyste|maire|pdg|responsable|portavoz|directora?|president[ae]|ministr[ao]|fundadora?|abogad[ao]|investigadora?|analista|alcaldesa?|consejer[ao]|direttore|direttrice|portavoce|amministrat(?:ore|rice)|dirigente|gerente|ricercat(?:ore|rice)|espert[oa]|fondat(?:ore|rice)|avvocat[oa]|sindaco|diretora?|porta-voz|pesquisadora?|especialista|advogad[oa]|prefeit[oa]|woordvoer(?:der|ster)|onderzoek(?:er|ster)|topman|topvrouw|bestuursvoorzitter|burgemeester|advocaat|oprichter|analist|hoogleraar)$/u;
const GERMAN_ROLE_COMPOUND =
  /^[\p{L}-]*(?:sprecher|sprecherin|chef|chefin|leiter|leiterin|direktor|direktorin|präsident|präsidentin|minister|ministerin|vorsitzende|vorsitzender|geschäftsführer|geschäftsführerin|vorstand|analyst|analystin|forscher|forscherin|experte|expertin|anwalt|anwältin|professor|professorin|meister|meisterin|kanzler|kanzlerin|gründer|gründerin|beauftragte|beauftragter|sekretär|sekretärin)$/u;
/** A lower-case title and its complement, right before a name ("chercheur en sécurité"). */
const TITLE_COMPLEMENT_BEFORE =
  /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+(?:en|de|du|des|de la|del|di|della|da|do|van|voor)(?:\s+\p{Ll}\p{L}*){1,2}$/u;
/** Articles and prepositions inside another language's title ("la directora de comunicación"). */
const FOREIGN_ROLE_LINK =
  /^(?:la|le|el|les|los|las|l['’]\S*|de|del|della|di|da|do|du|des|van|der|het|een|un|une|una|en|su|sa|son)$/iu;
/** A German title: one capitalised word that is, or ends in, a title ("Konzernchef"). */
const isGermanTitle = (w: string): boolean =>
  /^\p{Lu}/u.test(w) && GERMAN_ROLE_COMPOUND.test(w.toLowerCase().replace(/[.,]$/, ''));
/** A French, Spanish or German job title (its gender: titleGender). */
function isForeignTitle(w: string): boolean {
  return FOREIGN_ROLE.test(w.toLowerCase().replace(/[.,]$/, '')) || isGermanTitle(w);
}

/**
 * A plural role noun, one person's share of it: "Singer-guitarists Tom Johnston and Patrick
 * Simmons" makes Johnston a "Singer-guitarist". Only a plural that is a role word once its "s"
 * goes ("analysts"), not a singular ending in "s" ("boss").
 */
function singularRole(w: string): string {
  const bare = w.toLowerCase();
  const last = bare.split('-').pop() ?? bare;
  if (!/[^s]s$/.test(last) || ROLE_NOUNS.has(last) || !ROLE_NOUNS.has(last.slice(0, -1))) return w;
  return w.slice(0, -1);
}
/** A role word, "of" or "for", and one to three capitalised words: the text before a name. */
const ROLE_OF_PLACE =
  /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*$/u;
/** " for Leeds Central " at the end of the words before a name: what the role serves. */
const SERVED = /\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*\s*$/u;

/** Role nouns that are also what companies are: "data broker", "game developer", "regulator". */
const COMPANY_TRADES: ReadonlySet<string> = new Set(
  'broker developer producer designer creator owner investor trader regulator partner host agent'.split(
    ' ',
  ),
);
/** A role word as COMPANY_TRADES holds it: lower case, singular, no comma ("brokers," -> "broker"). */
const bareRole = (w: string): string => w.toLowerCase().replace(/[.,]$/u, '').replace(/s$/u, '');
const isAcronymRole = (w: string): boolean =>
  /^(CEO|CFO|CTO|COO|CIO|CMO|CSO|VP|SVP|EVP|MD|GM|DL|QB)$/.test(w);

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Two or three title-case words, none an organisation's noun: "Forrest Jones", not "Tellaro Labs". */
export function looksLikePersonName(name: string): boolean {
  const tokens = words(name);
  return (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && !ORG_NOUNS.has(t.toLowerCase()))
  );
}

export type Gender = 'm' | 'f';

/** A sentence start, then at most a title and given names before the surname. */
const SENTENCE_SUBJECT = /[.!?]["”’]?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

const FEMALE_WORD =
  /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|actress|mother|wife|daughter|sister|queen|princess|duchess|countess|baroness|lady|dame)\b/u;
const MALE_WORD =
  /\b(?:spokesman|businessman|congressman|father|husband|son|brother|king|prince|duke|count|baron|lord|sir)\b/u;

/**
 * A German or French job title's grammatical gender, which is the holder's: "Sprecherin",
 * "directrice" are women's titles, "Sprecher", "directeur" men's. Null for any other word.
 */
function titleGender(role: string): Gender | null {
  for (const w of words(role)) {
    if (!isForeignTitle(w)) continue;
    const bare = w.toLowerCase();
    if (/(?:in|innen|rice|euse|esse|ente|ère)$/u.test(bare)) return 'f';
    if (/(?:er|or|ent|eur|ier|chef|ant|ist|anwalt|vorstand)$/u.test(bare)) return 'm';
  }
  return null;
}

export class Entities {
  readonly mentions: Mention[] = [];
  readonly title: string;
  private readonly lowerWords = new Set<string>();
  private readonly counts = new Map<string, number>();
  /** Names as first read, before leading capitals were weighed against the other mentions. */
  private readonly rawNames = new Set<string>();
  /** Short capitalised words the text also writes without a full stop: names, not abbreviations. */
  private readonly bareWords = new Set<string>();
  /** Runs read in mid-sentence, where a capital can only mean a name ("... with Big Machine"). */
  private readonly midNames = new Set<string>();
  private readonly personCache = new Map<string, boolean>();
  // Memos: once the constructor has read the document, each lookup below is a pure function of
  // its argument, and attribution asks the same ones again for every quotation.
  private readonly runsCache = new Map<string, { name: string; offset: number; end: number }[]>();
  private readonly fullNameCache = new Map<string, string>();
  private readonly roleCache = new Map<string, string | null>();
  private readonly genderCache = new Map<string, Gender | null>();
  private readonly personPartCache = new Map<string, { premod: string; name: string }>();
  private mainOrgCache: string | null | undefined;
  /** Each raw name's word-suffixes ("Tim Cook" -> "Cook"), for `refine`. */
  private readonly rawSuffixes = new Set<string>();
  private readonly matchCache = new Map<string, readonly { run: string; index: number }[]>();
  private readonly strippedCache = new Map<string, string>();
  private readonly blocks: readonly string[];
  private quoted: readonly QuotedRange[];
  private readonly titleCase: boolean;

  constructor(title: string, blocks: readonly string[], quoted: readonly QuotedRange[] = []) {
    this.title = title;
    this.blocks = blocks;
    this.quoted = quoted;
    for (const text of blocks) {
      for (const w of text.match(LOWER_WORD) ?? []) this.lowerWords.add(w.toLowerCase());
      for (const w of text.match(BARE_CAPITAL) ?? []) this.bareWords.add(w);
    }
    for (const text of [title, ...blocks]) {
      for (const m of this.nameMatches(text)) {
        const name = this.stripFunctionWords(m.run);
        this.rawNames.add(name);
        const before = text.slice(Math.max(0, m.index - 3), m.index);
        if (text !== title && m.index > 0 && /[\p{Ll},]\s$/u.test(before)) this.midNames.add(name);
      }
    }
    for (const n of this.rawNames) {
      for (let i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1))
        this.rawSuffixes.add(n.slice(i + 1));
    }
    // A title-case headline capitalises every word, so its runs must be split at common words;
    // a sentence-case one is read like the body.
    const long = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
    this.titleCase = long.filter((w) => /^\p{Lu}/u.test(w)).length > 0.7 * long.length;
    this.scan(title, -1, this.titleCase);
    blocks.forEach((text, i) => this.scan(text, i));
  }

  /** The text of paragraph `i` ('' past the end). */
  paragraph(i: number): string {
    return this.blocks[i] ?? '';
  }

  /** A word the document also uses in lower case (so its capital is the sentence's, not a name's). */
  isCommonWord(word: string): boolean {
    const w = word.toLowerCase();
    return FUNCTION_WORDS.has(w) || w in PRONOUNS || this.lowerWords.has(w) || CALENDAR.test(w);
  }

  /**
   * Runs of capitalised words in `text`, read once: the constructor and `runs` both need them.
   * After "the", a possessive joins two runs into one name: "the People's Daily", "the Queen's
   * Guard". (Joined here rather than in NAME_RUN: an alternative with two more copies of the
   * Unicode word pattern tripled its compile time, which every popup opening pays.)
   */
  /**
   * A run that a short word's full stop joined across a sentence end: "by Meta. Zuckerberg said",
   * "in June. Berg said", "thanked Daniel Kwon. Kwon said". The word pattern lets a short word
   * keep its stop, for "Prof." and "Jr."; the document tells the two apart, since it writes a
   * name or a month without the stop elsewhere and an abbreviation never.
   */
  private splitAtSentenceEnd(run: string, index: number): { run: string; index: number }[] {
    const out: { run: string; index: number }[] = [];
    let from = 0;
    for (const m of run.matchAll(SHORT_STOP)) {
      const word = m[1]!;
      if (!this.bareWords.has(word) && !/^(?:May|June|July)$/u.test(word)) continue;
      const stop = m.index + m[0].indexOf('.');
      out.push({ run: run.slice(from, stop), index: index + from });
      from = m.index + m[0].length;
    }
    out.push({ run: run.slice(from), index: index + from });
    return out;
  }

  private nameMatches(text: string): readonly { run: string; index: number }[] {
    return memo(this.matchCache, text, () => {
      const found: { run: string; index: number }[] = [];
      for (const m of text.matchAll(NAME_RUN))
        found.push(...this.splitAtSentenceEnd(m[0], m.index));
      const out: { run: string; index: number }[] = [];
      for (let i = 0; i < found.length; i++) {
        const m = found[i]!;
        const next = found[i + 1];
        const end = m.index + m.run.length;
        const joint = POSSESSIVE_AFTER.exec(text.slice(end, end + 8))?.[0];
        if (
          next &&
          joint &&
          next.index === end + joint.length &&
          THE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) &&
          !this.ownsPerson(m.run, next.run)
        ) {
          out.push({ run: text.slice(m.index, next.index + next.run.length), index: m.index });
          i++;
        } else out.push(m);
      }
      return out;
    });
  }

  /**
   * "the EFF's Jane Doe", "the BBC's Laura Kuenssberg": an organisation's possessive, then a
   * person who speaks for it, two names and not one like "the People's Daily" or "the People's
   * Liberation Army". The next run must be shaped like a person's name, and the owner must be
   * an organisation's name by its shape (an acronym, several words: "the Washington Post's") or
   * the text must show it: the surname stands alone elsewhere ("Doe said"), or the owner does, in
   * mid-sentence ("... told the Guardian"). Fixed names open with one common noun ("People",
   * "Queen", "Women"), never taken for an owner when the text also writes it in lower case.
   */
  private ownsPerson(owner: string, next: string): boolean {
    const name = cleanToken(next);
    const bare = cleanToken(owner);
    if (!looksLikePersonName(name) || (!bare.includes(' ') && this.isCommonWord(bare)))
      return false;
    if (bare.includes(' ') || isAllCaps(bare.replace(/[^\p{L}]/gu, ''))) return true;
    const t = words(name);
    const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const surname = new RegExp(
      `(?<!${escape(t[t.length - 2]!)}\\s)(?<![\\p{L}\\p{N}])${escape(t[t.length - 1]!)}(?![\\p{L}\\p{N}])`,
      'u',
    );
    const ownerAlone = new RegExp(
      `(?<=[\\p{Ll},;]\\s)${escape(bare)}(?![\\p{L}\\p{N}]|['’]s\\s)`,
      'u',
    );
    return this.blocks.some((b) => surname.test(b) || ownerAlone.test(b));
  }

  private stripFunctionWords(run: string): string {
    return memo(this.strippedCache, run, () => this.readStripFunctionWords(run));
  }

  private readStripFunctionWords(run: string): string {
    const tokens = words(run);
    while (
      tokens.length &&
      (FUNCTION_WORDS.has(tokens[0]!.toLowerCase()) || tokens[0]!.toLowerCase() in PRONOUNS)
    )
      tokens.shift();
    return tokens.map(cleanToken).join(' ');
  }

  /**
   * One name read from a run of capitalised words. A leading word goes when it is a function word
   * ("The", "But") or a common word whose remainder is a name of its own elsewhere ("Drugmaker
   * Corvexa", "Customers Cook"); "X of Y" loses "of Y" when X is a person ("Martin Taylor of
   * Aberdeenshire"); calendar words go from the end.
   */
  private refine(run: string): string {
    let tokens = words(run);
    // A name also written in mid-sentence is a name as a whole.
    const whole = this.midNames.has(this.stripFunctionWords(run));
    if (whole) tokens = words(this.stripFunctionWords(run));
    // "píše na Twitter Gary Lineker": the platform is no part of a name the text uses alone.
    const last = cleanToken(tokens[tokens.length - 1] ?? '');
    if (tokens.length >= 3 && PLATFORMS.has(tokens[0]!.toLowerCase()) && this.rawNames.has(last))
      tokens = tokens.slice(1);
    // "said on Monday Nvidia had ...": a weekday is no given name, even mid-sentence. (Months
    // may be: June, April, May.)
    while (tokens.length > 1 && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(tokens[0]!))
      tokens = tokens.slice(1);
    for (; !whole;) {
      const first = tokens[0];
      if (!first) break;
      const low = cleanToken(first).toLowerCase();
      const rest = tokens.slice(1).map(cleanToken).join(' ');
      // The rest is a name of its own: written alone, or the surname of a longer name ("Cook").
      const restKnown =
        rest !== '' &&
        (this.rawNames.has(rest) ||
          this.rawNames.has(words(rest).pop() ?? '') ||
          this.rawSuffixes.has(rest));
      if (FUNCTION_WORDS.has(low) || low in PRONOUNS || CALENDAR.test(low))
        tokens = tokens.slice(1);
      // "Ministry of Digital Affairs", "Bank of America": a name built on "of" keeps its head.
      else if (
        restKnown &&
        (this.lowerWords.has(low) || ORG_NOUNS.has(low)) &&
        !isRoleWord(first) &&
        !/^(?:of|for)\s/u.test(rest)
      )
        tokens = tokens.slice(1);
      else if (tokens.length === 1 && this.lowerWords.has(low) && !isAllCaps(first)) tokens = [];
      // "One user, posting as ..., wrote": a numeral opening the sentence, not a name.
      else if (tokens.length === 1 && (low === 'one' || low === 'another')) tokens = [];
      else break;
      while (tokens.length && /^\p{Ll}/u.test(tokens[0]!)) tokens = tokens.slice(1);
    }
    while (
      tokens.length &&
      (CALENDAR.test(cleanToken(tokens[tokens.length - 1]!)) ||
        /^(?!(?:al|el)-\p{Lu})\p{Ll}/u.test(tokens[tokens.length - 1]!))
    )
      tokens.pop();
    const name = tokens.map((t, i) => (i === tokens.length - 1 ? cleanToken(t) : t)).join(' ');
    const of = /^(.+?) (?:of|for) /.exec(name);
    if (of) {
      const surname = words(of[1]!).pop()!;
      if (
        words(of[1]!).length >= 2 &&
        this.rawNames.has(surname) &&
        !ORG_NOUNS.has(surname.toLowerCase())
      )
        return of[1]!;
    }
    return name;
  }

  /** Proper names in `text`: runs of capitalised words, refined (see `refine`). */
  runs(text: string, titleCase = false): { name: string; offset: number; end: number }[] {
    const key = `${titleCase ? 1 : 0}${text}`;
    // Callers pop from the list; the runs themselves are never changed.
    return memo(this.runsCache, key, () => this.readRuns(text, titleCase)).slice();
  }

  private readRuns(
    text: string,
    titleCase: boolean,
  ): { name: string; offset: number; end: number }[] {
    const out: { name: string; offset: number; end: number }[] = [];
    for (const { run, index } of this.nameMatches(text)) {
      if (titleCase) {
        // A title-case headline capitalises every word: split its runs at the common ones.
        let at = index;
        for (const piece of run.split(/\s+/)) {
          const i = text.indexOf(piece, at);
          at = i + piece.length;
          if (this.isCommonWord(cleanToken(piece))) continue;
          const prev = out[out.length - 1];
          const gap = prev ? text.slice(prev.offset + prev.name.length, i) : null;
          if (prev && gap !== null && /^\s+$/.test(gap)) {
            prev.name += `${gap}${cleanToken(piece)}`;
            prev.end = i + piece.length;
          } else out.push({ name: cleanToken(piece), offset: i, end: i + piece.length });
        }
        continue;
      }
      const name = this.refine(run);
      if (!name || CALENDAR.test(name)) continue;
      // A line in capitals ("TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS ...") is a shout, not names.
      if (words(name).length >= 3 && isAllCaps(name.replace(/[^\p{L}]/gu, ''))) continue;
      const first = words(name)[0]!;
      const prev = out[out.length - 1];
      // "the People's Daily", "the Queen's Guard": a possessive inside a name after "the".
      if (
        prev &&
        /^[’']s\s+$/u.test(text.slice(prev.end, index)) &&
        /\bthe\s+$/iu.test(text.slice(Math.max(0, prev.offset - 4), prev.offset)) &&
        !this.ownsPerson(prev.name, name)
      ) {
        prev.name = `${prev.name}${text.slice(prev.end, index)}${name}`;
        prev.end = index + run.length;
        continue;
      }
      out.push({ name, offset: text.indexOf(first, index), end: index + run.length });
    }
    return out;
  }

  /** Marks the mentions inside `quoted` as quoted, when more quotations were found later. */
  setQuoted(quoted: readonly QuotedRange[]): void {
    this.quoted = quoted;
    for (const m of this.mentions) m.quoted = m.block >= 0 && this.isQuoted(m.block, m.offset);
  }

  private isQuoted(block: number, offset: number): boolean {
    return this.quoted.some(
      (q) =>
        (block > q.first || (block === q.first && offset > q.start)) &&
        (block < q.last || (block === q.last && offset < q.end)),
    );
  }

  private scan(text: string, block: number, titleCase = false): void {
    for (const { name, offset } of this.runs(text, titleCase)) {
      const end = nameEnd(text, name, offset);
      this.mentions.push({ name, block, offset, end, quoted: this.isQuoted(block, offset) });
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /**
   * A name without the words before it that are roles, acronyms or common words: "Corvexa CEO
   * Stefan Marek" -> "Stefan Marek", "Public Prosecution Eva-Marie Persson" -> "Eva-Marie Persson".
   */
  personPart(name: string): { premod: string; name: string } {
    return { ...memo(this.personPartCache, name, () => this.readPersonPart(name)) };
  }

  private readPersonPart(name: string): { premod: string; name: string } {
    const tokens = words(name);
    let cut = 0;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      const bare = t.replace(/[&-]/g, '');
      // Role words and acronyms ("CEO", "NASA") always; an initial ("A.") never; a common word
      // only while a two-word name remains ("Big Machine" stays whole).
      const role =
        isRoleWord(t) || isAcronymRole(t) || (/^\p{Lu}{2,4}$/u.test(bare) && !t.includes('.'));
      const common = this.lowerWords.has(t.toLowerCase()) && tokens.length - (i + 1) >= 2;
      // "Secretary of State Mike Pompeo": what a role's "of" names belongs to the role, and it
      // may take more than one word ("MP for Leeds Central Tom Harland"): the person is the last
      // two words (three with a middle initial), as a name after its role usually is.
      const ofRole = cut === i && i > 0 && /^(of|for)$/.test(t) && tokens.length - (i + 2) >= 2;
      if (ofRole) {
        const initial = /^\p{Lu}\.?$/u.test(tokens[tokens.length - 2]!);
        cut = Math.max(i + 2, tokens.length - (initial ? 3 : 2));
      } else if ((role || common) && i >= cut) cut = i + 1;
    }
    // "Vexa Иван Петров": a name in one script after a word in another is the name alone.
    const script = (t: string) => (/\p{Script=Cyrillic}/u.test(t) ? 'c' : 'l');
    const last = tokens.length - 1;
    if (last >= 2 && script(tokens[last]!) === script(tokens[last - 1]!)) {
      let k = last - 1;
      while (k > cut && script(tokens[k - 1]!) === script(tokens[last]!)) k--;
      if (k > cut) cut = k;
    }
    return { premod: tokens.slice(0, cut).join(' '), name: tokens.slice(cut).join(' ') };
  }

  /**
   * A person, by the document's evidence: a multi-word name whose last word also stands alone, a
   * name right after a role word ("analyst Neil Hawtrey", "Mr. Verrini"), or such a person's
   * surname. Everything else capitalised (Skype, Tellaro Mobile, R&M) counts as an organisation.
   */
  isPerson(name: string): boolean {
    return memo(this.personCache, name, () => this.computeIsPerson(name));
  }

  private computeIsPerson(name: string): boolean {
    const tokens = words(name);
    if (!tokens.length || /[&]/.test(name) || isAllCaps(name.replace(/[\s.]/g, ''))) return false;
    const last = tokens[tokens.length - 1]!;
    // Surnames are not written in capitals or with digits ("Generative AI", "Pulse 5G").
    if (isAllCaps(last.replace(/[.&-]/g, '')) || /\d/.test(last)) return false;
    if (tokens.length >= 2) {
      // "for Hexham", left of "Conservative MP for Hexham" once the role is cut off: a name
      // never opens with a preposition (particles such as "van" or "de" are no prepositions).
      if (/^(?:of|for|at|from|and|the)$/.test(tokens[0]!)) return false;
      // "European Commission" ... "the Commission said": an institution's short name, no surname.
      if (INSTITUTIONS.test(last) || COMPANY_SUFFIX.test(last)) return false;
      // "Routerhersteller Funkwerk" ... "Funkwerk": a kind of company and its name.
      if (GENERIC_ORG.test(tokens[0]!)) return false;
      if (this.count(last) > 0 && !this.isOrgLike(last)) return true;
      // "James Van Der Beek", later "Van Der Beek": a surname of several words stands alone
      // as a one-word one does, and is that person's surname.
      const surname = tokens.slice(1).join(' ');
      if (tokens.length >= 3 && this.count(surname) > 0 && !this.isOrgLike(surname)) return true;
      const fuller = this.mentions.some((m) => {
        const full = this.personPart(m.name).name;
        const longer = full.endsWith(` ${name}`) && words(full).length === tokens.length + 1;
        return longer && this.isPerson(full);
      });
      if (fuller) return true;
      return this.hasRoleBefore(name);
    }
    // A single word is a person when a title stands before it ("Prince Andrew", "Mr. Verrini")
    // or it is the surname of a person named in full.
    if (this.hasRoleBefore(name)) return true;
    return this.mentions.some((m) => {
      const full = this.personPart(m.name).name;
      const t = words(full);
      return t.length >= 2 && t[t.length - 1] === last && full !== name && this.isPerson(full);
    });
  }

  /** A word used as the first word of longer names ("Tellaro" in "Tellaro Mobile") is an org's. */
  private isOrgLike(word: string): boolean {
    return this.mentions.some((m) => m.name !== word && m.name.startsWith(`${word} `));
  }

  private hasRoleBefore(name: string): boolean {
    for (const text of [this.title, ...this.blocks]) {
      let from = 0;
      for (;;) {
        const i = text.indexOf(name, from);
        if (i < 0) break;
        from = i + name.length;
        const before = text.slice(Math.max(0, i - 40), i).trim();
        const prev = before.split(/\s+/).pop() ?? '';
        // "Data broker Datavault", "game developer Ubisoft": a trade a company has too says
        // nothing of one word after it; "analyst Neil Hawtrey" still names a person.
        const alone = !name.includes(' ') && !/^\s+\p{Lu}/u.test(text.slice(from));
        const trade = alone && COMPANY_TRADES.has(prev.toLowerCase().replace(/s$/, ''));
        // "his fellow Ennahda members": "fellow" after a determiner or a conjunction is "one of
        // the same group", no post ("research fellow Dylan Nelson" is one).
        const kin =
          prev === 'fellow' &&
          /(?:^|\b(?:and|or|his|her|their|its|our|my|your|the|of|with|to)\s+)fellow$/u.test(before);
        if ((isRoleWord(prev) && !trade && !kin) || isAcronymRole(prev)) return true;
        // "Labour MP for Leeds Central Tom Harland", "mayor of Greater Manchester Andy Burnham":
        // a role and the place or body it serves. A full name only: "Zealand" of "the Queen of
        // New Zealand" is no surname.
        const served = ROLE_OF_PLACE.exec(before)?.[1];
        if (served && isRoleWord(served) && name.includes(' ')) return true;
        if (roleSetOffBefore(text, i)) return true;
        // "le chercheur en sécurité Julien Marchal", "la directora de comunicación Ana Gil": a
        // French or Spanish title, then its lower-case complement.
        const complemented = TITLE_COMPLEMENT_BEFORE.exec(before)?.[1];
        if (complemented && isForeignTitle(complemented)) return true;
        const after = text.slice(from, from + 60);
        if (/^,\s+(?:the\s+|a\s+|an\s+)?[\p{L}'’ -]*\b(?:[a-z-]+)\b/u.test(after)) {
          const appos = /^,\s+([^,.;]+)/u.exec(after)?.[1] ?? '';
          // "Munich, Germany, and co-author of the study": a list goes on, no appositive.
          if (/^(and|or|but|nor)\s/iu.test(appos)) continue;
          // "Vexa, a data broker based in Austin,": as before one word, a trade a company has
          // too says nothing of it.
          // "Vexa, the data company led by chief executive Dana Cole,": the post in what
          // qualifies the head noun is someone else's.
          const head = appos.split(
            /\s+(?:led|run|founded|owned|headed|backed|based|which|that|whose|where)\b/u,
          )[0]!;
          const roles = words(head).filter((w) => isRoleWord(w));
          const trades = alone && roles.every((w) => COMPANY_TRADES.has(bareRole(w)));
          if (roles.length && !trades) return true;
        }
      }
    }
    return false;
  }

  /**
   * The fullest form of a name: a person's surname becomes their full name ("Kwon" -> "Daniel
   * Kwon"); an organisation's short name its longer form when that recurs ("Tellaro" -> "Tellaro
   * Mobile").
   */
  fullName(name: string): string {
    return memo(this.fullNameCache, name, () => this.readFullName(name));
  }

  private readFullName(name: string): string {
    const tokens = words(name);
    if (tokens.length === 1) {
      // The full name the article uses most for this surname ("Kristi Noem"), body first: a
      // title-case headline runs words into names ("Watch Marcus Vell").
      const forms = new Map<string, number>();
      for (const m of this.mentions) {
        const full = this.personPart(m.name).name;
        const t = words(full);
        if (t.length < 2 || t[t.length - 1] !== name || GENERIC_ORG.test(t[0]!)) continue;
        forms.set(full, (forms.get(full) ?? 0) + (m.block >= 0 ? 2 : 1));
      }
      let person: string | null = null;
      for (const [full, n] of forms) {
        if (
          person === null ||
          n > forms.get(person)! ||
          (n === forms.get(person) && full.length < person.length)
        )
          person = full;
      }
      if (person) return person;
      // A longer name it begins: a person's ("Martha" of "Martha Fry", "Mr Li" of "Li Wei", a
      // family name written first), or an organisation's ("Tellaro" of "Tellaro Mobile") when
      // the text uses that more than the word alone ("Nexa" stays beside "the Nexa Run app").
      let longer: string | null = null;
      let org: string | null = null;
      let personCount = 0;
      let orgCount = Math.max(1, this.count(name));
      // A first name the text calls "she" or "he" ("Amara says ... she says", where two sisters
      // share the surname "Osei") is a person's, whatever the evidence for the longer name.
      let firstName: boolean | undefined;
      for (const [other, n] of this.counts) {
        // "Turkey I" ('"Turkey," said I') is no longer name of Turkey's.
        if (!other.startsWith(`${name} `) || words(other).length > 3 || / I\b/u.test(other))
          continue;
        if (this.isPerson(other) || (firstName ??= this.genderOf(name) !== null)) {
          if (n > personCount) [longer, personCount] = [other, n];
        } else if (n > orgCount) [org, orgCount] = [other, n];
      }
      return longer ?? org ?? name;
    }
    // "Van Der Beek", a surname of several words: the person named in full with it.
    for (const m of this.mentions) {
      const full = this.personPart(m.name).name;
      if (full.endsWith(` ${name}`) && words(full).length === tokens.length + 1) {
        if (this.isPerson(full)) return full;
      }
    }
    return name;
  }

  /** Mentions before a position, nearest first. */
  *before(block: number, offset: number): Generator<Mention> {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.block > block || (m.block === block && m.offset >= offset)) continue;
      yield m;
    }
  }

  /**
   * The last name before a position that is an organisation of the kind `noun` says: "the
   * ministry said" after "the Ministry of Digital Affairs", "the agency" after "the European
   * Space Agency".
   */
  lastNamedKind(noun: string, block: number, offset: number): string | null {
    const kind = new RegExp(`(?:^|\\s)${noun}(?:\\s|$)`, 'iu');
    // "Digital rights group OpenEye": the kind written before the name, or set off before it
    // ("The group, WeWorkers Coalition, formed ...").
    const before = new RegExp(`\\b${noun},?\\s+$`, 'iu');
    for (const m of this.before(block, offset)) {
      if (m.quoted || this.isPerson(m.name)) continue;
      const text = m.block >= 0 ? (this.blocks[m.block] ?? '') : this.title;
      if (!kind.test(m.name) && !before.test(text.slice(Math.max(0, m.offset - 40), m.offset)))
        continue;
      return this.fullName(m.name);
    }
    return null;
  }

  /**
   * The last person before a position who is the subject of a reporting verb ("Sonya A. Zoghlin,
   * Carlineo's attorney, told The Hill ..."): the likeliest referent of a following "she said",
   * more so than whoever was merely named last ("... harm to Omar").
   */
  lastReporterBefore(
    block: number,
    offset: number,
    window = 2,
    gender: Gender | null = null,
    verbs: ReadonlySet<string> | null = null,
  ): string | null {
    for (const m of this.before(block, offset)) {
      if (m.block < block - window) break;
      if (m.quoted || m.block < 0) continue;
      const text = this.blocks[m.block] ?? '';
      let after = text.slice(m.end, m.end + 160);
      // "Verdant's head of learning, Sofia Marchetti, said": the name is the appositive.
      // ("Rowe's manager, Theo Banks, who co-founded Encore, said": a relative clause still may
      // follow the name.)
      if (/,\s$/u.test(text.slice(0, m.offset))) after = after.replace(/^,(?=\s)(?!\s+who\b)/u, '');
      const verb =
        /^(?:\s*,[^,.;"“”]{1,120},)?\s+(?:(?:\p{Ll}+ly|also|later|then|had|has|have|would|will|once|again|further|instead)\s+)*(\p{L}+)/u.exec(
          after,
        )?.[1];
      const lemma = verb ? reportingLemma(verb) : null;
      if (!lemma || (verbs && !verbs.has(lemma))) continue;
      const { name: part } = this.personPart(m.name);
      // "The head of Acme Widgets Jane Smith said": after a role's "of", the run is what the
      // role serves and then the person, its last two words.
      const name = this.servedPerson(m, text) ?? part;
      if (!name) continue;
      // A reporter the text names in full every time ("Forrest Jones said ... Forrest Jones
      // says") gives isPerson no lone surname to go on; a name written like a person's and not
      // after "the" ("The Doobie Brothers announced") is one.
      const the = /\bthe\s+$/iu.test(text.slice(Math.max(0, m.offset - 5), m.offset));
      // The organisation the headline names ("Solace Energy says ...", then "Solace Energy
      // said ...") is never "he" or "she".
      if (!this.isPerson(name) && (the || !looksLikePersonName(name) || this.title.includes(name)))
        continue;
      const full = this.fullName(name);
      if (this.fits(full, gender)) return full;
    }
    return null;
  }

  /**
   * The person the story gave this age, before a position: "Braun, 38," or "38-year-old Scooter
   * Braun" is whom "the 38-year-old said" means, though "Swift, 29," was named after him.
   */
  personAged(age: string, block: number, offset: number, window = 6): string | null {
    for (const m of this.before(block, offset)) {
      if (m.block < block - window) break;
      if (m.quoted || m.block < 0) continue;
      const text = this.blocks[m.block] ?? '';
      const stated =
        new RegExp(String.raw`^(?:,\s+${age}\b|\s+\(${age}\))`, 'u').test(text.slice(m.end)) ||
        new RegExp(String.raw`\b${age}-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'u').test(
          text.slice(Math.max(0, m.offset - 60), m.offset),
        );
      const { name } = this.personPart(m.name);
      // The age says a person is meant: a name written like one will do.
      if (stated && name && (this.isPerson(name) || looksLikePersonName(name)))
        return this.fullName(name);
    }
    return null;
  }

  /**
   * The person at the end of a run that follows a role's "of" or "for" ("the head of Acme
   * Widgets Jane Smith"), when the run has four words or more and ends like a person's name.
   */
  private servedPerson(m: Mention, text: string): string | null {
    const split = servedSplit(text.slice(Math.max(0, m.offset - 40), m.offset), m.name);
    return split && (looksLikePersonName(split.name) || this.isPerson(split.name))
      ? split.name
      : null;
  }

  /**
   * The last person before a position whose role is `role` ("President Donald Trump", "Mark
   * Gillett, Skype's chief ... officer"): whom "the president said" or "the officer said" means.
   */
  lastWithRole(role: string, block: number, offset: number, window = 6): string | null {
    // A title of several words is matched whole ("chief executive"), and an acronym as the
    // title it stands for ("CEO" for "chief executive").
    const wanted = words(role.toLowerCase()).map((w) => TITLE_ACRONYMS[w] ?? w);
    const spelled = wanted.join(' ').split(' ');
    for (const m of this.before(block, offset)) {
      if (m.block < block - window) break;
      if (m.quoted) continue;
      const { premod, name } = this.personPart(m.name);
      if (!name || !this.isPerson(name)) continue;
      const full = this.fullName(name);
      const roles = words(`${premod} ${this.roleOf(full) ?? ''}`.toLowerCase())
        .map((w) => w.replace(/[.,]$/, ''))
        .flatMap((w) => (TITLE_ACRONYMS[w] ?? w).split(' '));
      if (roles.some((_, i) => spelled.every((w, k) => roles[i + k] === w))) return full;
    }
    return null;
  }

  /**
   * The person the story named with a post at `org` before a position: whom "the Vexa boss", "the
   * Skype exec" or "the Vexa CEO" means. "Boss", "chief" and "head" mean the top post, "exec" any
   * executive's; a formal title must be held as written. The post is at `org` when the role or the
   * words before the name say so ("Vexa chief executive Dana Cole", "Mark Gillett, Skype's chief
   * operating officer"), or when the role names no one (a bare "chief executive Dana Cole") and
   * `org` is the story's. The whole story before counts: the name makes the reference plain.
   */
  lastAtOrg(org: string, title: string, block: number, offset: number): string | null {
    const wanted = words(title.toLowerCase()).flatMap((w) => (TITLE_ACRONYMS[w] ?? w).split(' '));
    const informal = wanted.length === 1 ? INFORMAL_TITLES[wanted[0]!] : undefined;
    const own = this.mainOrg() === org || this.mainCompany() === org;
    const at = new RegExp(
      `(?<![\\p{L}\\p{N}])${org.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    for (const m of this.before(block, offset)) {
      if (m.quoted) continue;
      const { premod, name } = this.personPart(m.name);
      // A name shaped like a person's that holds a post is one ("Dana Cole, who founded Vexa").
      if (!name || !(this.isPerson(name) || looksLikePersonName(name))) continue;
      const full = this.fullName(name);
      const role = `${premod} ${this.roleOf(full) ?? ''}`.trim();
      const elsewhere = words(role).some(
        (w) => /^\p{Lu}/u.test(w) && !isRoleWord(w) && !isAcronymRole(w.replace(/[.,]$/u, '')),
      );
      if (!at.test(role) && (elsewhere || !own)) continue;
      // "the head of Vexa" is its top post, as "Vexa's head" is; "head of research" is not.
      const post = role.replace(at, 'org').replace(/\s+of\s+(?:the\s+)?org\b/u, ' of org');
      const held = informal ? informal.test(post.toLowerCase()) : holdsTitle(role, wanted);
      if (held) return full;
    }
    return null;
  }

  /**
   * The person who opens the sentence right before `offset` in this paragraph ("Researcher
   * Pieter Jansen disagrees. '...,' he says"): whom a pronoun after the quotation means, before
   * whoever spoke last.
   */
  subjectBefore(block: number, offset: number, gender: Gender | null): string | null {
    const before = (this.blocks[block] ?? '').slice(0, offset).trimEnd();
    if (!/[.!?]["”’)]?$/u.test(before)) return null;
    let start = before.length - 2;
    while (start > 0 && !(/[.!?]/u.test(before[start - 1]!) && /\s/u.test(before[start]!))) start--;
    let subject: string | null = null;
    for (const m of this.before(block, offset)) {
      if (m.block !== block || m.offset < start) break;
      if (m.quoted || m.offset - start > 40) continue;
      const { name } = this.personPart(m.name);
      if (name && this.isPerson(name)) subject = this.fullName(name);
    }
    return subject && this.fits(subject, gender) ? subject : null;
  }

  /**
   * The last person named before a position, within `window` paragraphs: what "he" refers to.
   * `shaped`: a name written like a person's counts too, for words that can only mean a person.
   */
  lastPersonBefore(
    block: number,
    offset: number,
    window = 3,
    gender: Gender | null = null,
    shaped = false,
  ): string | null {
    let fallback: string | null = null;
    for (const m of this.before(block, offset)) {
      if (m.block < block - window) break;
      if (m.quoted) continue;
      const { name } = this.personPart(m.name);
      const person = name && (this.isPerson(name) || (shaped && looksLikePersonName(name)));
      if (!person || !this.fits(this.fullName(name), gender)) continue;
      const text = m.block < 0 ? this.title : (this.blocks[m.block] ?? '');
      // A possessive ("McDonald's cameo") is rarely who "he" is; the sentence's subject is.
      const possessive = /^[’']s\b/u.test(text.slice(m.end));
      if (!possessive) return this.fullName(name);
      fallback ??= this.fullName(name);
    }
    return fallback;
  }

  /**
   * The organisation the story is about: the headline's first name that the body also uses and
   * that is not a person. "The company" and an unnamed spokesperson speak for it.
   */
  mainOrg(): string | null {
    if (this.mainOrgCache === undefined) this.mainOrgCache = this.readMainOrg();
    return this.mainOrgCache;
  }

  /**
   * The person the headline names first, when the body names them too: whom an epithet ("the
   * singer", "the billionaire") means in a story about them.
   */
  mainPerson(gender: Gender | null = null): string | null {
    for (const { name } of this.runs(this.title, this.titleCase)) {
      const person = this.fullName(this.personPart(name).name);
      if (!person || !(this.isPerson(person) || looksLikePersonName(person))) continue;
      if (!this.mentions.some((m) => m.block >= 0 && m.name.endsWith(person))) continue;
      if (this.fits(person, gender)) return person;
    }
    return null;
  }

  /**
   * The company the story is about, for "the company said": the main organisation unless that is
   * a public body ("FTC orders Cartwheel to ...": the FTC, the Federal Trade Commission, is no
   * company, and "the company" is Cartwheel).
   */
  mainCompany(): string | null {
    const main = this.mainOrg();
    if (!main || !this.isInstitution(main)) return main;
    for (const { name } of this.runs(this.title, this.titleCase)) {
      const org = this.fullName(name);
      if (org === main || this.isInstitution(org) || this.isPerson(this.personPart(org).name))
        continue;
      if (this.mentions.some((m) => m.block >= 0 && m.name === org)) return org;
    }
    return main;
  }

  /** A public body: "European Commission", or an acronym the text spells out as one ("FTC"). */
  private isInstitution(name: string): boolean {
    if (INSTITUTIONS.test(words(name).pop() ?? '')) return true;
    if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
    return this.mentions.some((m) => {
      const w = words(m.name).filter((x) => /^\p{Lu}/u.test(x));
      return w.map((x) => x[0]).join('') === name && INSTITUTIONS.test(w[w.length - 1] ?? '');
    });
  }

  private readMainOrg(): string | null {
    for (const { name } of this.runs(this.title, this.titleCase)) {
      const person = this.personPart(name).name;
      if (this.isPerson(person) || this.isPerson(this.fullName(person))) continue;
      if (DEMONYM.test(name)) continue;
      if (GENERIC_ORG.test(name)) continue;
      // The whole name, or its first word ("Tellaro" of "Tellaro Mobile rejects ..."), or what
      // follows a kind of organisation ("Funkwerk" of "Routerhersteller Funkwerk").
      const w = words(name);
      const kinds = w.length > 1 && GENERIC_ORG.test(w[0]!) ? [w.slice(1).join(' ')] : [];
      for (const candidate of [...kinds, name, w[0]!]) {
        if (this.mentions.some((m) => m.block >= 0 && m.name.split(' ').includes(candidate)))
          return this.fullName(candidate);
      }
    }
    let best: string | null = null;
    let bestCount = 0;
    for (const [name, n] of this.counts) {
      if (n > bestCount && !this.isPerson(name) && !DEMONYM.test(name)) {
        best = name;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * A person's role from where the article introduces them: the words before the name
   * ("Hanseong's Seoul-based spokesman Daniel Kwon") or an appositive after it ("Mark Gillett,
   * Skype's chief development and operations officer").
   */
  /** Whether "he" or "she" can mean this person: their gender is unknown or the same. */
  fits(name: string, gender: Gender | null): boolean {
    if (!gender) return true;
    const known = this.genderOf(name);
    return known === null || known === gender;
  }

  /**
   * A person's gender as the text itself shows it, or null: a courtesy title before the name
   * ("Mr. Verrini", "Ms. Holt"), a gendered role ("spokeswoman Ann Lee", "Lee, the company's
   * chairman"), or the pronoun of a sentence the name starts ("Holt said she ..."). Names alone
   * say nothing: no list of first names ships.
   */
  genderOf(name: string): Gender | null {
    return memo(this.genderCache, name, () => this.readGenderOf(name));
  }

  private readGenderOf(name: string): Gender | null {
    const surname = words(name).pop() ?? name;
    let male = 0;
    let female = 0;
    const title = this.roleOf(name) ?? '';
    const role = `${title} `.toLowerCase();
    if (FEMALE_WORD.test(role) || titleGender(title) === 'f') female++;
    else if (MALE_WORD.test(role) || titleGender(title) === 'm') male++;
    for (const text of this.blocks) {
      for (const [i, from] of occurrences(text, surname)) {
        const before = text.slice(Math.max(0, i - 40), i);
        const after = text.slice(from, from + 80);
        const title =
          /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u.exec(
            before,
          )?.[1];
        if (title) {
          if (/^(Mr|Sir|Lord)$/.test(title)) male++;
          else female++;
        }
        // "Holt said she ...", "Holt, who ..., said her ...": the first pronoun of a sentence the
        // name starts (as its subject: "Carlineo threatened Omar, and he ..." says nothing of Omar).
        const subject = SENTENCE_SUBJECT.test(i <= 40 ? `. ${before}` : before);
        const pronoun =
          subject && /^[^.!?“”"]*?\b(he|she|his|her|him)\b/iu.exec(after)?.[1]?.toLowerCase();
        if (pronoun === 'she' || pronoun === 'her') female++;
        else if (pronoun) male++;
      }
    }
    if (male === female) return null;
    return male > female ? 'm' : 'f';
  }

  /**
   * "Meta's Andy Stone", "the EFF's Jane Doe": the organisation whose possessive stands right
   * before a person's full name is the one they speak for, as an appositive would say. `before`
   * is the text up to the name.
   */
  private possessiveOwner(before: string, name: string): string | null {
    const owner =
      /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s+$/u.exec(
        before,
      )?.[1];
    if (!owner || !looksLikePersonName(name)) return null;
    const bare = owner.replace(/^The\s+/u, '');
    return this.isPerson(bare) || this.isCommonWord(bare) ? null : bare;
  }

  roleOf(name: string): string | null {
    return memo(this.roleCache, name, () => this.readRoleOf(name));
  }

  private readRoleOf(name: string): string | null {
    const tokens = words(name);
    const surname = tokens[tokens.length - 1] ?? name;
    const first = tokens[0]!;
    // The first name alone too, where the text uses it ("Amara, who is chief executive, says").
    const targets =
      name === surname
        ? [name]
        : tokens.length === 2 && this.count(first) > 0
          ? [name, surname, first]
          : [name, surname];
    for (const text of [...this.blocks, this.title]) {
      for (const target of targets) {
        for (const [i, from] of occurrences(text, target)) {
          // "Efua Osei" is not her sister "Amara Osei": the surname after another first name.
          if (target === surname && target !== name) {
            const prev = /(\p{Lu}[\p{L}\p{M}'’-]*)\s+$/u.exec(
              text.slice(Math.max(0, i - 30), i),
            )?.[1];
            // "Joshua Apte" is still "Josh Apte".
            const other = prev && !prev.startsWith(first) && !first.startsWith(prev);
            if (other && !isRoleWord(prev) && !isCourtesyTitle(prev)) continue;
          }
          if (target === first && target !== name && /^\s+\p{Lu}/u.test(text.slice(from))) continue;
          // "the principal deputy White House press secretary": here the name only qualifies
          // another person's role, and what stands before it is no role of its own.
          // "Ravi Shankar told employees": a verb follows, and the name is the subject.
          const next = /^\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.exec(text.slice(from, from + 40))?.[0];
          const qualifies =
            !!next &&
            !reportingLemma(words(next)[0] ?? '') &&
            words(next).some((w) => isRoleWord(w));
          const premod = qualifies ? null : rolePremod(text.slice(0, i));
          const appositive = roleAppositive(text.slice(from));
          // "Professor Kenji Watanabe, a sleep researcher at King's College London": the title
          // says how to address him, the appositive what he does.
          const role =
            (premod && !(appositive && ADDRESS_TITLE.test(premod)) ? premod : null) ??
            appositive ??
            (/^\s*,/u.test(text.slice(from)) ? roleSetOffBefore(text, i) : null) ??
            roleStated(text, i, from) ??
            roleRelative(text.slice(from, from + 120)) ??
            (target === name ? this.possessiveOwner(text.slice(0, i), name) : null);
          if (role) return role;
        }
      }
    }
    return null;
  }
}

/** Titles of address that say nothing of the job: "Professor", "Dr". */
const ADDRESS_TITLE = /^(?:prof(?:essor)?|dr|doctor)\.?$/iu;

/**
 * A role the text states of the name opening a sentence: "Solberg is Keyless's co-founder and
 * chief executive, and previously ran ...".
 */
function roleStated(text: string, i: number, from: number): string | null {
  if (!/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, i))) return null;
  const stated =
    /^\s+(?:is|was)\s+((?:the|a|an)\s+[^,.;:!?]{3,80}|\p{Lu}[^,.;:!?\s]*[’']s\s+[^,.;:!?]{3,80})/u.exec(
      text.slice(from),
    )?.[1];
  return stated ? roleAppositive(`, ${stated}`) : null;
}

/**
 * A role a relative clause gives: "Clara Okoye, who founded Lumen in 2021, ..." is Lumen's
 * founder; "who runs Acme" its head.
 */
function roleRelative(after: string): string | null {
  // "Amara, who is chief executive, says": the clause states the post.
  const is =
    /^\s*,\s+who\s+(?:is|was)\s+((?:(?:the|a|an|its|their)\s+)?[^,;:.!?"“”]{2,60}?)\s*,/u.exec(
      after,
    )?.[1];
  if (is && words(is).some((w) => isRoleWord(w))) return is;
  const m =
    /^\s*,\s+who\s+(co-?founded|founded|started|runs|leads|heads)\s+(\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,3})/u.exec(
      after,
    );
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const kind = /^co/.test(verb)
    ? 'co-founder'
    : /^(founded|started)$/.test(verb)
      ? 'founder'
      : 'head';
  // "who heads Vexa's privacy team": the possessive's noun is what they head.
  const owned = /['’]s$/u.test(m[2]!)
    ? /^\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*(?=[,;.]|$)/u.exec(after.slice(m[0].length))?.[1]
    : '';
  if (owned === undefined) return null;
  return `${kind} of ${m[2]!}${owned ? ` ${owned}` : ''}`;
}

/** An office held in an organisation. */
const OFFICE =
  /\b(?:chief|executive|president|director|officer|spokes\w+|head|founder|chair\w*|manager|counsel|lawyer|attorney|secretary)\b/iu;

/**
 * The role set off by commas before a name at `i`: "the company's head of networks, Pieter
 * Vaals, said", "The former mayor of Ostrava, Pavel Novák, pleaded".
 */
function roleSetOffBefore(text: string, i: number): string | null {
  const lead = /(?:^|[.;:!?]\s+|,\s+)([^,.;:!?]{3,60}),\s*$/u.exec(
    text.slice(Math.max(0, i - 80), i),
  )?.[1];
  // "its chief executive, Daniel Osei, said": a possessive determiner opens a role too.
  if (!lead || !/^(?:the|a|an|its|their|his|her|der|die|das|le|la|el)\s|[’']s\s/iu.test(lead))
    return null;
  // "its chief executive": "its" refers back to an organisation, and an office in one is the
  // role. "Its author" may be a report's: no role said.
  const owned = /^(?:its|their|his|her)\s+(.+)$/iu.exec(lead)?.[1];
  if (owned) return OFFICE.test(owned) ? roleAppositive(`, ${owned}`) : null;
  return roleAppositive(`, ${lead}`);
}

/** `cache`'s value for `key`, computed once. */
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** Where `target` stands in `text` as a whole word: [start, end] of each occurrence. */
function* occurrences(text: string, target: string): Generator<[number, number]> {
  for (let i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + 1)) {
    const end = i + target.length;
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? ''))
      yield [i, end];
  }
}

/** Words that may form a role: role nouns, lower-case modifiers, possessive names, acronyms. */
function roleToken(w: string): boolean {
  const bare = w.replace(/[’']s$/u, '');
  if (FUNCTION_WORDS.has(bare.toLowerCase()) && !/^(of|and|for|at)$/i.test(bare)) return false;
  return /^[\p{L}\p{N}][\p{L}\p{N}&.’'-]*$/u.test(w);
}

/** "According to" as one word, in the languages whose reporting clauses are read. */
const ACCORDING_TO = /^(?:aldus|volgens|laut|selon|según|segundo|secondo)$/iu;

/**
 * A run after a role's "of" or "for" ("the mayor of Greater Manchester Andy Burnham", "the head
 * of Acme Widgets Jane Smith"): with four words or more, what the role serves and then the
 * person, its last two words (three with a middle initial). Whether those are a person is the
 * caller's to judge. `before` is the text up to the run.
 */
export function servedSplit(before: string, run: string): { premod: string; name: string } | null {
  const t = words(run);
  const served = /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before)?.[1];
  if (t.length < 4 || !served || !isRoleWord(served)) return null;
  const n = /^\p{Lu}\.?$/u.test(t[t.length - 2]!) ? 3 : 2;
  return { premod: t.slice(0, -n).join(' '), name: t.slice(-n).join(' ') };
}

/** "... chief executive " before a name -> "chief executive", if it ends in a role word. */
export function rolePremod(before: string): string | null {
  // "Labour MP for Leeds Central ": the role ends in the place or body it serves.
  const served = SERVED.exec(before);
  if (served) {
    const role = rolePremod(`${before.slice(0, served.index)} `);
    return role ? `${role}${served[0].trimEnd()}` : null;
  }
  const tokens = words(before.replace(/\s+$/u, ''));
  const last = tokens[tokens.length - 1];
  if (!last || /[,.;:!?)"”]$/u.test(last)) return null;
  if (!isRoleWord(last) && !/^(CEO|CFO|CTO|COO|CIO)$/.test(last)) return null;
  const out: string[] = [];
  // A German title is one capitalised compound: the lower-case word before it is a verb or an
  // adverb of the sentence ("sagte Unternehmenssprecherin Katrin Mahler").
  const german = isGermanTitle(last);
  const foreign = !german && FOREIGN_ROLE.test(last.toLowerCase().replace(/[.,]$/, ''));
  let i = tokens.length - 1;
  for (; i >= 0 && out.length < 8; i--) {
    const t = tokens[i]!;
    // "U.S. District Judge": a dotted abbreviation's stop ends no sentence; nor does a company
    // name's short word ("Walt Disney Co. executive").
    const companyStop = /^\p{Lu}\p{Ll}{1,3}\.$/u.test(t) && /^\p{Lu}/u.test(tokens[i - 1] ?? '');
    if (
      (/[,.;:!?)"”]$/u.test(t) && !/^(?:\p{Lu}\.){2,}$/u.test(t) && !companyStop) ||
      !roleToken(t)
    )
      break;
    if (german && /^\p{Ll}/u.test(t)) break;
    if (/^(of|and|for|at)$/i.test(t) && out.length === 0) break;
    // "a turning point for chief executive Marcus Vell": "for" joins a role only to a role word
    // ("director for games", "head of research").
    if (/^(of|for|at)$/i.test(t) && !isRoleWord(tokens[i - 1] ?? '')) break;
    // "former astronaut Tom Stafford and retired aerospace executive Tom Young": a name before
    // "and" is another person, whose role this is not.
    if (
      /^and$/i.test(t) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[i - 1] ?? '') &&
      !isRoleWord(tokens[i - 1]!) &&
      !/^(?:hundred|thousand)$/i.test(tokens[i - 1]!)
    )
      break;
    // The reporting verb of an inverted clause ends the role: '"...," responded NASA
    // administrator Jim Bridenstine'. Only its inflected forms: "state senator" is a role.
    if (/^\p{Ll}/u.test(t) && (reportingLemma(t) ?? t) !== t) break;
    // So does another language's "according to" ("aldus woordvoerder Sanne de Boer").
    if (ACCORDING_TO.test(t)) break;
    // Before another language's title, a lower-case word that is no title, article or
    // preposition is the sentence's verb: "zegt woordvoerder Jan de Vries".
    if (
      foreign &&
      i < tokens.length - 1 &&
      /^\p{Ll}/u.test(t) &&
      !isRoleWord(t) &&
      !FOREIGN_ROLE_LINK.test(t)
    )
      break;
    out.unshift(t);
  }
  // After "to", a lower-case word is a verb: "a vote to impeach South Korean President Yoon";
  // not after a "to" that is a preposition: "according to chief executive Maria Okafor".
  if (
    out.length > 1 &&
    /^to$/i.test(tokens[i] ?? '') &&
    !/^(?:according|due|thanks|next|close|spoke|speaking|talked|talking|wrote|writing)$/i.test(
      tokens[i - 1] ?? '',
    ) &&
    /^\p{Ll}/u.test(out[0]!)
  )
    out.shift();
  while (out.length && /^(of|and|for|at)$/i.test(out[0]!)) out.shift();
  while (out.length > 1 && TITLE_OF_ADDRESS.test(out[out.length - 1]!)) out.pop();
  if (out.length) out[out.length - 1] = singularRole(out[out.length - 1]!);
  return out.length && !isCourtesyTitle(out.join(' ')) ? out.join(' ') : null;
}

/**
 * A title of address written before a name ("co-author Dr Aisha Bello"): it goes with the name,
 * never at the end of a role.
 */
export const TITLE_OF_ADDRESS = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?$/u;

/**
 * "Ms", "Mr.", "Dr", "Sir": a courtesy title says how to address someone, not what they do: no
 * role on its own ("Professor" is a job, and stays).
 */
export function isCourtesyTitle(text: string): boolean {
  return /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/u.test(text.trim());
}

/** ", Skype's chief development and operations officer in a blog post" -> the role, if it is one. */
/**
 * "a delivery driver", "a Wyoming Republican", "an Oregon Democrat": a short indefinite noun
 * phrase set off after a name describes the person, and its head has the shape of a word for
 * one (a doer, a member, a follower), though no job title list holds it.
 */
const DOTTED = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}/gu;
/** A middle initial between two capitalised words: "Dana F. Besecker". */
const MIDDLE_INITIAL = /(?<=\p{Lu}\p{Ll}+\s)\p{Lu}\.(?=\s\p{Lu}\p{Ll})/gu;

const PERSON_DESCRIPTION =
  /^an?\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]*(?:er|or|ist|ian|can|ant|ent|man|woman|person|crat|ee)$/u;

export function roleAppositive(after: string): string | null {
  // A spaced dash ends it too: "— said X, an Android expert — ".
  // An age before it is no role: "Mark Delaney, 47, a delivery driver from Tacoma".
  // "the U.S. attorney for ...": a dotted abbreviation's stops end nothing (held as "․" here).
  // Nor does a middle initial's: "president of Dana F. Besecker Company".
  const m = /^\s*,\s+(?:\d{1,3},\s+)?([^,;:.!?"“”(—–]+?)(?=\s*(?:[,;:.!?"“”(—–]|$))/u.exec(
    after
      .replace(DOTTED, (d) => d.replaceAll('.', '\u2024'))
      .replace(MIDDLE_INITIAL, (d) => d.replace('.', '\u2024')),
  );
  if (!m) return null;
  const role = trimAdjuncts(m[1]!.replaceAll('\u2024', '.'));
  const tokens = words(role);
  if (!tokens.length || tokens.length > 14) return null;
  // "his voice shaking" is no role; "its chair" (the body's) is.
  if (/^(his|her|their|its|who|which|whose|adding|saying|when|while|as|and|but)\b/i.test(role)) {
    const own = /^(?:its|their)\s+(.+)$/iu.exec(role)?.[1];
    if (!own || words(own).length > 4 || !words(own).some((w) => isRoleWord(w))) return null;
    // Out of its sentence "its" points nowhere: the post alone.
    return own;
  }
  // "one of the two drivers who brought the case" says who a person is as a job title does.
  const hasRole =
    tokens.some((t) => isRoleWord(t)) ||
    /^one of (?:the|his|her|their) /iu.test(role) ||
    PERSON_DESCRIPTION.test(role);
  // "..., singer-keyboardist McDonald": another person's appositive, not a role.
  const endsInName =
    /\s\p{Lu}[\p{L}'’-]+$/u.test(role) &&
    // "a Wyoming Republican" describes; "singer-keyboardist McDonald" names.
    !/^an?\s/u.test(role) &&
    // "Der Forscher": German capitalises its nouns, titles too.
    !isRoleWord(tokens[tokens.length - 1]!) &&
    !/[’']s\s/u.test(role) &&
    !/\b(of|at|for|with|in)\s/u.test(role);
  return hasRole && !endsInName ? role : null;
}

/** Cuts trailing adjuncts off a noun phrase: "officer in a blog post" -> "officer". */
export function trimAdjuncts(np: string): string {
  return np
    .replace(
      /\s+(?:in|on|during|via|when|while|after|before|as|who|which|where|adding|saying|according|told|tells|said|says|from|to|through|speaking|writing|last|this|earlier|later|late|yesterday|today|tonight|here|there)(?![\p{L}\p{N}]).*$/isu,
      '',
    )
    .replace(/\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$/iu, '')
    .trim();
}
