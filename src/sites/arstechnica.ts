/**
 * Ars Technica. Verified on readability:ars-1 (Mozilla Readability's copy of an Ars story page,
 * 2020 template): share rails beside and under the story, the comments/video footer and the
 * newsletter box in the site footer.
 */
import type { SiteProof, SiteRule } from './types';

export const arstechnica: SiteRule = {
  id: 'arstechnica',
  name: 'Ars Technica',
  domains: ['arstechnica.com'],
  clutter: [
    { selector: '#social-left', what: 'share' },
    { selector: '#social-footer', what: 'share' },
    { selector: '#article-footer-wrap', what: 'comments-video' },
    { selector: '.footer-newsletter', what: 'newsletter' },
    { selector: '#sponsored-recommendations', what: 'sponsored' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const arstechnicaProof: SiteProof = {
  fixtures: [
    {
      page: 'readability:ars-1',
      matches: {
        '#social-left': 1,
        '#social-footer': 1,
        '#article-footer-wrap': 1,
        '.footer-newsletter': 1,
        '#sponsored-recommendations': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on readability:ars-1.',
};
