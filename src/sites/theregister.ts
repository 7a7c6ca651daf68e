/**
 * The Register, in its 2012-2014 (theregister.co.uk) and current (theregister.com) story templates.
 *
 * Evidence (test/fixtures/register/README.md): every selector here is "verified", named by public
 * extraction rules (fivefilters ftr-site-config, picoFeed), ad-block filter rules and issues
 * (brave/adblock-lists, AdguardFilters#94068) or darkreader's site fix.
 *
 * The last group is the markup the README marks "assumed" (the Whitepapers box, the Feeds link,
 * "More about" tags, TIP US OFF, the newsletter box, Tech Resources, the comments link). Without a
 * selector those blocks are found only by the heuristics at document_idle, so they would show
 * before first paint; with one they never show. Where the real site differs the selectors simply
 * match nothing and the heuristics still catch the block, so they cost nothing and are marked.
 */
import type { SiteProof, SiteRule } from './types';

export const theregister: SiteRule = {
  id: 'theregister',
  name: 'The Register',
  domains: ['theregister.com', 'theregister.co.uk'],
  clutter: [
    // Whitepaper straps above and below the body ("The essential guide to IT transformation").
    { selector: '.wptl', what: 'whitepaper-strap' },
    // Old template: below the body, the "More from The Register" next/prev carousel.
    { selector: '#article_body_btm', what: 'more-from' },
    // Current template: "Other stories you might like" under the story.
    { selector: '#story-bot-col', what: 'more-from' },
    // Current template: the in-body "READ MORE" teaser.
    { selector: '.promo_article', what: 'read-more' },
    // Ad units and their remnants.
    { selector: '.adun', what: 'ad-slot' },
    // Share buttons in the byline row (the dateline beside them stays).
    { selector: '.social_btns', what: 'share' },
    // Sister-publication logos in the right column.
    { selector: '#sitpub_logo, .blocksandfiles_logo, .devclass_logo', what: 'sister-sites' },
    // Assumed markup (see above): first paint stays clean on pages built like the fixtures.
    { selector: '.feeds_link', what: 'feeds' },
    { selector: '#whitepapers', what: 'whitepapers' },
    { selector: '.tech_resources', what: 'resources' },
    { selector: '.keywords', what: 'more-about' },
    { selector: '.tip_us_off', what: 'tip-us-off' },
    { selector: '.newsletter_signup', what: 'newsletter' },
    { selector: '.comments_link', what: 'comments-link' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const theregisterProof: SiteProof = {
  fixtures: [
    {
      page: 'fixture:register/2012-skype-denies-spying',
      matches: {
        '.wptl': 7,
        '#article_body_btm': 1,
        '#story-bot-col': 0,
        '.promo_article': 0,
        '.adun': 0,
        '.social_btns': 0,
        '#sitpub_logo, .blocksandfiles_logo, .devclass_logo': 0,
        '.feeds_link': 1,
        '#whitepapers': 1,
        '.tech_resources': 0,
        '.keywords': 0,
        '.tip_us_off': 0,
        '.newsletter_signup': 0,
        '.comments_link': 0,
      },
    },
    {
      page: 'fixture:register/2012-skype-denies-spying-modern',
      matches: {
        '.wptl': 1,
        '#article_body_btm': 1,
        '#story-bot-col': 1,
        '.promo_article': 1,
        '.adun': 3,
        '.social_btns': 1,
        '#sitpub_logo, .blocksandfiles_logo, .devclass_logo': 3,
        '.feeds_link': 0,
        '#whitepapers': 0,
        '.tech_resources': 1,
        '.keywords': 1,
        '.tip_us_off': 1,
        '.newsletter_signup': 1,
        '.comments_link': 1,
      },
    },
    {
      page: 'fixture:register/2010-mast-safety-modern',
      matches: {
        '.wptl': 1,
        '#article_body_btm': 1,
        '#story-bot-col': 1,
        '.promo_article': 0,
        '.adun': 3,
        '.social_btns': 1,
        '#sitpub_logo, .blocksandfiles_logo, .devclass_logo': 3,
        '.feeds_link': 0,
        '#whitepapers': 0,
        '.tech_resources': 1,
        '.keywords': 1,
        '.tip_us_off': 1,
        '.newsletter_signup': 1,
        '.comments_link': 1,
      },
    },
  ],
  evidence:
    'Selectors verified by public evidence (see test/fixtures/register/README.md), plus the fixtures\' "assumed" markup, marked as such.',
};
