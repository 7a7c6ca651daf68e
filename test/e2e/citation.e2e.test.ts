/**
 * The citation card in both browsers: the popup renders the seed story's APA citation (engine
 * loaded lazily), Copy puts text/plain and text/html on the clipboard, and the choice of style
 * is remembered. The shortcut's and context menu's path (inject, digest, render, write inside
 * the tab with no gesture there) is driven through the background's message handler, which
 * calls the same copyCitation(); the browser's own shortcut and menu dispatch cannot be
 * triggered headless (they are browser UI, not page input).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures';
import { BROWSERS, browserAvailable, type ExtensionBrowser, type PageHandle } from './drivers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { openPopupPage, tabIdOf } from './popup-probe';
import { expectNoExtensionRequests } from './privacy';
import { sleep } from './wait';

const seed = loadFixture('register/2012-skype-denies-spying');
const APA_START =
  'Skype denies system upgrade enables in-call spying. (2012, July 27). The Register.';
const CLEAN_URL = 'http://www.theregister.co.uk/2012/07/27/skype_denies_spying/';

async function waitFor<T>(fn: () => Promise<T | null | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const value = await fn();
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

for (const { name, path: binary, launch } of BROWSERS) {
  describe.skipIf(!browserAvailable(name, binary))(`citation in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let article: PageHandle;
    let tabId: number;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch(server);
      article = await browser.openTab(server.urlOf(seed));
      tabId = await tabIdOf(browser, server.urlOf(seed));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('previews the APA citation and copies it as text and HTML', async () => {
      const popup = await openPopupPage(browser, tabId);
      const preview = await waitFor(
        () =>
          popup.evaluate(() => {
            const el = document.querySelector('[data-testid="citation-preview"]');
            return el?.getAttribute('aria-busy') === 'false'
              ? { text: el.textContent ?? '', italic: el.querySelector('i')?.textContent ?? '' }
              : null;
          }, null),
        'the citation preview',
      );
      expect(preview.text.startsWith(APA_START)).toBe(true);
      expect(preview.text.endsWith(CLEAN_URL)).toBe(true);
      expect(preview.italic).toBe('The Register');

      await popup.bringToFront();
      await popup.evaluate(() => {
        (document.querySelector('[data-testid="citation-copy"]') as HTMLButtonElement).click();
      }, null);
      const status = await waitFor(
        () =>
          popup.evaluate(
            () => document.querySelector('[data-testid="citation-status"]')?.textContent ?? '',
            null,
          ),
        'the copy confirmation',
      );
      expect(status).toMatch(/APA/);
      const clip = await browser.readClipboard();
      expect(clip.text.startsWith(APA_START)).toBe(true);
      expect(clip.text.endsWith(CLEAN_URL)).toBe(true);
      expect(clip.html).toContain('<i>The Register</i>');
      expect(popup.errors).toEqual([]);
      await popup.close();
    });

    it('remembers the chosen style', async () => {
      const popup = await openPopupPage(browser, tabId);
      await waitFor(
        () =>
          popup.evaluate(
            () =>
              document
                .querySelector('[data-testid="citation-preview"]')
                ?.getAttribute('aria-busy') === 'false',
            null,
          ),
        'the citation preview',
      );
      await popup.evaluate(() => {
        const select = document.querySelector(
          '[data-testid="citation-style"]',
        ) as HTMLSelectElement;
        select.value = 'mla';
        select.dispatchEvent(new Event('change'));
      }, null);
      // Closing the page before the write lands would lose it: wait for the stored setting.
      await waitFor(
        () =>
          browser.inExtension(async () => {
            const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
            const api = g.browser ?? g.chrome;
            const { settings } = (await api.storage.sync.get('settings')) as {
              settings?: { citationStyle?: string };
            };
            return settings?.citationStyle === 'mla';
          }, null),
        'the saved style',
      );
      await popup.close();
      const again = await openPopupPage(browser, tabId);
      const text = await waitFor(
        () =>
          again.evaluate(() => {
            const el = document.querySelector('[data-testid="citation-preview"]');
            const style = (
              document.querySelector('[data-testid="citation-style"]') as HTMLSelectElement
            )?.value;
            return el?.getAttribute('aria-busy') === 'false' && style === 'mla'
              ? el.textContent
              : null;
          }, null),
        'the remembered MLA style',
      );
      expect(text).toMatch(
        /^“Skype Denies System Upgrade Enables In-Call Spying\.” The Register, 27 July 2012/,
      );
      await again.close();
    });

    it('copies in the remembered style through the background, as the shortcut and menu do', async () => {
      // The background's own path (inject, digest, render, write inside the tab with no user
      // gesture in the page) run through its message handler: the browser's shortcut and
      // context-menu dispatch themselves cannot be triggered headless.
      await article.bringToFront();
      const reply = await browser.inExtension(
        async ({ tabId }) => {
          const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
          const api = g.browser ?? g.chrome;
          return Promise.race([
            api.runtime.sendMessage({ standfirst: 1, type: 'citation/copy', data: { tabId } }),
            new Promise((resolve) => setTimeout(() => resolve('no answer in 20 s'), 20_000)),
          ]);
        },
        { tabId },
      );
      expect(reply).toMatchObject({ ok: true, value: { style: 'mla' } });
      const clip = await browser.readClipboard();
      expect(clip.text).toMatch(
        /^“Skype Denies System Upgrade Enables In-Call Spying\.” The Register/,
      );
      expect(clip.html).toContain('<i>The Register</i>');
    });
    it('made no network request from the extension', () => expectNoExtensionRequests(server));
  });
}
