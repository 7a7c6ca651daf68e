/// <reference types="chrome" />
/** Firefox ESR driven by puppeteer-core over WebDriver BiDi, dist/firefox as a temporary add-on. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { ROOT } from '../../helpers/paths';
import type { FixtureServer } from '../fixture-server';
import type { ExtensionBrowser, PageHandle } from './types';
import { sleep } from '../wait';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'standfirst@standfirst.dev';
/** Pinned, so extension page URLs are known before launch. */
const UUID = '5f1d6c2a-8b3e-4c7d-9a10-2b3c4d5e6f70';

/**
 * page.goto() to a moz-extension:// URL never resolves over BiDi: fire it, then poll until the
 * document is there (waitForFunction flaked 1 run in 10).
 */
async function gotoExtensionUrl(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`Timed out loading ${url}`);
}

/** openPopup() rejects while a popup is open, as a user's second click would close it first. */
async function closeActionPopup(helper: Page): Promise<void> {
  await helper.evaluate(() => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    for (const view of api.extension.getViews({ type: 'popup' })) view.close();
  });
}

/** Errors from the extension seen in the pages the driver opened (see extensionErrors). */
const extensionErrorLog = new WeakMap<Browser, string[]>();

function wrap(page: Page, launchedScheme: 'light' | 'dark', origin = ''): PageHandle {
  const errors: string[] = [];
  const dialogs: string[] = [];
  const log = extensionErrorLog.get(page.browser());
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error') errors.push(text);
    const url = m.location()?.url ?? '';
    if (
      log &&
      ((m.type() === 'error' && origin && url.startsWith(origin)) || /^Standfirst:/.test(text))
    )
      log.push(`console.${m.type()} ${url}: ${text}`);
  });
  page.on('pageerror', (e) => {
    errors.push(String(e));
    if (log && origin && `${(e as Error).stack ?? ''}`.includes(origin))
      log.push(`uncaught in ${page.url()}: ${(e as Error).stack}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  });
  return {
    errors,
    dialogs,
    url: () => page.url(),
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) await gotoExtensionUrl(page, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    bringToFront: () => page.bringToFront(),
    click: (selector) => page.click(selector),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    injectScript: async (source) => void (await page.evaluate(source)),
    press: async (key) => {
      // Puppeteer takes chords as separate downs and ups: "Shift+Tab" -> Shift down, Tab, Shift up.
      const parts = key.split('+').map((k) => (k === 'Space' ? ' ' : k)) as KeyInput[];
      const last = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(last);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (file, options) =>
      void (await page.screenshot({
        path: file as `${string}.png`,
        fullPage: options?.fullPage ?? false,
      })),
    // Media emulation is CDP-only; over BiDi the scheme is a launch pref (options.colorScheme).
    setColorScheme: async (scheme) => {
      if (scheme !== launchedScheme)
        throw new Error(
          `Firefox was launched ${launchedScheme}: relaunch with colorScheme '${scheme}'`,
        );
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(
  server: FixtureServer,
  options: { prefs?: Record<string, unknown>; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const ext = path.join(ROOT, 'dist/firefox');
  if (!existsSync(path.join(ext, 'manifest.json')))
    throw new Error('dist/firefox is missing: run `npm run build` first');
  const scheme = options.colorScheme ?? 'light';
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Every request goes through the fixture server, which records it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.share_proxy_settings': false,
      // 0 = dark, 1 = light: what pages (and extension pages) see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      ...options.prefs,
    },
  });
  extensionErrorLog.set(browser, []);
  await browser.installExtension(ext);
  const origin = `moz-extension://${UUID}`;
  const helper = await browser.newPage();
  await gotoExtensionUrl(helper, `${origin}/icons/standfirst-128.png`);
  // The event page's errors, from now on (it is woken for this, and again on every read).
  await helper.evaluate(watchBackground, BACKGROUND_ERRORS).catch(() => {});

  return {
    name: 'firefox',
    origin,
    server,
    async openTab(url) {
      const page = await browser.newPage();
      const handle = wrap(page, scheme, origin);
      await handle.goto(url);
      return handle;
    },
    async openExtensionPage(p) {
      const page = await browser.newPage();
      const handle = wrap(page, scheme, origin);
      await gotoExtensionUrl(page, `${origin}/${p}`);
      return handle;
    },
    inExtension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    async extensionErrors() {
      const background = await helper
        .evaluate(watchBackground, BACKGROUND_ERRORS)
        .catch((e: unknown) => [`could not watch the background page: ${String(e)}`]);
      return [...(extensionErrorLog.get(browser) ?? []), ...background];
    },
    async readClipboard() {
      // navigator.clipboard.read() asks the user (a "Paste" prompt) when another origin wrote
      // the clipboard, as a content script in a tab does; a real Ctrl+V paste event does not.
      const page = await browser.newPage();
      try {
        await gotoExtensionUrl(page, `${origin}/icons/standfirst-16.png`);
        await page.evaluate(() => {
          const box = document.createElement('div');
          box.contentEditable = 'true';
          box.id = 'paste';
          box.addEventListener('paste', (event) => {
            (globalThis as unknown as { pasted: unknown }).pasted = {
              text: event.clipboardData?.getData('text/plain') ?? '',
              html: event.clipboardData?.getData('text/html') ?? '',
            };
            event.preventDefault();
          });
          document.body.append(box);
          box.focus();
        });
        await page.bringToFront();
        await page.keyboard.down('Control');
        await page.keyboard.press('v');
        await page.keyboard.up('Control');
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
          const pasted = await page.evaluate(
            () =>
              (globalThis as unknown as { pasted?: { text: string; html: string } }).pasted ?? null,
          );
          if (pasted) return pasted;
          await sleep(100);
        }
        throw new Error('Ctrl+V delivered no paste event');
      } finally {
        await page.close();
      }
    },
    async openActionPopup(page) {
      await closeActionPopup(helper);
      await page.bringToFront();
      // Activating a tab over BiDi settles asynchronously: the popup must open for this tab, so
      // wait until the page is the visible one.
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        const visible = await page
          .evaluate(() => document.visibilityState === 'visible', null)
          .catch(() => false);
        if (visible) break;
        await sleep(50);
      }
      await helper.evaluate(() =>
        (globalThis as unknown as { browser: typeof chrome }).browser.action.openPopup(),
      );
    },
    close: () => browser.close(),
  };
}

const BACKGROUND_ERRORS = '__standfirstTestErrors';

/**
 * Runs in an extension page: installs error listeners in the background page (once per page
 * life: Firefox's event page may be unloaded and come back) and returns what they caught.
 */
async function watchBackground(key: string): Promise<string[]> {
  const api = (globalThis as unknown as { browser: typeof chrome }).browser;
  const bg = (await (
    api.runtime as unknown as { getBackgroundPage(): Promise<(Window & typeof globalThis) | null> }
  ).getBackgroundPage()) as (Window & typeof globalThis) | null;
  if (!bg) return [];
  const store = bg as unknown as Record<string, string[] | undefined>;
  if (!store[key]) {
    const list: string[] = (store[key] = []);
    bg.addEventListener('error', (e) => list.push(`background uncaught: ${e.message}`));
    bg.addEventListener('unhandledrejection', (e) =>
      list.push(`background unhandled rejection: ${String(e.reason)}`),
    );
    const original = bg.console.error.bind(bg.console);
    bg.console.error = (...args: unknown[]) => {
      list.push(`background console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return [...store[key]!];
}
