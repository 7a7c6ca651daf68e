/**
 * The foundation flow in both browsers: open The Register's seed story under its real URL, open
 * the real toolbar popup, and see the article in it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures';
import { RESULTS } from '../helpers/paths';
import { BROWSERS, browserAvailable, type ExtensionBrowser } from './drivers';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { openPopupPage, readActionPopup, tabIdOf } from './popup-probe';
import { expectNoExtensionRequests } from './privacy';

const seed = loadFixture('register/2012-skype-denies-spying');

for (const { name, path: binary, launch } of BROWSERS) {
  describe.skipIf(!browserAvailable(name, binary))(`popup in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      mkdirSync(RESULTS, { recursive: true });
      server = await startFixtureServer();
      browser = await launch(server);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the article title and site in the real action popup', async () => {
      const article = await browser.openTab(server.urlOf(seed));
      await browser.openActionPopup(article);
      const popup = await readActionPopup(browser);
      expect(popup.state).toBe('article');
      expect(popup.texts.title).toBe(seed.case.title);
      expect(popup.texts.site).toBe('The Register');
      expect(popup.texts.published).toMatch(/2012/);
      expect(popup.texts.byline).toBeUndefined();

      const tabId = await tabIdOf(browser, server.urlOf(seed));
      const page = await openPopupPage(browser, tabId);
      await page.screenshot(path.join(RESULTS, `popup-${name}.png`), { fullPage: true });
      await page.close();
    });

    it('shows the restricted state on the extension’s own pages', async () => {
      const page = await browser.openExtensionPage('icons/standfirst-16.png');
      await browser.openActionPopup(page);
      const popup = await readActionPopup(browser);
      expect(popup.state).toBe('restricted');
      await page.close();
    });
    it('made no network request from the extension', () => expectNoExtensionRequests(server));
  });
}
