/// <reference types="chrome" />
/** Reads the real toolbar popup from another extension page (it is not a page a driver owns). */
import type { ExtensionBrowser, PageHandle } from './drivers';
import { sleep } from './wait';

export interface PopupSnapshot {
  state: string;
  /** textContent of every `[data-testid]` element, by test id. */
  texts: Record<string, string>;
}

/** Polls the open action popup until it leaves the loading state. */
export async function readActionPopup(
  b: ExtensionBrowser,
  timeoutMs = 15_000,
): Promise<PopupSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: PopupSnapshot | null = null;
  while (Date.now() < deadline) {
    last = await b.inExtension(() => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      const view = api.extension.getViews({ type: 'popup' })[0];
      if (!view) return null;
      const texts: Record<string, string> = {};
      for (const el of Array.from(view.document.querySelectorAll<HTMLElement>('[data-testid]'))) {
        texts[el.dataset.testid!] = (el.textContent ?? '').trim();
      }
      return { state: view.document.getElementById('app')?.dataset.state ?? '', texts };
    }, null);
    if (last && last.state && last.state !== 'loading') return last;
    await sleep(100);
  }
  throw new Error(`The popup did not finish loading: ${JSON.stringify(last)}`);
}

/** The id of the newest tab showing `url` (needs a host permission for it, as built-in sites have). */
export async function tabIdOf(b: ExtensionBrowser, url: string): Promise<number> {
  const id = await b.inExtension(async (u) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    const api = g.browser ?? g.chrome;
    const tabs = await api.tabs.query({});
    // The newest tab showing the URL (ids only grow): an earlier test may have left one open.
    const ids = tabs.filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens popup.html for a tab in its own tab (same code as the real popup) for screenshots. */
export async function openPopupPage(
  b: ExtensionBrowser,
  tabId: number,
  scheme: 'light' | 'dark' = 'light',
): Promise<PageHandle> {
  const page = await b.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`);
  await page.setColorScheme(scheme);
  await page.setViewport(380, 600);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(
      () => document.getElementById('app')?.dataset.state ?? '',
      null,
    );
    if (state && state !== 'loading') return page;
    await sleep(100);
  }
  throw new Error('popup page did not finish loading');
}
