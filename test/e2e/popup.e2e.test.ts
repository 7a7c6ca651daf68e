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

    it('shows the summary, the key quote with its speaker, and expands the other quotes', async () => {
      const tabId = await tabIdOf(browser, server.urlOf(seed));
      const page = await openPopupPage(browser, tabId);
      const seen = await page.evaluate(() => {
        const text = (id: string): string =>
          document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
        const toggle = document.querySelector<HTMLButtonElement>(
          '[data-testid="other-quotes-toggle"]',
        );
        const list = document.querySelector<HTMLElement>('[data-testid="other-quotes"]');
        // Rendered, not just flagged: a list styled display:grid once stayed visible while hidden.
        const shown = (): boolean => (list?.getClientRects().length ?? 0) > 0;
        const before = {
          expanded: toggle?.getAttribute('aria-expanded'),
          hidden: list?.hidden,
          shown: shown(),
        };
        toggle?.focus();
        toggle?.click();
        return {
          summary: text('summary-text'),
          quote: text('key-quote'),
          speaker: text('key-quote-speaker'),
          role: text('key-quote-role'),
          stance: text('key-quote-stance'),
          toggle: toggle?.textContent ?? '',
          before,
          after: {
            expanded: toggle?.getAttribute('aria-expanded'),
            hidden: list?.hidden,
            shown: shown(),
          },
          focused: document.activeElement === toggle,
          others: list?.querySelectorAll('li').length ?? 0,
        };
      }, null);
      expect(seen.summary).toMatch(/^Skype has issued a formal denial/);
      expect(seen.quote).toContain('Nothing could be more contrary to the Skype philosophy');
      expect(seen.speaker).toBe('Mark Gillett');
      expect(seen.role).toBe("Skype's chief development and operations officer");
      expect(seen.stance).toBe('Denial');
      expect(seen.toggle).toBe(`Other quotes (${seen.others})`);
      expect(seen.others).toBeGreaterThan(0);
      expect(seen.before).toEqual({ expanded: 'false', hidden: true, shown: false });
      expect(seen.after).toEqual({ expanded: 'true', hidden: false, shown: true });
      expect(seen.focused).toBe(true);
      // Firefox fixes the colour scheme at launch; Chromium switches it per page.
      for (const scheme of name === 'chromium'
        ? (['light', 'dark'] as const)
        : (['light'] as const)) {
        await page.setColorScheme(scheme);
        await page.screenshot(path.join(RESULTS, `popup-gist-${name}-${scheme}.png`), {
          fullPage: true,
        });
      }
      expect(page.errors).toEqual([]);
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
