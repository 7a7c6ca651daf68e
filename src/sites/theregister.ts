/**
 * The Register, in its 2012-2014 (theregister.co.uk) and current (theregister.com) story templates.
 *
 * Evidence (test/fixtures/register/README.md): every selector here is "verified", named by public
 * extraction rules (fivefilters ftr-site-config, picoFeed), ad-block filter rules and issues
 * (brave/adblock-lists, AdguardFilters#94068) or darkreader's site fix. Blocks the README marks
 * "assumed" (the Whitepapers box, the Feeds link, "More about" tags, TIP US OFF, the newsletter
 * box, Tech Resources, the comments link) are left to the generic heuristics on purpose: a rule
 * keyed on guessed markup would fail on the real site.
 */
import type { SiteRule } from './types';

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
  ],
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
      },
    },
  ],
  evidence:
    'All selectors verified by public evidence (see test/fixtures/register/README.md); "assumed" markup is left to the heuristics.',
};
