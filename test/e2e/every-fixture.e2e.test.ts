/// <reference types="chrome" />
/**
 * Every fixture page (test/fixtures/register and quotes; the hostile ones are in
 * hostile.e2e.test.ts, in both browsers) through the real content script in Chromium, with
 * de-cluttering switched on for its site as a user would: the registered script marks clutter in
 * Tidy and then Focus mode, the popup digests the page and renders every card. Throughout, the
 * extension itself logs no error (background, content scripts, extension pages: Chromium reports
 * them all, see extensionErrors()). Firefox runs the same code in declutter.e2e.test.ts and
 * hostile.e2e.test.ts; here it would add 35 s for little.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInHostPermissions, originPatterns } from '../../src/shared/site-patterns';
import { siteKeyOf } from '../../src/shared/site-key';
import { listFixtures } from '../helpers/fixtures';
import { BROWSERS, browserAvailable, type ExtensionBrowser } from './drivers';
import { launchChromium } from './drivers/chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { chromiumProfileGranting } from './grant';
import { openPopupPage, tabIdOf } from './popup-probe';
import { expectNoExtensionRequests } from './privacy';
import { until } from './wait';

const fixtures = [...listFixtures('register'), ...listFixtures('quotes')];
const keys = [...new Set(fixtures.map((f) => siteKeyOf(f.case.url)!))];
const origins = keys.flatMap(originPatterns);

/** Sends an envelope from an extension page: to a tab's content script, or to the background. */
function message<T>(b: ExtensionBrowser, tabId: number | null, type: string, data: unknown) {
  return b.inExtension(
    async ({ tabId, type, data }) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      const envelope = { standfirst: 1, type, data };
      try {
        const reply = (await (tabId === null
          ? api.runtime.sendMessage(envelope)
          : api.tabs.sendMessage(tabId, envelope, { frameId: 0 }))) as
          { ok: boolean; value: unknown } | undefined;
        return reply?.ok ? reply.value : null;
      } catch {
        return null;
      }
    },
    { tabId, type, data },
  ) as Promise<T | null>;
}

interface Status {
  enabled: boolean;
  mode: string;
  hidden: number;
}

for (const { name, path: binary } of BROWSERS.filter((b) => b.name === 'chromium')) {
  describe.skipIf(!browserAvailable(name, binary))(`every fixture in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchChromium(server, {
        profileDir: chromiumProfileGranting(origins, builtInHostPermissions()),
      });
      for (const key of keys) await message(browser, null, 'site/set', { key, enabled: true });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('de-clutters, digests and renders every fixture without an error from the extension', async () => {
      const states: Record<string, string> = {};
      for (const f of fixtures) {
        const url = server.urlOf(f);
        const page = await browser.openTab(url);
        const tabId = await tabIdOf(browser, url);
        await until(
          `${f.id}: the registered content script`,
          () => message<Status>(browser, tabId, 'status', null),
          (s) => Boolean(s?.enabled),
        );
        // Focus mode too, then back to Tidy, as the options page would.
        for (const mode of ['focus', 'tidy']) {
          const s = await message<Status>(browser, tabId, 'apply', {
            enabled: true,
            reveal: false,
            mode,
          });
          expect(s?.mode, f.id).toBe(mode);
        }
        const popup = await openPopupPage(browser, tabId);
        states[f.id] = await popup.evaluate(
          () => document.getElementById('app')?.dataset.state ?? '',
          null,
        );
        await until(
          `${f.id}: the citation preview`,
          () =>
            popup.evaluate(
              () =>
                document
                  .querySelector('[data-testid="citation-preview"]')
                  ?.getAttribute('aria-busy') === 'false',
              null,
            ),
          Boolean,
        );
        expect(popup.errors, `${f.id}: popup`).toEqual([]);
        await popup.close();
        await page.close();
      }
      expect(Object.values(states).every((s) => s === 'article' || s === 'not-article')).toBe(true);
      expect(await browser.extensionErrors()).toEqual([]);
    });

    it('made no network request from the extension', () => expectNoExtensionRequests(server));
  });
}
