/** Pages where browsers do not let extensions run scripts. */
const RESTRICTED_PROTOCOLS = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
  'blob:',
];

const STORE_PREFIXES = [
  'https://chrome.google.com/webstore',
  'https://chromewebstore.google.com/',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_PROTOCOLS.includes(parsed.protocol)) return true;
  return STORE_PREFIXES.some((prefix) => url.startsWith(prefix));
}
