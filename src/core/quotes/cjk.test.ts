import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index';
import { chineseClause, cjkDenialSubject, japaneseClause, wholeJapaneseName } from './cjk';

describe('japaneseClause', () => {
  it('reads a name with its title, an honorific, or a company spokesperson as the topic', () => {
    expect(japaneseClause('調査会社の田中一郎代表は', 'と述べた。')).toMatchObject({
      name: '田中一郎',
      role: '代表',
      person: true,
      verb: null,
    });
    expect(japaneseClause('同社の佐藤花子社長も記者会見で', 'と強調した。')).toMatchObject({
      name: '佐藤花子',
      role: '社長',
    });
    expect(japaneseClause('山田氏は', 'と話した。')).toMatchObject({ name: '山田', role: null });
    expect(japaneseClause('これに対し、ベクサの広報担当者は', 'と否定した。')).toMatchObject({
      name: 'ベクサ',
      person: false,
      verb: 'deny',
    });
  });
  it('reads no speaker where the brackets name a thing or nobody reports speech', () => {
    // 「Pixel」というスマホ: という names, it does not report.
    expect(japaneseClause('グーグルは', 'というスマートフォンを発表した。')).toBeNull();
    expect(japaneseClause('田中一郎代表は', 'の発売を延期した。')).toBeNull();
    expect(japaneseClause('報告書では', 'と述べた。')).toBeNull();
  });
});

describe('wholeJapaneseName', () => {
  it('gives a family name the given name the story first wrote with it', () => {
    expect(wholeJapaneseName('田中', '調査会社の田中一郎代表は述べた。')).toBe('田中一郎');
    expect(wholeJapaneseName('山田', '山田太郎氏によると')).toBe('山田太郎');
    expect(wholeJapaneseName('田中', '田中は述べた。')).toBe('田中');
  });
});

describe('cjkDenialSubject', () => {
  it('finds the denying party of a Japanese or Chinese headline, and nothing in others', () => {
    expect(cjkDenialSubject('ベクサ、利用者データの販売を否定')).toBe('ベクサ');
    expect(cjkDenialSubject('ベクサは報道を否定')).toBe('ベクサ');
    expect(cjkDenialSubject('某公司否认出售用户数据')).toBe('某公司');
    expect(cjkDenialSubject('ソニー、新型ゲーム機を発表')).toBeNull();
    expect(cjkDenialSubject('Skype denies system upgrade enables in-call spying')).toBeNull();
  });
});

describe('a Japanese denial story', () => {
  const r = extractQuotes({
    title: 'ベクサ、利用者データの販売を否定',
    standfirst: null,
    lang: 'ja',
    blocks: [
      '米調査会社が先週公表した報告書で、ベクサが利用者の位置情報を広告会社に販売していたと指摘したことについて、同社は1日、これを全面的に否定した。',
      '報告書をまとめた調査会社の田中一郎代表は「ベクサは少なくとも三社にデータを渡していた」と述べた。',
      'これに対し、ベクサの広報担当者は「当社は利用者のデータを販売したことは一度もない。報告書の内容は事実と異なる」と説明した。',
      '同社の佐藤花子社長も記者会見で「利用者の信頼を裏切るようなことは決してしない」と強調した。',
      '田中代表は「報告書の撤回には応じない」と反論した。',
    ],
  });
  it("credits every quotation, and makes the company's denial the key quote", () => {
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['田中一郎', '代表'],
      ['ベクサ', null],
      ['佐藤花子', '社長'],
      // "田中代表" is the 田中一郎 the story named first.
      ['田中一郎', '代表'],
    ]);
    expect(r.keyQuote).toMatchObject({ speaker: 'ベクサ', stance: 'denial' });
    expect(r.keyQuote?.text).toMatch(/^当社は利用者のデータを販売したことは一度もない/);
    // The accuser's words are a claim, whatever they negate.
    expect(r.quotes[0]!.stance).toBe('claim');
  });
});

describe('chineseClause', () => {
  it('reads a name after a title or at a clause start, before or after the quotation', () => {
    expect(chineseClause('研究机构负责人王小明表示：', '')).toMatchObject({
      name: '王小明',
      role: '负责人',
      person: true,
    });
    expect(chineseClause('', '，张伟说。')).toMatchObject({ name: '张伟', role: null });
    expect(chineseClause('维克萨首席执行官张伟在周一的发布会上强调，', '')).toMatchObject({
      name: '张伟',
      role: '首席执行官',
    });
    expect(chineseClause('', '维克萨发言人说。')).toMatchObject({ name: '维克萨', person: false });
  });
  it('reads no pronoun, no "the company" and no Japanese', () => {
    expect(chineseClause('', '，他们表示。')).toBeNull();
    expect(chineseClause('该公司发言人表示：', '')).toBeNull();
    // Kana: Japanese, where 表示 means "shown".
    expect(chineseClause('画面には', 'と表示された。')).toBeNull();
  });
});

describe('a Chinese denial story', () => {
  const r = extractQuotes({
    title: '维克萨否认出售用户数据',
    standfirst: null,
    lang: 'zh-CN',
    blocks: [
      '一家美国研究机构上周发布报告称，维克萨公司将用户的位置信息出售给了多家广告公司。维克萨周一对此予以否认。',
      '报告作者、研究机构负责人王小明表示：“我们掌握的证据显示，维克萨至少向三家公司提供了用户数据。”',
      '“我们从未出售过任何用户数据，报告的内容与事实不符。”维克萨发言人说。',
    ],
  });
  it("makes the company's denial the key quote, not the researcher's claim", () => {
    expect(r.quotes.map((q) => [q.speaker, q.stance])).toEqual([
      ['王小明', 'claim'],
      ['维克萨', 'denial'],
    ]);
    expect(r.keyQuote).toMatchObject({ speaker: '维克萨', stance: 'denial' });
  });
});
