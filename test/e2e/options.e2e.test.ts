/**
 * The options page and the look of the extension pages, in both browsers: the site list, My rules
 * validated as you type (by the browser's own selector engine too), import and export, the
 * storage notices, keyboard use, and axe-core on the popup and the options page in light and
 * dark. Screenshots go to test-results/ (the README's come from here).
 *
 * One launch per browser, plus one for Firefox dark: over BiDi the colour scheme is a launch pref.
 */
/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import english from '../../public/_locales/en/messages.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITATION_STYLES } from '../../src/core/types';
import { CITATION_STYLE_LABEL_KEYS } from '../../src/shared/citation-style-labels';
import { SITES } from '../../src/sites';
import { loadFixture } from '../helpers/fixtures';
import { RESULTS } from '../helpers/paths';
import {
  CLOSED_AT_END_OF_INPUT,
  INVALID_SELECTORS,
  PSEUDO_ELEMENT_SELECTORS,
  VALID_SELECTORS,
} from '../helpers/selector-corpus';
import { blocking, runAxe, type AxeViolation } from './axe';
import { BROWSERS, browserAvailable, type ExtensionBrowser, type PageHandle } from './drivers';
import { FIREFOX_PATH, launchFirefox } from './drivers/firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { openPopupPage, tabIdOf } from './popup-probe';
import { expectNoExtensionRequests } from './privacy';
import { sleep, until } from './wait';

const englishMessage = (key: string): string =>
  (english as Record<string, { message: string }>)[key]!.message;

const OPTIONS = 'src/options/options.html';
const seed = loadFixture('register/2012-skype-denies-spying');

type Stored = Record<string, unknown>;
/** Replaces both storage areas (`null` clears one). */
async function setStorage(b: ExtensionBrowser, sync: Stored | null, local: Stored | null) {
  await b.inExtension(
    async ({ sync, local }) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      await api.storage.sync.clear();
      await api.storage.local.clear();
      if (sync) await api.storage.sync.set(sync);
      if (local) await api.storage.local.set(local);
    },
    { sync, local },
  );
}
async function storedSettings(b: ExtensionBrowser): Promise<Stored> {
  return b.inExtension(async () => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    const api = g.browser ?? g.chrome;
    return ((await api.storage.sync.get('settings')).settings ?? {}) as Stored;
  }, null);
}

async function openOptions(b: ExtensionBrowser): Promise<PageHandle> {
  const page = await b.openExtensionPage(OPTIONS);
  await until('the options page', () =>
    page.evaluate(() => document.getElementById('options')?.dataset.ready === 'true', null),
  );
  return page;
}

const text = (page: PageHandle, selector: string) =>
  page.evaluate(
    (s) => Array.from(document.querySelectorAll(s)).map((e) => (e.textContent ?? '').trim()),
    selector,
  );

