/**
 * Canonical, tracking-free URLs for citations.
 * The tracking-parameter list lives here, in one place, with tests beside it.
 */

/** Exact parameter names that only track the visitor. Lower-case. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gclsrc',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'taid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'wickedid',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'vero_id',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  '_hsenc',
  '_hsmi',
  'ito',
  'cid',
  'smid',
  'sr_share',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'ncid',
  'soc_src',
  'soc_trk',
  'spm',
  'share',
  'sh',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'fb_action_ids',
  'fb_action_types',
  'fb_ref',
  'fb_source',
  'action_object_map',
  'action_type_map',
  'action_ref_map',
  'trk',
  'trkcampaign',
  'sc_campaign',
  'sc_channel',
  'sc_content',
  'sc_medium',
  'sc_outcome',
  'sc_geo',
  'sc_country',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'xtor',
  'wt_mc',
  'wt.mc_id',
  'icid',
  'int_source',
  'intcmp',
  'cmp',
  'campaign_id',
  'mbid',
  'src',
  'source',
  'amp',
]);

/** Parameter prefixes that only track the visitor. */
export const TRACKING_PREFIXES: readonly string[] = [
  'utm_',
  'pk_',
  'mtm_',
  'hmb_',
  'ga_',
  'stm_',
  'vgo_ee',
];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** Removes tracking parameters and the fragment. Keeps meaningful parameters (`?p=123`, `?id=`). */
export function cleanUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  for (const name of Array.from(url.searchParams.keys())) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  url.hash = '';
  // URLSearchParams re-encodes; keep the original query when nothing was removed.
  return url.href.replace(/\?$/, '');
}

/** The page's own canonical address (rel=canonical, then og:url), made absolute and clean. */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const href of candidates) {
    if (!href?.trim()) continue;
    try {
      const url = new URL(href.trim(), pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return cleanUrl(url.href);
    } catch {
      // A malformed canonical is ignored; the next source is tried.
    }
  }
  return cleanUrl(pageUrl);
}
