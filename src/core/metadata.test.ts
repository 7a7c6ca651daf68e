import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { cleanByline, extractMetadata, stripSiteFromTitle } from './metadata';
import { splitByline } from './byline';
import { dateFromUrl, instantCouldBeDay, isoDay, looksLikeDate, publishedDayInText } from './dates';
import { parseJsonLd, plainText } from './json-ld';

const URL_ = 'https://news.example/2021/03/04/story/';
const meta = (head: string, body = '', url = URL_) =>
  extractMetadata(
    parseDocument(`<html><head>${head}</head><body>${body}</body></html>`, url),
    url,
    null,
  );
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD', () => {
  it('reads NewsArticle with a Person author, publisher and date', () => {
    const m = meta(
      ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Chips get faster",
        "author":{"@type":"Person","name":"Ada Lovelace"},"datePublished":"2021-03-04T09:00:00+01:00",
        "publisher":{"@type":"Organization","name":"Example News"}}`),
    );
    expect(m.title).toBe('Chips get faster');
    expect(m.authors).toEqual(['Ada Lovelace']);
    expect(m.siteName).toBe('Example News');
    expect(m.published).toBe('2021-03-04');
    expect(m.kind).toBe('news');
    expect(m.provenance).toMatchObject({
      authors: 'json-ld:author',
      published: 'json-ld:datePublished',
    });
  });
  it('follows @graph and @id references, and reads author arrays', () => {
    const m = meta(
      ld(`{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Example Tech"},
        {"@type":"Person","@id":"#a1","name":"Grace Hopper"},
        {"@type":["ReportageNewsArticle"],"headline":"Compilers","isPartOf":{"@id":"#site"},
         "author":[{"@id":"#a1"},{"@type":"Person","givenName":"Alan","familyName":"Turing"}],
         "datePublished":"2020-01-02"}]}`),
    );
    expect(m.authors).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(m.siteName).toBe('Example Tech');
    expect(m.provenance.siteName).toBe('json-ld:WebSite');
  });
  it('takes BlogPosting as a blog, and a plain string author', () => {
    const m = meta(
      ld(`[{"@type":"BlogPosting","headline":"Notes","author":"Jane Doe and John Roe"}]`),
    );
    expect(m.kind).toBe('blog');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
  });
  it('never cites the publication itself as the author', () => {
    const m = meta(
      ld(`{"@type":"NewsArticle","headline":"X","author":{"@type":"Organization","name":"The Register"},
        "publisher":{"@type":"Organization","name":"The Register"}}`),
    );
    expect(m.authors).toEqual([]);
  });
  it('keeps a news agency that is not the site', () => {
    const m = meta(
      `<meta property="og:site_name" content="Köprü Daily News">` +
        ld(
          `{"@type":"NewsArticle","headline":"X","author":{"@type":"Organization","name":"Agence Mondiale-Presse"}}`,
        ),
    );
    expect(m.authors).toEqual(['Agence Mondiale-Presse']);
  });
  it('tolerates malformed JSON-LD', () => {
    expect(parseJsonLd('{"@type":"Article","headline":"A",}')).toMatchObject({ headline: 'A' });
    expect(parseJsonLd('<!--{"@type":"Article","headline":"B"}-->')).toMatchObject({
      headline: 'B',
    });
    expect(parseJsonLd('{"@type":"Article","headline":"line\nbreak"}')).toMatchObject({
      '@type': 'Article',
    });
    expect(parseJsonLd('{"@type":"Article"}{"@type":"WebSite"}')).toHaveLength(2);
    expect(parseJsonLd('{not json at all')).toBeUndefined();
    // A broken script is skipped; the next sources still answer.
    const m = meta(
      `${ld('{"@type": "NewsArticle", "headline": ')}<meta name="author" content="Ada Lovelace">`,
    );
    expect(m.authors).toEqual(['Ada Lovelace']);
  });
});

describe('meta tags', () => {
  it('reads Highwire citation_* with several authors', () => {
    const m = meta(
      '<meta name="citation_title" content="On Engines"><meta name="citation_author" content="Lovelace, Ada">' +
        '<meta name="citation_author" content="Charles Babbage"><meta name="citation_publication_date" content="2015/10/01">',
      '',
      'https://journal.example/x',
    );
    expect(m.authors).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(m.published).toBe('2015-10-01');
  });
  it('reads Dublin Core (also space-separated property lists) before <meta name=author>', () => {
    const m = meta(
      '<meta property="dc:creator twitter:x" content="Creator Name"><meta name="author" content="Other">',
    );
    expect(m.authors).toEqual(['Creator Name']);
  });
  it('reads Parse.ly and article:published_time', () => {
    const m = meta(
      '<meta name="parsely-author" content="By Dan Goodin"><meta property="article:published_time" content="2015-04-16T13:00:00Z">',
    );
    expect(m.authors).toEqual(['Dan Goodin']);
    expect(m.published).toBe('2015-04-16');
  });
  it('ignores profile URLs and handles as authors, then uses rel=author', () => {
    const m = meta(
      '<meta property="article:author" content="https://www.facebook.com/someone"><meta name="twitter:creator" content="@someone">',
      '<h1>Headline here</h1><p class="byline"><a rel="author" href="/a">Richard Eskow</a></p>',
    );
    expect(m.authors).toEqual(['Richard Eskow']);
    expect(m.provenance.authors).toBe('rel=author');
  });
  it('falls back to the URL date path when the page shows that day, then <time datetime>', () => {
    const shown = meta('', '<p class="posted">Posted 4 March 2021</p>');
    expect(shown.published).toBe('2021-03-04');
    expect(shown.provenance.published).toBe('url');
    // A folder date the page never shows (an upload path, a re-filed story) is not cited.
    expect(meta('', '<h1>Story</h1><p>No date here</p>').published).toBeNull();
    expect(
      meta('', '<time datetime="2019-05-06T10:00">6 May</time>', 'https://a.example/story')
        .published,
    ).toBe('2019-05-06');
  });
});

describe('titles', () => {
  it('prefers og:title, with the site suffix removed', () => {
    const m = meta(
      '<title>Big story | Example News</title><meta property="og:title" content="Big story | Example News"><meta property="og:site_name" content="Example News">',
    );
    expect(m.title).toBe('Big story');
  });
  it('prefers the metadata title the page shows in its h1', () => {
    const m = meta(
      '<title>SEO headline - Site</title><meta property="og:title" content="Visible headline">' +
        ld('{"@type":"NewsArticle","headline":"SEO headline"}'),
      '<h1>Visible headline</h1>',
    );
    expect(m.title).toBe('Visible headline');
  });
  it('keeps og:title when the h1 is another wording of the same headline', () => {
    const m = meta(
      '<title>The seven secrets hotel owners keep</title><meta property="og:title" content="Seven secrets hotel owners keep">',
      '<h1>The seven secrets hotel owners keep</h1><p class="byline">By Ann Lee</p>',
    );
    expect(m.title).toBe('Seven secrets hotel owners keep');
    expect(m.provenance.title).toBe('meta:og:title');
  });
  it('takes the shown headline over an og:title that is not this story’s', () => {
    const m = meta(
      '<title>Example News - Latest News &amp; Headlines</title><meta property="og:title" content="Latest News &amp; Headlines">' +
        '<meta name="twitter:title" content="Russia: space ship breaks up over Siberia">',
      '<h1>Russia: space ship breaks up over Siberia</h1>',
    );
    expect(m.title).toBe('Russia: space ship breaks up over Siberia');
  });
  it('does not take a section heading h1 over <title>', () => {
    const m = meta(
      '<title>Babies who eat peanuts early may avoid allergy</title>',
      '<h1>Allergies Health Center</h1>',
    );
    expect(m.title).toBe('Babies who eat peanuts early may avoid allergy');
  });
  it('strips the site before or after a separator, not inside the headline', () => {
    expect(stripSiteFromTitle('Skype denies spying • The Register', 'The Register', null)).toBe(
      'Skype denies spying',
    );
    expect(stripSiteFromTitle('Ars Technica - Minecraft exploit', null, 'arstechnica.com')).toBe(
      'Minecraft exploit',
    );
    expect(stripSiteFromTitle('Findstream: Our Ad Cookies', 'Broadband Beat', null)).toBe(
      'Findstream: Our Ad Cookies',
    );
    // The domain's own name under a subdomain (news.example.com), as the host's first label.
    expect(stripSiteFromTitle('Story about things - Example', null, 'news.example.com')).toBe(
      'Story about things',
    );
    expect(stripSiteFromTitle('Story about things - News', null, 'news.example.com')).toBe(
      'Story about things',
    );
    // A colon set off by a space after it only, as a prefix is written.
    expect(stripSiteFromTitle('Example News: Story about things', 'Example News', null)).toBe(
      'Story about things',
    );
    expect(stripSiteFromTitle('Hands-on: the new Pixel', 'Example News', null)).toBe(
      'Hands-on: the new Pixel',
    );
    expect(
      stripSiteFromTitle('Chapter 1 | Fandom [Archive of Our Own]', null, 'archiveofourown.org'),
    ).toBe('Chapter 1 | Fandom');
    // A bracket that is not the site is part of the headline.
    expect(stripSiteFromTitle('Review: the new Pixel [Updated]', null, 'example.com')).toBe(
      'Review: the new Pixel [Updated]',
    );
  });
});

describe('bylines', () => {
  it('strips By, dates, Updated and roles', () => {
    expect(splitByline('By Dan Goodin')).toEqual(['Dan Goodin']);
    expect(splitByline('By GILLIAN MOHNEY\n March 11, 2015 3:46 PM')).toEqual(['Gillian Mohney']);
    expect(splitByline('by Lucas Nolan22 Dec 2016651')).toEqual(['Lucas Nolan']);
    expect(splitByline('24 June 2016 | Peter Lannigan-Shaw')).toEqual(['Peter Lannigan-Shaw']);
    // After a name, a segment that is an affiliation is none of the authors.
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe | John Smith')).toEqual(['Jane Doe', 'John Smith']);
    expect(splitByline('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe Updated 3 May 2020')).toEqual(['Jane Doe']);
    expect(splitByline('Written by Rob Ewaschuk\nEdited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(splitByline('Par Sébastien Farcis')).toEqual(['Sébastien Farcis']);
  });
  it('splits several authors on and, &, commas and translations', () => {
    expect(splitByline('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(splitByline('By Ann Lee and Bo Chan')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline('Ann Lee & Bo Chan')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      'Martin Untersinger',
      'Damien Leloup',
      'Morgane Tual',
    ]);
    expect(splitByline('Jong, Michiel de')).toEqual(['Michiel de Jong']);
    expect(splitByline('Por Juana Díaz y Pedro Gil')).toEqual(['Juana Díaz', 'Pedro Gil']);
    // A capital Y or E is an initial, not "and".
    expect(splitByline('Sarah E. Needleman')).toEqual(['Sarah E. Needleman']);
    expect(splitByline('Ana Y Gil')).toEqual(['Ana Y Gil']);
  });
  it('leaves out where the reporter filed from ("Julian Borger in Washington")', () => {
    expect(splitByline('Julian Borger in Washington')).toEqual(['Julian Borger']);
    expect(splitByline('Jane Doe and John Roe in San Francisco')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('never returns a date, a weekday, Staff or the site as an author', () => {
    for (const d of [
      '27th July 2012',
      'Fri 27 Jul 2012 // 10:31 UTC',
      'July 27, 2012',
      '2012-07-27',
    ]) {
      expect(looksLikeDate(d), d).toBe(true);
      expect(splitByline(d), d).toEqual([]);
    }
    // Readability returns the Register's dateline block as the byline.
    expect(splitByline('Fri 27 Jul 2012\n \n Comments')).toEqual([]);
    expect(splitByline('Staff')).toEqual([]);
    expect(cleanByline('The Register', 'The Register')).toBeNull();
    expect(splitByline('Ars Technica', null, 'arstechnica.com')).toEqual([]);
    expect(splitByline('CC7567')).toEqual([]);
    expect(looksLikeDate('Dan Goodin')).toBe(false);
  });
});

describe('dates', () => {
  it('reads URL date paths', () => {
    expect(dateFromUrl('http://www.theregister.co.uk/2012/07/27/skype_denies_spying/')).toBe(
      '2012-07-27',
    );
    expect(dateFromUrl('https://a.example/article/20131009/OEM02/131009512/x')).toBe('2013-10-09');
    expect(dateFromUrl('https://a.example/2012/13/40/x')).toBeNull();
    expect(dateFromUrl('https://a.example/news/20240319_14/')).toBeNull();
  });
  it('reads printed dates in the seven languages whose month names it knows', () => {
    expect(isoDay('27. Juli 2012')).toBe('2012-07-27');
    expect(isoDay('3. März 2021')).toBe('2021-03-03');
    expect(isoDay('27 juillet 2012')).toBe('2012-07-27');
    expect(isoDay('12 de diciembre de 2019')).toBe('2019-12-12');
    expect(isoDay('27 luglio 2012')).toBe('2012-07-27');
    expect(isoDay('9 de junho de 2018')).toBe('2018-06-09');
    expect(isoDay('14 maart 2023')).toBe('2023-03-14');
    // "Mei" and "Gen" are names too: a byline must not be cut at them.
    expect(isoDay('1 mei 2019')).toBeNull();
  });

  it('normalises to YYYY-MM-DD without a time-zone shift', () => {
    expect(isoDay('2012-07-27T23:30:00-07:00')).toBe('2012-07-27');
    expect(isoDay('July 27, 2012')).toBe('2012-07-27');
    expect(isoDay('27th July 2012')).toBe('2012-07-27');
    expect(isoDay('Fri, 27 Jul 2012 10:31:00 GMT')).toBe('2012-07-27');
    expect(isoDay('27.07.2012')).toBe('2012-07-27');
    expect(isoDay('07/08/2012')).toBeNull();
    expect(isoDay('20120727')).toBe('2012-07-27');
    expect(isoDay('not a date')).toBeNull();
  });
});

describe('dates printed on the page', () => {
  it('reads CJK dates', () => {
    expect(isoDay('2017年3月10日')).toBe('2017-03-10');
    expect(isoDay('2017년 3월 10일')).toBe('2017-03-10');
  });
  it('takes the publication day of a dateline, not the revision', () => {
    expect(publishedDayInText('Published 12 May 2020, updated 13 May 2020')).toBe('2020-05-12');
    expect(publishedDayInText('Carrie ArnoldNovember 18, 2019')).toBe('2019-11-18');
    expect(publishedDayInText('Last updated September 14, 2016')).toBeNull();
  });
  it('prefers the dateline beside the headline to a header clock', () => {
    const m = meta(
      '',
      '<div class="clock"><time datetime="2026-01-01">Today</time></div><h1>Story</h1><p class="dateline">March 3, 2014</p>',
      'https://a.example/story',
    );
    expect(m.published).toBe('2014-03-03');
    expect(m.provenance.published).toBe('dateline');
  });
  it('takes no reference’s access date for the dateline ("Retrieved 2016-05-01")', () => {
    for (const ref of [
      '<span class="reference-accessdate">. Retrieved <span class="nowrap">2016-05-01</span></span>',
      '<span class="date">Retrieved 1 May 2016</span>',
    ]) {
      const m = meta(
        '<title>Mozilla - Wikipedia</title>',
        `<h1>Mozilla</h1><p>Mozilla is a free-software community.</p><ol><li>"Freeing the Source"${ref}</li></ol>`,
        'https://en.wikipedia.org/wiki/Mozilla',
      );
      expect(m.published).toBeNull();
      expect(m.title).toBe('Mozilla');
    }
  });
  it('reads datePublished from the article item only, never from a video in it', () => {
    const m = meta(
      '',
      '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Story</h1>' +
        '<meta itemprop="datePublished" content="2019-02-03"><span itemprop="author">Ada Lovelace</span>' +
        '<div itemprop="video" itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2011-01-01"><span itemprop="author">Video Desk Person</span></div></article>',
      'https://a.example/story',
    );
    expect(m.published).toBe('2019-02-03');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });
  it('ranks JSON-LD dateCreated after every published date', () => {
    const m = meta(
      ld('{"@type":"NewsArticle","headline":"S","dateCreated":"2019-01-01"}') +
        '<meta property="article:published_time" content="2019-01-05T10:00:00Z">',
    );
    expect(m.published).toBe('2019-01-05');
  });
});

describe('JSON-LD strings holding HTML', () => {
  it('reads names and publishers as text', () => {
    expect(plainText('<a href="/jane">Jane Doe</a> &amp; Q&#38;A &#x2019;')).toBe(
      'Jane Doe & Q&A ’',
    );
    const m = meta(
      ld('{"@type":"NewsArticle","headline":"S","author":"<a href=\\"/j\\">Jane Doe</a>"}'),
    );
    expect(m.authors).toEqual(['Jane Doe']);
  });
});

describe('headline', () => {
  it('never takes a masthead h1 that links home', () => {
    const page = (href: string) =>
      meta(
        '<title>Code coverage for front ends | Nicolas Perriault</title>',
        `<h1><a href="${href}">Nicolas Perriault</a></h1><h2>Code coverage for front ends</h2>`,
        'https://blog.example/2013/09/29/coverage.html',
      ).title;
    expect(page('/')).toBe('Code coverage for front ends | Nicolas Perriault');
    // The same h1 linking to the story itself is the headline.
    expect(page('/2013/09/29/coverage.html')).toBe('Nicolas Perriault');
  });
});

describe('byline cleaning', () => {
  const names = (line: string, site: string | null = null) =>
    splitByline(line, site, 'news.example');
  it('drops job titles and affiliations after a name', () => {
    expect(names('Tom Krisher, AP Auto Writer')).toEqual(['Tom Krisher']);
    expect(names('Jane Doe, CNN Editor-at-large')).toEqual(['Jane Doe']);
    expect(names('Jane Doe, Associated Press')).toEqual(['Jane Doe']);
    expect(names('Finian Cunningham. Sputnik International')).toEqual(['Finian Cunningham']);
    // The full stop of a title ends no name; the title itself is no part of a cited name.
    expect(names('Prof. Ada Lovelace')).toEqual(['Ada Lovelace']);
  });
  it('drops titles of address, degrees and the outlet in brackets', () => {
    expect(names('By Dr. Jane Doe')).toEqual(['Jane Doe']);
    expect(names('Dr Jane Doe and Mr. John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(names('Jane Doe Ph.D.')).toEqual(['Jane Doe']);
    expect(names('Jane Doe, M.D.')).toEqual(['Jane Doe']);
    expect(names('Jane Doe (Reuters)')).toEqual(['Jane Doe']);
    expect(names('By Jane Doe (AP) and John Roe (AFP)')).toEqual(['Jane Doe', 'John Roe']);
    // A word that only starts like a title, or a bracket that is part of the name, stays.
    expect(names('Drew Mason')).toEqual(['Drew Mason']);
    expect(names('Msgr. Luis Ortega')).toEqual(['Msgr. Luis Ortega']);
    expect(names('John (Jack) Smith')).toEqual(['John (Jack) Smith']);
  });
  it('never credits a desk, a user name or a glued date', () => {
    expect(names('Science X staff')).toEqual([]);
    expect(names('News Nation Bureau')).toEqual([]);
    expect(names('jdadmin')).toEqual([]);
    expect(names('kei_eno')).toEqual([]);
    expect(names('Carrie ArnoldNovember 18, 2019')).toEqual(['Carrie Arnold']);
    expect(names('Jeff Foust Monday')).toEqual(['Jeff Foust']);
  });
  it('drops a role printed with no space after the name, and keeps names in mixed case', () => {
    expect(names('By Jane DoeSenior Reporter')).toEqual(['Jane Doe']);
    expect(names('Maya LindChief Correspondent')).toEqual(['Maya Lind']);
    expect(names('Ryan McDonald')).toEqual(['Ryan McDonald']);
    expect(names('LeBron James')).toEqual(['LeBron James']);
  });
  it('keeps "&" inside one name but splits two people', () => {
    expect(names('Johnson & Johnson')).toEqual(['Johnson & Johnson']);
    expect(names('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('drops the account name beside a display name, and the site as author', () => {
    expect(names('史蒂文的家_藍天 (stevenhgm)')).toEqual(['史蒂文的家_藍天']);
    expect(names('Beachbody', 'The Beachbody Blog')).toEqual([]);
    expect(names('Текст: Иван Петров')).toEqual(['Иван Петров']);
  });
});

describe('repairs and time zones', () => {
  it('repairs unescaped quotes pasted into a JSON-LD string', () => {
    const raw =
      '{"@type":"Article","headline":"Lights","description":"the \'Jewels" show, by "Flos"","datePublished":"2018-04-18","author":"Jane Doe"}';
    expect(parseJsonLd(raw)).toMatchObject({ datePublished: '2018-04-18', author: 'Jane Doe' });
    expect(meta(ld(raw), '', 'https://a.example/story').published).toBe('2018-04-18');
  });
  it('reads single-quoted JSON-LD strings', () => {
    const raw = `{"@type":"NewsArticle","description":'Oil "fell", it\\'s said',"publisher":{"name":"Reuters"}}`;
    expect(parseJsonLd(raw)).toMatchObject({
      description: 'Oil "fell", it\'s said',
      publisher: { name: 'Reuters' },
    });
  });
  it('cites the printed day when a UTC timestamp crossed midnight', () => {
    expect(instantCouldBeDay('2019-11-19T04:50:22+00:00', '2019-11-18')).toBe(true);
    expect(instantCouldBeDay('2019-11-19T04:50:22+00:00', '2019-11-17')).toBe(false);
    const page = (printed: string) =>
      meta(
        '<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">',
        `<h1>Story</h1><p class="byline">by Jeff Foust — ${printed}</p>`,
        'https://a.example/story',
      ).published;
    expect(page('November 18, 2019')).toBe('2019-11-18');
    // A printed day that instant cannot be anywhere is some other date: the declared day stands.
    expect(page('November 16, 2019')).toBe('2019-11-19');
  });
});

describe('site names', () => {
  it('prefers a name as written to a lower-case slug', () => {
    const m = meta(
      '<meta property="og:site_name" content="usatoday">' +
        ld(
          '{"@type":"NewsArticle","headline":"S","publisher":{"@type":"Organization","name":"USA TODAY"}}',
        ),
      '',
      'https://www.usatoday.com/story/news/x/',
    );
    expect(m.siteName).toBe('USA TODAY');
    // Alone, the slug still names the site.
    expect(meta('<meta property="og:site_name" content="xkcd">').siteName).toBe('xkcd');
  });
  it('takes the publisher over a section in og:site_name', () => {
    const m = meta(
      '<meta property="og:site_name" content="U.S.">' +
        ld(
          '{"@type":"NewsArticle","headline":"S","publisher":{"@type":"Organization","name":"Reuters"}}',
        ),
      '',
      'https://www.reuters.com/article/us-markets/x',
    );
    expect(m.siteName).toBe('Reuters');
  });
});
