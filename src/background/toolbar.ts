/**
 * The toolbar button per tab: the hidden-block count as a badge where Standfirst acted, and the
 * coloured icon only there. The manifest's default icon is the grey one, so every tab where
 * Standfirst is off (or cannot even see the site) shows grey without any work here. Browsers
 * reset per-tab values on navigation; the content script reports again on every page.
 */
import browser from 'webextension-polyfill';

const icons = (variant: string): Record<string, string> =>
  Object.fromEntries([16, 32, 48, 128].map((n) => [n, `/icons/${variant}-${n}.png`]));
const ON_ICON = icons('standfirst');
const OFF_ICON = icons('standfirst-off');

export async function showTabState(tabId: number, enabled: boolean, count: number): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ tabId, path: enabled ? ON_ICON : OFF_ICON }),
    browser.action.setBadgeText({ tabId, text: enabled && count > 0 ? String(count) : '' }),
  ]);
}

export async function initBadgeStyle(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  // Not in every browser version; the default text colour is readable too.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => {});
}
