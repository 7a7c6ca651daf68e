/// <reference types="chrome" />
/**
 * Installing Standfirst while a story is open: content scripts only reach pages loaded after
 * they are registered, so the background applies the hiding to the tabs already open on an
 * enabled site when it is installed (or updated). Chromium only: its CDP can install an unpacked
 * extension into a running browser (Extensions.loadUnpacked). In Firefox the built-in sites'
 * permissions come from the user after install, and a grant applies to open tabs the same way
 * (declutter.e2e.test.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures';
import { RESULTS } from '../helpers/paths';
import { browserAvailable } from './drivers';
import { CHROMIUM_PATH, launchChromium, type ChromiumBrowser } from './drivers/chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { openPopupPage, tabIdOf } from './popup-probe';
import { sleep, until } from './wait';

const seed = loadFixture('register/2012-skype-denies-spying');

/** The mustHide strings whose innermost holder renders, and the mustKeep strings not shown. */
function inspect(arg: { hide: string[]; keep: string[] }): { shown: string[]; lost: string[] } {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = arg.hide.filter((s) =>
    Array.from(document.body.getElementsByTagName('*')).some(
      (el) =>
        norm(el.textContent).includes(s) &&
        !Array.from(el.children).some((c) => norm(c.textContent).includes(s)) &&
        el.checkVisibility(),
    ),
  );
  const text = norm(document.body.innerText);
  return { shown, lost: arg.keep.filter((s) => !text.includes(s)) };
}

describe.skipIf(!browserAvailable('chromium', CHROMIUM_PATH))('install with a story open', () => {
  let server: FixtureServer;
  let browser: ChromiumBrowser;
  let url: string;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startFixtureServer();
    url = server.urlOf(seed);
    browser = await launchChromium(server, { openBeforeInstall: [url] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tidies the tab that was open before install, without a reload', async () => {
    const page = browser.context.pages().find((p) => p.url() === url)!;
    expect(page, 'the story opened before install').toBeTruthy();
    const arg = { hide: seed.case.mustHide, keep: seed.case.mustKeep };
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    let seen = await page.evaluate(inspect, arg);
    const deadline = Date.now() + 10_000;
    while (seen.shown.length && Date.now() < deadline) {
      await sleep(100);
      seen = await page.evaluate(inspect, arg);
    }
    expect(seen.shown, 'clutter still shown after install').toEqual([]);
    expect(seen.lost, 'article text lost').toEqual([]);
    expect(navigations, 'the page was not reloaded').toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'install-chromium-open-tab.png') });

    // The popup on that tab reports what was hidden, as on a page loaded after install.
    const popup = await openPopupPage(browser, await tabIdOf(browser, url));
    // The site card asks the tab for its count after the popup's first render.
    const count = await until(
      'the hidden count',
      () =>
        popup.evaluate(
          () => document.querySelector('[data-testid="hidden-count"]')?.textContent ?? '',
          null,
        ),
      (text) => text !== '',
    );
    expect(count).toMatch(/^\d+ blocks? hidden/);
    await popup.screenshot(path.join(RESULTS, 'install-chromium-popup.png'));
    expect(await browser.extensionErrors()).toEqual([]);
  });
});
