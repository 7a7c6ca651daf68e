/**
 * The Register, both templates: 2012-2014 (theregister.co.uk) and current (theregister.com).
 * Selectors from test/fixtures/register/README.md ("verified" unless noted) plus what the
 * fixtures' mustHide blocks need. Written against test/fixtures/register/*.
 */
import type { SiteRule } from './types';

export const theRegister: SiteRule = {
  id: 'theregister',
  name: 'The Register',
  domains: ['theregister.com', 'theregister.co.uk'],
  hide: [
    // Both templates: whitepaper straps.
    '.wptl',
    // 2012-2014: the Feeds link, the "More from The Register" carousel, the Whitepapers box (assumed markup).
    '.feeds_link',
    '#more_from_reg',
    '.story_carousel',
    '#whitepapers',
    '.ad-slot',
    // Current: "Other stories you might like", in-body "READ MORE" teaser, ad units.
    '#story-bot-col',
    '.promo_article',
    '.adun',
    '.google-ad',
    // Current, assumed markup: "More about" tags, "TIP US OFF", comments link, newsletter, resources.
    '.keywords',
    '.tip_us_off',
    '.comments_link',
    '.newsletter_signup',
    '.tech_resources',
  ],
};
