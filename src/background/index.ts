/**
 * The background (service worker in Chrome, event page in Firefox). It keeps no state in globals:
 * the MV3 worker can stop at any moment.
 */
import browser from 'webextension-polyfill';
import { handleMessages, isOwnContentScript, type BackgroundProtocol } from '../shared/messages';
import { registerCopyCitation } from './copy-citation';

registerCopyCitation();

handleMessages<BackgroundProtocol>(
  {
    'clutter/report': async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      return null;
    },
  },
  isOwnContentScript,
);
