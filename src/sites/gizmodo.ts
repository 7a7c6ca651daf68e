/**
 * Gizmodo. Verified on extraction:5fa5679d… and extraction:7bb1ca90… (2019 Kinja template, whose
 * classes are mostly generated: only stable ids and BEM names are used): the trending module
 * ("You may also like") and the in-body story inset.
 */
import type { SiteProof, SiteRule } from './types';

export const gizmodo: SiteRule = {
  id: 'gizmodo',
  name: 'Gizmodo',
  domains: ['gizmodo.com'],
  clutter: [
    { selector: '#trending_wrapper', what: 'trending' },
    { selector: '.inset--story', what: 'inline-related' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const gizmodoProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8',
      matches: {
        '#trending_wrapper': 1,
        '.inset--story': 0,
      },
    },
    {
      page: 'extraction:7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b',
      matches: {
        '#trending_wrapper': 1,
        '.inset--story': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on the two 2019 bench pages.',
};
