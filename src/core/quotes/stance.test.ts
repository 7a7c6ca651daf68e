import { describe, expect, it } from 'vitest';
import { readFrame, stanceOf } from './stance';

const quote = (text: string, extra: Partial<Parameters<typeof stanceOf>[0]> = {}) => ({
  text,
  verb: 'say',
  isDenyingParty: false,
  isDocumentOrAnonymous: false,
  ...extra,
});

describe('readFrame', () => {
  it('reads "downplays", "plays down" and "shrugs off" as a dismissal led by their subject', () => {
    for (const title of [
      'Microsoft downplays Outlook flaw',
      'Microsoft plays down Outlook flaw',
      'Microsoft shrugs off Outlook flaw',
      'Microsoft brushes off Outlook flaw',
    ])
      expect(readFrame(title, null)).toMatchObject({ denial: true, subject: 'Microsoft' });
    expect(
      readFrame('AMD says chips will ship on time, shrugging off supply worries', null).denial,
    ).toBe(true);
  });

  it('reads "rubbishes", "fires back", "slams the report" and "brands ... fiction" as rebuttals', () => {
    for (const title of [
      'Vexa rubbishes claims it sold location data',
      'Vexa fires back at Daily Ledger over data report',
      'Vexa slams report on location data as "fantasy"',
      'Vexa brands data-sale story "fiction"',
      // Answering the accusation is the story's frame too: the respondent's words carry it.
      'Vexa responds to data-sharing report',
      'Vexa responds to critics of its location data deal',
    ])
      expect(readFrame(title, null)).toMatchObject({ denial: true, subject: 'Vexa' });
    // Attacking a party is no rebuttal; nor is a court refusing a motion.
    expect(readFrame('Union slams Parcelo over driver pay', null).denial).toBe(false);
    expect(readFrame('Vexa responds to growing demand for its chips', null).denial).toBe(false);
    expect(readFrame('Judge denies Vexa bid to dismiss location data suit', null).denial).toBe(
      false,
    );
    expect(readFrame('Court denies Vexa’s motion for a new trial', null).denial).toBe(false);
    expect(readFrame('Vexa denies claims it sold data', null).denial).toBe(true);
  });

  it('reads "calls ... misleading" as a rebuttal frame led by the party that says so', () => {
    expect(readFrame('Intel calls AMD benchmark claims misleading', null)).toMatchObject({
      denial: true,
      subject: 'Intel calls AMD benchmark claims',
    });
  });

  it('names the party an accusation headline accuses, outside a denial frame', () => {
    expect(readFrame('Regulators Accuse Vantage Bank of Hiding App Outage', null)).toEqual({
      denial: false,
      subject: null,
      accused: 'Vantage Bank',
    });
    expect(readFrame('Lumio accused of selling viewing data', null).accused).toBe('Lumio');
    expect(readFrame('Kiteline sued over missed payouts', null).accused).toBe('Kiteline');
    expect(readFrame('Kiteline to cut 1,200 jobs', null).accused).toBeNull();
    // The passive makes the accused the headline's subject; "over sale of" is no object.
    for (const title of [
      'Lumio sued over sale of viewing data',
      'Lumio under fire for selling viewing data',
      'Lumio accused by researchers of selling viewing data',
      'Lumio faces lawsuit over viewing data',
      'Lumio hit with complaint over viewing data',
      'Lumio slammed for selling viewing data',
    ])
      expect(readFrame(title, null), title).toMatchObject({ accused: 'Lumio', accusedLeads: true });
    expect(
      readFrame('Regulators Accuse Vantage Bank of Hiding App Outage', null).accusedLeads,
    ).toBe(undefined);
  });

  it('reads denial frames from the headline and standfirst', () => {
    expect(readFrame('Skype denies system upgrade enables in-call spying', null)).toEqual({
      denial: true,
      subject: 'Skype',
    });
    expect(readFrame('Hanseong dismisses report it could buy Caribou', null).denial).toBe(true);
    expect(readFrame('Acme hits back at critics', null).subject).toBe('Acme');
    // A quoted reaction is not the verb: the party is who "denies".
    expect(readFrame("'Absolutely false': Mayor Collins denies bribery claim", null).subject).toBe(
      "'Absolutely false': Mayor Collins",
    );
    expect(readFrame('Update ships', 'No snooping going on, company insists').denial).toBe(true);
    expect(readFrame('RideLark Says It Has Not Joined the $1 Billion Club', null).subject).toBe(
      'RideLark',
    );
    expect(readFrame('Findstream: Our Ad Cookies Gathered No Personal Data', null).subject).toBe(
      'Findstream',
    );
  });

  it('takes the party a headline only describes from the lead that names it', () => {
    const lead =
      'Fibrenet has rejected claims that it deliberately slowed down video streaming for customers on cheaper plans.';
    expect(readFrame('Telco rejects claims it throttled video streams', null, lead)).toMatchObject({
      denial: true,
      subject: 'Fibrenet has Telco',
    });
    // A headline that names the party keeps it, whatever the lead says.
    expect(readFrame('Fibrenet rejects throttling claims', null, lead).subject).toBe('Fibrenet');
    // Only the lead's subject: a long clause before its verb names others too.
    const letter =
      "More than 300 contributors to the Vexa database have signed an open letter rejecting the company's decision.";
    expect(
      readFrame("Open-source maintainers reject Vexa's licence change", null, letter).subject,
    ).toBe('Open-source maintainers');
    // Nor does an article or a pronoun name anyone.
    const article =
      'The company has denied reports that it sold location data to advertisers last year.';
    expect(readFrame('Telco denies selling location data', null, article).subject).toBe('Telco');
  });

  it('does not frame an ordinary announcement as a denial', () => {
    expect(readFrame('Quantara launches new AI processor', null).denial).toBe(false);
    // Verdict words as plain adjectives, a demand, staff dismissed, an attack: no rebuttal.
    for (const title of [
      'Apple fixes bug that showed incorrect battery levels',
      'Study finds misleading ads on Facebook target teens',
      'iPhone 17 rumours: everything we know so far',
      'Microsoft insists on Windows 11 TPM requirement',
      'Intel dismisses 15,000 staff',
      'Denial of service attack takes down bank websites',
    ])
      expect(readFrame(title, null).denial).toBe(false);
    for (const title of [
      'Lumora shares slipped on bogus report of phone delay',
      'Vexa: report is false',
      'Vexa dismisses concerns as overblown',
      'Vexa insists it did nothing wrong',
    ])
      expect(readFrame(title, null).denial).toBe(true);
    // Pushing back a launch is a delay; pushing back on a report is a rebuttal.
    expect(readFrame('Vexa pushes back launch of driver app to 2026', null).denial).toBe(false);
    expect(readFrame('Vexa pushes back on data-sale report', null).denial).toBe(true);
    expect(readFrame('Vexa pushes back', null).denial).toBe(true);
    expect(readFrame('Vexa, playing down the report, says data was safe', null).denial).toBe(true);
  });
});

