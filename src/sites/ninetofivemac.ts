/**
 * 9to5Mac. Verified on extraction:ad826691… and extraction:cc4aa22b… (2019 posts): the mobile
 * share bar, the guides strip and the "Trending" aside.
 */
import type { SiteProof, SiteRule } from './types';

export const ninetofivemac: SiteRule = {
  id: '9to5mac',
  name: '9to5Mac',
  domains: ['9to5mac.com'],
  clutter: [
    { selector: '.post-social-mobile', what: 'share' },
    { selector: '.related-guides-container', what: 'guides' },
    { selector: '.trending-wrapper', what: 'trending' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const ninetofivemacProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:ad826691a8a2f9c4ce50cf0b885af933c4b5119c1f6235cd7df1dfb83f255bcc',
      matches: {
        '.post-social-mobile': 1,
        '.related-guides-container': 1,
        '.trending-wrapper': 1,
      },
    },
    {
      page: 'extraction:cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0',
      matches: {
        '.post-social-mobile': 1,
        '.related-guides-container': 1,
        '.trending-wrapper': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on the two 2019 bench pages.',
};
