/**
 * The Next Web. No real page is available to us, so the fixture is RECONSTRUCTED
 * (test/fixtures/sites/thenextweb). Evidence: fivefilters ftr-site-config `thenextweb.com.txt`
 * strips the share bar `l-postSingle-content-bottom-share` under the article. Not verified on a
 * live page; everything else on TNW pages is left to the heuristics.
 */
import type { SiteProof, SiteRule } from './types';

export const thenextweb: SiteRule = {
  id: 'thenextweb',
  name: 'The Next Web',
  domains: ['thenextweb.com'],
  clutter: [{ selector: '.l-postSingle-content-bottom-share', what: 'share' }],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const thenextwebProof: SiteProof = {
  fixtures: [
    {
      page: 'fixture:sites/thenextweb',
      matches: {
        '.l-postSingle-content-bottom-share': 1,
      },
    },
  ],
  evidence:
    'Reconstructed: the selector from ftr-site-config, checked on a reconstructed fixture only.',
};
