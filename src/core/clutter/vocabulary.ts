/**
 * The words clutter labels itself with, in English, German and French (plus the commonest
 * Spanish, Italian, Portuguese and Dutch forms: cheap, and the held-out pages are multilingual).
 * Matching is on a label's normalised text (lower case, whitespace collapsed, leading bullets and
 * trailing punctuation dropped), anchored at its start and ending at a word boundary, so "Related"
 * matches "Related stories" but not "Relatedness".
 */

/**
 * Labels that head a clutter *section* (the label plus the list or box under it is hidden).
 * Phrases match as a label's start ("Related stories", "More from The Register"); generic single
 * words end in `$` and must be the whole label, so "Share prices" or "Comment is free" do not.
 */
const SECTION_LABELS = [
  // en: recirculation
  'more (from|on|in|about|stories|news|articles|headlines|coverage|videos|like this|to read|from our network)',
  'other (stories|news|articles)',
  'related',
  'recommended',
  'recommendations',
  'you (may|might|will|could)( also)? (like|enjoy|love|be interested)',
  '(most|top)[ -](read|popular|viewed|shared|emailed|commented|watched)',
  '(popular|trending)( now| today| stories| articles| posts| news| topics| on [\\p{L} ]+)?',
  'top (stories|news|headlines|picks)',
  'breaking news$',
  'latest$',
  'random (posts|articles|stories)',
  '(latest|recent) (news|stories|articles|posts|headlines|videos)',
  "(editor'?s|editors'?|staff) picks",
  'what to read next',
  'read (next|this next)',
  'up next',
  'keep reading',
  "(don'?t|do not) miss",
  'also (read|on|in)',
  'see also',
  '(further|recommended|suggested) reading',
  'around the (web|network)',
  'from (the web|our partners|around the web)',
  '(next|prev|previous) (story|article|post)',
  'feeds?$',
  'tags$',
  'topics$',
  'more about',
  'filed under',
  // en: promotion
  'sponsored',
  'promoted',
  'advertisement',
  'paid (content|post|partner|for by)',
  'partner (content|stories|offers)',
  '(from|by) our (partners|sponsors)',
  'white ?papers?',
  '(tech |free |related )?resources?',
  'upcoming events?',
  'events$',
  'deals$',
  // en: sign-ups and social
  '(the |our |daily |weekly |free )*(e-?)?newsletters?',
  'sign (up|me up)',
  'subscribe$',
  "get (the|our) [\\p{L}\\p{N} ’'.-]{0,40}(newsletter|briefing|headlines|digest|app)",
  'stay (informed|up to date|in the loop)',
  'ready for more',
  // An audio player or a video promo set into the story, and an app banner.
  'listen to (this|the) (article|story)',
  'featured videos?$',
  "(read|open|get|download) [\\p{L}\\p{N} ’'.-]{0,30}(in|on) (the|our) app",
  '(get|download) (the|our) app',
  'artikel anhören',
  "(é|e)couter (cet|l'|le) ?article",
  'follow us',
  'share$',
  'share (this|on|via|the) [\\p{L} ]*',
  'comments?$',
  '\\d+ comments?',
  '(leave|post|add|write) (a |your )?(comment|reply|response)',
  'join the (conversation|discussion|debate)',
  'have your say',
  'discuss$',
  // de
  'mehr (zum thema|aus|von|zu|dazu|artikel|news|nachrichten|lesen)',
  'weitere (artikel|themen|beiträge|nachrichten|meldungen|news)',
  '(ähnliche|verwandte|passende) (artikel|themen|beiträge)',
  'das (könnte|dürfte) (sie|dich) (auch )?interessieren',
  'auch interessant',
  'lesen sie (auch|mehr|weiter)',
  'siehe auch',
  'empfehlungen',
  'empfohlen',
  'unsere empfehlung',
  'meistgelesen(e)?',
  '(neueste|aktuelle) (artikel|beiträge|nachrichten|meldungen)',
  'meist gelesen',
  'am meisten gelesen',
  'top[ -]?(artikel|themen|news)',
  'anzeige',
  'werbung',
  'gesponsert',
  'partner(inhalte|angebote)',
  'kommentare?$',
  '\\d+ kommentare?',
  'teilen$',
  'folgen sie uns',
  '(nächster|vorheriger) artikel',
  'newsletter (abonnieren|bestellen)',
  'jetzt (abonnieren|anmelden|registrieren)',
  'themen$',
  // fr
  '(à|a) lire (aussi|également|egalement|ensuite)',
  'lire (aussi|la suite)',
  'voir aussi',
  'sur le même (sujet|thème)',
  '(articles?|sujets?|contenus?) (similaires|liés|connexes|associés|recommandés)',
  '(vous|ça) (aimerez|pourriez aimer|pourrait vous intéresser)',
  '(le|la|les) plus (lus?|lues?|populaires|partagés|commentés)',
  'les plus lus',
  '(les )?derni(e|è)res? (actualités|infos|articles)',
  'tendances?',
  'publicité',
  'sponsorisé',
  'contenu (sponsorisé|partenaire)',
  'nos partenaires',
  'livres? blancs?',
  'ressources',
  "(la |notre )?lettre d'information",
  'inscrivez-vous',
  'abonnez-vous',
  "s'abonner",
  'commentaires?$',
  '\\d+ commentaires?',
  'réagissez$',
  'partager$',
  'suivez-nous',
  'article (suivant|précédent)',
  // es, it, pt, nl
  '(noticias|artículos) relacionad[oa]s',
  'relacionad[oa]s',
  'te puede interesar',
  'más (leídas|leídos|noticias|de)',
  'publicidad',
  'comentarios$',
  'articoli correlati',
  'potrebbe interessarti',
  'più letti',
  'pubblicità',
  'commenti$',
  'leia (também|mais)',
  'mais lidas',
  'publicidade',
  'comentários$',
  'gerelateerd',
  'meest gelezen',
  'lees ook',
];

