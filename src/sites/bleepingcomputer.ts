/**
 * BleepingComputer. No real page is available to us, so the fixture is RECONSTRUCTED
 * (test/fixtures/sites/bleepingcomputer). Evidence: several independent public scrapers of the
 * site drop the same blocks from `div.articleBody`: `.cz-related-article-wrapp` (in-body
 * related articles), `.ia_ad` (in-article ads), the Connatix player `.cnx-main-container`, and
 * around it the comment-login box `.cz-comment-loggin-wrapp` and the right sidebar
 * `.bc_right_sidebar` (popular stories). Not verified on a live page.
 */
import type { SiteProof, SiteRule } from './types';

export const bleepingcomputer: SiteRule = {
  id: 'bleepingcomputer',
  name: 'BleepingComputer',
  domains: ['bleepingcomputer.com'],
  clutter: [
    { selector: '.cz-related-article-wrapp', what: 'inline-related' },
    { selector: '.ia_ad', what: 'ad-slot' },
    { selector: '.cnx-main-container', what: 'video-ad' },
    { selector: '.cz-comment-loggin-wrapp', what: 'comments' },
    { selector: '.bc_right_sidebar', what: 'rail' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const bleepingcomputerProof: SiteProof = {
  fixtures: [
    {
      page: 'fixture:sites/bleepingcomputer',
      matches: {
        '.cz-related-article-wrapp': 1,
        '.ia_ad': 1,
        '.cnx-main-container': 1,
        '.cz-comment-loggin-wrapp': 1,
        '.bc_right_sidebar': 1,
      },
    },
  ],
  evidence:
    'Reconstructed: selectors named by public scrapers of the site, checked on a reconstructed fixture only.',
};
