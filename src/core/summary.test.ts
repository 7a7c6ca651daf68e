import { describe, expect, it } from 'vitest';
import { centrality, MAX_WORDS, summarize } from './summary';

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const article = [
  "Skype has issued a formal denial to reports that it has been allowing law enforcement to listen in on users' calls.",
  '"Nothing could be more contrary to the Skype philosophy," said Mark Gillett, its chief development officer.',
  "The allegations came after Skype moved some of the supernodes on its network inside Microsoft's data centers.",
  'Gillett said the move began before Microsoft bought Skype. Calls are fully encrypted and information on users is not being kept.',
  'In our opinion, Skype appears to be talking sense on this, and the move makes a lot of sense for Redmond.',
];

describe('summarize', () => {
  it('takes whole sentences from the top, in article order, within the word budget', () => {
    const summary = summarize({ title: 'Skype denies spying', blocks: article });
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(summary[0]).toMatch(/^Skype has issued a formal denial/);
    expect(words(summary.join(' '))).toBeLessThanOrEqual(MAX_WORDS + 15);
    const text = article.join(' ');
    for (const s of summary) expect(text).toContain(s);
    const positions = summary.map((s) => text.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lets the next sentence run a few words past 75 rather than skip to a later one', () => {
    const cbs = [
      'Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council official, testified side-by-side before the House Intelligence Committee Tuesday about the events at the center of the impeachment inquiry. Volker said he had no knowledge of any efforts to urge Ukraine to investigate Joe and Hunter Biden.',
      "Morrison was the third witness testifying Tuesday who listened in on President Trump's July 25 call with Ukrainian President Volodymyr Zelensky. After Fiona Hill left the NSC, it was Morrison who took over, and Vindman reported to him.",
    ];
    const summary = summarize({ title: 'Impeachment hearings: key moments', blocks: cbs });
    expect(summary).toHaveLength(3);
    expect(summary[2]).toMatch(/^Morrison was the third witness/);
    expect(words(summary.join(' '))).toBeLessThanOrEqual(MAX_WORDS + 5);
  });

  it('keeps the news after an "Update, 14:00 UTC:" or "Original story:" stamp, without the stamp', () => {
    const summary = summarize({
      title: 'Fennel says it will restore deleted playlists',
      blocks: [
        'Update, 14:00 UTC: Fennel has since said it will restore all deleted playlists.',
        'Original story: Music streaming app Fennel has deleted thousands of user playlists in a clean-up of inactive accounts.',
        'Updated: 3:45 PM ET',
      ],
    });
    expect(summary).toEqual([
      'Fennel has since said it will restore all deleted playlists.',
      'Music streaming app Fennel has deleted thousands of user playlists in a clean-up of inactive accounts.',
    ]);
    // A stamp with no comma, whose time holds a colon.
    const news =
      'Intel has delayed its next-generation server chip to the second half of next year, three people said.';
    expect(
      summarize({ title: 'Intel delays chip', blocks: [`UPDATED 14:30 GMT: ${news}`] }),
    ).toEqual([news]);
  });

  it('does not repeat the key quote', () => {
    const summary = summarize({
      title: 'Skype denies spying',
      blocks: article,
      exclude: 'Nothing could be more contrary to the Skype philosophy',
    });
    expect(summary.join(' ')).not.toContain('Nothing could be more contrary');
  });

  it('drops a sentence that quotes part of the key quote, not one that shares a name with it', () => {
    const quote =
      'We received an inquiry from the office of the New York State Attorney General and are cooperating. Anything else you read is wrong.';
    const summary = summarize({
      title: 'New York State Attorney General investigating WeWork',
      blocks: [
        'The New York State Attorney General is investigating WeWork, according to two people familiar with the matter.',
        '“We received an inquiry from the office of the New York State Attorney General and are cooperating,” the company said.',
        'A spokesman added: ‘Anything else you read is wrong.’ The firm’s shares fell on the news.',
      ],
      exclude: quote,
    });
    expect(summary).toEqual([
      'The New York State Attorney General is investigating WeWork, according to two people familiar with the matter.',
      'The firm’s shares fell on the news.',
    ]);
  });

  it('takes "Persson explained" only with the sentence that says who Persson is', () => {
    const lead =
      'Sweden has dropped its investigation into a rape allegation against Julian Assange after a review of the evidence.';
    const quote =
      '“The evidence is not strong enough to form the basis for an indictment,” the deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.';
    const explained =
      'Persson explained that the testimony had weakened because a long time had passed since the events.';
    const later =
      'Assange is battling extradition to the United States, which accuses him of publishing secret documents.';
    const blocks = [lead, quote, explained, later];
    // The quotation is the key quote, so the sentence naming Persson is not in the summary.
    const summary = summarize({
      title: 'Sweden drops Assange investigation',
      blocks,
      exclude: 'The evidence is not strong enough to form the basis for an indictment',
    });
    expect(summary).toEqual([lead, later]);
    // With it, "Persson explained" follows it.
    expect(summarize({ title: 'Sweden drops Assange investigation', blocks })).toEqual([
      lead,
      quote,
      explained,
    ]);
  });

  it('never cuts a Japanese quotation at its inner full stop', () => {
    const joined =
      'ベクサの広報担当者は「当社は利用者のデータを販売したことは一度もない。報告書の内容は事実と異なる」と説明した。';
    const summary = summarize({
      title: 'ベクサ、データ販売を否定',
      lang: 'ja',
      blocks: [
        '米調査会社が先週公表した報告書について、ベクサは1日、利用者データの販売を全面的に否定した。',
        joined,
      ],
    });
    expect(summary).toHaveLength(2);
    // One sentence, as written: no half starting inside the brackets, no space added.
    expect(summary[1]).toBe(joined);
  });

  it('takes a sentence opening with a pronoun only right after the one it leans on', () => {
    const lead = 'The European Space Agency says hibernating astronauts could reach Mars sooner.';
    const said =
      'The agency said its researchers studied how hibernation would shape a crewed mission.';
    const summary = summarize({
      title: 'Study sees future for hibernating astronauts',
      blocks: [
        `${lead} ${said}`,
        '“We worked on adjusting the architecture of the spacecraft,” said Robin Biesbroek, an engineer.',
        'She noted that similar methods are already used to save trauma victims in hospitals.',
      ],
      exclude: 'We worked on adjusting the architecture of the spacecraft',
    });
    expect(summary).toEqual([lead, said]);
    const adjacent = summarize({
      title: 'Astronauts',
      blocks: [lead, 'It said the findings would be published in a journal later this year.'],
    });
    expect(adjacent).toEqual([
      lead,
      'It said the findings would be published in a journal later this year.',
    ]);
  });

  it('takes no half of a quotation that runs on over paragraphs, nor its "he added" end alone', () => {
    const summary = summarize({
      title: 'Solace Energy says new battery will halve charging times',
      blocks: [
        'Solace Energy said on Tuesday that its new battery would halve charging times for electric cars.',
        '“Our cells survive 1,500 charging cycles with less than ten percent loss of capacity.',
        '“That is better than any lithium-ion cell on the road today,” he added.',
        'Laura Finch, a battery researcher at Corwen University, said the figures need independent testing.',
      ],
    });
    expect(summary).toEqual([
      'Solace Energy said on Tuesday that its new battery would halve charging times for electric cars.',
      'Laura Finch, a battery researcher at Corwen University, said the figures need independent testing.',
    ]);
  });

  it('takes no quotation that names nobody, only one with its reporting clause', () => {
    const summary = summarize({
      title: 'Regulator slams Appleby Bank over app outages',
      blocks: [
        'The Financial Conduct Authority has criticised Appleby Bank for a string of app outages that left customers unable to pay bills.',
        '"Appleby\'s customers were let down repeatedly," said Nikhil Rathi, the FCA\'s chief executive. "We expect the review to lead to lasting change."',
        "The bank's app failed seven times between January and April, according to the regulator.",
      ],
    });
    expect(summary).toEqual([
      'The Financial Conduct Authority has criticised Appleby Bank for a string of app outages that left customers unable to pay bills.',
      '"Appleby\'s customers were let down repeatedly," said Nikhil Rathi, the FCA\'s chief executive.',
      "The bank's app failed seven times between January and April, according to the regulator.",
    ]);
  });

  it('takes no update stamp or correction for a sentence of the story', () => {
    const summary = summarize({
      title: 'Mayor denies taking gifts from contractor',
      blocks: [
        'Update, 4:15 p.m.: This story has been updated with a statement from Paveline Construction.',
        'Mayor Ruth Hollings on Tuesday denied accepting gifts from a construction company that won city contracts.',
        'Updated guidance from the city ethics board says officials must declare any stay at a contractor’s home.',
      ],
    });
    expect(summary).toEqual([
      'Mayor Ruth Hollings on Tuesday denied accepting gifts from a construction company that won city contracts.',
      'Updated guidance from the city ethics board says officials must declare any stay at a contractor’s home.',
    ]);
  });

  it("takes no party's silence, but keeps a sentence that says what it declined", () => {
    const summary = summarize({
      title: 'Regulator opens inquiry into Volta driver assist',
      blocks: [
        'The road-safety agency has opened an inquiry into Volta’s driver-assist system after 23 crashes.',
        'Volta did not respond to a request for comment. Meridian Analytics declined to comment.',
        'The inquiry covers about 410,000 cars sold since 2021, the agency said on Wednesday.',
        'Volta declined to recall the cars, saying its own review had found no defect in the system.',
      ],
    });
    expect(summary).toEqual([
      'The road-safety agency has opened an inquiry into Volta’s driver-assist system after 23 crashes.',
      'The inquiry covers about 410,000 cars sold since 2021, the agency said on Wednesday.',
      'Volta declined to recall the cars, saying its own review had found no defect in the system.',
    ]);
  });

  it("takes none of the reporter's requests for comment, but keeps a regulator's", () => {
    const summary = summarize({
      title: 'Okta denies breach',
      blocks: [
        'Okta has denied that its systems were breached after a hacker posted what they claimed was customer data.',
        'The Register has asked Okta for further comment and will update this story if we hear back.',
        'We have contacted the hacker through the forum for comment on how the records were taken.',
        'The regulator has asked the public for comment on whether identity providers should report breaches sooner.',
      ],
    });
    expect(summary).toEqual([
      'Okta has denied that its systems were breached after a hacker posted what they claimed was customer data.',
      'The regulator has asked the public for comment on whether identity providers should report breaches sooner.',
    ]);
  });

  it('takes a wire story\'s one-line response paragraph ("Apple said it would appeal.")', () => {
    const summary = summarize({
      title: 'EU fines Apple over music streaming',
      blocks: [
        'EU regulators fined Apple 1.8 billion euros on Wednesday for stifling competition from music streaming rivals.',
        'The fine is the first the company has faced for breaching EU antitrust rules.',
        'Apple said it would appeal.',
        'Read more here.',
      ],
    });
    expect(summary.at(-1)).toBe('Apple said it would appeal.');
    expect(summary).toHaveLength(3);
  });

  it('starts with the news, not the wire dateline', () => {
    for (const [dateline, news] of [
      [
        'BERLIN, June 4 (Reuters) - ',
        'German e-bike maker Zentra is recalling about 80,000 batteries after reports of 14 fires.',
      ],
      [
        'VIENNA — ',
        'The house where Adolf Hitler was born will be turned into a police station, the minister said.',
      ],
      [
        '(CNN)',
        'President Donald Trump made an unscheduled trip to Walter Reed hospital on Saturday for an exam.',
      ],
      [
        '(Reuters) — ',
        'The New York State Attorney General is investigating WeWork, two people said.',
      ],
      // A state's stops would end a sentence for the segmenter.
      [
        'COLUMBIA, S.C. (AP) — ',
        'About a dozen small-business owners were gathered in a shared workspace.',
      ],
      [
        'BUFFALO, N.Y. — ',
        'Hours before his two-goal game, the coach expressed confidence in the winger.',
      ],
      [
        'DUBAI, United Arab Emirates — ',
        "Dubai's flagship carrier finalized a deal to buy 30 Boeing jets.",
      ],
      ['NEW DELHI: ', 'Nearly 150 Indians returned home broke on Wednesday after being deported.'],
      [
        'New York, NY – ',
        'With engagement migrating to mobile, my6sense is adding a marketing pioneer.',
      ],
      [
        'Indianapolis – ',
        'Several thousand teachers wearing red surrounded the Statehouse on Tuesday.',
      ],
      [
        'Washington, DC, United States: ',
        'Getting to the Moon, while not easy, has been done more than once before.',
      ],
      [
        'PanARMENIAN.Net - ',
        'Verified video footage and eyewitness testimony reveal a pattern of unlawful killings.',
      ],
      [
        '[엔터미디어=정덕현의 이슈공감] ',
        '시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다 그리고 논란이 커졌다.',
      ],
    ] as const) {
      expect(summarize({ title: 'News', blocks: [`${dateline}${news}`] })).toEqual([news]);
    }
    // A sentence that opens with a name in capitals is no dateline.
    const nasa =
      'NASA said on Monday it had picked five companies to deliver payloads to the moon.';
    expect(summarize({ title: 'News', blocks: [nasa] })).toEqual([nasa]);
    // Nor does a sentence whose first words before a dash are not all capitalised.
    const after = 'Apple said on Monday – a day early – that sales rose by a tenth.';
    expect(summarize({ title: 'News', blocks: [after] })).toEqual([after]);
    // Nor does a dash inside the sentence.
    const ai = 'AI — and who controls it — is why the two companies fell out this year.';
    expect(summarize({ title: 'News', blocks: [ai] })).toEqual([ai]);
  });

  it('does not take shared function words of other languages for a repeat', () => {
    const blocks = [
      'La operadora responde a una investigación periodística que la acusa de ceder datos de localización a anunciantes.',
      'La operadora Telvia negó el martes haber vendido datos de localización de sus clientes a empresas de publicidad, después de que el diario Hoy publicara una investigación según la cual la compañía habría cedido esos datos a al menos tres anunciantes.',
    ];
    expect(summarize({ title: 'Telvia niega', blocks, lang: 'es' })).toEqual(blocks);
  });

  it('does not open on a sentence that goes on from words before it ("She added that ...")', () => {
    const news =
      'Sweden has dropped its investigation into a 2010 rape allegation against Julian Assange.';
    const blocks = [
      'She added that an appeal against the decision could be made to the attorney general.',
      news,
    ];
    expect(summarize({ title: 'Sweden drops Assange investigation', blocks })).toEqual([news]);
    // A pronoun may open a story.
    const lede =
      'It was a Tuesday like any other when the servers at Acme began to fail one by one.';
    expect(summarize({ title: 'Acme outage', blocks: [lede] })).toEqual([lede]);
  });

  it('leaves out a sponsored post’s disclosure', () => {
    const story =
      'When you live in a state as beautiful as Colorado it is impossible to stay inside all day.';
    const blocks = [
      'This shop has been compensated by #CollectiveBias, Inc. and its advertiser. All opinions are mine alone. #ad',
      story,
    ];
    expect(summarize({ title: 'Hiking', blocks })).toEqual([story]);
  });

  it('takes no interviewer’s question', () => {
    const intro =
      'Meredith Hale has led the Signal Foundation since 2022, through two fights over encryption.';
    const summary = summarize({
      title: 'Interview',
      blocks: [
        intro,
        'Q: The EU says scanning can be done without breaking encryption. Is that possible?',
      ],
    });
    expect(summary).toEqual([intro]);
  });

  it('reads Chinese and Japanese full stops as sentence ends', () => {
    const summary = summarize({
      title: 'Kindle for PC',
      lang: 'ja',
      blocks: [
        'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。そんな用途を考慮してか、Kindleにはデスクトップアプリが用意されています。',
      ],
    });
    expect(summary).toEqual([
      'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。',
      'そんな用途を考慮してか、Kindleにはデスクトップアプリが用意されています。',
    ]);
  });

  it('never cuts a sentence inside a quotation or takes labels and teasers', () => {
    const summary = summarize({
      title: 'Tellaro rejects fraud claims',
      blocks: [
        'READ MORE',
        'Tellaro Mobile has rejected “every claim of misconduct” after a report that Dutch authorities had detained several of its managers.',
        'The statement continued: “The stories are baseless. They are damaging and irresponsible.”',
        { text: 'A photo caption that reads like a sentence but is a caption.', kind: 'caption' },
      ],
    });
    for (const s of summary) {
      expect((s.match(/“/g) ?? []).length).toBe((s.match(/”/g) ?? []).length);
      expect(s).not.toMatch(/caption|READ MORE/);
    }
  });

  it('takes the whole sentences of a paragraph that ends in a colon, not the last one', () => {
    const summary = summarize({
      title: 'Early reviews of Lumo are not great',
      blocks: [
        "Lumo, Acme's streaming game service, launches today. Is it the future of gaming or a flop? Here's what the early reviews say:",
        'Related stories and more from our newsletter',
      ],
    });
    expect(summary).toEqual([
      "Lumo, Acme's streaming game service, launches today.",
      'Is it the future of gaming or a flop?',
    ]);
  });

  it('skips a sentence that repeats one already chosen', () => {
    const dek =
      'Within minutes of a story, RideLark said it has not taken any money valuing it at $1 billion.';
    const summary = summarize({
      title: 'RideLark says it has not joined the club',
      blocks: [
        dek,
        `Update: ${dek}`,
        'Regulators in nearly every city have tried to shut the car-hailing service down this year.',
      ],
    });
    expect(summary).toEqual([
      dek,
      'Regulators in nearly every city have tried to shut the car-hailing service down this year.',
    ]);
  });

  it('offers the centrality method, which favours sentences like the headline', () => {
    const scores = centrality(
      [
        'Skype denies spying on calls.',
        'The weather was fine.',
        'Skype says spying claims are false.',
      ],
      'Skype denies spying',
    );
    expect(scores[0]!).toBeGreaterThan(scores[1]!);
    expect(scores[2]!).toBeGreaterThan(scores[1]!);
  });
});

describe('UK single quotation marks and sentences that lean on a quotation', () => {
  it('never ends a sentence inside a ‘quotation’, and drops "That was ..." without its quote', () => {
    const summary = summarize({
      title: 'Government to force broadband firms to compensate customers faster',
      blocks: [
        'Broadband and mobile companies will have to pay compensation within 30 days of a fault being fixed under new rules.',
        '‘We’re not going to let customers wait months for money they are owed.’ That was the message from the technology secretary, Liz Kendall, as she set out the plans.',
        'Speaking on the radio, the telecoms minister, Chris Bryant, said: ‘Too many people have been fobbed off. If your service goes down, you should get your money back.’',
        'The industry body said its members already paid automatic compensation to customers whose service failed.',
      ],
    });
    for (const s of summary) expect(s).not.toMatch(/^That was/u);
    expect(summary).not.toContain(
      'Speaking on the radio, the telecoms minister, Chris Bryant, said: ‘Too many people have been fobbed off.',
    );
    // A ‘ typed for an apostrophe opens no quotation.
    const typo = summarize({
      title: 'VW shows a new concept',
      blocks: [
        'The automaker isn ‘t slowing down on stacking up new potential models for its electric range. The concept is a wagon with a long roof and a big battery.',
      ],
    });
    expect(typo[0]).toBe(
      'The automaker isn ‘t slowing down on stacking up new potential models for its electric range.',
    );
  });

  it("leaves out an interview's answers and its editing note", () => {
    const summary = summarize({
      title: "Q&A: Fablight's CEO says the chip shortage is over",
      blocks: [
        'Lena Vogt took over as chief executive of Fablight, the Dresden-based contract chipmaker, in January.',
        'The conversation has been edited for length and clarity.',
        'Q: Is the chip shortage over?',
        'A: For mature nodes, yes. We have more capacity than orders for the first time since 2019, and so does everyone else.',
        'The company reports its third-quarter results on Thursday, when analysts expect revenue to fall.',
      ],
    });
    expect(summary).toEqual([
      'Lena Vogt took over as chief executive of Fablight, the Dresden-based contract chipmaker, in January.',
      'The company reports its third-quarter results on Thursday, when analysts expect revenue to fall.',
    ]);
  });
});
