import { describe, expect, it } from 'vitest';
import {
  hasInlineLead,
  isAuthorBio,
  hasTrailingReadMore,
  isBoilerplate,
  isClutterLine,
  isCommentsLabel,
  isCookieNotice,
  isNotice,
  isSectionLabel,
  normaliseLabel,
} from './vocabulary';

describe('section labels, in English, German and French', () => {
  it.each([
    'More from The Register',
    'Related stories',
    'Further Reading',
    'Recommended reading',
    'RELATED',
    'Recommended for you',
    'You might also like',
    'Most read',
    'Most-Popular',
    'Trending now',
    'Whitepapers',
    'Tech Resources',
    'Sponsored',
    'Partner content',
    'Newsletter',
    'Sign up',
    'next story',
    'prev story',
    'Feeds',
    'Breaking News',
    'Latest',
    'Random Posts',
    'Neueste Artikel',
    'Dernières actualités',
    'Mehr zum Thema',
    'Weitere Artikel',
    'Das könnte Sie auch interessieren',
    'Meistgelesen',
    'Anzeige',
    'À lire aussi',
    'Sur le même sujet',
    'Les plus lus',
    'Articles similaires',
    'Publicité',
  ])('%s', (label) => {
    expect(isSectionLabel(label)).toBe(true);
  });

  it.each([
    'Relatedness of genomes',
    'Morecambe Bay',
    'The company said it would sign up ten partners next year and more besides',
    'Results',
    'Skype denies system upgrade enables in-call spying',
    'Sponsorship deals are drying up, says league',
    'Share prices',
    'Comment is free',
    'Events in Ukraine',
    'Breaking news: regulator opens charging inquiry',
    'Latest figures show EV sales up',
  ])('not %s', (label) => {
    expect(isSectionLabel(label)).toBe(false);
  });

  it('ignores bullets, case and trailing punctuation', () => {
    expect(normaliseLabel('  » Related:  ')).toBe('related');
    expect(isSectionLabel('• MORE FROM THE SITE …')).toBe(true);
  });

  it('knows comment sections', () => {
    expect(isCommentsLabel('23 Comments')).toBe(true);
    expect(isCommentsLabel('Kommentare')).toBe(true);
    expect(isCommentsLabel('Commentaires')).toBe(true);
    expect(isCommentsLabel('Comment is free')).toBe(false);
  });
});

describe('lines that are clutter by themselves', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Anzeige',
    'Publicité',
    'Continue reading below',
    'Story continues below advertisement',
    'Skip to main content',
    'Zum Inhalt springen',
    'Aller au contenu',
    'Share this article',
    'Tap to share',
    'Adjust font size:',
    'Download the app',
    'View non-AMP version',
    'Subscribe to our print edition',
    'Register for free',
    'Comments',
    '12 comments',
  ])('%s', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    'Advertisers are fleeing the platform after the ruling',
    'Share prices fell 5% on Tuesday',
    'Print media is not dead yet, the study finds',
  ])('not %s', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  it('knows boilerplate and notices', () => {
    expect(isBoilerplate('Copyright © 2014, Situation Publishing')).toBe(true);
    expect(isBoilerplate('© Brightwork. All rights reserved.')).toBe(true);
    expect(isBoilerplate('Alle Rechte vorbehalten.')).toBe(true);
    expect(isBoilerplate('Tous droits réservés')).toBe(true);
    expect(isBoilerplate('We use cookies to personalise content and ads.')).toBe(true);
    expect(isBoilerplate('TechLantern is part of a global media group.')).toBe(true);
    expect(
      isBoilerplate('Data is a real-time snapshot. Data is delayed at least 15 minutes.'),
    ).toBe(true);
    expect(isBoilerplate('The court ruled the cookie banner unlawful on Tuesday.')).toBe(false);
    expect(isNotice('Our Standards: read how we report and correct the news.')).toBe(true);
    expect(isNotice('This article is from the archive of our partner .')).toBe(true);
    expect(isNotice('Follow us on Twitter @Spacedotcom and on Facebook.')).toBe(true);
    expect(isNotice('Our standards of living have fallen, the report says.')).toBe(false);
    expect(
      isNotice('Stay up to date with the latest content by subscribing to 9to5Mac on Google News.'),
    ).toBe(true);
    expect(isNotice('FTC: We use income earning auto affiliate links. More.')).toBe(true);
    expect(
      isNotice('Gadgetline may earn a commission when you buy through links on our site.'),
    ).toBe(true);
    expect(isNotice('Retailers may earn a commission of 5% on each sale, the report found.')).toBe(
      false,
    );
    expect(isNotice('Stay up to date: the council meets again on Tuesday.')).toBe(false);
    expect(
      isNotice('We earn more from subscriptions than from ads, the chief executive said.'),
    ).toBe(false);
    // Terms-of-use acceptance lines of a page footer (en/de/fr).
    expect(isNotice('Use of this Website assumes acceptance of Terms & Conditions.')).toBe(true);
    expect(
      isNotice('Registration on or use of this site constitutes acceptance of our User Agreement'),
    ).toBe(true);
    expect(isNotice('Mit der Nutzung dieser Website akzeptieren Sie unsere AGB.')).toBe(true);
    expect(isNotice('En utilisant ce site, vous acceptez les conditions.')).toBe(true);
    expect(isNotice('Use of this site fell by a third, the study found.')).toBe(false);
  });
});

describe('in-body teaser leads', () => {
  it.each([
    'Read more:',
    'READ MORE',
    'Related: ',
    'Also read |',
    'Lesen Sie auch',
    'À lire aussi',
  ])('%s', (lead) => {
    expect(hasInlineLead(`${lead} Some other story`)).toBe(true);
  });

  it('finds a trailing READ MORE', () => {
    expect(hasTrailingReadMore("Germany 'accidentally' snooped on John Kerry READ MORE")).toBe(
      true,
    );
    expect(hasTrailingReadMore('He said he would read more about it')).toBe(false);
    expect(hasInlineLead('Readers were not told')).toBe(false);
  });
});

describe('cookie notices', () => {
  it.each([
    "This website uses cookies to improve your experience. We'll assume you're ok with this.",
    'Wir verwenden Cookies. Mit der Nutzung der Website sind Sie einverstanden.',
    'Ce site utilise des cookies. Vous pouvez accepter ou personnaliser vos choix.',
  ])('%s', (text) => {
    expect(isCookieNotice(text)).toBe(true);
  });

  it('needs cookies and a request for agreement', () => {
    expect(isCookieNotice('Bake the cookies for twelve minutes.')).toBe(false);
    expect(isCookieNotice('We value your privacy and read every letter.')).toBe(false);
  });
});

describe('author bio sentences', () => {
  it.each([
    'Jane Smith is a senior reporter for Example News.',
    'Zac covers Apple news for 9to5Mac.',
    'Anna Schmidt ist seit 2019 Redakteurin im Ressort Netzpolitik.',
    'Marie Dupont est journaliste au service économie.',
  ])('reads %s', (text) => expect(isAuthorBio(text)).toBe(true));

  it.each([
    'The regulator is a body that oversees the market.',
    'The company said it would cooperate fully with the inquiry.',
  ])('does not read %s', (text) => expect(isAuthorBio(text)).toBe(false));
});
