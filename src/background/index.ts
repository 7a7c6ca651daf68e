/**
 * The background (service worker in Chrome, event page in Firefox). It keeps no state in globals:
 * the MV3 worker can stop at any moment. Listeners are added synchronously at the top level so a
 * woken worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import {
  handleMessages,
  isExtensionPage,
  isOwnContentScript,
  sendToTab,
  type BackgroundProtocol,
} from '../shared/messages';
import { siteKeyOf } from '../shared/site-key';
import { findSite } from '../sites/index';
import { DIGEST_SCRIPT, originPatterns } from '../shared/site-patterns';
import {
  insertUserSheet,
  onInstalled,
  onPermissionsAdded,
  onSettingsRecordChanged,
  setSite,
  siteView,
  stateFor,
  syncRegistrations,
} from './sites';
import { initBadgeStyle, showTabState } from './toolbar';
import { registerCopyCitation } from './copy-citation';

registerCopyCitation();

// From our content scripts. The URL is the sender's, as the browser reports it, never the page's word.
handleMessages<BackgroundProtocol>(
  {
    'content/hello': async (_data, sender) => {
      const url = sender.url ?? sender.tab?.url;
      const state = await stateFor(url);
      // The toolbar shows the page's state, no count yet, as the script's first report would
      // have: the script sends none for it (a second message to answer, on the page's main
      // thread, at load). Its later reports are the counts, sent after it has this answer.
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0)
        void showTabState(sender.tab.id, state.enabled, 0).catch(() => {});
      if (state.enabled && url && sender.tab?.id !== undefined) {
        await insertUserSheet(sender.tab.id, url, sender.frameId ?? 0).catch((error: unknown) =>
          console.warn('Standfirst: no user stylesheet', error),
        );
      }
      return { ...state, site: url ? findSite(url) : null };
    },
    'content/analyser': async (_data, sender) => {
      const tabId = sender.tab?.id;
      // Only where de-cluttering is on: elsewhere the registered script is not running anyway.
      if (tabId === undefined || !(await stateFor(sender.url ?? sender.tab?.url)).enabled)
        return null;
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [`/${DIGEST_SCRIPT}`],
      });
      return null;
    },
    'clutter/report': async ({ count, enabled }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
      await showTabState(tabId, enabled, Math.max(0, Math.floor(Number(count) || 0)));
      return null;
    },
  },
  isOwnContentScript,
);

// From extension pages (popup, options).
handleMessages<BackgroundProtocol>(
  {
    'site/get': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      const key = siteKeyOf(tab.url);
      return key ? siteView(key) : null;
    },
    'site/set': ({ key, enabled, reveal }) => {
      if (typeof key !== 'string' || siteKeyOf(`https://${key}/`) !== key)
        throw new Error(`Not a site key: ${String(key)}`);
      return setSite(key, { enabled, reveal });
    },
  },
  isExtensionPage,
);

// Registered scripts do not survive everything: Chromium treats every --load-extension launch
// as a fresh install, and updates may change the stylesheet files. Register again each time.
// On install and update, tabs already open on an enabled site get the hiding too.
browser.runtime.onInstalled.addListener(() => void onInstalled().catch(console.error));
browser.runtime.onStartup.addListener(() => void syncRegistrations());
void initBadgeStyle().catch(() => {});

browser.permissions.onAdded.addListener(
  ({ origins }) => void onPermissionsAdded(origins ?? []).catch(console.error),
);
browser.permissions.onRemoved.addListener(() => void syncRegistrations());

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes.settings;
  if (change && (area === 'sync' || area === 'local'))
    void onSettingsRecordChanged(change.oldValue, change.newValue).catch(console.error);
});

// History-API navigations keep the document (and our script) but change the page: tell the
// script to look again. tabs.onUpdated reports the URL only for sites we have access to.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.url && siteKeyOf(changeInfo.url))
    sendToTab(tabId, 'navigated', null).catch(() => {});
});

// "Toggle declutter on this site" (Alt+Shift+D by default).
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-site') void toggleSite(tab).catch(console.error);
});

async function toggleSite(commandTab: browser.Tabs.Tab | undefined): Promise<void> {
  const key = siteKeyOf(commandTab?.url);
  // Ask first, before any await: a shortcut is a user gesture only until the handler yields.
  // Already granted, this resolves at once without a prompt, whichever way the switch goes.
  const asked = key
    ? browser.permissions.request({ origins: originPatterns(key) }).catch(() => false)
    : null;
  if (!key || !asked) return;
  const view = await siteView(key);
  const on = view.enabled && view.granted;
  if (!on && !view.granted && !(await asked)) {
    // The browser would not prompt from here: the popup has the switch and says why.
    await browser.action.openPopup().catch(() => {});
    return;
  }
  await setSite(key, { enabled: !on });
}
