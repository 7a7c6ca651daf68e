/**
 * Reporting clauses in Japanese and Chinese, which mark no names with capitals.
 *
 * Japanese reports speech with the quotation in corner brackets, the quoting particle と and a
 * verb: 「…」と述べた, 「…」と説明した, 「…」と否定した. The speaker is the sentence's topic before
 * the quotation, and news writing gives a person with a title after the name (田中一郎代表は,
 * 佐藤花子社長も, 山田氏は) and a company's voice as its spokesperson (ベクサの広報担当者は). With
 * no capitals to tell a name from a noun, the title is what says a name stands before it.
 */

/** と, maybe after など, then a verb of saying within the clause. */
const QUOTING =
  /^\s*(?:など)?と[^。「」]{0,20}?(?:述べ|話|語|説明|強調|指摘|否定|否認|反論|明かし|コメント|発言|主張|批判|訴え|答え|書|投稿|記し|し[たて]|する|言)/u;
/** Verbs that deny: the clause's verb for the stance. */
const DENYING = /^\s*(?:など)?と[^。「」]{0,20}?(?:否定|否認|反論)/u;

/** Titles written after a name, longest first. */
const TITLES =
  '代表取締役社長|代表取締役|最高経営責任者|最高技術責任者|副社長|社長|会長|代表|専務|常務|取締役|大臣|官房長官|長官|首相|大統領|知事|市長|議員|准教授|教授|研究員|弁護士|アナリスト|所長|局長|部長|課長|室長|CEO|CTO|COO|CFO';
/** Those that speak for an organisation, with no name of their own. */
const VOICES = '広報担当者|広報担当|広報部|広報|報道官|担当者|関係者';
const WORD = '[\\p{sc=Han}\\p{sc=Katakana}ー・A-Za-z0-9]';

/** "田中一郎代表は", "山田氏も": a name and its title (or 氏, さん) as the topic. */
const PERSON = new RegExp(`(${WORD}{2,10}?)(${TITLES}|氏|さん)(?:は|も|が)`, 'gu');
/** "ベクサの広報担当者は": an organisation's voice as the topic. */
const VOICE = new RegExp(`(${WORD}{2,15})の(?:${VOICES})(?:は|も|が)`, 'gu');

/**
 * A family name given alone ("田中代表は") after the story gave it whole ("田中一郎代表"): the
 * whole name, as it was first written with a title or an honorific.
 */
export function wholeJapaneseName(name: string, earlier: string): string {
  if (!/^[\p{sc=Han}\p{sc=Katakana}ー・]+$/u.test(name)) return name;
  const m = new RegExp(`${name}[\\p{sc=Han}\\p{sc=Hiragana}]{1,3}?(?=${TITLES}|氏|さん)`, 'u').exec(
    earlier,
  );
  return m?.[0] ?? name;
}

/** A speaker read from a Japanese or Chinese reporting clause. */
export interface CjkClause {
  name: string;
  role: string | null;
  person: boolean;
  verb: 'deny' | null;
  text: string;
}

/**
 * The speaker of a quotation from the sentence before it (`before`, up to the opening bracket)
 * and the words after it (`after`, from the closing bracket), or null when the sentence does not
 * report speech this way.
 */
export function japaneseClause(before: string, after: string): CjkClause | null {
  if (!QUOTING.test(after)) return null;
  const sentence = before.split('。').pop() ?? '';
  const verb = DENYING.test(after) ? 'deny' : null;
  // The topic nearest the quotation: a later one is the sentence's own subject.
  const person = [...sentence.matchAll(PERSON)].pop();
  const voice = [...sentence.matchAll(VOICE)].pop();
  if (person && (!voice || person.index > voice.index)) {
    const title = person[2]!;
    const honorific = title === '氏' || title === 'さん';
    return {
      name: person[1]!,
      role: honorific ? null : title,
      person: true,
      verb,
      text: person[0],
    };
  }
  if (voice) return { name: voice[1]!, role: null, person: false, verb, text: voice[0] };
  return null;
}

