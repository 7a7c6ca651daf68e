/**
 * Whole-page stories (test/fixtures/stories/README.md) through digest(): each was written to
 * probe one way news is put together, and each expectation here is a bug that was found on it
 * and fixed. They complement the labelled fixtures: small, fictional, and read end to end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse-html';
import { digest } from '../../src/core/digest';
import type { Digest } from '../../src/core/types';
import { FIXTURES } from '../helpers/paths';

function story(file: string, url: string): Digest {
  const html = readFileSync(path.join(FIXTURES, 'stories', file), 'utf8');
  return digest(parseDocument(html, url), url, { now: new Date('2026-11-26T12:00:00Z') });
}
const speakers = (d: Digest) => d.quotes.map((q) => [q.speaker, q.role, q.stance]);
const hidden = (d: Digest) => d.clutter.map((c) => c.text).join(' | ');

describe('stories', () => {
  it('Quillon: the company statement under "In a statement to Packetwire, the company said:"', () => {
    const d = story(
      'quillon-rejects-router-claim.html',
      'https://packetwire.example/2025/09/14/quillon_routers_china/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Quillon', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^The traffic described is a time-synchronisation/);
    expect(speakers(d)).toContainEqual(['Hannes Lindqvist', 'Chief technology officer', 'denial']);
    expect(speakers(d)).toContainEqual(['Marloes de Vries', "Veilig's head of research", 'claim']);
    expect(hidden(d)).toMatch(/More from Packetwire/);
    expect(hidden(d)).toMatch(/Whitepapers/);
    expect(d.summary[0]).toMatch(/^Router maker Quillon has rejected/);
  });

  it('Lumen Cloud: two authors, "according to chief executive", clutter inside the story', () => {
    const d = story(
      'lumen-cloud-outage.html',
      'https://techdaily.example/news/lumen-cloud-outage-certificate',
    );
    expect(d.article?.byline).toBe('Priya Natarajan, Owen Hale');
    expect(speakers(d)).toContainEqual(['Maria Okafor', 'chief executive', 'claim']);
    expect(hidden(d)).toMatch(/Sign up for the TechDaily newsletter/);
    expect(hidden(d)).toMatch(/Read more: Why cloud outages keep happening/);
    expect(d.article?.text).not.toMatch(/newsletter|Read more/);
  });

  it('Stadtwerke (German): a compound title, "weist Vorwürfe zurück", "sagte er"', () => {
    const d = story(
      'stadtwerke-datenleck.html',
      'https://www.heise.example/news/Datenleck-bei-Stadtwerke-Nordhafen-9912345.html',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Katrin Mahler',
      role: 'Unternehmenssprecherin',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Lukas Brandt', 'Der Forscher', 'claim']);
    expect(hidden(d)).toMatch(/Mehr zum Thema/);
  });

  it('Streamly: the named spokesperson speaks, not the company', () => {
    const d = story('streamly-denies-throttling.html', 'https://verge.example/2025/11/3/streamly');
    expect(d.keyQuote).toMatchObject({
      speaker: 'David Chen',
      role: 'Streamly spokesperson',
      stance: 'denial',
    });
  });

  it('Orbitel: the rebuttal, not the accuser’s post, is the key quote', () => {
    const d = story('orbitel-hits-back.html', 'https://spacenews.example/orbitel-ceo-hits-back');
    expect(d.keyQuote).toMatchObject({ speaker: 'Farah Nasser', stance: 'denial' });
    expect(speakers(d)).toContainEqual(['Dax Corrigan', null, 'claim']);
  });

  it('Kestrel: a "Further Reading" box goes, the closing line and the quotes stay', () => {
    const d = story(
      'kestrel-denies-ai-training.html',
      'https://ars.example/2025/05/kestrel-ai-training/',
    );
    expect(hidden(d)).toMatch(/Further Reading/);
    expect(d.article?.text).toMatch(
      /Kestrel said the revised terms would be published by Friday\.$/,
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Anya Petrova', stance: 'denial' });
    // The pull quote repeats the key quote: it is not a second quotation.
    expect(d.quotes.filter((q) => q.text.startsWith('We do not and have never'))).toHaveLength(1);
  });

  it('ByteWire: every kind of clutter goes, the story and the site’s chrome stay', () => {
    const d = story(
      'bytewire-licence-row.html',
      'https://bytewire.example/2025/04/09/vexa-licence',
    );
    for (const gone of [
      'Share on X',
      'Related: Redis switched licences',
      'Get the ByteWire Daily',
      'How FinCo cut its database bill',
      'Tags: Open source',
      'Noor Haddad covers open source',
      'Previous: Apple patches Safari zero-day',
      'More from ByteWire',
      'Most Popular',
    ]) {
      expect(d.visibleText, gone).not.toContain(gone);
    }
    for (const kept of [
      'Open-source maintainers reject Vexa',
      'More than 300 contributors signed an open letter.',
      'Nothing changes for people who run Vexa themselves.',
      'The company said it had consulted its largest customers before the change.',
      'Reviews',
    ]) {
      expect(d.visibleText, kept).toContain(kept);
    }
  });

  it('Zentra (wire): no dateline in the summary, the bare "By" line is the byline', () => {
    const d = story('zentra-battery-recall.html', 'https://reuters.example/business/zentra-recall');
    expect(d.summary[0]).toMatch(/^German e-bike maker Zentra is recalling/);
    expect(d.article?.byline).toBe('Maya Lind');
    expect(d.article?.text).not.toMatch(/ADVERTISEMENT|Reporting by/);
    expect(d.keyQuote).toMatchObject({ speaker: 'Jonas Berg', role: 'chief executive' });
  });

  it('Telvia (Spanish): the spokeswoman’s denial, the editor’s role, the lead in the summary', () => {
    const d = story('telvia-niega-venta-datos.html', 'https://diariotec.example/telvia-niega');
    expect(d.keyQuote).toMatchObject({
      speaker: 'Ana Ruiz',
      role: 'portavoz de la compañía',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Pablo Serrano', 'su director', 'claim']);
    expect(d.summary.join(' ')).toMatch(/La operadora Telvia negó el martes/);
    expect(hidden(d)).toMatch(/Noticias relacionadas/);
  });

  it('Outlook: the anonymous sysadmin answering "he told El Reg" is quoted', () => {
    const d = story(
      'outlook-attachments-bug.html',
      'https://www.theregister.com/2025/03/03/outlook_attachments/',
    );
    expect(speakers(d)).toContainEqual(['One sysadmin', null, 'other']);
    expect(d.keyQuote).toMatchObject({ speaker: 'Microsoft', role: 'spokesperson' });
  });

  it('Signal interview: the answers are Meredith Hale’s, the questions are no summary', () => {
    const d = story('signal-interview.html', 'https://wired.example/story/signal-interview/');
    expect(d.keyQuote).toMatchObject({ speaker: 'Meredith Hale' });
    expect(d.quotes.map((q) => q.speaker)).toEqual([
      'Meredith Hale',
      'Meredith Hale',
      'Meredith Hale',
    ]);
    expect(d.summary.join(' ')).not.toMatch(/^Q:|\sQ:/);
  });

  it('Sentra live blog: the spokesperson speaks for Microsoft, the CEO apologises', () => {
    const d = story('sentra-outage-live.html', 'https://techlive.example/sentra-outage-live');
    expect(speakers(d)).toContainEqual(['Microsoft', 'spokesperson', 'claim']);
    expect(d.keyQuote).toMatchObject({ speaker: 'Priya Raman', role: 'Sentra chief executive' });
  });

  it('Verdant: "she said" after "head of learning, Sofia Marchetti, said" is Marchetti', () => {
    const d = story(
      'verdant-rejects-tutor-claim.html',
      'https://edtech.example/2025/10/verdant-rejects-tutor-claim',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Sofia Marchetti',
      role: "Verdant's head of learning",
      stance: 'denial',
    });
    expect(d.keyQuote?.text).toMatch(/^The report is based on a version we retired/);
    expect(speakers(d)).toContainEqual(['Claire Dunmore', null, 'claim']);
  });

  it('Telvox (French): "a déclaré un porte-parole de Telvox", a researcher\'s "explique-t-il"', () => {
    const d = story(
      'telvox-dement-piratage.html',
      'https://numerique.example/2025/11/telvox-dement-piratage',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Telvox', role: 'porte-parole', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^Nos systèmes n'ont pas été compromis/);
    expect(d.quotes.map((q) => q.speaker)).toContain('Julien Marchal');
  });

  it('Corvo: "One user ... wrote" credits no one called "One"', () => {
    const d = story('corvo-ceo-apology.html', 'https://cloudnotes.example/corvo-ceo-apology');
    expect(d.keyQuote).toMatchObject({ speaker: 'Idris Mbeki', role: 'CEO' });
    expect(d.keyQuote?.text).toMatch(/^Yesterday we let you down\. .+outside firm/);
    expect(d.quotes.map((q) => q.speaker)).not.toContain('One');
  });

  it('Vantage: the accused bank\'s "We did not hide anything" is a denial by its chief executive', () => {
    const d = story('vantage-accused-outage.html', 'https://ledger.example/vantage-app-outage');
    expect(speakers(d)).toContainEqual(['Daniel Osei', 'chief executive', 'denial']);
    // The headline's subject, the regulator, is the principal actor.
    expect(d.keyQuote).toMatchObject({ speaker: 'Laura Whitfield', stance: 'claim' });
  });

  it('Wolkenwerk (German): „...“, so Wolkenwerk-Geschäftsführerin Anja Hoffmann', () => {
    const d = story(
      'wolkenwerk-bestreitet.html',
      'https://www.heise.example/news/Wolkenwerk-bestreitet-Datenabfluss-9912346.html',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Anja Hoffmann',
      role: 'Wolkenwerk-Geschäftsführerin',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Jonas Reiter', 'Der Sicherheitsforscher', 'claim']);
  });

  it('Keyless: "Solberg is Keyless\'s co-founder and chief executive" is her role', () => {
    const d = story('keyless-launch-feature.html', 'https://techfront.example/keyless-passkeys');
    expect(d.keyQuote).toMatchObject({
      speaker: 'Ingrid Solberg',
      role: "Keyless's co-founder and chief executive",
    });
  });

  it('Correo Rápido (Spanish): "según explicó a este diario la directora de comunicación ..., X"', () => {
    const d = story(
      'correo-rapido-rechaza.html',
      'https://tecnodiario.example/2025/11/correo-rapido-rechaza-filtracion',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Lucía Moreno',
      role: 'la directora de comunicación de la empresa',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Marcos Villalba', 'El investigador', 'claim']);
  });

  it('Tessellate: "Tessellate CEO Ravi Shankar told employees" keeps his role for later quotes', () => {
    const d = story(
      'tessellate-not-for-sale.html',
      'https://dcweekly.example/tessellate-not-for-sale',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Ravi Shankar',
      role: 'Tessellate CEO',
      stance: 'denial',
    });
    expect(d.quotes.filter((q) => q.speaker === 'Ravi Shankar').map((q) => q.role)).toEqual([
      'Tessellate CEO',
      'Tessellate CEO',
    ]);
  });

  it('Glimmer: "the group wrote" is the campaign group, not the company it accuses', () => {
    const d = story(
      'glimmer-denies-recording.html',
      'https://wearablewire.example/glimmer-denies-recording',
    );
    expect(speakers(d)).toContainEqual(['OpenEye', null, 'claim']);
    // "cannot be turned off" negates as "can not" does.
    expect(d.keyQuote).toMatchObject({
      speaker: 'Nadia Petrov',
      role: "Glimmer's head of privacy engineering",
      stance: 'denial',
    });
  });

  it('Surface docks: "One <i>Register</i> reader" keeps its word, and the reader is quoted', () => {
    const d = story('surface-dock-rollback.html', 'https://news.example/2025/11/04/surface-docks');
    expect(d.article?.text).toContain('One Register reader, an IT manager');
    expect(hidden(d)).not.toMatch(/Register/);
    expect(speakers(d)).toContainEqual(['One Register reader', null, 'other']);
    expect(d.keyQuote).toMatchObject({ speaker: 'Microsoft', role: 'spokesperson' });
  });

  it('Redstone: "he told The Register" after "X, founder of Y, reckons" is X, not "Big Red"', () => {
    const d = story(
      'redstone-audit-shakedown.html',
      'https://www.theregister.com/2025/11/04/redstone_licence_audits/',
    );
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Craig Nuttall', 'Redstone', 'Craig Nuttall']);
    expect(d.keyQuote).toMatchObject({ speaker: 'Redstone', stance: 'denial' });
  });

  it('Nordlys: words of a sentence stay, whatever they say ("sign up", "subscribe", "comments")', () => {
    const d = story('nordlys-app-outage.html', 'https://fintechwire.example/nordlys-app-outage');
    expect(d.clutter).toEqual([]);
    expect(d.article?.text).toContain('Customers can sign up for the bank');
    expect(d.article?.text).toContain("The bank's advertising campaign");
    expect(d.article?.text).toContain(
      'Readers can subscribe to our weekly fintech briefing or leave comments below.',
    );
  });

  it('Stratus: a statement over two paragraphs; a senator is no party to the denial', () => {
    const d = story(
      'stratus-denies-location-sale.html',
      'https://privacybeat.example/stratus-denies-location-sale',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Stratus', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(
      /^We have never sold .+ misused our customers' information\.$/,
    );
    // "Senator" is a public office: she works for no company in the story, so her "cannot be
    // trusted" is her claim, not the company's denial.
    expect(speakers(d)).toContainEqual(['Maria Delgado', 'Senator', 'claim']);
  });

  it('Fibrenet (Italian): "ha dichiarato il direttore della sicurezza di Fibrenet, Marco Bellini"', () => {
    const d = story('fibrenet-smentisce.html', 'https://tecnonotizie.example/fibrenet-smentisce');
    expect(d.keyQuote).toMatchObject({
      speaker: 'Marco Bellini',
      role: 'direttore della sicurezza di Fibrenet',
      stance: 'denial',
    });
    expect(d.quotes.map((q) => q.speaker)).toContain('Luca Ferri');
  });

  it('Bankwijs (Dutch): "aldus woordvoerder Sanne de Boer", then the researcher\'s "zegt hij"', () => {
    const d = story('bankwijs-ontkent-datalek.html', 'https://technieuws.example/bankwijs');
    // "aldus" ("according to") is no part of her role.
    expect(d.keyQuote).toMatchObject({
      speaker: 'Sanne de Boer',
      role: 'woordvoerder',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Pieter Jansen', 'Onderzoeker', 'claim']);
  });

  it('Vivaz (Portuguese): "disse a diretora de segurança da empresa, X" and a bare "afirmou"', () => {
    const d = story('vivaz-nega-vazamento.html', 'https://tecnoticias.example/vivaz-nega');
    expect(d.keyQuote).toMatchObject({
      speaker: 'Fernanda Costa',
      role: 'diretora de segurança da empresa',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Rafael Lima', 'O pesquisador', 'claim']);
  });

  it('Metrocard: "it states" after a sentence about the report is the report', () => {
    const d = story('metrocard-audit.html', 'https://citytech.example/metrocard-audit');
    expect(speakers(d)).toContainEqual(['The report', null, 'other']);
    expect(d.quotes.map((q) => q.speaker)).not.toContain('Metrocard');
  });

  it('Lumen AI: "X, who founded Lumen in 2021, wrote on LinkedIn" is Lumen\'s founder denying', () => {
    const d = story('lumen-ai-founder-linkedin.html', 'https://aiwire.example/lumen-ai-founder');
    expect(d.keyQuote).toMatchObject({
      speaker: 'Clara Okoye',
      role: 'founder of Lumen',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Amir Haddad', 'Privacy researcher', 'claim']);
  });

  it('AI Act reactions: a panel of "Name, role, organisation:" paragraphs', () => {
    const d = story('ai-act-reactions-panel.html', 'https://techpolicy.example/ai-act-reactions');
    expect(d.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Henrik Sol', 'chief executive, Nordic AI Alliance'],
      ['Amara Eze', 'director, Center for Algorithmic Accountability'],
      ['Paolo Ricci', 'partner, Ricci & Moretti law firm'],
    ]);
  });

  it('Pinecone: "the source said" is the source introduced as "familiar with the investigation"', () => {
    const d = story('pinecone-breach-count.html', 'https://healthtech.example/pinecone-breach');
    expect(speakers(d)).toContainEqual(['A source familiar with the investigation', null, 'other']);
    expect(d.keyQuote).toMatchObject({
      speaker: 'Naomi Fletcher',
      role: "Pinecone's chief privacy officer",
    });
  });

  it('Halcyon: "we don\'t comment on market rumours" is no denial', () => {
    const d = story(
      'halcyon-china-unit-sale.html',
      'https://www.reuters.example/technology/halcyon-china-unit-sale-2025-11-04/',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Halcyon Semiconductor',
      role: 'spokesman',
      stance: 'claim',
    });
    expect(d.summary[0]).toMatch(/^Halcyon Semiconductor is exploring a sale/);
  });

  it('Pixelate: "A spokesperson reached out ... with the following statement:" above the update', () => {
    const d = story(
      'pixelate-live-translate-update.html',
      'https://www.theverge.example/2025/11/5/pixelate-live-translate',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Pixelate', role: 'spokesperson' });
    expect(d.keyQuote?.text).toMatch(/^Live Translate will arrive/);
    // The update stamp is no summary sentence; the story's lead is.
    expect(d.summary[0]).toMatch(/^Pixelate's new Pixelate 9 phones went on sale/);
  });

  it('Brightline: "Ms. Lindqvist said" mid-sentence, then "she said"; the accuser\'s "never" is no denial', () => {
    const d = story(
      'brightline-denies-driver-data.html',
      'https://www.nytimes.example/2025/10/14/technology/brightline-driver-data.html',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Karin Lindqvist',
      role: 'Brightline’s chief executive',
      stance: 'denial',
    });
    // The courtesy title's dot once hid the reporting verb after "Ms. Lindqvist".
    expect(d.quotes.find((q) => q.text.startsWith('Every one of those drivers'))?.speaker).toBe(
      'Karin Lindqvist',
    );
    // "the group's director of research" speaks for the consumer group, not for Brightline.
    expect(speakers(d)).toContainEqual([
      'Ruth Abernathy',
      'the group’s director of research',
      'claim',
    ]);
    expect(d.article?.byline).toBe('Hannah Greer, Omar Haddad');
    expect(hidden(d)).toMatch(/Related Coverage/);
  });

  it('Kiwi.js: a reply "answered in the issue tracker:" over a block quotation; a Mastodon embed', () => {
    const d = story(
      'kiwijs-telemetry-github.html',
      'https://devwire.example/2025/11/03/kiwi-js-telemetry/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Lena Vogt', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/Calling that spyware is simply false\.$/);
    // The embed's footer credits the researcher (a Mastodon handle) and leaves the quotation;
    // a researcher's bare title does not make him speak for the project.
    const post = d.quotes.find((q) => q.text.startsWith('Every npm install'));
    expect(post).toMatchObject({ speaker: 'Tomasz Wrona', role: 'Researcher', stance: 'claim' });
    expect(post?.text).toMatch(/full stop\.$/);
    expect(hidden(d)).toMatch(/Get DevWire in your inbox/);
    expect(hidden(d)).toMatch(/Most read/);
  });

  it('Quanta: an earnings story, "told analysts on a conference call"', () => {
    const d = story(
      'quanta-earnings-call.html',
      'https://techmarket.example/2025/11/06/quanta-robotics-forecast-cut',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Marcus Olsen', role: 'chief executive' });
    expect(d.keyQuote?.text).toMatch(/^We have more orders than we have ever had/);
    expect(speakers(d)).toContainEqual(['Rachel Boyd', 'an analyst at Fenwick Partners', 'claim']);
    expect(d.article?.byline).toBe('Daniel Mensah');
    expect(hidden(d)).toMatch(/More from TechMarket/);
  });

  it('Fernhill: a joint statement by two founders, over two paragraphs, then "they added"', () => {
    const d = story(
      'fernhill-founders-step-down.html',
      'https://saasweekly.example/2025/11/10/fernhill-founders-step-down/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Priya Nair and Tom Beck', stance: 'claim' });
    expect(d.keyQuote?.text).toMatch(/^Building Fernhill has been the work of our lives/);
    // The statement's second paragraph, left open, and the third, "they added", are theirs too
    // (the story's other company, Varro, had been taken for "they").
    const rest = d.quotes.find((q) => q.text.startsWith('We said from the start'));
    expect(rest?.speaker).toBe('Priya Nair and Tom Beck');
    expect(rest?.text).toMatch(/we are not leaving unhappy$/);
    expect(speakers(d)).toContainEqual(['Olu Adeyemi', "Fernhill's finance chief", 'claim']);
    // The canonical address, without its feed parameters.
    expect(d.citation.url).toBe(
      'https://saasweekly.example/2025/11/10/fernhill-founders-step-down/',
    );
    expect(hidden(d)).toMatch(/Sign up for SaaS Weekly's daily newsletter/);
    expect(hidden(d)).toMatch(/Recommended for you/);
    expect(d.visibleText).toMatch(/Photo: Fernhill/);
  });

  it("Volta: the headline quotes one word of the boss's deleted post; silence is no summary", () => {
    const d = story(
      'volta-deleted-post.html',
      'https://electrekdaily.example/2025/11/12/volta-kell-deleted-post/',
    );
    // 'clowns' in the headline points at Kell's post, not at the agency's reply.
    expect(d.keyQuote).toMatchObject({
      speaker: 'Adrian Kell',
      role: 'Volta Motors chief executive',
    });
    expect(d.keyQuote?.text).toBe('run by clowns who have never built anything');
    expect(d.summary.join(' ')).not.toMatch(/did not respond/);
    expect(d.summary[0]).toMatch(/^Volta Motors chief executive Adrian Kell deleted a post/);
    // The affiliate disclosure and the Google News strapline are the site's, not the story's.
    expect(d.visibleText).not.toMatch(/affiliate links/);
    expect(d.visibleText).not.toMatch(/on Google News/);
    expect(d.visibleText).toMatch(/Shares of Volta fell 6% on Wednesday\./);
    expect(d.article?.byline).toBe('Marco Ricci');
  });

  it('Aurora X2: a review with no quotation claims no key quote', () => {
    const d = story('aurora-x2-review.html', 'https://gadgetline.example/reviews/aurora-x2-review');
    expect(d.keyQuote).toBeNull();
    expect(d.summary[0]).toBe("Aurora's second laptop is faster, quieter and lasts all day.");
    expect(hidden(d)).toMatch(/may earn a commission when you buy/);
    expect(hidden(d)).toMatch(/More laptop reviews/);
    expect(d.visibleText).toMatch(/Photo: Sam Okonkwo \/ Gadgetline/);
  });

  it('Sleep study: "the study\'s lead author" is a person, and "Professor" gives way to what he does', () => {
    const d = story(
      'sleep-apnea-smartwatch-study.html',
      'https://sciencedesk.example/health/2025/nov/20/smartwatches-sleep-apnoea-study',
    );
    expect(d.keyQuote).toMatchObject({ speaker: "Aisha O'Brien", stance: 'claim' });
    expect(d.keyQuote?.role).toMatch(/the study's lead author$/);
    expect(speakers(d)).toContainEqual([
      'Kenji Watanabe',
      "a sleep researcher at King's College London",
      'claim',
    ]);
    expect(d.article?.byline).toBe('Helen Marsh');
    expect(hidden(d)).toMatch(/Most viewed/);
  });

  it('Home Office: "A spokesperson told The Register:" over the quoted statement; MPs and solicitors have roles', () => {
    for (const url of [
      'https://www.theregister.com/2025/11/21/home_office_evisa_outage/',
      'https://news.example/2025/11/21/home-office-evisa-outage',
    ]) {
      const d = story('home-office-app-outage.html', url);
      expect(d.keyQuote).toMatchObject({
        speaker: 'Home Office',
        role: 'spokesperson',
        stance: 'denial',
      });
      expect(speakers(d)).toContainEqual(['Farah Qureshi', 'Immigration solicitor', 'claim']);
      expect(speakers(d)).toContainEqual(['Daniel Price', 'Labour MP', 'claim']);
      // The byline row holds the author and the dateline: it is no share bar, with or without
      // the site's rule.
      expect(d.visibleText).toMatch(/Lindsay Clark\s+Fri 21 Nov 2025/);
      expect(hidden(d)).toMatch(/READ MORE/);
    }
  });

  it('Qilin: "Mr Li" is Li Wei, family name first; "Ahmed al-Farsi" keeps his Arabic article', () => {
    const d = story(
      'qilin-os-li-wei.html',
      'https://asiatechreview.example/2025/11/24/qilin-os-100-million/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Li Wei', role: "Qilin's president of software" });
    expect(d.quotes.find((q) => q.text.startsWith('The last big holdouts'))?.speaker).toBe(
      'Li Wei',
    );
    expect(speakers(d)).toContainEqual([
      'Ahmed al-Farsi',
      'an analyst at the research firm Canalys',
      'claim',
    ]);
    expect(speakers(d)).toContainEqual([
      'Jean-Luc Moreau',
      'head of mobile at the French app maker Lumio',
      'claim',
    ]);
    expect(d.article?.byline).toBe('Siobhán Ní Bhriain');
    expect(hidden(d)).toMatch(/Asia Tech Review Daily/);
  });

  it('Nexa: a headline quote before the colon; "the fitness app maker" is Nexa, not its app', () => {
    const d = story(
      'nexa-we-did-nothing-wrong.html',
      'https://www.theverge.example/2025/11/25/nexa-run-location-data-cobalt-labs',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Mira Castellanos',
      role: 'Nexa CEO',
      stance: 'denial',
    });
    expect(d.keyQuote?.text).toMatch(/^We did nothing wrong, and we can show it\./);
    expect(speakers(d)).toContainEqual(['Peter Hahn', 'Cobalt Labs founder', 'claim']);
    expect(d.quotes.find((q) => q.text.startsWith('aggregate'))?.speaker).toBe('Nexa');
    expect(d.article?.byline).toBe('Jess Weatherbed');
    expect(hidden(d)).toMatch(/Related\s*Fitness apps know where you run/);
  });

  it('Silicon Ledger: a Substack post, its like/restack rows, sign-up boxes and comments', () => {
    const d = story(
      'substack-chip-war.html',
      'https://siliconledger.example/p/the-chip-export-rules-nobody-read',
    );
    for (const gone of [
      'Restack',
      'reader-supported publication',
      'Ready for more?',
      'Great breakdown',
    ])
      expect(d.visibleText).not.toContain(gone);
    expect(d.visibleText).toMatch(/Smuggling through third countries is not addressed/);
    expect(d.visibleText).toMatch(/Nov 22, 2025/);
    expect(d.keyQuote?.speaker).toBe('Nvidia');
    expect(speakers(d)).toContainEqual(['Alan Estevez', 'the Commerce under secretary', 'claim']);
    expect(d.article?.byline).toBe('Maya Chen');
    expect(d.summary[0]).toMatch(/^On Friday the Commerce Department published 212 pages/);
  });
  it('Fennick: a judge\'s written ruling is the key quote; "U.S. District Judge" is her role', () => {
    const d = story(
      'fennick-ruling.html',
      'https://courtwire.example/2025/10/14/fennick-app-store-ruling/?utm_source=rss',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Laura Okafor', role: 'U.S. District Judge' });
    expect(d.keyQuote?.text).toMatch(/^Fennick built a toll booth/);
    expect(speakers(d)).toContainEqual(['Rosa Mendel', "Tallyhoo's chief executive", 'claim']);
    expect(speakers(d)).toContainEqual(['Owen Harcourt', 'spokesperson', 'claim']);
    expect(d.summary.join(' ')).toMatch(/Fennick said it would appeal\./);
    expect(d.citation.url).toBe('https://courtwire.example/2025/10/14/fennick-app-store-ruling/');
    expect(hidden(d)).toMatch(/Fennick trial closes/);
    expect(hidden(d)).toMatch(/More from Courtwire/);
  });

  it('Lyra: a quotation run over two paragraphs after "Hannah Brightwell said the company had let its customers down."', () => {
    const d = story(
      'lyra-apology.html',
      'https://northerntech.example/news/2025/11/03/lyra-broadband-outage-apology',
    );
    expect(d.keyQuote?.speaker).toBe('Hannah Brightwell');
    expect(d.keyQuote?.text).toMatch(
      /^I want to say sorry.*Nobody will have to ring us to ask for it\.$/su,
    );
    expect(speakers(d)).toContainEqual(['Ofcom', 'regulator', 'claim']);
    expect(d.visibleText).toMatch(/Lyra engineers worked through the weekend/);
    expect(hidden(d)).toMatch(/Sign up for our morning tech briefing/);
    expect(hidden(d)).toMatch(/Most read/);
  });

  it('Corvid: a researcher\'s disclosure; "A Corvid spokesperson, Mei Tanaka, told" after a quote that ends its sentence', () => {
    const d = story(
      'corvid-router-flaw.html',
      'https://packetline.example/security/2025/11/18/corvid-router-flaw',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Priya Raman',
      role: 'principal researcher at Halberd',
    });
    expect(speakers(d)).toContainEqual(['Mei Tanaka', 'A Corvid spokesperson', 'claim']);
    expect(d.article?.byline).toBe('Zack Whitford');
    expect(hidden(d)).toMatch(/Packetline Daily/);
    expect(hidden(d)).toMatch(/Botnet hijacks 40,000 cameras/);
  });

  it('Gamehaus: "hits back" with "simply not true"; "in June. Berg said" is Jonas Berg; prev/next links by class', () => {
    const d = story(
      'gamehaus-hits-back.html',
      'https://playfeed.example/2025/11/20/gamehaus-hits-back-at-valorum',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Aiko Moreno',
      role: 'Gamehaus president',
      stance: 'denial',
    });
    expect(d.quotes.find((q) => q.text.startsWith('bad for everyone'))?.speaker).toBe('Jonas Berg');
    expect(speakers(d)).toContainEqual(['European Commission', 'spokesperson', 'claim']);
    // The accuser's "false and misleading" is no denial of his.
    expect(speakers(d)).toContainEqual(['Jonas Berg', 'Valorum chief executive', 'claim']);
    expect(hidden(d)).toMatch(/Previous: Indie studio closes/);
    expect(hidden(d)).toMatch(/Related: Valorum launches its PC store/);
    expect(hidden(d)).toMatch(/Sponsored/);
  });
  it('Zentrix: senators\' letter; the CEO\'s quoted denial; "Mark Delaney, 47, a delivery driver"; "Lummis, a Wyoming Republican"', () => {
    const d = story(
      'senators-zentrix.html',
      'https://capitoltech.example/2025/11/21/senators-zentrix-location-data',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Leah Sandoval',
      role: 'Zentrix chief executive',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Mark Delaney', 'a delivery driver', 'claim']);
    expect(speakers(d)).toContainEqual(['Cynthia Lummis', 'a Wyoming Republican', 'claim']);
    expect(d.quotes.find((q) => q.text.startsWith('Why would'))?.speaker).toBe('Ron Wyden');
    expect(d.quotes.find((q) => q.text.startsWith('Everybody knew'))?.speaker).toBe(
      'A former Zentrix engineer',
    );
    expect(hidden(d)).toMatch(/Sign up for Capitol Tech Daily/);
  });
  it('Brightpath: a lawsuit story; the complaint speaks; "the company\'s head of driver operations" denies', () => {
    const d = story(
      'brightpath-lawsuit-denies.html',
      'https://gigweekly.example/2025/11/17/brightpath-lawsuit-bathroom-breaks',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Kevin Osei',
      role: "the company's head of driver operations",
      stance: 'denial',
    });
    expect(d.quotes.find((q) => q.text.startsWith('Brightpath built'))?.speaker).toBe('Complaint');
    expect(d.quotes.find((q) => q.text.startsWith('I started skipping'))).toMatchObject({
      speaker: 'Alicia Moreno',
      stance: 'claim',
    });
    expect(hidden(d)).toMatch(/Popular/);
  });

  it('Fixwell: two sisters who share a surname, called by their first names', () => {
    const d = story(
      'fixwell-sisters-feature.html',
      'https://makersjournal.example/2025/11/05/fixwell-sisters-repair',
    );
    expect(speakers(d)).toContainEqual([
      'Efua Osei',
      "now the company's finance director",
      'claim',
    ]);
    expect(d.quotes.find((q) => q.text.startsWith('We wrote the price'))).toMatchObject({
      speaker: 'Amara Osei',
      role: 'chief executive',
    });
    expect(d.quotes.find((q) => q.text.startsWith("It's absurd"))?.speaker).toBe('Amara Osei');
  });
  it('Parcelo: "Union slams ..." is the GMB union, whose organiser speaks for it', () => {
    const d = story(
      'parcelo-union-slams.html',
      'https://workline.example/2025/07/14/union-slams-parcelo-warehouse-heat',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Rachel Imrie', role: 'a GMB regional organiser' });
    expect(speakers(d)).toContainEqual(['Parcelo', 'spokesperson', 'claim']);
    expect(hidden(d)).toMatch(/Get Workline in your inbox/);
    expect(hidden(d)).toMatch(/More on this story/);
  });

  it('Cartwheel: "the company" is the toy maker, not the FTC that fined it', () => {
    const d = story(
      'cartwheel-ftc-order.html',
      'https://arsdigitalis.example/tech-policy/2025/10/ftc-cartwheel-smart-toys/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Andrew Ferguson', role: 'FTC Chair' });
    expect(d.quotes.find((q) => q.text.startsWith('already made'))?.speaker).toBe('Cartwheel');
    expect(speakers(d)).toContainEqual([
      'Josh Golin',
      'executive director of the advocacy group Fairplay',
      'claim',
    ]);
    expect(hidden(d)).toMatch(/Ashley is a senior policy reporter/);
  });

  it('Lumora: an apology and a denial from one person; the denial is the key quote', () => {
    const d = story(
      'lumora-apologises-denies.html',
      'https://cloudpro.example/news/2025/11/25/lumora-outage-apology',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Dana Whitcombe', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^No customer data was lost\./);
    expect(d.quotes.find((q) => q.text.startsWith('We let our customers down'))?.stance).toBe(
      'claim',
    );
    expect(hidden(d)).toMatch(/CloudPro Summit 2026/);
  });
  it('Broadband compensation: UK single quotes, "That was the message from ...", "its chair"', () => {
    const d = story(
      'broadband-compensation-uk.html',
      'https://wirereport.example/tech/2025/11/19/broadband-compensation-rules',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Liz Kendall', role: 'the technology secretary' });
    expect(speakers(d)).toContainEqual(['Chris Bryant', 'the telecoms minister', 'claim']);
    expect(speakers(d)).toContainEqual(['Andrew Glover', 'chair', 'claim']);
    for (const s of d.summary) {
      expect(s).not.toMatch(/^That was/u);
      expect(s).not.toMatch(/‘[^’]*$/u);
    }
  });

  it('Funkwerk: a German denial by "ein Unternehmenssprecher" after "Firma bestreitet"', () => {
    const d = story(
      'funkwerk-datenleck.html',
      'https://www.heise.example/news/Datenleck-bei-Routerhersteller-Funkwerk-10123456.html',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Funkwerk',
      role: 'Unternehmenssprecher',
      stance: 'denial',
    });
    expect(speakers(d)).toContainEqual(['Miriam Albers', 'Kessel-Labs-Gründerin', 'claim']);
  });
  it('Voltix: an app banner, an ad label, a video promo, topics, share row, Taboola, comments, a Google News link', () => {
    const d = story(
      'voltix-clutter-zoo.html',
      'https://techpulse.example/2025/11/26/voltix-ohio-plant',
    );
    for (const gone of [
      'Read TechPulse in the app',
      'Continue reading below',
      'Inside the race to build chips',
      'Semiconductors',
      'Share this article',
      'Doctors stunned',
      'Great news for Ohio',
      'Follow TechPulse on Google News',
      'Most Popular',
      'future-proof your data centre',
    ])
      expect(d.visibleText).not.toContain(gone);
    for (const kept of [
      'Chipmaker Voltix to build $8bn plant in Ohio',
      'this was not a close call',
      'an analyst at Bernstein',
    ])
      expect(d.visibleText).toContain(kept);
    expect(d.keyQuote).toMatchObject({ speaker: 'Sandra Ikeda', role: 'Voltix chief executive' });
  });
  it('Quillfeather: unnamed staff, the headline quoting one of them, "the designer said"', () => {
    const d = story(
      'quillfeather-layoffs-staff.html',
      'https://techinsider.example/quillfeather-layoffs-email-staff-2025-11',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'One engineer' });
    expect(d.keyQuote?.text).toMatch(/^It's chaos\./);
    expect(d.quotes.find((q) => q.text.startsWith('People found out'))?.speaker).toBe(
      'A product designer',
    );
    expect(speakers(d)).toContainEqual(['Nadia Farouk', 'chief executive', 'claim']);
  });

  it('Dialect study: "the researchers wrote in the paper" and "said co-author Dr Aisha Bello"', () => {
    const d = story(
      'dialect-chatbot-study.html',
      'https://newscientistweekly.example/article/2505123-ai-chatbots-dialect-medical-advice/',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Aisha Bello', role: 'co-author' });
    expect(d.quotes.find((q) => q.text.startsWith('These differences'))?.speaker).toBe(
      'Researchers',
    );
    expect(d.summary.join(' ')).not.toMatch(/did not respond to a request for comment/);
  });
  it('The Register, current layout: a spokesperson "told The Register", an unnamed sysadmin, an update line', () => {
    const d = story(
      'register-nimbusware-denies.html',
      'https://www.theregister.com/2025/11/24/nimbusware_sync_deletion/',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Nimbusware',
      role: 'spokesperson',
      stance: 'denial',
    });
    expect(d.quotes.find((q) => q.text.startsWith("The 'hidden cache'"))?.speaker).toBe(
      'One sysadmin',
    );
    expect(speakers(d)).toContainEqual([
      'Jonas Ekberg',
      "Nimbusware's chief technology officer",
      'denial',
    ]);
    expect(d.clutter.map((c) => c.reason)).toContain('site:theregister/read-more');
    expect(d.visibleText).not.toContain('Sync clients are deleting your files again');
    expect(d.visibleText).toContain('Updated at 1430 UTC');
    for (const s of d.summary) expect(s).not.toMatch(/^Updated/u);
  });
  it('Orbital: a deal scoop sourced to "people familiar with the matter" and a refusal to comment', () => {
    const d = story(
      'orbital-kestra-talks.html',
      'https://informationdesk.example/articles/orbital-in-talks-to-buy-kestra',
    );
    expect(d.keyQuote).toBeNull();
    expect(d.quotes.find((q) => q.text.startsWith('Both boards'))?.speaker).toBe(
      'One of the people',
    );
    expect(d.summary[0]).toMatch(/^Aerospace company Orbital is in advanced talks/);
    expect(d.summary.join(' ')).not.toMatch(/declined to comment/);
  });
  it('Brightwave: a UK colon headline ("X: outage \'not caused by cyber-attack\'"), an MP named after his seat', () => {
    const d = story(
      'brightwave-not-cyber-attack.html',
      'https://telecomdaily.example/news/brightwave-outage-not-cyber-attack',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Brightwave', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^We can confirm that yesterday's outage was not caused/);
    expect(speakers(d)).toContainEqual(['Tom Harland', 'Labour MP for Leeds Central', 'claim']);
    expect(speakers(d)).toContainEqual([
      'Priya Raman',
      "Brightwave's chief technology officer",
      'claim',
    ]);
    expect(d.summary[0]).toMatch(/^Brightwave has insisted that a nine-hour outage/);
    expect(d.visibleText).not.toContain('Sign up to our daily briefing');
    expect(d.visibleText).not.toContain('Ofcom widens automatic compensation scheme');
  });
  it('xAI: the denial is an embedded post, an earlier denial is "described ... as", a newsletter box sits in the body', () => {
    const d = story('xai-tweet-denial.html', 'https://bytedesk.example/ai/musk-denies-xai-raise');
    expect(d.keyQuote).toMatchObject({ speaker: 'Elon Musk', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^False\. xAI is not raising capital/);
    expect(d.quotes.find((q) => q.text === 'just not accurate')?.speaker).toBe('Elon Musk');
    expect(speakers(d)).toContainEqual(['Dan Ives', 'an analyst at Wedbush Securities', 'claim']);
    expect(d.clutter.map((c) => c.reason)).toContain('heuristic:sign-up');
    expect(d.article?.text).not.toContain('Get the AI Brief');
    expect(d.visibleText).not.toContain('Mistral closes');
  });
  it('Fablight: a Q&A whose answers are labelled "A:", the interviewee named only in the introduction', () => {
    const d = story(
      'fablight-qa-ceo.html',
      'https://siliconbeat.example/chips/qa-fablight-ceo-lena-vogt',
    );
    expect(d.keyQuote?.speaker).toBe('Lena Vogt');
    expect(d.keyQuote?.text).toMatch(/The shortage is over; the pricing war is just starting/);
    expect(new Set(d.quotes.map((q) => q.speaker))).toEqual(new Set(['Lena Vogt']));
    expect(d.quotes).toHaveLength(4);
    expect(d.summary.join(' ')).not.toMatch(/edited for length|We would rather/);
    // The nav's dropdown of sections is closed; the newsletter promo and the rail are hidden.
    expect(d.visibleText).not.toContain('AI chips');
    expect(d.visibleText).not.toContain('Get the SiliconBeat chips newsletter');
    expect(d.visibleText).not.toContain("TSMC's Arizona fab");
  });
  it('Mira Rowe: epithets ("the singer", "the 34-year-old"), a manager with a relative clause, a dash credit', () => {
    const d = story(
      'mira-rowe-app-sale.html',
      'https://popwire.example/music/mira-rowe-encore-app-denial?utm_source=twitter',
    );
    expect(d.keyQuote).toMatchObject({ speaker: 'Mira Rowe', stance: 'denial' });
    expect(d.keyQuote?.text).toMatch(/^Encore has never been for sale/);
    expect(speakers(d)).toContainEqual(['Theo Banks', "Rowe's manager", 'denial']);
    expect(speakers(d)).toContainEqual(['Brightline Data', 'legal team', 'claim']);
    expect(speakers(d)).toContainEqual(['Dana Whitfield', "Platformer Weekly's editor", 'claim']);
    const credited = d.quotes.find((q) => q.text.startsWith('We will keep building Encore'));
    expect([credited?.speaker, credited?.role]).toEqual(['Mira Rowe', null]);
    expect(d.citation.url).toBe('https://popwire.example/music/mira-rowe-encore-app-denial');
    expect(d.summary[0]).toMatch(/^Mira Rowe has denied selling Encore/);
    expect(hidden(d)).toMatch(/More from Popwire/);
    expect(hidden(d)).toMatch(/Get Popwire in your inbox/);
  });
  it('Baltic cables: a wire dateline after a standfirst, "Finland\'s foreign ministry said", the Kremlin\'s denial', () => {
    const d = story(
      'baltic-cable-kremlin-denies.html',
      'https://wireline.example/world/2025/11/20/baltic-cable-cuts-kremlin-denies/?ocid=rss',
    );
    expect(d.keyQuote).toMatchObject({
      speaker: 'Dmitry Peskov',
      role: 'Kremlin spokesman',
      stance: 'denial',
    });
    expect(d.quotes.find((q) => q.text === 'too early to draw conclusions')?.speaker).toBe(
      "Finland's foreign ministry",
    );
    // The dateline comes off even though the standfirst, with no full stop, comes first.
    expect(d.summary[0]).toMatch(/^The Kremlin on Thursday denied/);
    expect(d.citation.url).toBe(
      'https://wireline.example/world/2025/11/20/baltic-cable-cuts-kremlin-denies/',
    );
    expect(hidden(d)).toMatch(/Get the Wireline Europe briefing/);
    expect(hidden(d)).toMatch(/Related coverage/);
    expect(d.article?.text).not.toMatch(/Reporting by|Sign up here/);
  });
});
