/**
 * Wired. Verified on extraction:2f42ef1d… and extraction:d48aeb9c… (2019 story template): the
 * sticky share box, the social icon lists and the site footer's about/legal paragraphs.
 */
import type { SiteProof, SiteRule } from './types';

export const wired: SiteRule = {
  id: 'wired',
  name: 'Wired',
  domains: ['wired.com'],
  clutter: [
    { selector: '.article__social-share', what: 'share' },
    { selector: '.social-icons__list', what: 'social' },
    { selector: '.site-footer__about', what: 'footer-notice' },
    { selector: '.site-footer__legalese', what: 'footer-notice' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const wiredProof: SiteProof = {
  fixtures: [
    {
      page: 'extraction:2f42ef1d3ea0c96e56355d3db93d0e06b47e760b74f6f4261278b8cd1c246dd6',
      matches: {
        '.article__social-share': 1,
        '.social-icons__list': 4,
        '.site-footer__about': 1,
        '.site-footer__legalese': 1,
      },
    },
    {
      page: 'extraction:d48aeb9cf2f2ff15769a57513249b4a6a669159f3e50b335e741d4206a824e88',
      matches: {
        '.article__social-share': 1,
        '.social-icons__list': 4,
        '.site-footer__about': 1,
        '.site-footer__legalese': 1,
      },
    },
  ],
  evidence: 'Verified: every selector on the two 2019 bench pages.',
};