/**
 * Chinese reports speech with a verb beside the speaker, before the quotation ("张伟表示：“…”",
 * "腾讯发言人称，“…”") or after it ("“…”，张伟说。"). A name is two or three characters and has
 * no mark to end it, so it is read only where something bounds it: a title before it
 * (首席执行官张伟, 发言人李娜) or the start of a clause (after punctuation).
 */
const ZH_VERB = '表示|说|称|指出|强调|坦言|透露|回应|介绍|认为|否认|声称|写道';
const ZH_TITLE =
  '首席执行官|执行官|董事长|总裁|总经理|副总裁|创始人|负责人|发言人|主任|教授|部长|局长|经理|主席|CEO|CTO';
const HAN = '\\p{sc=Han}';
/** A name bounded by a title or by the start of a clause, then the verb. */
/** Where or when, between the name and the verb: "张伟在周一的发布会上强调". */
const ZH_SETTING = '(?:在[^，。“”]{1,15}?(?:上|中|时|里))?';
const ZH_PERSON = `(?:(${ZH_TITLE})|(?<=^|[，。；：、,;:\\s“”"]))(${HAN}{2,3}?)${ZH_SETTING}(?:${ZH_VERB})`;
/** An organisation's spokesperson with no name: "腾讯发言人表示", "该公司发言人称". */
const ZH_VOICE = `(${HAN}{2,8}?)(?:公司)?(?:的)?发言人(?:${ZH_VERB})`;
const ZH_BEFORE = new RegExp(`(?:${ZH_PERSON}|${ZH_VOICE})[：:，,]?\\s*$`, 'u');
const ZH_AFTER = new RegExp(`^[，,]?\\s*(?:${ZH_PERSON}|${ZH_VOICE})`, 'u');
/** Pronouns and "the company": they need the text before, which this reader does not follow. */
const ZH_NOT_NAMES = /^(?:他们|她们|他|她|我们|我|该公司|公司|对此|此前|同时|此外|不过|但是|而且)/u;

/** Kana: the text is Japanese, where 表示 means "shown". */
const KANA = /[\u3040-\u30ff]/u;
const CJK = /[\u4e00-\u9fff]/u;

export function chineseClause(before: string, after: string): CjkClause | null {
  const around = before.slice(-40) + after.slice(0, 40);
  if (!CJK.test(around) || KANA.test(around)) return null;
  const m = ZH_AFTER.exec(after) ?? ZH_BEFORE.exec(before);
  if (!m) return null;
  const [, title, name, org] = m;
  const verb = /否认/u.test(m[0]) ? 'deny' : null;
  if (name && !ZH_NOT_NAMES.test(name))
    return { name, role: title ?? null, person: true, verb, text: m[0] };
  if (org && !ZH_NOT_NAMES.test(org))
    return { name: org, role: null, person: false, verb, text: m[0] };
  return null;
}

/**
 * A Japanese or Chinese headline that frames a denial ("ベクサ、データ販売を否定", "ベクサは報道を
 * 否定", "某公司否认出售数据"): the party denying, the words before the verb's clause.
 */
const DENIES = '否定|否認|反論|一蹴|否认|驳斥|辟谣';
/** The party, then a comma or a topic or subject particle, then the verb in the same clause. */
const FRAME = new RegExp(`^([^、,，。「」]{1,20}?)(?:[、,，]|は|が)[^。「」]*?(?:${DENIES})`, 'u');
/** Chinese sets the verb right after the party: "某公司否认出售数据". */
const FRAME_ZH = new RegExp(`^([^、,，。「」\\s]{2,20}?)(?:${DENIES})`, 'u');

export function cjkDenialSubject(title: string): string | null {
  const m = FRAME.exec(title) ?? FRAME_ZH.exec(title);
  return m?.[1]?.trim() || null;
}

/**
 * A denying party's words that negate, in Japanese or Chinese ("一度もない", "事実と異なる",
 * "从未", "不实"): what NEGATION finds in the European languages.
 */
export const CJK_NEGATION =
  /ない|ません|事実無根|事実と異な|誤り|虚偽|没有|从未|并非|不是|不实|谣言/u;