describe('stanceOf', () => {
  it('reads a refusal to comment as no denial, unless it also calls the report false', () => {
    const frame = readFrame('Acme denies sale talks', null);
    const party = { isDenyingParty: true };
    expect(stanceOf(quote("We don't comment on market rumours.", party), frame)).toBe('claim');
    expect(
      stanceOf(quote('We will not speculate on rumours.'), readFrame('Acme explores sale', null)),
    ).toBe('claim');
    expect(
      stanceOf(quote("We don't comment on rumours, but this report is false.", party), frame),
    ).toBe('denial');
  });

  it("reads the accused party's negation as a denial, the accuser's as a claim", () => {
    const frame = readFrame('Regulators Accuse Vantage Bank of Hiding App Outage', null);
    expect(stanceOf(quote('We did not hide anything.', { isAccused: true }), frame)).toBe('denial');
    expect(stanceOf(quote('It told us nothing for three days.'), frame)).toBe('claim');
  });

  const denialFrame = { denial: true, subject: 'Skype' };
  const plainFrame = { denial: false, subject: null };

  it('marks the denying party’s rebuttal as a denial, even phrased positively', () => {
    expect(
      stanceOf(quote('Lumora remains on schedule to ship in June.', { isDenyingParty: true }), {
        denial: true,
        subject: 'Lumora',
      }),
    ).toBe('denial');
    expect(
      stanceOf(
        quote('Nothing could be more contrary to the Skype philosophy.', { isDenyingParty: true }),
        denialFrame,
      ),
    ).toBe('denial');
  });

  it('marks the denying party answering the claim or the story as a denial, without a negation', () => {
    const frame = { denial: true, subject: 'Orbitel CEO' };
    const denying = { isDenyingParty: true };
    for (const text of [
      'Calling that hoarding is a convenient story for a competitor who wants our licence.',
      'These allegations come from a company that lost the auction.',
    ])
      expect(stanceOf(quote(text, denying), frame), text).toBe('denial');
    // "Claims" that are not the accusation: a claim, as before.
    expect(
      stanceOf(
        quote('We strongly oppose excessive claims in the South China Sea.', denying),
        frame,
      ),
    ).toBe('claim');
  });

  it('never marks the accuser as denying, even when the accuser says "false"', () => {
    expect(stanceOf(quote('Their statement is false and they know it.'), denialFrame)).toBe(
      'claim',
    );
  });

  it('outside a denial frame, needs a dismissal of something reported', () => {
    expect(stanceOf(quote('The report is false and without any foundation.'), plainFrame)).toBe(
      'denial',
    );
    expect(
      stanceOf(quote('We categorically deny these claims.', { verb: 'deny' }), plainFrame),
    ).toBe('denial');
  });

  it('outside a denial frame, takes a categorical denial of the speaker’s own part', () => {
    expect(
      stanceOf(
        quote('At no time was I aware of or knowingly took part in an effort to urge it.'),
        plainFrame,
      ),
    ).toBe('denial');
    expect(stanceOf(quote('At no point did we share location data.'), plainFrame)).toBe('denial');
    // A verdict of a few words that calls something false, and no more.
    expect(stanceOf(quote('shocking and false.'), plainFrame)).toBe('denial');
    expect(stanceOf(quote('rumors or speculation.'), plainFrame)).toBe('claim');
    // The party named: a label's statement about its partner.
    expect(
      stanceOf(
        quote('At no time did Dick Clark Productions agree to distribute the music.'),
        plainFrame,
      ),
    ).toBe('denial');
    expect(stanceOf(quote('At no time in history has this been easier.'), plainFrame)).toBe(
      'claim',
    );
  });

  it('keeps negation-heavy claims as claims', () => {
    expect(
      stanceOf(
        quote('We will not accept attempts to assert unlawful maritime claims, and we never will.'),
        plainFrame,
      ),
    ).toBe('claim');
    expect(stanceOf(quote('No one expected this; it does not happen often.'), plainFrame)).toBe(
      'claim',
    );
  });

  it('calls an unnamed or documentary voice "other" when it is not a denial', () => {
    expect(
      stanceOf(
        quote('Doctors can tell parents a mast poses no threat.', { isDocumentOrAnonymous: true }),
        plainFrame,
      ),
    ).toBe('other');
  });
});
