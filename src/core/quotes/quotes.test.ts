import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../article-blocks';
import { extractQuotes } from './index';

/** The quotations of a small article, as [speaker, role, text]. */
function read(
  blocks: (string | ArticleBlock)[],
  title = 'Acme denies report',
  standfirst: string | null = null,
) {
  return extractQuotes({ title, standfirst, blocks });
}
/** Another language's one-paragraph story about Vexa, as [speaker, role, stance]. */
function spoken(lang: string, title: string, paragraph: string) {
  return extractQuotes({ title, standfirst: null, lang, blocks: ['Vexa.', paragraph] }).quotes.map(
    (q) => [q.speaker, q.role, q.stance],
  );
}
const who = (blocks: (string | ArticleBlock)[], title?: string) =>
  read(blocks, title).quotes.map((q) => [q.speaker, q.role, q.text]);

describe('attribution', () => {
  it('never reads a company as "he" for a post in its appositive ("led by chief executive X")', () => {
    const speakers = (lead: string) =>
      read([
        lead,
        '“We take the security of our customers’ data extremely seriously and are investigating,” he said.',
      ]).quotes.map((q) => q.speaker);
    expect(
      speakers(
        'Vexa, the Austin data company led by chief executive Dana Cole, said on Monday it was looking into a leak.',
      ),
    ).not.toContain('Vexa');
    // A post in the appositive's own head still makes a person.
    expect(
      speakers(
        'Cole, the chief executive of Vexa, said on Monday the company was looking into a leak.',
      ),
    ).toEqual(['Cole']);
  });
  it('names outlets whole (the New York Times, Wired magazine) and reads "reported that"', () => {
    const speakers = (line: string) =>
      read(['Acme has been in talks with Vexa about a merger for months.', line]).quotes.map(
        (q) => q.speaker,
      );
    expect(
      speakers(
        '“The deal is all but done, with signatures due within days,” The New York Times said.',
      ),
    ).toEqual(['New York Times']);
    expect(
      speakers('“The deal is all but done, with signatures due within days,” said the New Yorker.'),
    ).toEqual(['New Yorker']);
    // An outlet named with its kind speaks as itself.
    expect(
      speakers(
        'Wired magazine said the talks were “all but done, with signatures due within days”.',
      ),
    ).toEqual(['Wired']);
    expect(
      speakers(
        'The Guardian newspaper said the talks were “all but done, with signatures due within days”.',
      ),
    ).toEqual(['Guardian']);
    expect(
      speakers(
        'Reuters reported that the talks were “all but done, with signatures due within days”.',
      ),
    ).toEqual(['Reuters']);
    // "reports that" is as often the noun: no speaker read from it.
    expect(
      speakers(
        'The office released two critical reports that depicted “technical challenges, cost increases and schedule delays”.',
      ),
    ).toEqual([]);
    // A sentence's "New" before a name is no part of it.
    expect(
      speakers(
        'New chief executive Jane Doe said: “The deal is all but done, with signatures due within days.”',
      ),
    ).toEqual(['Jane Doe']);
  });
  it('reads "said X, ROLE" after the quote and keeps the appositive role', () => {
    expect(
      who([
        '"Nothing could be more contrary to our philosophy," said Mark Gillett, Acme\'s chief development and operations officer, in a blog post.',
      ]),
    ).toEqual([
      [
        'Mark Gillett',
        "Acme's chief development and operations officer",
        'Nothing could be more contrary to our philosophy',
      ],
    ]);
  });

  it('resolves "he said" to a reporter the text always names in full', () => {
    const q = read(
      [
        'Play Video',
        'Video',
        'This is not common, but can happen, Forrest Jones said. He advised calling the front desk. “I look forward to the day when I can tell you to choose any hotel,” he said.',
      ],
      'The seven secrets hotel owners keep',
    ).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Forrest Jones']);
  });

  it('reads a French quotation set off with spaces and "a déclaré X" after it', () => {
    const r = extractQuotes({
      title: 'Le groupe Vernel dément tout projet de fermeture à Lyon',
      standfirst: null,
      lang: 'fr',
      blocks: [
        'Le groupe industriel Vernel a démenti jeudi les informations du quotidien Le Rhône.',
        '« Il n’a jamais été question de fermer le site de Lyon », a déclaré Claire Dumont lors d’une conférence de presse.',
      ],
    });
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Claire Dumont', 'Il n’a jamais été question de fermer le site de Lyon'],
    ]);
  });

  it('reads German, French and Spanish titles as roles and their denials as denials', () => {
    const de = extractQuotes({
      title: 'Datenleck bei Stadtwerke Nordhafen: Versorger weist Vorwürfe zurück',
      standfirst: null,
      lang: 'de',
      blocks: [
        'Die Stadtwerke Nordhafen haben Berichte über ein großes Datenleck zurückgewiesen.',
        '„Die Daten stammen nicht aus unseren Systemen, und es gibt keinerlei Hinweise auf einen Zugriff“, sagte Unternehmenssprecherin Katrin Mahler am Dienstag.',
      ],
    });
    expect(de.keyQuote).toMatchObject({
      speaker: 'Katrin Mahler',
      role: 'Unternehmenssprecherin',
      stance: 'denial',
    });
    const fr = extractQuotes({
      title: 'Le groupe Vernel dément tout projet de fermeture à Lyon',
      standfirst: null,
      lang: 'fr',
      blocks: [
        'Le groupe industriel Vernel a démenti jeudi les informations publiées par le quotidien Le Rhône sur la fermeture de son usine.',
        '« Aucune fermeture du site de Lyon n’est à l’ordre du jour », a déclaré Claire Dumont, porte-parole du groupe.',
      ],
    });
    expect(fr.keyQuote).toMatchObject({
      speaker: 'Claire Dumont',
      role: 'porte-parole du groupe',
      stance: 'denial',
    });
    const es = extractQuotes({
      title: 'Telvia niega haber vendido datos de sus clientes',
      standfirst: null,
      lang: 'es',
      blocks: [
        'La operadora Telvia negó el martes las informaciones publicadas por el diario Hoy.',
        '“Telvia nunca ha vendido datos de sus clientes a terceros”, dijo Ana Ruiz, portavoz de la compañía.',
      ],
    });
    expect(es.keyQuote).toMatchObject({
      speaker: 'Ana Ruiz',
      role: 'portavoz de la compañía',
      stance: 'denial',
    });
  });

  it('reads the company, a title after the name and an addressee in other languages', () => {
    expect(
      spoken(
        'fr',
        'Vexa dément avoir vendu des données',
        '« Ces accusations sont sans fondement et nous les contestons », a déclaré l’entreprise dans un communiqué.',
      ),
    ).toEqual([['Vexa', null, 'denial']]);
    expect(
      spoken(
        'fr',
        'Vexa dément avoir vendu des données',
        '« Nous n’avons jamais vendu les données de nos utilisateurs », a affirmé Jean Dupont, porte-parole de Vexa.',
      ),
    ).toEqual([['Jean Dupont', 'porte-parole de Vexa', 'denial']]);
    expect(
      spoken(
        'es',
        'Vexa niega haber vendido datos',
        '«Nunca hemos vendido datos de nuestros usuarios», dijo a Reuters el portavoz de la compañía, Carlos Pérez.',
      ),
    ).toEqual([['Carlos Pérez', 'el portavoz de la compañía', 'denial']]);
    // A title that is an acronym, or hyphenated, or feminine; and the outlet after it.
    for (const [lang, title, paragraph, role] of [
      [
        'fr',
        'Vexa dément avoir vendu des données',
        '« Nous n’avons jamais vendu les données de nos utilisateurs », assure Dana Cole, PDG de Vexa, au Monde.',
        'PDG de Vexa',
      ],
      [
        'pt',
        'Vexa nega venda de dados',
        '"Nunca vendemos dados dos nossos usuários a nenhum anunciante", afirmou Dana Cole, diretora-executiva da Vexa.',
        'diretora-executiva da Vexa',
      ],
      [
        'it',
        'Vexa smentisce la vendita di dati',
        '«Non abbiamo mai venduto i dati dei nostri utenti a nessun inserzionista», ha dichiarato Dana Cole, amministratrice delegata di Vexa.',
        'amministratrice delegata di Vexa',
      ],
    ] as const)
      expect(spoken(lang, title, paragraph)).toEqual([['Dana Cole', role, 'denial']]);
    // German capitalises its nouns: a sentence of them is no title.
    expect(
      spoken(
        'de',
        'Vexa bestreitet Datenverkauf',
        '„Die Vorwürfe entbehren jeder Grundlage“, teilte das Unternehmen auf Anfrage mit.',
      ),
    ).toEqual([['Vexa', null, 'denial']]);
  });

  it('reads "según", "selon", the company before the quote, and a verb before a title', () => {
    const es = 'Vexa niega haber vendido datos';
    expect(
      spoken('es', es, 'Según la compañía, «nunca hemos vendido datos de nuestros usuarios».'),
    ).toEqual([['Vexa', null, 'denial']]);
    expect(
      spoken(
        'es',
        es,
        'La compañía aseguró en un comunicado: «Nunca hemos vendido datos de nuestros usuarios».',
      ),
    ).toEqual([['Vexa', null, 'denial']]);
    expect(
      spoken(
        'pt',
        'Vexa nega venda de dados',
        'Em nota, a empresa afirmou: “Nunca vendemos dados dos nossos usuários.”',
      ),
    ).toEqual([['Vexa', null, 'denial']]);
    expect(
      spoken(
        'fr',
        'Vexa dément avoir vendu des données',
        'Selon Marie Martin, directrice de la sécurité, « nous n’avons jamais vendu les données de nos utilisateurs ».',
      ),
    ).toEqual([['Marie Martin', 'directrice de la sécurité', 'denial']]);
    expect(
      spoken(
        'nl',
        'Vexa ontkent verkoop van gegevens',
        '‘We hebben nooit gegevens van onze gebruikers verkocht’, zegt woordvoerder Jan de Vries.',
      ),
    ).toEqual([['Jan de Vries', 'woordvoerder', 'denial']]);
  });

  it('reads denials in Polish, Czech, Turkish, Indonesian and Russian', () => {
    expect(
      spoken(
        'pl',
        'Vexa zaprzecza sprzedaży danych',
        '„Nigdy nie sprzedaliśmy danych naszych użytkowników” – powiedział rzecznik firmy Jan Kowalski.',
      ),
    ).toEqual([['Jan Kowalski', 'rzecznik firmy', 'denial']]);
    expect(
      spoken(
        'cs',
        'Vexa popírá prodej dat',
        '„Nikdy jsme neprodali data našich uživatelů,“ uvedl mluvčí společnosti Jan Novák.',
      ),
    ).toEqual([['Jan Novák', 'mluvčí společnosti', 'denial']]);
    expect(
      spoken(
        'id',
        'Vexa membantah menjual data',
        '“Kami tidak pernah menjual data pengguna kepada pengiklan,” kata juru bicara Vexa, Budi Santoso.',
      ),
    ).toEqual([['Budi Santoso', 'juru bicara Vexa', 'denial']]);
    const ru = 'Vexa опровергает продажу данных';
    const words = '«Мы никогда не продавали данные наших пользователей рекламодателям»';
    expect(spoken('ru', ru, `${words}, — заявил представитель Vexa Иван Петров.`)).toEqual([
      ['Иван Петров', 'Vexa', 'denial'],
    ]);
    expect(spoken('ru', ru, `${words}, — сообщили в компании.`)).toEqual([
      ['Vexa', null, 'denial'],
    ]);
  });

  it('credits an unnamed spokesperson after the quote to the organisation ("dijo un portavoz")', () => {
    const read = (lang: string, title: string, blocks: string[]) =>
      extractQuotes({ title, standfirst: null, lang, blocks }).quotes.map((q) => [
        q.speaker,
        q.role,
      ]);
    expect(
      read('es', 'Telvia niega haber vendido datos de sus clientes', [
        'La operadora Telvia negó el martes las informaciones publicadas por el diario Hoy.',
        '«Telvia nunca ha vendido datos de sus clientes a terceros», dijo un portavoz de la compañía.',
      ]),
    ).toEqual([['Telvia', 'portavoz']]);
    expect(
      read('fr', 'Telvox dément tout piratage de ses serveurs', [
        'L’opérateur Telvox a démenti mardi tout piratage de ses serveurs.',
        '« Nos systèmes n’ont pas été compromis », a déclaré une porte-parole de Telvox.',
      ]),
    ).toEqual([['Telvox', 'porte-parole']]);
    // German capitalises the noun, which must not be read as a name ("Sprecherin").
    expect(
      read('de', 'Datenleck: Stadtwerke Nordhafen weisen Vorwürfe zurück', [
        'Die Stadtwerke Nordhafen weisen die Vorwürfe eines Sicherheitsforschers zurück.',
        '„Unsere Systeme wurden nicht kompromittiert“, sagte eine Nordhafen-Sprecherin.',
      ]),
    ).toEqual([['Stadtwerke Nordhafen', 'Sprecherin']]);
  });

  it('credits the company a speaker works at ("vice president of product security at Quanta")', () => {
    const r = extractQuotes({
      title: 'Quanta denies its chips are vulnerable to new attack',
      standfirst: null,
      lang: 'en',
      blocks: [
        'Chipmaker Quanta has denied that its processors are at risk from a new side-channel attack published by researchers.',
        '"We were able to recover a full RSA key in under an hour," said Ines Valdes, the professor who led the research.',
        '"The attack requires physical access that does not exist in any real data center," said Mark Deluca, vice president of product security at Quanta.',
      ],
    });
    expect(r.keyQuote).toMatchObject({ speaker: 'Mark Deluca', stance: 'denial' });
  });

  it('reads "he says" after a sentence whose subject is a person as that person', () => {
    const r = extractQuotes({
      title: 'Bankwise denies data leak after researcher report',
      standfirst: null,
      lang: 'en',
      blocks: [
        'Dutch bank Bankwise denies that customer data leaked after a researcher reported an open server.',
        '"That server held only test data. No customer data leaked," said spokesperson Sanne de Boer.',
        'Researcher Pieter Jansen disagrees. "I saw real IBAN numbers," he says.',
      ],
    });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Sanne de Boer', 'Pieter Jansen']);
  });

  it('resolves "sagte er" and "a-t-elle ajouté" to the man or the woman the title says', () => {
    const de = extractQuotes({
      title: 'Datenleck bei Stadtwerke Nordhafen: Versorger weist Vorwürfe zurück',
      standfirst: null,
      lang: 'de',
      blocks: [
        '„Die Daten stammen nicht aus unseren Systemen“, sagte Unternehmenssprecherin Katrin Mahler am Dienstag.',
        'Der Forscher, Lukas Brandt, hält an seiner Darstellung fest. „Die Datensätze enthalten interne Kundennummern, die nur die Stadtwerke vergeben“, sagte er heise online.',
      ],
    });
    expect(de.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Katrin Mahler', 'Unternehmenssprecherin'],
      ['Lukas Brandt', 'Der Forscher'],
    ]);
    const fr = extractQuotes({
      title: 'Vernel dément tout projet de fermeture',
      standfirst: null,
      lang: 'fr',
      blocks: [
        'Le directeur du site, Marc Lefèvre, a rencontré les syndicats le matin. La directrice financière du groupe, Claire Dumont, a démenti le soir les informations publiées par le quotidien.',
        '« Aucune fermeture du site de Lyon n’est à l’ordre du jour », a-t-elle ajouté.',
      ],
    });
    expect(fr.quotes.map((q) => q.speaker)).toEqual(['Claire Dumont']);
  });

  it('reads a role between the verb and the name outside English ("afirmó su director, Pablo Serrano")', () => {
    const r = extractQuotes({
      title: 'Telvia niega haber vendido datos de sus clientes',
      standfirst: null,
      lang: 'es',
      blocks: [
        'El diario Hoy aseguró que mantiene su información sobre la operadora Telvia.',
        '«Tenemos los contratos firmados por la compañía», afirmó su director, Pablo Serrano.',
      ],
    });
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([['Pablo Serrano', 'su director']]);
  });

  it('does not take an English headline’s "contest" for a denial', () => {
    const r = read(
      [
        '“We never expected to win against so many strong teams,” said Ada Park, the team’s captain.',
      ],
      'Student team wins national robotics contest',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Ada Park', stance: 'claim' });
  });

  it('reads "ROLE, NAME, AGE, told reporters:" and the headline that names the role', () => {
    const r = read(
      [
        'The former mayor of Ostrava, Pavel Novák, pleaded not guilty on Monday to charges that he accepted bribes.',
        'Prosecutor Jana Horáková told the court that Novák had received “at least 2 million crowns” for contracts.',
        'Novák, 58, told reporters as he entered the courthouse: “I have done nothing wrong. I will prove my innocence.”',
      ],
      'Former Ostrava mayor denies taking bribes as trial opens',
    );
    expect(r.keyQuote).toMatchObject({
      speaker: 'Pavel Novák',
      role: 'The former mayor of Ostrava',
      stance: 'denial',
      text: 'I have done nothing wrong. I will prove my innocence.',
    });
  });

  it('resolves "the ministry said" to the ministry the story named, "of" and all', () => {
    const r = read(
      [
        'The Ministry of Digital Affairs has rejected claims that its new national ID app stores fingerprints.',
        'Privacy group OpenRights said the templates were “uploaded in full” during registration.',
        '“That is categorically not the case,” the ministry said in a statement posted on its website.',
      ],
      'Ministry rejects claim that new ID app stores fingerprints',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Ministry of Digital Affairs', stance: 'denial' });
  });

  it('takes no courtesy title for a role', () => {
    expect(
      who(['In a statement, Ms Ward said: “I have never shared any confidential document.”'])[0],
    ).toEqual(['Ward', null, 'I have never shared any confidential document.']);
  });

  it('credits a described speaker, not the name that only qualifies them', () => {
    expect(
      who([
        'A union representing warehouse staff at Brightway Logistics said on Monday that the company’s safety report was “false and misleading”, escalating a dispute over injury rates.',
      ])[0]![0],
    ).toBe('A union representing warehouse staff at Brightway Logistics');
  });

  it('never resolves "he added" to the organisation the headline names', () => {
    const q = read(
      [
        'Solace Energy said on Tuesday that its new battery would halve charging times.',
        '“We have solved the problem,” said Solace chief executive Ravi Menon.',
        '“That is better than any lithium-ion cell on the road today,” he added.',
      ],
      'Solace Energy says new battery will halve charging times',
    ).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Ravi Menon', 'Ravi Menon']);
  });

  it('reads "A stepped down and X, ROLE, posted a statement on the Y blog:"', () => {
    expect(
      who([
        'Air Mozilla streamed the event.',
        'Due to the controversy, Eich stepped down on April 3, 2014 and Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a statement on the Mozilla blog: "We didn’t move fast enough to engage with people once the controversy started."[28] The backlash grew.',
      ]),
    ).toEqual([
      [
        'Mitchell Baker',
        'executive chairwoman of Mozilla Corporation',
        'We didn’t move fast enough to engage with people once the controversy started.',
      ],
    ]);
  });

  it('does not read the verb of "a vote to impeach President X" into X’s role', () => {
    const [q] = read(
      [
        'Lawmakers will hold a vote to impeach South Korean President Yoon Suk Yeol on Saturday.',
        '“I deeply regret this and sincerely apologize to the citizens,” Yoon said.',
      ],
      'South Korea’s Yoon apologizes',
    ).quotes;
    expect(q).toMatchObject({ role: 'South Korean President' });
  });

  it('gives each of a pair named after a plural role one share of it ("Singer-guitarists X and Y")', () => {
    expect(
      who(
        [
          'Singer-guitarists Tom Johnston and Patrick Simmons will tour with Michael McDonald.',
          '“We’re truly excited about our 50th anniversary tour,” Johnston said in a statement.',
          '“Nobody could ask for a better boss than our tour manager,” said band boss Bryn Weiss.',
        ],
        'Band unites for anniversary tour',
      ),
    ).toEqual([
      ['Tom Johnston', 'Singer-guitarist', 'We’re truly excited about our 50th anniversary tour'],
      ['Bryn Weiss', 'band boss', 'Nobody could ask for a better boss than our tour manager'],
    ]);
  });

  it('gives an organisation no role from a title it only qualifies ("deputy White House press secretary")', () => {
    expect(
      who(
        [
          'The President went to hospital for a “quick exam and labs,” according to the White House.',
          '“He is in good health,” said Hogan Gidley, the principal deputy White House press secretary.',
        ],
        'President visits hospital',
      ),
    ).toEqual([
      ['White House', null, 'quick exam and labs'],
      ['Hogan Gidley', 'the principal deputy White House press secretary', 'He is in good health'],
    ]);
  });

  it('reads "In a statement to <outlet>, the company said:" before a block quotation', () => {
    const statement = {
      text: 'The traffic described is an update check to a content delivery network we contract in the Netherlands. No personal data leaves the router.',
      kind: 'quote' as const,
    };
    for (const intro of [
      'In a statement to Packetwire, the company said:',
      'In an email to The Register, a Quillon spokesperson said:',
    ]) {
      const r = read(
        [
          'Router maker Quillon has rejected a lab’s claim that its routers send data to China.',
          `Quillon disputed that reading. ${intro}`,
          statement,
        ],
        'Quillon rejects claim its routers phone home to China',
      );
      expect(r.keyQuote, intro).toMatchObject({ speaker: 'Quillon', stance: 'denial' });
    }
  });

  it('keeps "chief" in a role after "according to" ("according to chief executive Maria Okafor")', () => {
    expect(
      who([
        'According to chief executive Maria Okafor, the certificate secured internal traffic.',
        '“This was a basic failure of process, and it is on us,” Okafor wrote in a blog post.',
      ])[0]?.slice(0, 2),
    ).toEqual(['Maria Okafor', 'chief executive']);
  });

  it('credits a named spokesperson, not the company ("Streamly spokesperson David Chen told")', () => {
    const r = read(
      [
        'A coalition of streaming services has accused Streamly of slowing their apps on its TV sticks.',
        '“We’ve looked at those tests and they don’t hold up,” Streamly spokesperson David Chen told The Verge.',
        'Chen added that the company had offered to share its own data with the FTC.',
      ],
      'Streamly denies it throttled rival apps on its TV sticks',
    );
    expect(r.keyQuote).toMatchObject({
      speaker: 'David Chen',
      role: 'Streamly spokesperson',
      stance: 'denial',
    });
  });

  it('does not take a company named after its trade ("Data broker Datavault") for a person', () => {
    const r = read(
      [
        'Data broker Datavault said on Thursday that it “has never sold precise location data” to advertisers, a day after the Texas attorney general sued it.',
        'The company said its products only used “aggregated, anonymised signals” and nothing that could identify anyone.',
      ],
      'Datavault says it never sold location data, despite lawsuit',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Datavault', 'Datavault']);
  });

  it('reads the subject of a colon-ended clause without a verb of saying ("X was blunt:")', () => {
    const lead =
      'Acme on Tuesday denied a report that it sold the browsing histories of its users.';
    const quote = '“We have never sold user data and we never will.”';
    for (const [intro, speaker] of [
      ['Acme’s general counsel, Dana Reyes, was blunt:', 'Dana Reyes'],
      ['Chief executive Tom Baird went further:', 'Tom Baird'],
    ] as const) {
      const r = read([lead, `${intro} ${quote}`], 'Acme denies selling user data');
      expect(r.keyQuote, intro).toMatchObject({ speaker, stance: 'denial' });
    }
    // Nobody is named: no speaker is made up ("The answer was simple:").
    expect(
      read([lead, `The answer was simple: ${quote}`]).quotes.map((q) => q.speaker),
    ).not.toContain('The answer');
  });

  it('splits "Ben Ross of Jefferies" into the person and where they work', () => {
    expect(
      who([
        'Acme reported a record quarterly profit on Thursday as sales of its cloud services jumped.',
        '“The cloud numbers were a blowout, well ahead of anything the market expected,” said Ben Ross of Jefferies.',
      ]).map((q) => q.slice(0, 2)),
    ).toEqual([['Ben Ross', 'Jefferies']]);
  });

  it('hears a quote after "X rejected the claim." as the rebuttal it is', () => {
    const r = read(
      [
        'Two smaller firms have accused Acme of copying the design of their smart thermostats.',
        '“It is a blatant copy, down to the screws,” said Mia Chen, founder of Thermly.',
        'Acme rejected the claim. “Our design was filed in 2019, years before theirs,” said Acme lawyer Paul Grant.',
      ],
      'Rivals accuse Acme of copying their design',
    );
    expect(r.quotes.map((q) => [q.speaker, q.stance])).toEqual([
      ['Mia Chen', 'claim'],
      ['Paul Grant', 'denial'],
    ]);
    const says = read(
      [
        'Acme said on Monday that a report it plans to lay off 10% of staff was inaccurate.',
        '“We are not planning any layoffs,” a company spokeswoman said.',
      ],
      'Acme says report of layoffs is "inaccurate"',
    );
    expect(says.keyQuote).toMatchObject({ speaker: 'Acme', stance: 'denial' });
    // Disagreeing with a ruling is rebutting it: the company's answer to a fine.
    const fined = read(
      [
        'The Data Protection Commission has fined Corvane €40 million over its cookie banner.',
        '“Users were presented with a choice that was not a real choice,” said Deputy Commissioner Graham Doyle.',
        'Corvane said it strongly disagreed with the decision and would appeal. “We believe our consent flow fully complied with the law at the time,” a spokesperson said.',
      ],
      'Regulator fines Corvane €40m over cookie consent',
    );
    expect(fined.quotes.map((q) => [q.speaker, q.stance])).toEqual([
      ['Graham Doyle', 'claim'],
      ['Corvane', 'denial'],
    ]);
  });

  it('credits "he told" to the unnamed source the sentence before introduced', () => {
    const quotes = who([
      'A Microsoft spokesperson said the company was aware of the issue and working on a fix.',
      'One sysadmin, who asked not to be named, was less than impressed. ‘We reported this in January. We were told it was by design,’ he told El Reg.',
    ]);
    expect(quotes.map((q) => q[0])).toEqual(['One sysadmin']);
  });

  it('reads a Q&A interview: the answers are the interviewee’s, by full name', () => {
    const quotes = who([
      'Meredith Hale has led the Signal Foundation since 2022. We asked her what is at stake.',
      'Q: The EU says scanning can be done without breaking encryption. Is that possible?',
      'Hale: No. Any system that scans messages before they are encrypted is a back door by another name.',
      'Q: Would Signal leave the EU if the rules pass?',
      'Hale: We would rather leave than undermine the privacy of the people who rely on us.',
      'Q: What would you say to lawmakers?',
      'Hale: Talk to the security engineers, not just the vendors selling scanning tools.',
    ]);
    expect(quotes.map((q) => q[0])).toEqual(['Meredith Hale', 'Meredith Hale', 'Meredith Hale']);
  });

  it('gives "a spokesperson said" to the organisation the paragraph has speaking', () => {
    const title = 'Sentra update crashes Windows PCs worldwide';
    const quotes = read(
      [
        'A faulty update to Sentra’s security software has crashed millions of Windows computers.',
        'Microsoft said the crashes were caused by a third-party update. “We are aware of an issue affecting devices running Sentra’s software,” a spokesperson said.',
        'Bloomberg reported that Sentra would compensate customers. “We do not comment on speculation about our plans,” a spokesperson said.',
      ],
      title,
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Microsoft', 'spokesperson'],
      ['Sentra', 'spokesperson'],
    ]);
  });

  it('does not read the reporting verb of an inverted clause into the role', () => {
    // The role of a later quote comes from where the article introduced the speaker.
    expect(
      who([
        '“It depends on what Boeing is willing to invest, quite frankly,” responded NASA administrator Jim Bridenstine.',
        'Bridenstine later added: “We haven’t seen the performance we need from the contractor yet.”',
      ])[1],
    ).toEqual([
      'Jim Bridenstine',
      'NASA administrator',
      'We haven’t seen the performance we need from the contractor yet.',
    ]);
  });

  it('credits a group of people to the group they are members of, and a letter to its signers', () => {
    const quotes = who([
      'The doctors, members of a recently formed group Doctors for Camp Closure, offered to run a clinic.',
      '“Flu season has already begun,” the doctors stated.',
      '“In our professional opinion, this is an emergency,” says the letter signed by seven physicians.',
    ]);
    expect(quotes.map(([speaker]) => speaker)).toEqual([
      'Doctors for Camp Closure',
      'Seven physicians',
    ]);
    // An agency "part of" a department is not the people who speak.
    const agency = who([
      'The Citizenship and Immigration Services, part of the Homeland Security Department, notes the rule.',
      '“As physicians, we have seen the effects of flu,” the physicians stated.',
    ]);
    expect(agency[0]![0]).toBe('Physicians');
  });

  it('reads a possessive after "the" as part of a name: the People’s Daily', () => {
    expect(
      who(['“The risk of an outbreak is low,” the People’s Daily said in a commentary.'])[0]![0],
    ).toBe('People’s Daily');
  });

  it('reads a role set before the name ("the company’s head of networks, Pieter Vaals, said:")', () => {
    const r = read(
      [
        'Norvia Telecom has rejected a regulator’s finding that it ignored warnings before the outage.',
        'In a statement, the company’s head of networks, Pieter Vaals, said: “The suggestion that we ignored warnings is simply untrue.”',
      ],
      'Norvia Telecom hits back at regulator over outage fine',
    );
    // The role ties him to the company the headline says hits back: his words are the denial.
    expect(r.keyQuote).toMatchObject({
      speaker: 'Pieter Vaals',
      role: 'the company’s head of networks',
      stance: 'denial',
    });
  });

  it('reads "Rep." before a name as a title, not a sales rep', () => {
    expect(who(['“We must apply a system of compassion,” Rep. Ilhan Omar said.'])[0]).toEqual([
      'Ilhan Omar',
      'Rep.',
      'We must apply a system of compassion',
    ]);
  });

  it('keeps the curly apostrophe of a possessive in the role', () => {
    expect(
      who([
        '“We are thrilled with the response,” said Kevin Mayer, Disney’s chairman of direct-to-consumer and international.',
      ])[0]?.slice(0, 2),
    ).toEqual(['Kevin Mayer', 'Disney’s chairman of direct-to-consumer and international']);
  });

  it('resolves "she said" to the last woman named, not the man who spoke last', () => {
    const q = read(
      [
        'Jane Holt, a researcher at the institute, said the data was clear. Holt said she had checked it twice.',
        '“It could be a fluke,” said Mark Ruiz, a statistician. Mr. Ruiz asked for more samples.',
        '“We have looked at every sample we have,” she said.',
      ],
      'Study finds a link',
    ).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Mark Ruiz', 'Jane Holt']);
  });

  it('ends a name found by shape at the sentence that follows it', () => {
    const q = extractQuotes({
      title: 'Népal: un troisième Français tué',
      standfirst: null,
      lang: 'fr',
      blocks: [
        'Un troisième Français a été tué au Népal, a déclaré jeudi le ministre des Affaires étrangères. «Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius. Il accueillait à Roissy un premier avion spécial.',
      ],
    }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Laurent Fabius']);
  });

  it('finds the subject of "..., saying" past an appositive that names the person', () => {
    const q = read(
      [
        'The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution.”',
      ],
      'Attack stokes instability fears in North Africa',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Rachid Ghannouchi', 'The leader of Ennahda'],
    ]);
  });

  it('reads "said Meta\'s Andy Stone" as a person speaking for Meta, and "per a spokesperson"', () => {
    const q = read(
      [
        'Meta denied the report on Tuesday.',
        '"The claims in this story are simply false and we have never paused this work," said Meta\'s Andy Stone in a post on Threads.',
        '"We take these concerns seriously and will review the findings in full," per a Google spokesperson.',
        '"It was a mistake and we should have caught it much sooner than we did," Microsoft\'s Frank Shaw wrote on X.',
      ],
      'Meta denies report it paused teen safety work',
    );
    expect(q.quotes.map((x) => [x.speaker, x.role, x.stance])).toEqual([
      ['Andy Stone', 'Meta', 'denial'],
      ['Google', 'spokesperson', 'claim'],
      ['Frank Shaw', 'Microsoft', 'claim'],
    ]);
    expect(q.keyQuote?.speaker).toBe('Andy Stone');
  });

  it('splits "the University of Michigan\'s Jane Doe" by the owner\'s shape, and "the People\'s Liberation Army" never', () => {
    const q = read(
      [
        'Beijing held drills near the island for a third day on Tuesday.',
        '"These drills are a rehearsal for a blockade of the island," said the University of Michigan\'s Jane Doe.',
        '"Any provocation will be met with a resolute response from our forces," the People\'s Liberation Army said.',
        '"The drills are larger than any we have seen before," said the Washington Post\'s Sam Lee.',
      ],
      'China extends drills near Taiwan',
    );
    expect(q.quotes.map((x) => [x.speaker, x.role])).toEqual([
      ['Jane Doe', 'University of Michigan'],
      ["People's Liberation Army", null],
      ['Sam Lee', 'Washington Post'],
    ]);
  });

  it('reads "said Jane Doe of the EFF" as Jane Doe speaking for the EFF', () => {
    const q = read(
      [
        'The city council voted on Tuesday to let police use facial recognition in train stations.',
        '"This is a dragnet that treats every commuter as a suspect," said Jane Doe of the EFF.',
        'According to a survey by Sam Lee of the University of Leeds, "most commuters were never told the cameras were there".',
      ],
      'Police to expand facial recognition',
    );
    expect(q.quotes.map((x) => [x.speaker, x.role])).toEqual([
      ['Jane Doe', 'EFF'],
      ['Sam Lee', 'University of Leeds'],
    ]);
  });

  it('reads "the Vexa boss", "the Skype exec" and "The Vexa CEO" as the person named with that post there', () => {
    const who = (blocks: string[]) =>
      read(blocks, 'Vexa cuts 200 jobs').quotes.map((q) => [q.speaker, q.role]);
    const words = '"We grew too fast and now we have to correct course,"';
    expect(
      who([
        'Vexa chief executive Dana Cole announced the cuts in a memo to staff on Monday.',
        'The company said the cuts would save $40m a year.',
        `${words} the Vexa boss said.`,
      ]),
    ).toEqual([['Dana Cole', 'Vexa chief executive']]);
    expect(
      who([
        'Dana Cole, the chief executive of Vexa, announced the cuts in a memo on Monday.',
        `${words} the Vexa CEO said.`,
      ]),
    ).toEqual([['Dana Cole', 'the chief executive of Vexa']]);
    expect(
      who([
        "Skype's chief operating officer, Mark Gillett, said the outage was caused by a bug.",
        'The Skype exec said: "We are deeply sorry for the disruption to our users."',
      ]),
    ).toEqual([['Mark Gillett', "Skype's chief operating officer"]]);
    // A post a relative clause or an appositive gives, at the organisation: "the head of Vexa".
    for (const intro of ['Dana Cole, who founded Vexa in 2015,', 'Dana Cole, the head of Vexa,'])
      expect(
        who([`${intro} announced the cuts on Monday.`, `${words} the Vexa boss said.`]).map(
          (q) => q[0],
        ),
      ).toEqual(['Dana Cole']);
    // "its boss", "the boss": the story's company's.
    for (const boss of ['the boss', 'its boss', "the company's boss"])
      expect(
        who([
          'Vexa chief executive Dana Cole announced the cuts in a memo to staff on Monday.',
          `${words} ${boss} said.`,
        ]).map((q) => q[0]),
        boss,
      ).toEqual(['Dana Cole']);
    // No one named with the top post at Vexa: the description stays.
    expect(
      who([
        'Vexa head of research Jo Bloggs wrote the memo, and Orbix chief executive Sam Lee welcomed it.',
        `${words} the Vexa boss said.`,
      ]),
    ).toEqual([['Vexa boss', null]]);
  });

  it('reads "the EFF\'s Jane Doe" as Jane Doe speaking for the EFF, and keeps "the People\'s Daily" whole', () => {
    const q = read(
      [
        'The city council voted on Tuesday to let police use facial recognition in train stations, and the people who use them were not asked.',
        '"This is a dragnet that treats every commuter as a suspect," said the EFF\'s Jane Doe.',
        'The BBC\'s Laura Kuenssberg asked the mayor whether the plan was legal. "It is entirely lawful and it will keep people safe," the mayor said.',
        'Doe said the group would challenge the vote. "We will see the council in court," she said.',
        '"The West should stay out of matters that do not concern it," the People\'s Daily wrote.',
      ],
      'Police to expand facial recognition in train stations',
    );
    expect(q.quotes.map((x) => [x.speaker, x.role])).toEqual([
      ['Jane Doe', 'EFF'],
      ['Mayor', null],
      ['Jane Doe', 'EFF'],
      ["People's Daily", null],
    ]);
  });

  it('reads a company set off as "a data broker" as a company, whose possessive names its speaker\'s employer', () => {
    const q = read(
      [
        'Vexa, a data broker based in Austin, was accused on Monday of selling the location histories of its users.',
        '"We have never sold location data to anyone," Vexa\'s Dana Cole told Reuters.',
      ],
      'Vexa denies selling location data',
    );
    expect(q.quotes.map((x) => [x.speaker, x.role, x.stance])).toEqual([
      ['Dana Cole', 'Vexa', 'denial'],
    ]);
  });

  it('reads "the group" as the group a comma set its name after ("The group, WeWorkers Coalition, ...")', () => {
    const q = read(
      [
        'Cobalt Spaces will lay off 2,400 staff this week, after SoftBank, its largest investor, took control of the company.',
        'The group, Cobalt Workers Coalition, formed in recent weeks and has written to management.',
        'In a separate tweet, the group added that Cobalt Spaces "is not following through on its promise to treat employees with respect."',
      ],
      'Cobalt Spaces to lay off 2,400 staff',
    );
    expect(q.quotes.map((x) => x.speaker)).toEqual(['Cobalt Workers Coalition']);
  });

  it('takes no other person\'s name into a role, and reads "House Speaker" as a title', () => {
    const q = read(
      [
        '"I do not really see a required role for the Gateway," said former astronaut Tom Stafford and retired aerospace executive Tom Young.',
        '"We get that you are frustrated," said Indiana House Speaker Brian Bosma.',
      ],
      'NASA told to skip the Gateway',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Tom Young', 'retired aerospace executive'],
      ['Brian Bosma', 'Indiana House Speaker'],
    ]);
  });

  it('joins a role only to a role word across "for" ("a turning point for chief executive X")', () => {
    const q = read(
      [
        'The landing was a turning point for chief executive Marcus Vell. "This changes everything about how we get to orbit," Vell said.',
      ],
      'Watch Marcus Vell land a booster',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Marcus Vell', 'chief executive']]);
  });

  it('takes the rebuttal of the party a "misleading" headline leads with, not the claim it answers', () => {
    const q = read(
      [
        '"These numbers are real and anyone can reproduce them with the settings we published," AMD marketing chief Frank Azor said.',
        '"AMD picked a handful of games and an old driver. That is not how anyone plays," Intel spokesperson Priya Nair told The Register.',
      ],
      'Intel calls AMD benchmark claims misleading',
    );
    expect(q.keyQuote).toMatchObject({ speaker: 'Priya Nair', stance: 'denial' });
  });

  it("reads a company's page or policy as its voice", () => {
    const q = read(
      [
        "Google's privacy page states: “We have never sold your personal data to anyone, full stop.”",
      ],
      'Google denies selling data',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.stance])).toEqual([['Google', 'denial']]);
  });

  it('joins a quotation split by a reporting clause between dashes, and keeps the dash out of the role', () => {
    const q = read(
      [
        '“The update changes how the modem sleeps” — said Mishaal Rahman, an Android expert — “and that is most of the drain.”',
      ],
      'Google says Pixel update will fix battery drain',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role, x.text])).toEqual([
      [
        'Mishaal Rahman',
        'an Android expert',
        'The update changes how the modem sleeps and that is most of the drain.',
      ],
    ]);
  });

  it('reads "the spokesperson added" as the spokesperson the story named', () => {
    const q = read(
      [
        '"The report is wrong. Our R2 plans have not changed," Rivian spokesperson Harriet Stone said in an email.',
        'The spokesperson added that the company was "on track to start deliveries in the first half."',
      ],
      'Rivian denies it is cutting R2 production',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Harriet Stone', 'Rivian spokesperson'],
      ['Harriet Stone', 'Rivian spokesperson'],
    ]);
  });

  it('takes "one of the ..." set off after a name for the person\'s role', () => {
    const q = read(
      [
        '"Uber cannot keep pretending," James Farrar, one of the two drivers who brought the case, told the BBC. "We won."',
      ],
      'Uber says drivers are not employees',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['James Farrar', 'one of the two drivers']]);
  });

  it('reads whose voice "a statement from X" is', () => {
    const q = read(
      [
        'According to a statement from Apple, “the update fixes the issue for all affected users worldwide.”',
      ],
      'OpenAI denies training on user chats',
    ).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Apple']);
  });

  it('keeps what a person did out of the role a panel line gives them', () => {
    const q = read(
      [
        'Rachel Stephens, senior analyst at industry analyst firm RedMonk, shared her perspective on these findings: “There is a component of psychological safety and team culture that impacts how people feel about AI.”',
      ],
      'Developers worry about AI',
    ).quotes;
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Rachel Stephens', 'senior analyst at industry analyst firm RedMonk'],
    ]);
  });

  it('takes no platform for part of a name ("píše na Twitter Gary Lineker")', () => {
    const q = extractQuotes({
      title: 'West Ham je opět v kurzu',
      standfirst: null,
      lang: 'cs',
      blocks: [
        '"Stali se excelentním týmem a David Moyes si zaslouží obrovský kredit," píše na Twitter Gary Lineker.',
        '"Hraje prostě velkolepě a připomínám, že je mu stále jen dvaadvacet let," kroutí hlavou Lineker.',
      ],
    }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Gary Lineker', 'Gary Lineker']);
  });

  it('reads two people named as one subject as a joint speaker, whom "they" then means', () => {
    const q = read(
      [
        'Priya Nair and Tom Beck, who founded Fernhill in 2016, are stepping down, the company said.',
        '“Building Fernhill has been the work of our lives,” Nair and Beck said in a joint statement.',
        '“We are not leaving because of the Varro deal, and we are not leaving unhappy,” they added.',
        '“Nothing here changes,” Ms. Nair told staff. “Fernhill stays independent,” she said.',
      ],
      'Fernhill founders step down after failed sale to Varro',
    ).quotes;
    expect(q.map((x) => x.speaker)).toEqual([
      'Priya Nair and Tom Beck',
      'Priya Nair and Tom Beck',
      'Priya Nair',
      'Priya Nair',
    ]);
  });

  it('reads "X said:" before the quote and finds the full name and role introduced earlier', () => {
    expect(
      who([
        "Speaking by phone, Acme's Seoul-based spokesman Daniel Kwon said there had been no contact.",
        'Kwon said: "We haven\'t looked at buying the company at all."',
      ]),
    ).toEqual([
      [
        'Daniel Kwon',
        "Acme's Seoul-based spokesman",
        "We haven't looked at buying the company at all.",
      ],
    ]);
  });

  it('reads "X told <outlet>" and "X wrote in a blog post"', () => {
    const quotes = who([
      '"We will ship the phone in June as planned," Acme chief executive Jane Doe told Reuters.',
      '"The roadmap has not changed at all," Doe wrote in a blog post on Tuesday.',
    ]);
    expect(quotes.map((q) => q[0])).toEqual(['Jane Doe', 'Jane Doe']);
    expect(quotes[0]![1]).toBe('Acme chief executive');
  });

  it('reads "according to X" after the quote', () => {
    expect(
      who([
        'Vendors were told to "turn down any business from Koryu and cut their orders," according to a report that first appeared on SupplyLine Asia.',
      ])[0]![0],
    ).toBe('SupplyLine Asia');
  });

  it('credits an unnamed spokesperson to the organisation: "a spokesperson for X", "a X spokesman"', () => {
    expect(
      who([
        '"We are cooperating fully with the inquiry," a spokesperson for WeWork said on Monday.',
        '"We have said this many times before," a Lumora spokesman told the paper.',
      ]).map((q) => [q[0], q[1]]),
    ).toEqual([
      ['WeWork', 'spokesperson'],
      ['Lumora', 'spokesman'],
    ]);
  });

  it('lets an organisation speak, also as "the company" or "the Finnish company"', () => {
    const title = 'Telvaro rejects Austrian report it aided foreign intelligence';
    expect(
      who(
        [
          'Telvaro, one of the biggest suppliers of network gear, rejected the report on Wednesday.',
          '“Telvaro has never taken any action that puts customer networks at risk,” the Finnish company said.',
          '“The story recycles stale, baseless claims and offers no evidence of any kind.”',
          'Apple said: "We do not comment on rumour and speculation of this sort."',
        ],
        title,
      ).map((q) => q[0]),
    ).toEqual(['Telvaro', 'Telvaro', 'Apple']);
  });

  it('resolves "he said" to the person last reported on, not whoever was named last', () => {
    expect(
      who([
        'Sonya Zoghlin, the defendant’s attorney, told reporters that her client meant no harm to Omar.',
        '“He has taken responsibility for using threatening language,” she said in an email.',
      ])[0]![0],
    ).toBe('Sonya Zoghlin');
    expect(
      who([
        '"Nothing could be more contrary to our philosophy," said Mark Gillett in a blog post.',
        'The allegations came after Acme moved servers into Microsoft data centers.',
        'Gillett categorically denied the claims on Friday.',
        'While Acme works with the police he said, the rules are public.',
        '"The enhancements were made to improve reliability. Period," he said.',
      ]).map((q) => q[0]),
    ).toEqual(['Mark Gillett', 'Mark Gillett']);
  });

  it('resolves an epithet ("the billionaire", "the 38-year-old") to the person it describes', () => {
    expect(
      who([
        'Elon Musk has denied a report that Tesla plans to cut prices again.',
        '"That is simply not true," the billionaire wrote on X.',
      ])[0]![0],
    ).toBe('Elon Musk');
    // The age the story gave picks the person, not whoever was named last.
    expect(
      who([
        'Scooter Braun, 38, has tried to reach Taylor Swift, 29, for weeks.',
        '"This fight is not something I agree with," the 38-year-old said.',
      ])[0]![0],
    ).toBe('Scooter Braun');
    // "The man" is often never named: no epithet, and no one else's words.
    expect(
      who([
        'A man who lost his job has sued. Elon Musk denied the claim.',
        '"I was fired for nothing," the man said.',
      ])[0]![0],
    ).toBe('Man');
  });

  it('finds the unnamed speaker a quotation\'s own clause introduced ("...," an insider told)', () => {
    expect(
      who([
        '"Scooter is frustrated," an insider told the outlet on Monday.',
        'Braun has tried to reach Swift for weeks.',
        '"This fight is not something he agrees with," the insider added.',
      ]).map((q) => q[0]),
    ).toEqual(['An insider', 'An insider']);
  });

  it('reads a credit after a dash ("— Dana Park, Nimbus CEO") and a surname before a colon', () => {
    const title = 'Nimbus denies selling user data';
    expect(
      who(
        [
          'Nimbus has denied selling user data.',
          '"We have never sold a byte of user data" — Dana Park, Nimbus CEO',
        ],
        title,
      ),
    ).toEqual([['Dana Park', 'Nimbus CEO', 'We have never sold a byte of user data']]);
    expect(
      who(
        [
          'Nimbus chief executive Dana Park has denied selling user data.',
          'Park: "We have never sold a byte of user data."',
          // A word before a colon that is no one's surname introduces no speaker.
          'Update: "Nimbus has sold no data," the company added.',
        ],
        title,
      ).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Dana Park', 'Nimbus chief executive'],
      ['Nimbus', null],
    ]);
  });

  it('reads a body of a named organisation ("Finland’s foreign ministry", "Apple’s legal team")', () => {
    expect(
      who(
        [
          '"We categorically reject these claims," Finland’s foreign ministry said.',
          '"The claims are baseless," Apple’s legal team said in a filing.',
        ],
        'Finland and Apple reject claims',
      ).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Finland’s foreign ministry', null],
      ['Apple', 'legal team'],
    ]);
  });

  it('reads a subject set off by a pair of dashes, and "who is Orbit’s ..." as a role', () => {
    expect(
      who(
        [
          'Orbit chief executive Raj Patel has denied reports of layoffs.',
          '"There are no layoffs planned," Patel — who founded Orbit in 2015 — told CNBC.',
          '"We are hiring," said Maya Klein, who is Orbit’s head of communications.',
        ],
        'Orbit denies layoffs',
      ).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Raj Patel', 'Orbit chief executive'],
      ['Maya Klein', 'Orbit’s head of communications'],
    ]);
  });

  it('gives an epithet to the person the story is about, before a name that only looks like one', () => {
    expect(
      who(
        [
          'Mira Rowe has denied selling Encore, the fan app she launched in 2022.',
          'The report said the app’s owner had agreed a deal with Brightline Data.',
          '"Encore has never been for sale," the singer wrote on Instagram.',
        ],
        'Mira Rowe denies selling fan app Encore',
      )[0]![0],
    ).toBe('Mira Rowe');
  });

  it('resolves "he said" past a relative clause after an appositive name', () => {
    expect(
      who([
        "Platformer Weekly's editor, Dana Whitfield, said she stood by the story.",
        'Rowe’s manager, Theo Banks, who co-founded Encore with her, said the data stayed in Dublin. "Nothing has moved," he said.',
      ])[0]!.slice(0, 2),
    ).toEqual(['Theo Banks', 'Rowe’s manager']);
  });

  it('lets a dash credit beat the speaker inherited from the paragraph before', () => {
    expect(
      who([
        '"We are aware of the reports," the Data Protection Commission said.',
        '"We will keep building Encore for the fans" — Mira Rowe, on Instagram',
      ])[1]!.slice(0, 2),
    ).toEqual(['Mira Rowe', null]);
  });

  it('reads "fellow" before a name as "of the same group", no role ("fellow Ennahda members")', () => {
    expect(
      who([
        '"We have nothing to fear," Ajmi Lourimi said of himself and fellow Ennahda members.',
        'The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution.”',
        // A research fellow is a post.
        '"The data are clear," said postdoctoral fellow Dylan Nelson.',
      ]).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Ajmi Lourimi', null],
      ['Rachid Ghannouchi', 'The leader of Ennahda'],
      ['Dylan Nelson', 'postdoctoral fellow'],
    ]);
  });

  it('reads a subject whose abbreviation ends before a bracket or a comma ("Sen. Ron Wyden (D-Ore.) said")', () => {
    expect(
      who([
        '“The company has not been straight with its users about this,” Sen. Ron Wyden (D-Ore.) said.',
        '“We were never told where the data went or who bought it,” Rep. Jim Jordan, R-Ohio, said.',
        '“Nobody at the agency signed off on the sale of that data,” Jane Doe (Ph.D.) told reporters.',
      ]).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Ron Wyden', 'Sen.'],
      ['Jim Jordan', 'Rep.'],
      ['Jane Doe', null],
    ]);
  });

  it('reads "who heads Vexa’s privacy team" as the whole post, not "head of Vexa’s"', () => {
    expect(
      who([
        'Jane Doe, who heads Vexa’s privacy team, said: “We have never sold our users’ data to anyone.”',
      ])[0]!.slice(0, 2),
    ).toEqual(['Jane Doe', 'head of Vexa’s privacy team']);
  });

  it('resolves singular "they" to the unnamed person the sentence before described', () => {
    expect(
      who(
        [
          '“These are difficult decisions, and they are not a reflection of your work,” chief people officer Dana Whitfield wrote.',
          'One affected employee, who asked not to be named, said staff had been told nothing. “We found out from a calendar invite,” they said.',
        ],
        'Leaked memo shows Quorra plans to cut 1,000 jobs',
      ).map((q) => q[0]),
    ).toEqual(['Dana Whitfield', 'One affected employee']);
  });

  it('resolves "the company said" to the company the paragraph has speaking', () => {
    expect(
      who(
        [
          'Researchers at Stanford tested five large language models on 200 health myths.',
          '“The models repeat a myth when the question itself assumes it,” said lead author Amara Okafor.',
          'OpenAI said it was reviewing the paper. “We continually work to improve the accuracy of health information,” the company said.',
        ],
        'Study finds chatbots repeat medical myths',
      ).map((q) => q[0]),
    ).toEqual(['Amara Okafor', 'OpenAI']);
  });

  it('keeps a middle initial inside a role ("president of Dana F. Besecker Company")', () => {
    expect(
      who([
        '“I was shocked to see that level,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer of halibut.',
      ])[0]!.slice(0, 2),
    ).toEqual(['Tyler Besecker', 'president of Mercer Island-based Dana F. Besecker Company']);
  });

  it('reads "As X put it,", "Vexa CEO Dana Cole:" and "a memo from Vexa chief executive Dana Cole"', () => {
    const title = 'Vexa says it will not raise prices';
    const read1 = (block: string) => who([block], title)[0]?.slice(0, 2);
    expect(
      read1('As Vexa CEO Dana Cole put it in a blog post on Tuesday, "we are not raising prices."'),
    ).toEqual(['Dana Cole', 'Vexa CEO']);
    expect(read1('Vexa CEO Dana Cole: "We are not raising prices this year."')).toEqual([
      'Dana Cole',
      'Vexa CEO',
    ]);
    expect(read1('Vexa chief Dana Cole: "We are not raising prices this year."')).toEqual([
      'Dana Cole',
      'Vexa chief',
    ]);
    // Words before the name that are no role introduce no one.
    expect(read1('Update from Dana Cole: "We are not raising prices this year."')).toBeUndefined();
    expect(
      read1(
        '"We are not raising prices this year," according to a memo from Vexa chief executive Dana Cole seen by Reuters.',
      ),
    ).toEqual(['Dana Cole', 'Vexa chief executive']);
    // A statement from the company stays the company's.
    expect(read1('"We are not raising prices," read a statement from Vexa.')).toEqual([
      'Vexa',
      null,
    ]);
  });

  it('reads an interview set as dialogue: each dash answer is the guest named above it', () => {
    const blocks = [
      'Самые популярные фудблогеры рассказали нам, как они начали.',
      'Андрей Рудьков',
      'Что вас вдохновило на создание кулинарной страницы?',
      '— Внезапно я захотел вести блог. Но точно знал, что не перестану есть.',
      'Какую кухню любите сами?',
      '— Очень люблю этот вопрос, потому что всегда отвечаю одно и то же.',
      'Олеся Куприн',
      'Что вас вдохновило на создание кулинарной страницы?',
      '— Еда объединяет. Где бы мы ни оказались, мы найдем о чем поговорить.',
      // A dash that answers no question is no answer.
      '— Эксклюзивный рецепт: томатный киш.',
    ];
    const r = extractQuotes({ title: 'Мастера вкуса', standfirst: null, lang: 'ru', blocks });
    expect(r.quotes.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([
      ['Андрей Рудьков', 'Внезапно я захотел в'],
      ['Андрей Рудьков', 'Очень люблю этот воп'],
      ['Олеся Куприн', 'Еда объединяет. Где '],
    ]);
    // Two answers are a pair of notes, not an interview.
    expect(
      extractQuotes({ title: 'x', standfirst: null, blocks: blocks.slice(0, 6) }).quotes,
    ).toEqual([]);
  });

  it('reads Korean attribution: the topic before the quotation, a role after the name, "그는"', () => {
    const title = '엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유';
    const r = extractQuotes({
      title,
      standfirst: null,
      lang: 'ko',
      blocks: [
        '하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 “너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 했다.',
        '류화영은 “사실과 다른 주장에 법적으로 대응하겠다”라고 밝혔다.',
        // A role noun after the name: 김민수 대표 ("chief executive Kim Min-su"), named twice.
        '김민수 대표는 “양측 모두 자제해야 한다”고 말했다. 김민수 대표는 두 사람과 일한 적이 있다.',
        // A topic that names no one the story repeats ("대중들의 반응은") speaks for no one.
        '대중들의 반응은 “그 사진은 공개하면 안 되는 것이었다”라는 쪽으로 모였다.',
      ],
    });
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['엘제이', null],
      ['류화영', null],
      ['김민수', '대표'],
    ]);
  });

  it('skips a relative clause set off by commas in the subject, conjunctions and all', () => {
    expect(
      who([
        'Jennifer McCormick, the state schools superintendent, spoke at the rally.',
        'McCormick, who has split from many fellow Republicans on issues such as the state’s private school voucher program, told cheering teachers that they weren’t “asking for the moon at all.”',
      ])[0]!.slice(0, 2),
    ).toEqual(['Jennifer McCormick', 'the state schools superintendent']);
  });

  it('keeps a number that ends an organisation’s name ("A Number 10 spokesman")', () => {
    expect(
      who([
        'A Number 10 spokesman said: "The prime minister has full confidence in the security services."',
        '"We will not be commenting on the leak," a Channel 4 spokesperson said.',
      ]).map((q) => q.slice(0, 2)),
    ).toEqual([
      ['Number 10', 'spokesman'],
      ['Channel 4', 'spokesperson'],
    ]);
  });

  it('resolves "she said" to a person named after a role and what it serves, with no commas', () => {
    expect(
      who([
        'The head of Acme Widgets Jane Smith said the company had done nothing wrong. "We compete hard on price," she said.',
      ])[0]!.slice(0, 2),
    ).toEqual(['Jane Smith', 'head of Acme Widgets']);
  });

  it('keeps a company name’s short word in a role before a name ("Walt Disney Co. executive")', () => {
    expect(
      who([
        'Walt Disney Co. executive Kevin Mayer said demand and a glitch caused the problems.',
        '“We’ve never had demand like that, and it continues,” Mayer said.',
      ])[0]!.slice(0, 2),
    ).toEqual(['Kevin Mayer', 'Walt Disney Co. executive']);
  });

  it('takes a surname of several words for a person ("James Van Der Beek", "Van Der Beek")', () => {
    expect(
      who([
        'James Van Der Beek has been eliminated from the contest, host Tom Bergeron said.',
        '“We lost the baby,” Van Der Beek said.',
        '"It makes you more human," said the actor.',
      ]).map((q) => q[0]),
    ).toEqual(['James Van Der Beek', 'James Van Der Beek']);
  });

  it('joins the halves of a split quote under one speaker', () => {
    expect(
      who([
        '"RideLark has neither raised new capital nor held talks with any investor," CEO Tobias Renmark said in a statement. "Anything you have read suggesting otherwise is flat-out wrong."',
      ]),
    ).toEqual([
      [
        'Tobias Renmark',
        'CEO',
        'RideLark has neither raised new capital nor held talks with any investor. Anything you have read suggesting otherwise is flat-out wrong.',
      ],
    ]);
  });

  it('carries the speaker into a quotation paragraph that continues the last one', () => {
    expect(
      who(
        [
          'Brandt-Keller has hit back at claims that it behaved improperly.',
          '"BK flatly rejects these allegations," a spokesperson told TechLantern.',
          '"BK issued no such instruction to any of its manufacturing partners."',
        ],
        'Brandt-Keller denies claims of improper conduct',
      ).map((q) => q[0]),
    ).toEqual(['Brandt-Keller', 'Brandt-Keller']);
  });

  it('reads a block statement introduced with a colon, without quote marks', () => {
    expect(
      who([
        "Here's the company's response:",
        'We take the privacy of our customers seriously and have found no evidence that any data left our systems.',
      ]),
    ).toEqual([
      [
        'Acme',
        null,
        'We take the privacy of our customers seriously and have found no evidence that any data left our systems.',
      ],
    ]);
  });

  it('does not take a colon after "one-letter change" for a statement’s introduction', () => {
    expect(
      who([
        'Saving bandwidth matters to every user of the store.',
        'Watch how much the compressed text changes from a one-letter change in the text on the left:',
        'File-by-File therefore is based on detecting changes in the uncompressed data before computing the delta.',
      ]),
    ).toEqual([]);
  });

  it('reads a tweet set as a block quotation, credited by its footer', () => {
    expect(
      who([
        {
          text: 'Hey Twitter, the whole point of this campaign is awareness.',
          kind: 'quote',
          cite: 'Kristi Noem',
        },
      ]),
    ).toEqual([
      ['Kristi Noem', null, 'Hey Twitter, the whole point of this campaign is awareness.'],
    ]);
  });

  it('rejects scare quotes and titles', () => {
    expect(
      who([
        'The so-called "privacy pledges" were repeated in "Star Wars" and in “The Mandalorian Season Two”.',
        'Ubisoft called the game "a triumph" in its release.',
      ]),
    ).toEqual([]);
  });

  it('ignores reporting verbs inside other quotations', () => {
    expect(
      who([
        '"They said it could not be done," Alice Smith said. "We did it anyway, and we said so."',
      ]).map((q) => q[0]),
    ).toEqual(['Alice Smith']);
  });
});

