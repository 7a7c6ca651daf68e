/**
 * heise online. Verified on readability:heise (2015 news page): "Auch auf heise online" related
 * links, the forum links under the story, the share bar and the right column of ads and promos.
 */
import type { SiteProof, SiteRule } from './types';

export const heise: SiteRule = {
  id: 'heise',
  name: 'heise online',
  domains: ['heise.de'],
  clutter: [
    { selector: '.related_items', what: 'more-from' },
    { selector: '.link_forum_beitrag', what: 'comments' },
    { selector: '.themen_foren', what: 'comments' },
    { selector: '.shariff', what: 'share' },
    { selector: '#mitte_rechts', what: 'rail' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const heiseProof: SiteProof = {
  fixtures: [
    {
      page: 'readability:heise',
      matches: {
        '.related_items': 1,
        '.link_forum_beitrag': 1,
        '.themen_foren': 1,
        '.shariff': 1,
        '#mitte_rechts': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on readability:heise.',
};
