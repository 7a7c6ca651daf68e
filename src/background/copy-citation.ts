/**
 * "Copy citation" without opening the popup: a context-menu entry and a keyboard command
 * (manifest `commands`, rebindable in the browser's shortcut settings), both in the last-used
 * citation style. The worker keeps no state: every click reads the settings and the page anew.
 *
 * How it works, in both browsers: the click or the shortcut grants activeTab for the tab; the
 * content script is injected and digests the page; the citation is rendered here; and the
 * clipboard is written *in the tab*, by a small injected function. Writing in the tab is what
 * both browsers allow: Chrome's service worker has no DOM and no Clipboard API (an offscreen
 * document would need the `offscreen` permission and Chrome-only code), while the focused tab's
 * document can write. Without a user gesture in the page, both browsers need `clipboardWrite`
 * for that (it lets content scripts write; MDN "Interact with the clipboard"), and on http pages,
 * which are not secure contexts and have no navigator.clipboard, the copy-event fallback below
 * is what works.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { renderCitation, type RenderedCitation } from '../core/citation-format';
import { citationItem } from '../core/citation';
import { t } from '../shared/i18n';
import {
  handleMessages,
  isExtensionPage,
  sendToTab,
  type BackgroundProtocol,
} from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { DIGEST_SCRIPT } from '../shared/site-patterns';

export const MENU_ID = 'standfirst-copy-citation';
export const COMMAND = 'copy-citation';

/**
 * Runs in the tab (serialised by scripting.executeScript, so it must be self-contained).
 * Writes text/html and text/plain together; falls back to a copy event, which older Firefox
 * versions without ClipboardItem still honour from an extension's script.
 */
export async function writeClipboardInPage(html: string, text: string): Promise<string | null> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return null;
    }
  } catch (error) {
    // Fall through to the copy event below.
    void error;
  }
  let written = false;
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
  return written ? null : 'the browser refused to write the clipboard';
}

/** What copyCitation needs from the browser: a seam for tests. */
export interface CopyDeps {
  inject(tabId: number, file: string): Promise<void>;
  digestCsl(tabId: number): Promise<Parameters<typeof renderCitation>[0]>;
  style(): Promise<Parameters<typeof renderCitation>[1]>;
  write(tabId: number, html: string, text: string): Promise<string | null>;
}

export const browserDeps: CopyDeps = {
  inject: async (tabId, file) => {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  },
  digestCsl: async (tabId) => citationItem(await sendToTab(tabId, 'digest', { mode: 'tidy' })),
  style: async () => (await loadSettings()).settings.citationStyle,
  write: async (tabId, html, text) => {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: writeClipboardInPage,
      args: [html, text],
    });
    return (result?.result as string | null | undefined) ?? null;
  },
};

/** Digests the tab, renders its citation in the remembered style and writes it to the clipboard. */
export async function copyCitation(
  tabId: number,
  deps: CopyDeps = browserDeps,
): Promise<RenderedCitation> {
  await deps.inject(tabId, `/${DIGEST_SCRIPT}`);
  const [csl, style] = await Promise.all([deps.digestCsl(tabId), deps.style()]);
  const rendered = renderCitation(csl, style);
  const error = await deps.write(tabId, rendered.html, rendered.text);
  if (error) throw new Error(error);
  return rendered;
}

async function activeTabId(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function run(tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = await activeTabId(tab);
  if (tabId === undefined) return;
  try {
    await copyCitation(tabId);
  } catch (error) {
    // Restricted pages (the browser's own, the PDF viewer) refuse scripts: nothing to copy there.
    console.warn('Standfirst: could not copy the citation', error);
  }
}

function createMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('contextCopyCitation'),
        contexts: ['page', 'selection', 'link', 'image'],
      }),
    )
    .catch((error: unknown) => console.warn('Standfirst: context menu', error));
}

/** Registers the listeners at the worker's top level, as MV3 requires for wake-ups. */
export function registerCopyCitation(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId === MENU_ID) void run(tab);
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command === COMMAND) void run(tab);
  });
  // The same path for the extension's own pages (and the end-to-end test, which cannot press a
  // browser shortcut or click a browser menu headless).
  handleMessages<BackgroundProtocol>(
    {
      'citation/copy': async ({ tabId }) => {
        const rendered = await copyCitation(tabId);
        return { style: rendered.style, text: rendered.text };
      },
    },
    isExtensionPage,
  );
}