/** Lines that are clutter on their own wherever they sit: hide the smallest element holding them. */
const LINE_LABELS = [
  // ad labels and "continue reading" breaks
  '(advertisement|advertising|advert|ads?|sponsored|promoted|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reclame)( feature| content)?',
  '(continue|continues|article continues|story continues|scroll to continue|keep reading) (reading )?(below|after)( (the |this )?(ad|advertisement))?( with content)?',
  'report (this )?ad',
  // accessibility skip links (visible text in any no-CSS rendering, never article)
  'skip (to|navigation)( [\\p{L} ]+)?',
  '(direkt )?zum inhalt( springen)?',
  '(aller|passer) au contenu( principal)?',
  // sharing and reading tools
  'share (this|on|via|the|article|story|post)[\\p{L} ]*',
  'tap to share',
  'bookmark and share',
  '(adjust )?(font|text) size:?',
  'print( this (article|page|story))?',
  // app, account and subscription calls to action
  '(download|get) (the|our) [\\p{L} -]{0,30}app',
  'view (non-amp|full|desktop|original|mobile) (version|site|article|page)',
  '(register|sign up|subscribe)( now| today| for free| for unlimited access| to (our|the) [\\p{L} -]{0,40})?',
  'log ?in( \\/ register)?',
  // affiliate-commerce sections and reader-tip prompts
  "(best|top|editors'?) picks",
  '(got|have) a (news )?tip( for us)?',
  'tip us( off)?',
  'send us (news|a tip|your tips)',
  // comment links ("Comments", "75 comments"): the comments themselves are elsewhere
  '\\d* ?comments?',
];

