/**
 * The Verge, in its Chorus template (2019) and its "duet" template (2023 on).
 * Verified on extraction:785affa2… (Chorus story page) and readability:theverge (duet).
 * `.duet--recirculation--related-list` is also named by public extraction rules for the site.
 */
import type { SiteProof, SiteRule } from './types';

export const theverge: SiteRule = {
  id: 'theverge',
  name: 'The Verge',
  domains: ['theverge.com'],
  clutter: [
    // Chorus: the right rail ("Good Deals", newsletter) and the cookie notice.
    { selector: '.l-col__sidebar', what: 'rail' },
    { selector: '.m-privacy-consent', what: 'cookie-notice' },
    { selector: '.c-social-buttons', what: 'share' },
    // duet: the right rail ("Most Popular"), "More from this stream", in-body newsletter box.
    { selector: '.duet--layout--rail', what: 'rail' },
    { selector: '.duet--article--more-stories', what: 'more-from' },
    { selector: '.newsletter-wrapper', what: 'newsletter' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const thevergeProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:785affa2c34e6e4844ef080e98e1a1e532eeeb671bdacebfb9e98ad7320ff382',
      matches: {
        '.l-col__sidebar': 2,
        '.m-privacy-consent': 1,
        '.c-social-buttons': 2,
        '.duet--layout--rail': 0,
        '.duet--article--more-stories': 0,
        '.newsletter-wrapper': 0,
      },
    },
    {
      page: 'readability:theverge',
      matches: {
        '.l-col__sidebar': 0,
        '.m-privacy-consent': 0,
        '.c-social-buttons': 0,
        '.duet--layout--rail': 1,
        '.duet--article--more-stories': 1,
        '.newsletter-wrapper': 1,
      },
    },
  ],
  evidence:
    'Verified: Chorus selectors on the 2019 bench page, duet selectors on readability:theverge.',
};
