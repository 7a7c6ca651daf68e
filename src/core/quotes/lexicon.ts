/**
 * The few word lists attribution needs: reporting verbs, role nouns and the words that end a
 * name. They are closed classes of English news prose (how reporters attribute speech and name
 * jobs), not lists of particular people, companies or fixture phrases.
 */

/** Reporting verbs as lemmas; `inflect` adds the regular forms, IRREGULAR the rest. */
const REPORTING = [
  'say',
  'add',
  'tell',
  'write',
  'explain',
  'note',
  'state',
  'declare',
  'insist',
  'argue',
  'claim',
  'continue',
  'recall',
  'remark',
  'ask',
  'reply',
  'respond',
  'deny',
  'warn',
  'caution',
  'suggest',
  'tweet',
  'post',
  'comment',
  'acknowledge',
  'admit',
  'concede',
  'confirm',
  'announce',
  'emphasize',
  'emphasise',
  'stress',
  'observe',
  'conclude',
  'predict',
  'promise',
  'vow',
  'quip',
  'joke',
  'laugh',
  'shout',
  'yell',
  'scream',
  'reiterate',
  'maintain',
  'counter',
  'retort',
  'boast',
  'complain',
  'lament',
  'urge',
  'agree',
  'advise',
  'assert',
  'allege',
  'answer',
  'contend',
  'testify',
  'recount',
  'muse',
  'reckon',
  'opine',
  'whisper',
  'mutter',
  'exclaim',
  'demand',
  'plead',
  'pledge',
  'describe',
  'call',
  'reject',
  'dismiss',
  'rebut',
  'refute',
  'dispute',
  'blast',
  'slam',
  'accuse',
  'charge',
  'point',
  'reason',
  'wonder',
  'hint',
  'concur',
  'cry',
  'sigh',
  'beam',
  'gush',
  'reflect',
  'summarize',
  'summarise',
  'elaborate',
  'clarify',
  'specify',
  'proclaim',
  'mention',
  'report',
  'read',
  'begin',
  'go',
] as const;

/** Forms the regular rules below would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  begin: ['began', 'begun'],
  go: ['goes', 'went', 'gone'],
};
/** Lemmas whose final consonant doubles: quipped, rebutted, admitted, beginning. */
const DOUBLING = new Set(['quip', 'rebut', 'admit', 'begin', 'slam', 'concur']);