/** Leads of an in-body teaser line: "Read more: <link>", "RELATED: <link>", "Lesen Sie auch". */
const INLINE_LEADS = [
  'read more',
  'read next',
  'related( stories| articles| news| coverage| content| links| resource)?',
  'see also',
  'also (read|see)',
  'more',
  'more on (this|that)',
  "(don'?t|do not) miss",
  'recommended( reading)?',
  'watch',
  'listen',
  'keep reading',
  'lesen sie (auch|mehr)',
  'mehr zum thema',
  'auch interessant',
  'siehe auch',
  '(à|a) lire (aussi|également|egalement)',
  'lire aussi',
  'voir aussi',
  'leia (também|mais)',
  'lee también',
  'leggi anche',
];

function compile(alternatives: readonly string[]): RegExp {
  // Anchored at the start, ending at a word boundary (no letter or digit follows).
  return new RegExp(`^(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const SECTION = compile(SECTION_LABELS);
const LINE = compile(LINE_LABELS);
const INLINE = compile(INLINE_LEADS);
const COMMENTS = compile([
  '(comments?|kommentare?|commentaires?)( \\(?\\d+\\)?)?$',
  '\\d+ (comments?|kommentare?|commentaires?)$',
  '(leave|post|add|write) (a |your )?(comment|reply|response)',
  'join the (conversation|discussion)',
  'have your say',
]);
const COPYRIGHT =
  /^(copyright|©|\(c\)|&copy;)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati/u;
const COOKIE =
  /^(we|this (site|website)|our (site|website)) uses? cookies|\bcookies?\b.{0,120}\b(accept|agree|consent|preferences|settings)\b|^wir verwenden cookies|^nous utilisons des cookies/u;
/** "X is part of Y", "a division of", "registered in England": corporate lines of a footer. */
const CORPORATE =
  /\b(is part of|a (division|subsidiary|unit) of|registered (office|in england)|company (number|no\.?)|all rights reserved)\b/u;
/** Market-data notices of finance and wire templates. */
const MARKET_DATA =
  /\b(data is (a real-time snapshot|delayed)|quotes (are )?delayed|delayed (by )?at least \d+ minutes)\b/u;

let lastRaw = '';
let lastNormalised = '';

/** Normalises label text: lower case, whitespace collapsed, bullets and edge punctuation dropped. */
export function normaliseLabel(text: string): string {
  // The heuristics ask several questions of the same line in a row: normalise it once.
  if (text === lastRaw) return lastNormalised;
  lastRaw = text;
  lastNormalised = normalise(text);
  return lastNormalised;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00A0\u2000-\u200D\u202F\u3000]+/g, ' ')
    .replace(/^[\s·•|»›>→▶►+*#:–—-]+/u, '')
    .replace(/[\s:|»›>→▶►.…!–—-]+$/u, '')
    .trim();
}

/** A label (a heading or a box's first line) that introduces a clutter section. */
export function isSectionLabel(text: string): boolean {
  const t = normaliseLabel(text);
  return t.length > 0 && t.length <= 80 && SECTION.test(t);
}

/** The label introduces comments: prose under it is readers', not the article's. */
export function isCommentsLabel(text: string): boolean {
  const t = normaliseLabel(text);
  return t.length > 0 && t.length <= 60 && COMMENTS.test(t);
}

/** A whole line that is clutter by itself (ad label, skip link, share prompt, call to action). */
export function isClutterLine(text: string): boolean {
  const t = normaliseLabel(text);
  if (t.length === 0 || t.length > 90) return false;
  const m = LINE.exec(t);
  // The label must be (nearly) the whole line: "Advertisement" yes, "Ads are changing..." no.
  return m !== null && t.length - m[0].length <= 12;
}

/** Boilerplate prose: copyright, cookie notices, corporate ownership lines, market-data notices. */
export function isBoilerplate(text: string): boolean {
  const t = normaliseLabel(text);
  // The caller bounds the element to 400 visible characters; with its spaces a line is longer.
  if (t.length === 0 || t.length > 600) return false;
  return COPYRIGHT.test(t) || COOKIE.test(t) || CORPORATE.test(t) || MARKET_DATA.test(t);
}

/**
 * Notices about the page rather than the story, wherever they sit: a publisher's standards line,
 * a partner-archive or advertiser-content note.
 */
const NOTICE =
  /^(our standards:|join our [\p{L} ]{0,30}(forums?|community|newsletter|mailing list)|follow (us|him|her|them) on (twitter|facebook|instagram|linkedin)|follow us @|email [\p{L} .'-]{2,40} at \S+@\S+|subscribe to (our|the) [\p{L} ]{0,30}(newsletter|magazine|channel|podcast|sister title)|stay (informed|up to date|in the loop)\b.{0,60}\bby (subscribing|following)\b|(subscribe to|follow) [\p{L}\p{N} .'’-]{2,40} on google news|(ftc: )?we (use|may earn|earn|receive) [\p{L} -]{0,40}(affiliate|commission)|[\p{L}\p{N} .'’-]{2,40} (may )?(earn|receive)s? (an? )?(small )?(affiliate )?(commission|share of (the )?sales)\b.{0,40}\b(when|if) you (buy|purchase|shop|click)|this (article|story|post|content) (is|was) (from the archive|from our partner|produced by|paid for|sponsored)|(advertiser|sponsored|partner) content (from|by)\b|(registration on or )?use of this (web)?site (constitutes|assumes|signifies)|by using (this|our) (web)?site,? you|mit der nutzung (dieser|unserer) (web)?s(e)?ite|en utilisant (ce|notre) site)/u;

export function isNotice(text: string): boolean {
  const t = normaliseLabel(text);
  return t.length > 0 && t.length <= 200 && NOTICE.test(t);
}

/** The lead of an in-body teaser: "Read more:", "RELATED", "Lesen Sie auch", "À lire aussi". */
export function hasInlineLead(text: string): boolean {
  const t = normaliseLabel(text);
  return t.length > 0 && INLINE.test(t);
}

/** "<headline> READ MORE": the lead comes after the link on some templates. */
export function hasTrailingReadMore(text: string): boolean {
  return /(read more|weiterlesen|lire la suite|leia mais|leer más)$/u.test(normaliseLabel(text));
}

/**
 * A cookie or consent notice: it names cookies and asks for (or assumes) agreement. Matched on the
 * opening of a banner's text (en, de, fr).
 */
const COOKIE_WORD = /\bcookies?\b/u;
const CONSENT =
  /\b(accept|agree|consent|privacy|opt[ -]?out|preferences|settings|continu\w*|experience|akzeptier\w*|zustimm\w*|einverstanden|datenschutz\w*|einstellungen|accepte\w*|consentement|confidentialité|paramètres|personnaliser)\b/u;

export function isCookieNotice(text: string): boolean {
  const t = normaliseLabel(text.slice(0, 600));
  return COOKIE_WORD.test(t) && CONSENT.test(t);
}

/**
 * The sentence of an author's bio: "<Name> is a reporter for...", "Zac covers Apple news for
 * 9to5Mac", "Sie ist Redakteurin...", "Elle est journaliste...". Matched anywhere in a block's
 * opening.
 */
const BIO =
  /\b(is|was) (a|an|the|our) ([\p{L}\p{N}'’-]+ ){0,6}(reporter|writer|editor|journalist|correspondent|contributor|columnist|author)s?\b|\b(covers|writes about) [^.]{2,60} for\b|\b(ist|war) (eine?|seit) ([\p{L}\p{N}-]+ ){0,6}(redakteur|journalist|autor|korrespondent)|\b(est|était) (une? )?([\p{L}'’-]+ ){0,6}(journaliste|rédact|correspondant|chroniqueu)/u;

export function isAuthorBio(text: string): boolean {
  return BIO.test(normaliseLabel(text.slice(0, 500)));
}
