/**
 * Engadget. Verified on readability:engadget (2017 review page): the related-stories strip in the
 * context bar, the comments section and the "From around the web" block.
 */
import type { SiteProof, SiteRule } from './types';

export const engadget: SiteRule = {
  id: 'engadget',
  name: 'Engadget',
  domains: ['engadget.com'],
  clutter: [
    { selector: '.i-context_nav__related', what: 'more-from' },
    { selector: '#comments', what: 'comments' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const engadgetProof: SiteProof = {
  fixtures: [
    {
      page: 'readability:engadget',
      matches: {
        '.i-context_nav__related': 1,
        '#comments': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on readability:engadget.',
};
