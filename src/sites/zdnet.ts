/**
 * ZDNet. Verified on extraction:5fbc7ccb… (a 2019 gift-guide article): in-body related boxes,
 * the related-stories and related-topics modules, the comments block, the sponsored-content slot.
 */
import type { SiteProof, SiteRule } from './types';

export const zdnet: SiteRule = {
  id: 'zdnet',
  name: 'ZDNet',
  domains: ['zdnet.com'],
  clutter: [
    { selector: '.relatedContent', what: 'inline-related' },
    { selector: '.related-stories', what: 'more-from' },
    { selector: '.related-topics', what: 'tags' },
    { selector: '#postComments', what: 'comments' },
    { selector: '.sharethrough-top', what: 'sponsored' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const zdnetProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e',
      matches: {
        '.relatedContent': 2,
        '.related-stories': 2,
        '.related-topics': 1,
        '#postComments': 1,
        '.sharethrough-top': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on the 2019 bench page.',
};
