/**
 * VentureBeat. Verified on extraction:06e5123e… (2019 story page): the "Most Read" sidebar.
 */
import type { SiteProof, SiteRule } from './types';

export const venturebeat: SiteRule = {
  id: 'venturebeat',
  name: 'VentureBeat',
  domains: ['venturebeat.com'],
  clutter: [{ selector: '.MainBlock__sidebar', what: 'rail' }],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const venturebeatProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85',
      matches: {
        '.MainBlock__sidebar': 1,
      },
    },
  ],
  evidence: 'Verified: the selector on the 2019 bench page.',
};
