/**
 * CNET. Verified on readability:cnet (2017 story page): the Taboola and Teads units, the
 * discussion box, the "Up Next" link, the member promo and the content promo.
 */
import type { SiteProof, SiteRule } from './types';

export const cnet: SiteRule = {
  id: 'cnet',
  name: 'CNET',
  domains: ['cnet.com'],
  clutter: [
    { selector: '[id^="taboola-"]', what: 'sponsored' },
    { selector: '.teads-inread', what: 'ad-slot' },
    { selector: '.livefyreContainer', what: 'comments' },
    { selector: '.upNextBottom', what: 'next-story' },
    { selector: '#flyoutPromo', what: 'promo' },
    { selector: '#contentPromo', what: 'promo' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const cnetProof: SiteProof = {
  fixtures: [
    {
      page: 'readability:cnet',
      matches: {
        '[id^="taboola-"]': 1,
        '.teads-inread': 1,
        '.livefyreContainer': 1,
        '.upNextBottom': 1,
        '#flyoutPromo': 1,
        '#contentPromo': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on readability:cnet.',
};
