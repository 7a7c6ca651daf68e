/**
 * Tom's Hardware. No real page is available to us, so the fixture is RECONSTRUCTED
 * (test/fixtures/sites/tomshardware). Evidence: fivefilters ftr-site-config
 * `tomshardware.com.txt` (shared with techradar.com, same Future plc template) strips `ad-unit`
 * and the table hint `table__instruction` from `section.content-wrapper`. Not verified on a live
 * page; its rails are left to the heuristics.
 */
import type { SiteProof, SiteRule } from './types';

export const tomshardware: SiteRule = {
  id: 'tomshardware',
  name: "Tom's Hardware",
  domains: ['tomshardware.com'],
  clutter: [
    { selector: '.ad-unit', what: 'ad-slot' },
    { selector: '.table__instruction', what: 'table-hint' },
  ],
};

/** What the rule was written against (tests only; bundles leave it out). */
export const tomshardwareProof: SiteProof = {
  fixtures: [
    {
      page: 'fixture:sites/tomshardware',
      matches: {
        '.ad-unit': 1,
        '.table__instruction': 1,
      },
    },
  ],
  evidence:
    'Reconstructed: selectors from ftr-site-config, checked on a reconstructed fixture only.',
};