function inflect(lemma: string): string[] {
  const forms = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const stem = DOUBLING.has(lemma) ? lemma + lemma.at(-1)! : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`);
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(`${lemma}es`).add(`${lemma}ed`);
  } else if (lemma !== 'go') {
    forms.add(`${lemma}s`);
    if (!IRREGULAR[lemma]) forms.add(lemma.endsWith('e') ? `${lemma}d` : `${stem}ed`);
  }
  forms.add(/[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

const LEMMA_OF = new Map<string, string>(
  REPORTING.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
);

/** Every inflected reporting verb, e.g. said, says, tweeted, insisting. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(LEMMA_OF.keys());

/** The lemma of a reporting verb form ("tweeted" -> "tweet"), or null. */
export function reportingLemma(word: string): string | null {
  return LEMMA_OF.get(word.toLowerCase()) ?? null;
}

/**
 * Verbs that report a quotation but are too common to trust alone in a "before" context
 * (`the team began`, `calls for`, `reports that`): they need a colon or "that"/"as" after them.
 */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'go',
  'begin',
  'point',
  'call',
  'describe',
  'report',
  'read',
  'continue',
  'charge',
  'post',
  'reason',
  'beam',
  'counter',
  'state',
  'note',
  'claim',
  'answer',
  'mention',
  'reflect',
  'cry',
]);

/** Nouns (and title abbreviations) that name a job or standing: "chief executive", "spokesman". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `ceo cfo cto coo cio cmo cso chief executive officer president vice chairman chairwoman chair
  founder co-founder cofounder director manager head leader spokesman spokeswoman spokesperson
  spokespeople representative rep analyst economist strategist researcher scientist professor
  prof lecturer author co-author editor reporter journalist correspondent columnist critic minister
  secretary governor gov senator sen congressman congresswoman lawmaker legislator mayor
  administrator commissioner official adviser advisor attorney lawyer prosecutor judge counsel
  partner principal engineer developer designer architect coach player captain quarterback doctor
  dr physician nurse surgeon investigator detective sheriff chancellor premier king queen prince
  princess ambassador general colonel lieutenant sergeant agent owner creator producer actor
  actress singer host member staffer employee teacher student fellow expert specialist consultant
  activist campaigner organiser organizer inspector treasurer trustee dean provost rabbi pastor
  bishop pope mr mrs ms mx sir dame lord lady chef curator historian psychologist epidemiologist
  ceo-elect boss superintendent chairperson vp svp evp gm md cofounder co-chair spokesmodel envoy
  negotiator diplomat commander marshal chief-of-staff staff writer novelist poet artist musician
  drummer guitarist rapper comedian broadcaster presenter anchor pundit blogger influencer
  investor trader banker broker economist accountant auditor regulator inspector-general
  director-general secretary-general undersecretary deputy assistant associate senior junior
  lead managing co-head officer-in-charge maintainer contributor solicitor barrister mp mep msp
  councillor councilor alderman assemblyman assemblywoman speaker`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that stand for an organisation's voice: "a Lumora spokesman", "the company's statement". */
export const VOICE_NOUNS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson spokespeople spokespersons representative representatives
  rep statement statements release email e-mail letter filing memo note post blog tweet website
  site response reply account announcement notice editorial message thread findings page policy
  faq documentation guidelines`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common nouns a report uses for an organisation it already named ("the Finnish company"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  `company firm group carmaker automaker maker manufacturer giant business startup start-up
  retailer bank lender insurer operator provider supplier developer publisher studio platform
  network service agency ministry department government authority regulator organisation
  organization association union club team league outfit conglomerate corporation corp concern
  chipmaker drugmaker airline carrier broker brokerage fund council commission board committee
  party campaign administration office court university institute school hospital
  newspaper outlet magazine broadcaster channel site website app brand label band biz`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Organisation nouns for public bodies: "the French foreign ministry" is its own speaker, where
 * "the Finnish company" refers back to the company the story is about.
 */
export const INSTITUTIONS: ReadonlySet<string> = new Set(
  `ministry department government authority regulator agency council commission committee court
  administration office embassy parliament senate congress assembly police military army navy`
    .split(/\s+/)
    .filter(Boolean),
);

export const PRONOUNS: Record<string, 'person' | 'org' | 'group' | 'self'> = {
  he: 'person',
  she: 'person',
  it: 'org',
  they: 'group',
  i: 'self',
  we: 'self',
};

/**
 * Words that never belong to a speaker's name or role: they end a noun phrase. Sentence adverbs
 * and the words of an address ("Meanwhile Bartleby sat", "Ah Bartleby,", Indonesian "Wahai
 * Aslam", O Aslam) are capitalised at a sentence's start and would join the name after them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those his her its their our my your of for to by with and or but nor
  so yet as at in on from into onto about after before during while when where whether if than
  then also later now still already just even only once again further too however though
  although because since until unless who whom whose which what how why there here has have had
  having is was are were be been being do does did will would could should may might must shall
  can not no never all some any each every both either neither such very more most much many
  few less least own same other another last next first meanwhile instead yesterday today
  tonight tomorrow finally eventually ah oh hey dear wahai selon según segundo secondo volgens`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What the tech press calls some companies ("the Chocolate Factory said", "Big Blue told us"):
 * that company, when the story names it too.
 */
export const ORG_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['Chocolate Factory', 'Google'],
  ['Big Blue', 'IBM'],
  ['Big Red', 'Oracle'],
  ['Redmond', 'Microsoft'],
  ['Cupertino', 'Apple'],
  ['Chipzilla', 'Intel'],
  ['Team Green', 'Nvidia'],
  ['Team Red', 'AMD'],
]);