describe('key quote', () => {
  it("takes the announcing company's claim over an analyst's comment, unless the headline is the analysts'", () => {
    const blocks = [
      'Battery startup Helio has unveiled a solid-state cell that it says will give electric cars a range of 1,000km on a single charge.',
      '"Solid-state has been five years away for fifteen years," said Gartner analyst Mira Chen, who cautioned that mass production was the hard part.',
      "Helio said the cell stores 500Wh per kilogram, roughly double today's lithium-ion batteries.",
      '"This cell charges to 80 per cent in ten minutes and lasts the life of the car," said Helio chief executive Tom Berger.',
    ];
    expect(
      read(blocks, 'Helio unveils solid-state battery with 1,000km range').keyQuote?.speaker,
    ).toBe('Tom Berger');
    expect(read(blocks, 'Analysts doubt Helio solid-state battery claims').keyQuote?.speaker).toBe(
      'Mira Chen',
    );
  });

  it('leads a passive accusation headline ("Vexa accused of ...") with the accused’s denial, as "Vexa denies ..."', () => {
    const story = (answer: string) => [
      'Privacy researcher Jane Doe says Vexa has been selling the location data of millions of users to advertisers without their consent.',
      '"Vexa has been selling user data to advertisers for years, and it never told anyone," Doe said in an interview.',
      'Doe, who studies data brokers at Northfield University, said she had found records of the sales in public filings.',
      'Regulators in two states said they were looking into the report.',
      answer,
      'The company has 40 million users in Europe and North America.',
    ];
    const denial =
      'Vexa said in a statement that the report was "false, and we have never sold data".';
    const standfirst = 'A researcher says the app maker sold location data to advertisers';
    const key = (title: string, answer: string) =>
      extractQuotes({ title, standfirst, blocks: story(answer) }).keyQuote;
    for (const title of [
      'Vexa accused of selling user data',
      'Vexa sued over sale of user data to advertisers',
      'Vexa under fire for selling user data',
      'Vexa denies selling user data',
    ])
      expect(key(title, denial), title).toMatchObject({ speaker: 'Vexa', stance: 'denial' });
    // Vexa does not deny: the accusation stays the key quote.
    expect(
      key(
        'Vexa accused of selling user data',
        'Vexa said it was "reviewing the report and will respond in due course".',
      ),
    ).toMatchObject({ speaker: 'Jane Doe' });
  });

  it('keeps a two-word verdict a speaker reports ("without merit") as the denial', () => {
    const r = read(
      [
        'Vexa has denied throttling older phones.',
        '"Vexa slowed my phone to push me to upgrade, and that is not fair," said Ana Ruiz, who brought the complaint.',
        'Vexa said the claims were "without merit".',
        // Two words with no verdict in them stay a scare quote.
        'The complaint calls the update a "battery fix".',
      ],
      'Vexa denies it throttled older phones',
    );
    expect(r.quotes.map((q) => [q.speaker, q.stance, q.text])).toEqual([
      ['Ana Ruiz', 'claim', 'Vexa slowed my phone to push me to upgrade, and that is not fair'],
      ['Vexa', 'denial', 'without merit'],
    ]);
    expect(r.keyQuote?.text).toBe('without merit');
  });

  it('hears a bare job title as the denying organisation’s, even capitalised at a sentence start', () => {
    const r = read(
      [
        'Router maker Quillon has rejected a lab’s claim that its routers send device lists to China.',
        '“We watched the traffic for three weeks on five units bought at retail,” said Veilig’s head of research, Marloes de Vries.',
        'Chief technology officer Hannes Lindqvist went further. “Nothing in our firmware collects a list of devices, and nothing ever has,” he told Packetwire.',
      ],
      'Quillon rejects claim its routers phone home to China',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Hannes Lindqvist', stance: 'denial' });
    expect(r.quotes.find((q) => q.speaker === 'Marloes de Vries')?.stance).toBe('claim');
  });

  it('picks the denying party’s denial over the accuser quoted first', () => {
    const r = read(
      [
        'Valdorra rejected a note from brokerage Ashdown & Pryce about its chief executive.',
        'Ashdown analyst Neil Hawtrey wrote that Verrini "did not see this partial listing as the best way for investors to gain exposure," in a note.',
        '"The note misrepresents Mr. Verrini\'s remarks and fails to reflect what he actually said," Valdorra said in a statement.',
      ],
      "Valdorra rejects broker's account of Verrini remarks",
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Valdorra', stance: 'denial' });
    expect(r.quotes.find((q) => q.speaker === 'Neil Hawtrey')?.stance).toBe('claim');
  });

  it('claims nothing when the only quote is an anonymous commenter’s fragment', () => {
    expect(
      read(
        [
          'Three cases of plague were confirmed in China this week.',
          '“Don’t hide it,” one Weibo commenter said.',
        ],
        'Three Cases of Plague Diagnosed in China',
      ).keyQuote,
    ).toBeNull();
  });

  it('prefers a full statement to a fragment by the same speaker', () => {
    const r = read(
      [
        'Corvexa said it would file for approval "in the coming weeks."',
        '"These results are a major milestone on a long road toward a vaccine," said Corvexa CEO Stefan Marek.',
      ],
      'Corvexa says final data show dengue vaccine 93% effective',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Stefan Marek', role: 'Corvexa CEO' });
  });

  it('prefers the speaker the headline names first when it names two', () => {
    const blocks = [
      'Two former officials testified on Tuesday about the July call.',
      '"I feared at the time of the call how its disclosure would play in Washington," said Tim Morrison, a former council official.',
      '"My role was not some irregular channel, but the official channel for this policy," said Kurt Volker, the former special envoy.',
    ];
    const title = "Key moments from Kurt Volker's and Tim Morrison's testimony";
    expect(read(blocks, title).keyQuote).toMatchObject({ speaker: 'Kurt Volker' });
    // Without the headline's order, the first full quotation leads.
    expect(read(blocks, 'Key moments from the testimony').keyQuote).toMatchObject({
      speaker: 'Tim Morrison',
    });
  });

  it('takes the speaker the standfirst names first when the headline names none', () => {
    const blocks = [
      'The band announced the dates on stage in Nashville on Monday night.',
      '"You might remember him from the old days, but he has his own band now," said Patrick Simmons, the guitarist.',
      '"We are truly excited about this tour, a celebration of the band\'s whole history," said Tom Johnston, the singer.',
    ];
    const title = 'The band reunites for an anniversary tour';
    expect(
      read(blocks, title, 'Michael McDonald joins Tom Johnston and Patrick Simmons onstage.')
        .keyQuote,
    ).toMatchObject({ speaker: 'Tom Johnston' });
    // With no standfirst, the first full quotation leads; a headline naming a speaker still wins.
    expect(read(blocks, title).keyQuote).toMatchObject({ speaker: 'Patrick Simmons' });
    expect(
      read(blocks, 'Simmons talks tour', 'Michael McDonald joins Tom Johnston onstage.').keyQuote,
    ).toMatchObject({ speaker: 'Patrick Simmons' });
  });

  it('keeps "It’s nonsense" (two words to the eye) as a verdict, and a holding line is no denial', () => {
    const said = (quote: string) =>
      read(
        ['Vexa’s chief executive, Dana Cole, spoke on Tuesday.', `“${quote},” Cole said.`],
        'Vexa denies sharing user data',
      ).quotes.map((q) => [q.speaker, q.stance]);
    expect(said('It’s nonsense')).toEqual([['Dana Cole', 'denial']]);
    expect(said('We are reviewing the report and will respond in due course')).toEqual([
      ['Dana Cole', 'claim'],
    ]);
    expect(said('The report is wrong, and we will respond in due course')).toEqual([
      ['Dana Cole', 'denial'],
    ]);
  });

  it('takes no role from a participle before the subject ("Asked by reporters whether ...")', () => {
    const r = read(
      [
        'Vexa’s chief executive, Dana Cole, spoke on Tuesday.',
        'Asked by reporters whether the report was accurate, Cole said: “No. We have never sold our users’ data.”',
      ],
      'Vexa denies sharing user data',
    );
    expect(r.quotes.map((q) => [q.speaker, q.role, q.stance])).toEqual([
      ['Dana Cole', 'Vexa’s chief executive', 'denial'],
    ]);
  });

  it('reads past an aside after the subject ("Cole, for her part, insisted:")', () => {
    const quote = '“The report is wrong on every point that matters to our users.”';
    for (const clause of ['Cole, for her part, insisted:', 'Cole, by contrast, said:'])
      expect(
        who(['Vexa’s chief executive, Dana Cole, was blunt about it.', `${clause} ${quote}`]),
      ).toEqual([
        [
          'Dana Cole',
          'Vexa’s chief executive',
          'The report is wrong on every point that matters to our users.',
        ],
      ]);
  });

  it('takes "she said" for the person the sentence before opened with, unknown as she is', () => {
    const quote = 'We have never sold our users’ personal data to any advertiser';
    expect(
      who(['Dana Cole, who founded Vexa in 2015, did not mince words.', `“${quote},” she said.`]),
    ).toEqual([['Dana Cole', 'founder of Vexa', quote]]);
    // Never a place named in passing, shaped like a name as it may be.
    expect(
      who(['The ship sailed on towards the Staten Land in the fog.', `“${quote},” she said.`]),
    ).toEqual([]);
  });

  it('takes a quoted title for no quotation, and "a work of fiction" for a denial', () => {
    const said = (paragraph: string) =>
      read(
        ['Vexa’s chief executive, Dana Cole, spoke on Tuesday.', paragraph],
        'Vexa denies report',
      ).quotes.map((q) => [q.speaker, q.stance, q.text]);
    expect(
      said(
        'In a post titled “Why we will never sell your data”, Cole wrote that the report was wrong.',
      ),
    ).toEqual([]);
    expect(said('Cole called the report “a work of fiction” and said Vexa would sue.')).toEqual([
      ['Dana Cole', 'denial', 'a work of fiction'],
    ]);
  });

  it('gives a person’s response to that person ("Cole’s response was blunt:")', () => {
    const r = read(
      [
        'Vexa’s chief executive, Dana Cole, spoke on Tuesday.',
        'Cole’s response was blunt: “We have never sold our users’ personal data to any advertiser.”',
      ],
      'Vexa denies sharing user data',
    );
    expect(r.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Dana Cole', 'Vexa’s chief executive'],
    ]);
    // "Her answer:" is the answer of the woman the pronoun stands for.
    const her = read(
      [
        'Vexa’s chief executive, Dana Cole, spoke on Tuesday.',
        'Cole was asked about the claims. Her answer: “We have never sold our users’ data to any advertiser.”',
      ],
      'Vexa denies sharing user data',
    );
    expect(her.quotes.map((q) => [q.speaker, q.stance])).toEqual([['Dana Cole', 'denial']]);
  });

  it('finds the person a title stands for: "the company\'s chief executive", "its CEO"', () => {
    const quote = 'We have never sold our users’ personal data to any advertiser';
    for (const title of ['the company’s chief executive', 'its chief executive', 'the CEO'])
      expect(
        read(
          ['Vexa’s chief executive, Dana Cole, spoke on Tuesday.', `“${quote},” ${title} said.`],
          'Vexa denies sharing user data',
        ).quotes.map((q) => [q.speaker, q.role]),
      ).toEqual([['Dana Cole', 'Vexa’s chief executive']]);
  });

  it('never gives a union or a party the company’s voice', () => {
    const quote = '“The report is right on every point that matters to workers.”';
    const speaker = (clause: string) =>
      read(
        ['Vexa’s chief executive, Dana Cole, was blunt about it.', `${clause} ${quote}`],
        'Vexa denies report',
      ).quotes[0]?.speaker;
    expect(speaker('The GMB union said:')).toBe('GMB union');
    expect(speaker('The union said:')).toBe('The union');
    // "the company" is still the story's company.
    expect(speaker('The Finnish company said:')).toBe('Vexa');
    // Nor does the outlet that published the report.
    expect(speaker('The outlet said:')).toBe('The outlet');
  });

  it('leaves a sentence adverb or an address out of the name a surname expands to', () => {
    for (const opening of ['Ah Ferris, the clerk thought,', 'Meanwhile Ferris, the clerk,'])
      expect(
        who([
          `${opening} was a puzzle to everyone in the office.`,
          '"I know exactly where I am and what I am doing here," Ferris said quietly.',
        ]),
      ).toEqual([['Ferris', null, 'I know exactly where I am and what I am doing here']]);
  });

  it('does not take a word of a title fused to a name for the name', () => {
    const r = read(
      [
        '"We need action now, and the state has the money," said Keith Gambill, the Ohio teachers union president.',
        '"We get that you are frustrated and concerned about many issues," said Ohio House Speaker Brian Bosma.',
      ],
      'Thousands of teachers rally at Ohio Statehouse',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Keith Gambill' });
  });

  it('takes a quoted address or path for a string, not speech', () => {
    const r = read(
      [
        'The server answers GET "https\\ ://storage.example:4439/oauth/michiel" with a token.',
        'The client then reads "/storage/michiel/myfavoritedrinks/" as a folder, said Michiel de Jong.',
      ],
      'Folder listings in the storage protocol',
    );
    expect(r.quotes).toEqual([]);
    expect(r.keyQuote).toBeNull();
  });
  it('gives a quotation paragraph to the person the paragraph before paraphrased', () => {
    const r = read(
      [
        'Speaking to Northern Tech News, Hannah Brightwell said the company had let its customers down.',
        '"I want to say sorry, plainly and without excuses, to every customer who was cut off.',
        '"Everyone affected will get a full month\'s refund automatically."',
      ],
      'Lyra boss apologises after outage',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Hannah Brightwell' });
    expect(r.keyQuote?.text).toMatch(
      /^I want to say sorry.*full month's refund automatically\.$/su,
    );
    // A verb that introduces no words ("concluded four documents") hands over to no one.
    expect(
      read([
        'Later that week Bartleby concluded four lengthy documents.',
        '"Bartleby! Quick, I am waiting."',
      ]).quotes,
    ).toEqual([]);
  });

  it('does not join a name across a full stop after a short word', () => {
    expect(
      who(
        [
          'The deal was announced by Meta. Zuckerberg said it was "a big day for all of us here."',
          "Meta's shares rose.",
        ],
        'Meta buys startup',
      ),
    ).toEqual([['Zuckerberg', null, 'a big day for all of us here.']]);
    expect(
      who([
        'The board thanked Daniel Kwon. Kwon said he was "proud of what the team has built."',
      ])[0]?.[0],
    ).toBe('Daniel Kwon');
    expect(
      who([
        'The two have sparred since June. Berg said exclusives were "bad for everyone but them."',
      ])[0]?.[0],
    ).toBe('Berg');
    // Initials and abbreviations keep their stops.
    expect(
      who(['Sonya A. Zoghlin said he "has taken responsibility for what he wrote."'])[0]?.[0],
    ).toBe('Sonya A. Zoghlin');
    expect(
      who(['Prof. Alan Brooks said the plan was "a mess from start to finish."'])[0]?.[0],
    ).toBe('Alan Brooks');
  });

  it('reads the sentence after a quotation that ends one as a sentence of its own', () => {
    expect(
      who([
        'Corvid said updates would come "in the coming weeks." A Corvid spokesperson, Mei Tanaka, told Packetline the company was "prioritizing the most widely used models first."',
      ]),
    ).toEqual([
      ['Corvid', null, 'in the coming weeks.'],
      ['Mei Tanaka', 'A Corvid spokesperson', 'prioritizing the most widely used models first.'],
    ]);
  });

  it('takes "the Commission" for the short name of an institution, not a surname', () => {
    expect(
      who([
        'Gamehaus said it would ask the Commission to reject the complaint.',
        'A spokesperson for the European Commission said it would "assess it in line with our standard procedures."',
      ]),
    ).toEqual([
      ['European Commission', 'spokesperson', 'assess it in line with our standard procedures.'],
    ]);
  });

  it('keeps a dotted abbreviation in a title before a name ("U.S. District Judge")', () => {
    expect(
      who([
        'U.S. District Judge Laura Okafor ordered Fennick to comply.',
        '"Fennick built a toll booth," Okafor wrote.',
      ]),
    ).toEqual([['Laura Okafor', 'U.S. District Judge', 'Fennick built a toll booth']]);
  });
  it('reads a description set off after a name as the role, past an age and a dotted abbreviation', () => {
    expect(
      who([
        'Mark Delaney, 47, a delivery driver from Tacoma who has used the app for years, said he had deleted it. "They had my address," Delaney said.',
      ]),
    ).toEqual([['Mark Delaney', 'a delivery driver', 'They had my address']]);
    expect(
      who([
        'Sen. Cynthia Lummis asked the company to explain.',
        '"The senators are right to ask," said Lummis, a Wyoming Republican, in a statement.',
      ]),
    ).toEqual([['Cynthia Lummis', 'a Wyoming Republican', 'The senators are right to ask']]);
    expect(
      who([
        '"They lied on official forms," Geoffrey Berman, the U.S. attorney for the Southern District of New York, said in a news release.',
      ]),
    ).toEqual([
      [
        'Geoffrey Berman',
        'the U.S. attorney for the Southern District of New York',
        'They lied on official forms',
      ],
    ]);
  });
  it('tells apart two people who share a surname and are called by their first names', () => {
    const r = who([
      'When Amara Osei opened a repair stall in 2016, she had a younger sister who thought it mad.',
      '"I told her she was mad," says Efua Osei, now the company\'s finance director.',
      'Amara, who is chief executive, says the stall worked. "We wrote every price on a whiteboard," she says.',
    ]);
    expect(r).toEqual([
      ['Efua Osei', "now the company's finance director", 'I told her she was mad'],
      ['Amara Osei', 'chief executive', 'We wrote every price on a whiteboard'],
    ]);
    // A short form of the first name is the same person: "Joshua Apte", then "Josh Apte".
    expect(
      read(
        [
          'Joshua Apte, a professor of environmental engineering, explained the smog.',
          { text: 'The air was horrific on Sunday.', kind: 'quote', cite: 'Josh Apte (@joshapte)' },
          'Apte has studied the city for a decade.',
        ],
        'Delhi smog',
      ).quotes.map((q) => [q.speaker, q.role]),
    ).toEqual([['Josh Apte', 'a professor of environmental engineering']]);
  });
  it('reads legal documents as speakers and a thousands separator as part of a number', () => {
    const r = who(
      [
        'The lawsuit, filed on Thursday on behalf of about 2,300 drivers in Illinois, says the app\'s "idle time" feature cut their pay.',
        '"Brightpath built a system that punished drivers for being human," the complaint says.',
      ],
      "Brightpath denies claims in drivers' lawsuit",
    );
    expect(r.map((q) => q[0])).not.toContain('300 drivers in Illinois');
    expect(r.at(-1)?.[0]).toMatch(/^(?:Lawsuit|Complaint)$/u);
    // A court's text in -ing is a noun, not a verb phrase.
    const ruling = who(
      [
        'A federal judge on Monday blocked Vexa from selling location data gathered from drivers.',
        '"The public interest weighs heavily against the continued sale of this data," the ruling said.',
      ],
      'Judge blocks Vexa data sale',
    );
    expect(ruling.map((q) => q[0])).toEqual(['Ruling']);
  });

  it('gives a post or a statement to the company the paragraph has speaking, however introduced', () => {
    const lead =
      'Apple has removed a popular photo-editing app from the App Store after users complained that it uploaded their pictures without consent.';
    const quote = '"We never intended to collect anyone\'s photos," the post read.';
    for (const before of [
      'Developer Lumen Labs said in a blog post that the uploads were a bug.',
      'Its developer, Lumen Labs, said in a blog post that the uploads were a bug.',
    ])
      expect(who([lead, `${before} ${quote}`], 'Apple pulls app').map((q) => q[0])).toEqual([
        'Lumen Labs',
      ]);
  });

  it('never reads a weekday before a company as a given name ("on Monday Nvidia had")', () => {
    expect(
      who(
        [
          'Nvidia has hit back at a Chinese antitrust investigation into its acquisition of Mellanox.',
          '"We win on merit, as reflected in our benchmark results and value to customers," an Nvidia spokesperson said.',
          'The regulator said on Monday Nvidia had violated conditions attached to the deal.',
        ],
        'Nvidia hits back at antitrust probe',
      ).map((q) => q[0]),
    ).toEqual(['Nvidia']);
  });

  it('never makes a people\'s adjective the story\'s organisation ("a Chinese court")', () => {
    expect(
      who(
        [
          'A Chinese court has fined the maker of a popular dating app for collecting location data without consent.',
          '"This is a warning to the whole industry," a spokesperson said.',
        ],
        'Court fines app maker over data',
      ).map((q) => q[0]),
    ).toEqual(['A spokesperson']);
  });

  it('reads the trade press\'s names for a company it names too ("the Chocolate Factory", "the biz")', () => {
    const speakers = (title: string, blocks: string[]) => who(blocks, title).map((q) => q[0]);
    expect(
      speakers('Google says it will appeal EU fine', [
        'Google says it will appeal against a fine from the European Commission over its shopping service.',
        'The Chocolate Factory said in a blog post: "We respectfully disagree with the conclusions announced today."',
      ]),
    ).toEqual(['Google']);
    expect(
      speakers('IBM rejects age discrimination claims', [
        'IBM has rejected claims that it systematically pushed out older workers to make room for younger hires.',
        '"IBM does not discriminate against anyone, whatever their age," Big Blue told us.',
      ]),
    ).toEqual(['IBM']);
    expect(
      speakers('Oracle insists Java licence change is fair', [
        'Oracle has insisted its new Java licensing scheme is fair, despite warnings from analysts.',
        '"The new model is simpler and offers more value to customers," the biz said in a canned statement.',
      ]),
    ).toEqual(['Oracle']);
    // A nickname for a company the story does not name stays as written.
    expect(
      speakers('Cloud outage', [
        'Users of several cloud services could not log in for most of Tuesday.',
        '"We are looking into reports of problems with sign-in for some users," Big Blue said.',
      ]),
    ).toEqual(['Big Blue']);
  });

  it('reads the reporter told in the passive ("We\'re told by an Okta spokesperson:")', () => {
    expect(
      who(
        [
          'Okta has denied that its systems were breached after a hacker posted what they claimed was customer data.',
          'We\'re told by an Okta spokesperson: "We have found no evidence of unauthorized access to our systems."',
        ],
        'Okta denies breach',
      ),
    ).toEqual([
      ['Okta', 'spokesperson', 'We have found no evidence of unauthorized access to our systems.'],
    ]);
  });

  it('reads the post a who-clause gives ("said Dana Cole, who founded Vexa in 2015")', () => {
    const lead =
      'Vexa has denied a report by Open Ledger that it sold the location data of millions of drivers to insurers.';
    const quote = '"We have never sold driver data to anyone, and the report is false,"';
    const read1 = (clause: string) =>
      read([lead, `${quote} ${clause}`], 'Vexa denies selling driver data').quotes.map((q) => [
        q.speaker,
        q.role,
        q.stance,
      ]);
    expect(read1('said Dana Cole, who founded Vexa in 2015.')).toEqual([
      ['Dana Cole', 'founder of Vexa', 'denial'],
    ]);
    expect(read1('said Dana Cole, who co-founded Vexa with her brother.')).toEqual([
      ['Dana Cole', 'co-founder of Vexa', 'denial'],
    ]);
    // Who led or wrote the study the story is about is its author, a person.
    expect(
      read(
        [
          'AI chatbots give worse answers to people who write in dialects, according to a study.',
          '"Users who write in dialect get answers that are shorter and less accurate," said Dr Aisha Khan, who led the study.',
        ],
        'Study finds chatbots give worse answers in dialect',
      ).quotes.map((q) => [q.speaker, q.role, q.stance]),
    ).toEqual([['Aisha Khan', "the study's lead author", 'claim']]);
    // The role the story gave first stands.
    expect(
      read(
        [
          'Vexa chief executive Dana Cole has denied reports that the company sold driver data.',
          `${quote} said Cole, who founded Vexa in 2015.`,
        ],
        'Vexa denies selling driver data',
      ).quotes.map((q) => q.role),
    ).toEqual(['Vexa chief executive']);
    // A part of the company is no post at it.
    expect(read1("said Dana Cole, who runs Vexa's European business.")[0]?.[1]).toBeNull();
  });

  it('names the person set off after "according to" a description of them', () => {
    expect(
      who([
        'According to his aunt, Jane Starner, "He was brilliant from the start, reading at an adult level in kindergarten."',
      ]),
    ).toEqual([
      [
        'Jane Starner',
        'his aunt',
        'He was brilliant from the start, reading at an adult level in kindergarten.',
      ],
    ]);
  });

  it('takes "the company\'s head of ..." for the headline\'s company in a denial story', () => {
    const r = read(
      [
        'Brightpath said the lawsuit "misrepresents how our pay guarantee works".',
        '"No driver has ever lost a cent for taking a break," said Kevin Osei, the company\'s head of driver operations.',
        'Alicia Moreno, one of the drivers named in the suit, said she lost $40 a week. "I started skipping water so I wouldn\'t have to stop," she said.',
      ],
      "Brightpath denies claims in drivers' lawsuit",
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Kevin Osei', stance: 'denial' });
    // One of the drivers is no post at the company: her words deny nothing.
    expect(r.quotes.find((q) => q.speaker === 'Alicia Moreno')?.stance).toBe('claim');
  });
  it('hears an apology as no denial: "what went wrong" dismisses nothing', () => {
    const r = read(
      [
        'Lumora\'s chief technology officer, Dana Whitcombe, apologised. "We let our customers down, and I am sorry. We will publish what went wrong by Friday," she wrote.',
        'But the company rejected the claims of data loss. "No customer data was lost, and every folder is complete again," Whitcombe said.',
      ],
      'Lumora apologises for cloud outage but denies customer files were lost',
    );
    expect(r.quotes.map((q) => q.stance)).toEqual(['claim', 'denial']);
    expect(r.keyQuote?.text).toBe('No customer data was lost, and every folder is complete again');
  });

  it('reads "the company" as the company in the headline, not the regulator acting on it', () => {
    expect(
      who(
        [
          'The Federal Trade Commission on Thursday ordered the toy maker Cartwheel to delete the recordings.',
          'The FTC said Cartwheel kept them for three years.',
          'In a statement, the company said it had "already made significant changes to how it handles data."',
        ],
        "FTC orders Cartwheel to delete data collected from children's smart toys",
      ),
    ).toEqual([['Cartwheel', null, 'already made significant changes to how it handles data.']]);
  });

  it('takes the union the lead names for the headline\'s "Union" and its organiser for its voice', () => {
    const r = read(
      [
        "The GMB union has accused the online retailer Parcelo of failing to cool its warehouses during this week's heatwave.",
        '"People are fainting on the line. That is not a heat plan, it\'s a disgrace," said Rachel Imrie, a GMB regional organiser.',
        'Parcelo said the claims were "not an accurate picture". "We\'ve installed additional cooling, extended breaks and are monitoring temperatures hourly," a spokesperson said.',
      ],
      'Union slams Parcelo over heat in its warehouses',
    );
    expect(r.keyQuote).toMatchObject({ speaker: 'Rachel Imrie', role: 'a GMB regional organiser' });
  });
  it('reads the speaker from the sentence after the quotation ("That was the message from ...")', () => {
    expect(
      who([
        '‘We’re not going to let customers wait months for money they are owed.’ That was the message from the technology secretary, Liz Kendall, as she set out the plans.',
      ]),
    ).toEqual([
      [
        'Liz Kendall',
        'the technology secretary',
        'We’re not going to let customers wait months for money they are owed.',
      ],
    ]);
  });

  it('keeps the post in "its chair" and drops the "its" that points nowhere out of context', () => {
    expect(
      who([
        '‘The timetable proposed is unrealistic for smaller providers,’ said Andrew Glover, its chair.',
      ]),
    ).toEqual([
      ['Andrew Glover', 'chair', 'The timetable proposed is unrealistic for smaller providers'],
    ]);
  });

  it('never takes a German kind of company for its name ("Firma", "Routerhersteller")', () => {
    const r = extractQuotes({
      title: 'Datenleck bei Routerhersteller Funkwerk: Firma bestreitet Zugriff auf Kundendaten',
      standfirst: null,
      lang: 'de',
      blocks: [
        'Sicherheitsforscher der Firma Kessel Labs haben eine Datenbank des Routerherstellers Funkwerk entdeckt.',
        'Funkwerk bestätigte den Fund, bestreitet aber, dass Kundendaten betroffen waren. „Personenbezogene Daten unserer Kunden waren zu keinem Zeitpunkt zugänglich“, so ein Unternehmenssprecher.',
      ],
    });
    expect(r.keyQuote).toMatchObject({ speaker: 'Funkwerk', stance: 'denial' });
  });
  it('finds the unnamed speaker a description after a comma introduced ("Another employee, a product designer, said")', () => {
    expect(
      who([
        'Another employee, a product designer, said access to chat tools was removed first. "People found out they were gone because Slack logged them out," the designer said.',
      ])[0]?.[0],
    ).toBe('A product designer');
  });

  it('leaves a title of address out of the role ("co-author Dr Aisha Bello")', () => {
    expect(
      who([
        '"People already use these tools instead of calling a doctor," said co-author Dr Aisha Bello, a computational linguist at Edinburgh.',
      ])[0]?.slice(0, 2),
    ).toEqual(['Aisha Bello', 'co-author']);
  });
  it('takes "he said" for the unnamed person the sentence before had speak ("One sysadmin ... told us")', () => {
    expect(
      who([
        'One sysadmin, who runs IT for a 40-person firm in Bristol, told us he lost three days of drawings. "The cache was empty for us. We restored from our own backups," he said.',
      ])[0]?.[0],
    ).toBe('One sysadmin');
  });
  it('never makes the words of a refusal to comment the key quote', () => {
    const r = read(
      [
        'Orbital is in advanced talks to acquire Kestra for about $2 billion, according to two people familiar with the matter.',
        'Orbital declined to comment. A Kestra spokeswoman said the company does not comment on "rumors or speculation."',
      ],
      'Orbital in talks to buy satellite startup Kestra for $2bn, sources say',
    );
    expect(r.quotes.map((q) => q.text)).toEqual(['rumors or speculation.']);
    expect(r.keyQuote).toBeNull();
  });
  it('reads a role that ends in the place or body it serves ("Labour MP for Leeds Central Tom Harland")', () => {
    const spoken = '"We were left in the dark for most of the day,"';
    const roles = [
      `${spoken} said the Conservative MP for Hexham, Guy Opperman.`,
      `${spoken} said Labour MP for Leeds Central Tom Harland.`,
      `${spoken} said Secretary of State Mike Pompeo.`,
      `Democratic Senator for Oregon Ron Wyden said the outage was avoidable. ${spoken} he said.`,
      `${spoken} said the mayor of Greater Manchester Andy Burnham.`,
      `${spoken} said the chief executive of Jaguar Land Rover Adrian Mardell.`,
    ].map((text) => who([text])[0]?.slice(0, 2));
    expect(roles).toEqual([
      ['Guy Opperman', 'the Conservative MP for Hexham'],
      ['Tom Harland', 'Labour MP for Leeds Central'],
      ['Mike Pompeo', 'Secretary of State'],
      ['Ron Wyden', 'Democratic Senator for Oregon'],
      ['Andy Burnham', 'mayor of Greater Manchester'],
      ['Adrian Mardell', 'chief executive of Jaguar Land Rover'],
    ]);
  });
  it('keeps an abbreviated title\'s stop in the role ("Sen."), and no lone "Dr" as a role', () => {
    const spoken = '"This is a massive privacy failure,"';
    expect(
      who([`${spoken} said Sen. Ron Wyden (D-Ore.), who has pressed the company.`])[0],
    ).toEqual(['Ron Wyden', 'Sen.', 'This is a massive privacy failure']);
    expect(who([`${spoken} explains Dr. Michael Shadlen.`])[0]?.slice(0, 2)).toEqual([
      'Michael Shadlen',
      null,
    ]);
  });
  it('credits a judgement quoted after "called the report", "described it as" or "dismissed them as"', () => {
    const said = (text: string) => who(['Elon Musk has denied the report.', text])[0]?.slice(0, 1);
    expect(
      said('Musk called the report "completely false and made up" in a post on Sunday.'),
    ).toEqual(['Elon Musk']);
    expect(said('On Sunday, Musk described the report as "completely false and made up".')).toEqual(
      ['Elon Musk'],
    );
    // A date before the subject, no comma; a time after the quote is no speaker.
    expect(
      said(
        'In September he described a separate report as "just not accurate", weeks before the company confirmed a $10bn raise.',
      ),
    ).toEqual(['Elon Musk']);
    expect(
      read([
        'Acme denied the claims.',
        'The company dismissed the allegations as "baseless and defamatory".',
      ]).quotes[0],
    ).toMatchObject({ speaker: 'Acme', stance: 'denial' });
    expect(who(['The app, called "Snapfish Live", launched on Tuesday.'])).toEqual([]);
  });
  it("lets a judging participle defer to the sentence's own reporting verb", () => {
    const r = read(
      [
        'Gamehaus has rejected accusations from Valorum that its deals are anti-competitive, calling the complaint "a marketing campaign dressed up as a lawsuit."',
      ],
      'Gamehaus hits back at Valorum',
    );
    expect(r.quotes[0]).toMatchObject({ speaker: 'Gamehaus', stance: 'denial' });
    expect(
      who([
        'The victim\'s mother testified, describing her daughter as "brave, strong, and smart" before the jury.',
      ])[0]?.[0],
    ).toBe("Victim's mother");
  });
  it('credits an interview\'s "A:" answers to the person its introduction names', () => {
    const r = read(
      [
        'Lena Vogt took over as chief executive of Fablight in January. She spoke to us about capacity and China.',
        'Q: Is the chip shortage over?',
        'A: For mature nodes, yes. The shortage is over; the pricing war is just starting.',
        'Q: What does that mean for your margins?',
        'A: They will come down next year. We would rather run our fabs full at a lower price.',
        'Q: Will you build a fab in the US?',
        'A: Not this decade. I would rather do one thing well in Dresden.',
      ],
      "Q&A: Fablight's CEO says the chip shortage is over",
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Lena Vogt', 'Lena Vogt', 'Lena Vogt']);
    expect(r.quotes[0]?.text).toBe(
      'For mature nodes, yes. The shortage is over; the pricing war is just starting.',
    );
  });
  it('ends the first half of a split quote with a stop when the second opens a sentence after "adding:"', () => {
    expect(
      who([
        'Andy Jassy runs Amazon.',
        '"AI will reinvent every customer experience," Jassy said, adding: "We are just getting started."',
      ])[0]?.[2],
    ).toBe('AI will reinvent every customer experience. We are just getting started.');
  });
});
