/**
 * TechCrunch. No real TechCrunch page is available to us, so the fixture is RECONSTRUCTED
 * (test/fixtures/sites/techcrunch: invented text in the site's markup as public evidence
 * describes it). Evidence: fivefilters ftr-site-config `techcrunch.com.txt` strips
 * `module-crunchbase` and `aside-related-articles` from the article body; ad-block rules hide the
 * Piano paywall modal `.tp-modal`. Not verified on a live page.
 */
import type { SiteProof, SiteRule } from './types';

export const techcrunch: SiteRule = {
  id: 'techcrunch',
  name: 'TechCrunch',
  domains: ['techcrunch.com'],
  clutter: [
    { selector: '.module-crunchbase', what: 'crunchbase' },
    { selector: '.aside-related-articles', what: 'inline-related' },
    { selector: '.tp-modal', what: 'paywall-modal' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const techcrunchProof: SiteProof = {
  fixtures: [
    {
      page: 'fixture:sites/techcrunch',
      matches: {
        '.module-crunchbase': 1,
        '.aside-related-articles': 1,
        '.tp-modal': 1,
      },
    },
  ],
  evidence:
    'Reconstructed: selectors from ftr-site-config and ad-block rules, checked on a reconstructed fixture only.',
};