function report(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.targets.join(', ')}`)
    .join('\n');
}

/** axe on the popup (article and restricted states) and the options page, with screenshots. */
/** A popup-sized screenshot: the real popup is as tall as its content, so crop to that. */
async function popupShot(page: PageHandle, file: string): Promise<void> {
  const height = await page.evaluate(
    () => Math.ceil(document.body.getBoundingClientRect().height),
    null,
  );
  await page.setViewport(380, Math.max(120, height));
  await page.screenshot(path.join(RESULTS, file));
}

async function checkLook(b: ExtensionBrowser, scheme: 'light' | 'dark'): Promise<void> {
  const found: Record<string, AxeViolation[]> = {};
  const article = await b.openTab(b.server.urlOf(seed));
  const articleTab = await tabIdOf(b, b.server.urlOf(seed));
  const popup = await openPopupPage(b, articleTab, scheme);
  expect(await popup.evaluate(() => document.getElementById('app')?.dataset.state, null)).toBe(
    'article',
  );
  found[`popup article ${scheme}`] = await runAxe(popup);
  await popupShot(popup, `ui-${b.name}-popup-${scheme}.png`);

  // The popup for a tab showing an extension page: the restricted state.
  const options = await openOptions(b);
  const optionsTab = await options.evaluate(async () => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return (await (g.browser ?? g.chrome).tabs.getCurrent())!.id!;
  }, null);
  const restricted = await openPopupPage(b, optionsTab, scheme);
  expect(await restricted.evaluate(() => document.getElementById('app')?.dataset.state, null)).toBe(
    'restricted',
  );
  found[`popup restricted ${scheme}`] = await runAxe(restricted);
  await popupShot(restricted, `ui-${b.name}-popup-restricted-${scheme}.png`);

  await options.setColorScheme(scheme);
  await options.setViewport(900, 1000);
  // Buttons fade their colours for 0.12 s: let a scheme switch settle before measuring contrast.
  await sleep(300);
  // Show rule errors too, so they are checked for contrast and captured.
  await options.evaluate(() => {
    const area = document.getElementById('user-rules') as HTMLTextAreaElement;
    area.value =
      'theregister.com##.promo\nexample.com##.sponsored, aside.related\nexa mple.com##.ad';
    area.dispatchEvent(new Event('input'));
  }, null);
  await until('rule errors', () => text(options, '#rules-errors li').then((l) => l.length === 1));
  found[`options ${scheme}`] = await runAxe(options);
  await options.screenshot(path.join(RESULTS, `ui-${b.name}-options-${scheme}.png`), {
    fullPage: true,
  });

  for (const page of [popup, restricted, options, article]) await page.close();
  for (const [where, violations] of Object.entries(found)) {
    console.log(
      `axe ${b.name} ${where}: ${violations.length} violations (${blocking(violations).length} serious/critical)` +
        (violations.length ? `\n${report(violations)}` : ''),
    );
    expect(report(blocking(violations)), where).toBe('');
  }
}

for (const { name, path: binary, launch } of BROWSERS) {
  describe.skipIf(!browserAvailable(name, binary))(`options page in ${name}`, () => {
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

    it('lists built-in and user sites; switches, removes with undo, resets', async () => {
      await setStorage(
        browser,
        {
          settings: {
            schemaVersion: 1,
            sites: { 'example.org': { enabled: true }, 'news.example.net': { enabled: false } },
          },
        },
        null,
      );
      const page = await openOptions(browser);
      expect(await text(page, '[data-testid="site-name"]')).toEqual([
        ...SITES.map((s) => s.name),
        'example.org',
        'news.example.net',
      ]);

      // Switching a site off needs no permission.
      await page.click('[data-site="example.org"] [data-testid="site-switch"]');
      await until(
        'example.org switched off',
        async () =>
          JSON.stringify((await storedSettings(browser)).sites) ===
          JSON.stringify({
            'example.org': { enabled: false },
            'news.example.net': { enabled: false },
          }),
      );

      // The list re-renders from storage.onChanged a moment after the switch's write, which can
      // replace the button under the click ("Node is detached"): a failed click is tried again.
      await until('the remove button clicked', () =>
        page.click('[data-site="news.example.net"] [data-testid="site-remove"]').then(() => true),
      );
      await until(
        'the row removed',
        async () => !(await text(page, '[data-testid="site-name"]')).includes('news.example.net'),
      );
      // The switch's own toast ("off for example.org") may still be on its way: wait for ours.
      await until(
        'the remove toast',
        async () =>
          JSON.stringify(await text(page, '[data-testid="toast-message"]')) ===
          JSON.stringify(['news.example.net removed.']),
      );
      await page.click('#toast button');
      await until('undo to restore the row', async () =>
        (await text(page, '[data-testid="site-name"]')).includes('news.example.net'),
      );

      await page.click('#reset-sites');
      await until(
        'the site list reset',
        async () => JSON.stringify((await storedSettings(browser)).sites) === '{}',
      );
      // The page re-renders from storage.onChanged, a moment after the write.
      await until(
        'the list re-rendered',
        async () =>
          JSON.stringify(await text(page, '[data-testid="site-name"]')) ===
          JSON.stringify(SITES.map((site) => site.name)),
      );
      expect(await text(page, '[data-testid="site-name"]')).toEqual(SITES.map((s) => s.name));
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('saves the reading preferences', async () => {
      await setStorage(browser, null, null);
      const page = await openOptions(browser);
      await page.click('input[name="mode"][value="focus"]');
      await page.click('input[name="summaryLength"][value="2"]');
      await page.evaluate(() => {
        const select = document.getElementById('citation-style') as HTMLSelectElement;
        select.value = 'chicago';
        select.dispatchEvent(new Event('change'));
      }, null);
      await until('the preferences saved', async () => {
        const s = await storedSettings(browser);
        return s.mode === 'focus' && s.summaryLength === 2 && s.citationStyle === 'chicago';
      });
      expect(
        await page.evaluate(
          () =>
            Array.from(
              (document.getElementById('citation-style') as HTMLSelectElement).options,
            ).map((o) => o.textContent),
          null,
        ),
      ).toEqual(CITATION_STYLES.map((style) => englishMessage(CITATION_STYLE_LABEL_KEYS[style])));
      await page.close();
    });

    it('checks My rules as you type, with the browser’s own selector engine too', async () => {
      await setStorage(browser, null, null);
      const page = await openOptions(browser);
      const rules = [
        '! comment',
        'example.com##.promo-box',
        'exa mple.com##.ad',
        'example.com##div:no-such-pseudo-class',
        '##.newsletter',
      ].join('\n');
      await page.evaluate((value) => {
        const area = document.getElementById('user-rules') as HTMLTextAreaElement;
        area.value = value;
        area.dispatchEvent(new Event('input'));
      }, rules);
      const errors = await until('two rule errors', async () => {
        const items = await text(page, '#rules-errors li');
        return items.length === 2 ? items : undefined;
      });
      expect(errors[0]).toBe('Line 3: “exa mple.com” is not a domain name.');
      // The core's syntax check lets an unknown pseudo-class through; the browser does not.
      expect(errors[1]).toBe('Line 4: “div:no-such-pseudo-class” is not a valid CSS selector.');
      expect((await text(page, '#rules-status'))[0]).toMatch(
        /Valid rules: 2 · Lines with errors \(ignored\): 2 · Unsaved/,
      );

      // Clicking an error selects its line in the text box.
      await page.click('#rules-errors li:first-child button');
      expect(
        await page.evaluate(() => {
          const area = document.getElementById('user-rules') as HTMLTextAreaElement;
          return [
            document.activeElement === area,
            area.value.slice(area.selectionStart, area.selectionEnd),
          ];
        }, null),
      ).toEqual([true, 'exa mple.com##.ad']);

      await page.click('#save-rules');
      await until('rules saved', async () => (await storedSettings(browser)).userRules === rules);

      // The corpus the unit tests use, asked of this browser.
      const verdicts = await page.evaluate(
        (all) =>
          all.map((s) => {
            try {
              document.createDocumentFragment().querySelector(s);
              return true;
            } catch {
              return false;
            }
          }),
        [...VALID_SELECTORS, ...PSEUDO_ELEMENT_SELECTORS, ...INVALID_SELECTORS],
      );
      const valid = VALID_SELECTORS.length + PSEUDO_ELEMENT_SELECTORS.length;
      expect(verdicts.slice(0, valid).every(Boolean)).toBe(true);
      const lenient = INVALID_SELECTORS.filter((_, i) => verdicts[valid + i]);
      expect(lenient.filter((s) => !CLOSED_AT_END_OF_INPUT.includes(s))).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('exports all settings and imports a partial file without losing sites', async () => {
      const settings = {
        schemaVersion: 1,
        sites: { 'example.org': { enabled: false } },
        mode: 'focus',
        citationStyle: 'mla',
        summaryLength: 2,
        userRules: 'example.org##.promo',
      };
      await setStorage(browser, { settings }, null);
      const page = await openOptions(browser);

      // Catch the download link instead of letting a save dialog open.
      await page.evaluate(() => {
        const w = window as unknown as { lastDownload?: { href: string; download: string } };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.lastDownload = { href: this.href, download: this.download };
        };
      }, null);
      await page.click('#export');
      const exported = await until('the export', () =>
        page.evaluate(async () => {
          const d = (window as unknown as { lastDownload?: { href: string; download: string } })
            .lastDownload;
          return d && { name: d.download, json: await (await fetch(d.href)).text() };
        }, null),
      );
      expect(exported.name).toMatch(/^standfirst-settings-\d{4}-\d\d-\d\d\.json$/);
      expect(JSON.parse(exported.json)).toEqual(settings);

      const pick = (content: string) =>
        page.evaluate((c) => {
          const input = document.getElementById('import-file') as HTMLInputElement;
          const data = new DataTransfer();
          data.items.add(new File([c], 'settings.json', { type: 'application/json' }));
          input.files = data.files;
          input.dispatchEvent(new Event('change'));
        }, content);

      await pick('not json');
      await until(
        'the import error',
        async () =>
          (await text(page, '#import-status'))[0] === 'That file is not JSON. Nothing was changed.',
      );

      await pick(
        JSON.stringify({
          citationStyle: 'ieee',
          mode: 'zen',
          sites: { 'other.example': { enabled: false } },
        }),
      );
      await until(
        'the import',
        async () => (await storedSettings(browser)).citationStyle === 'ieee',
      );
      expect(await storedSettings(browser)).toEqual({
        ...settings,
        citationStyle: 'ieee',
        sites: { 'example.org': { enabled: false }, 'other.example': { enabled: false } },
      });
      expect((await text(page, '#import-status p'))[0]).toMatch(/Some entries were invalid/);
      expect(await text(page, '[data-testid="site-name"]')).toContain('other.example');
      await page.close();
    });

    it('says so when settings live in local storage or were repaired', async () => {
      await setStorage(browser, null, {
        settingsArea: 'local',
        settings: { schemaVersion: 1, mode: 'zen', sites: {} },
      });
      const page = await openOptions(browser);
      expect(await text(page, '[data-testid="notice-local"]')).toEqual([
        "Your settings are saved in this browser only: sync storage is unavailable or full, so they won't follow you to your other devices.",
      ]);
      expect((await text(page, '[data-testid="notice-problems"] p'))[0]).toMatch(/were invalid/);
      expect(await text(page, '[data-testid="notice-problems"] li')).toEqual(['mode was invalid']);
      await page.close();
    });

    it('falls back to local storage, and says so, when rules outgrow a sync item', async () => {
      await setStorage(browser, null, null);
      const page = await openOptions(browser);
      expect(await text(page, '[data-testid="notice-local"]')).toEqual([]);
      // Sync allows 8 KB per item in both browsers; all settings are one item.
      const rules = Array.from({ length: 400 }, (_, i) => `example.com##.promo-${i}`).join('\n');
      await page.evaluate((value) => {
        const area = document.getElementById('user-rules') as HTMLTextAreaElement;
        area.value = value;
        area.dispatchEvent(new Event('input'));
      }, rules);
      await page.click('#save-rules');
      await until(
        'the local-storage notice',
        async () => (await text(page, '[data-testid="notice-local"]')).length === 1,
      );
      const local = await browser.inExtension(async () => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        const api = g.browser ?? g.chrome;
        return api.storage.local.get(['settings', 'settingsArea']);
      }, null);
      expect(local.settingsArea).toBe('local');
      expect((local.settings as { userRules: string }).userRules).toBe(rules);
      await page.close();
    });

    it('works from the keyboard, with a visible focus on every stop', async () => {
      await setStorage(
        browser,
        { settings: { schemaVersion: 1, sites: { 'example.org': { enabled: true } } } },
        null,
      );
      const page = await openOptions(browser);
      const stops: Array<{ id: string; outlined: boolean }> = [];
      // Tab through the whole page, until focus leaves it (the browser's own UI takes it).
      for (let i = 0; i < 30; i++) {
        await page.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // A switch draws its focus ring on the track next to the (invisible) checkbox.
          const ringed = el.classList.contains('switch-input')
            ? (el.nextElementSibling as HTMLElement)
            : el;
          const style = getComputedStyle(ringed);
          return {
            id: el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName,
            outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        }, null);
        if (!stop) break;
        stops.push(stop);
        if (stop.id === 'Declutter example.org') {
          // Space on the switch turns the site off, as a click would, and the list re-renders
          // without losing the keyboard user's place.
          await page.press('Space');
          await until(
            'the switch toggled by the keyboard',
            async () =>
              JSON.stringify((await storedSettings(browser)).sites) ===
              JSON.stringify({ 'example.org': { enabled: false } }),
          );
          await until('the focus kept on the switch', () =>
            page.evaluate(
              () => document.activeElement?.getAttribute('aria-label') === 'Declutter example.org',
              null,
            ),
          );
        }
      }
      expect(stops.map((s) => s.id)).toEqual([
        // Built-in sites come first, one switch each (no Remove: they are built in).
        ...SITES.map((site) => `Declutter ${site.name}`),
        'Allow access to example.org',
        'Remove example.org',
        'Declutter example.org',
        'reset-sites',
        'INPUT',
        'INPUT',
        'citation-style',
        'user-rules',
        'export',
        'import',
        'reset-all',
      ]);
      expect(stops.filter((s) => !s.outlined)).toEqual([]);

      await page.close();
    });

    it(
      'has no serious or critical axe violations, light' + (name === 'chromium' ? ' and dark' : ''),
      async () => {
        await setStorage(
          browser,
          { settings: { schemaVersion: 1, sites: { 'example.org': { enabled: false } } } },
          null,
        );
        await checkLook(browser, 'light');
        // Chromium emulates the scheme per page; Firefox needs a relaunch (below).
        if (name === 'chromium') await checkLook(browser, 'dark');
      },
    );

    it('made no network request from the extension', () => expectNoExtensionRequests(server));
  });
}

describe.skipIf(!browserAvailable('firefox', FIREFOX_PATH))('dark look in firefox', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFirefox(server, { colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no serious or critical axe violations, dark', async () => {
    await setStorage(
      browser,
      { settings: { schemaVersion: 1, sites: { 'example.org': { enabled: false } } } },
      null,
    );
    await checkLook(browser, 'dark');
  });

  it('made no network request from the extension', () => expectNoExtensionRequests(server));
});
