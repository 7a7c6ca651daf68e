/// <reference types="chrome" />
/** Debian's Chromium driven by playwright-core, the unpacked dist/chrome loaded. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from '../../helpers/paths';
import type { FixtureServer } from '../fixture-server';
import { readClipboardInPage } from './clipboard';
import type { ExtensionBrowser, PageHandle } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrap(page: Page): PageHandle {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  });
  return {
    errors,
    dialogs,
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    bringToFront: () => page.bringToFront(),
    click: (selector) => page.click(selector),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    injectScript: async (source) => void (await page.evaluate(source)),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file, options) =>
      void (await page.screenshot({ path: file, fullPage: options?.fullPage ?? false })),
    setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    close: () => page.close(),
  };
}

/** The Chromium driver also hands out Playwright's context, for CDP (tracing in bench/). */
export type ChromiumBrowser = ExtensionBrowser & { context: BrowserContext };

export async function launchChromium(
  server: FixtureServer,
  options: {
    profileDir?: string;
    /** Pages to load before the extension is installed, as a user's open tabs are. */
    openBeforeInstall?: string[];
    /** Another build of the extension than dist/chrome (bench/popup-ab.ts compares two). */
    extensionDir?: string;
  } = {},
): Promise<ChromiumBrowser> {
  const ext = options.extensionDir ?? path.join(ROOT, 'dist/chrome');
  if (!existsSync(path.join(ext, 'manifest.json')))
    throw new Error('dist/chrome is missing: run `npm run build` first');
  const later = options.openBeforeInstall;
  const profile = options.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'standfirst-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    // Installing later goes through CDP's Extensions.loadUnpacked, which wants extensions enabled
    // (Playwright disables them by default) and this switch.
    ...(later ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(later
        ? ['--enable-unsafe-extension-debugging']
        : // Without --disable-extensions-except, Playwright's --disable-extensions wins silently.
          [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      // Every request goes through the fixture server, which records it.
      `--proxy-server=http://127.0.0.1:${server.port}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  if (later) {
    for (const url of later) await (await context.newPage()).goto(url, { waitUntil: 'load' });
    const cdp = await context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never);
  }
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const extensionErrors = watchExtensionErrors(context, worker, origin);
  const helper = await context.newPage();
  // Any document at the extension origin gets the extension APIs; an icon has no side effects.
  await helper.goto(`${origin}/icons/standfirst-128.png`);

  return {
    name: 'chromium',
    origin,
    server,
    context,
    async openTab(url) {
      const page = await context.newPage();
      const handle = wrap(page);
      await page.goto(url, { waitUntil: 'load' });
      return handle;
    },
    async openExtensionPage(p) {
      const page = await context.newPage();
      const handle = wrap(page);
      await page.goto(`${origin}/${p}`, { waitUntil: 'load' });
      return handle;
    },
    inExtension: (fn, arg) => helper.evaluate(fn as never, arg) as never,
    extensionErrors,
    async readClipboard() {
      // Chromium grants clipboard-read only to a web origin (not chrome-extension://), in a
      // secure context: the fixture server's own loopback address is one.
      const local = `http://127.0.0.1:${server.port}/clipboard-reader`;
      server.route(local, '<!doctype html><title>clipboard reader</title>');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(local).origin,
      });
      const page = await context.newPage();
      try {
        await page.goto(local);
        await page.bringToFront();
        return await page.evaluate(readClipboardInPage);
      } finally {
        await page.close();
      }
    },
    async openActionPopup(page) {
      // openPopup() rejects while a popup is open, as a user's second click would close it first.
      await helper.evaluate(() => {
        for (const view of chrome.extension.getViews({ type: 'popup' })) view.close();
      });
      await page.bringToFront();
      await worker.evaluate(() => chrome.action.openPopup());
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Uncaught errors in the service worker, recorded by listeners installed in it. */
const SW_ERRORS = '__standfirstTestErrors';

/**
 * Collects the extension's own errors across the browser: console errors (and our `Standfirst:`
 * warnings) whose source is an extension file, page errors whose stack runs through one (content
 * scripts in any tab, extension pages), and the service worker's uncaught errors and rejections,
 * which Playwright does not report: listeners installed in the worker keep those.
 */
function watchExtensionErrors(
  context: BrowserContext,
  worker: Worker,
  origin: string,
): () => Promise<string[]> {
  const seen: string[] = [];
  const ours = (url: string | undefined, text: string) =>
    (url ?? '').startsWith(origin) || /^Standfirst\b/.test(text);
  context.on('console', (m) => {
    const type = m.type();
    const text = m.text();
    if (
      (type === 'error' || (type === 'warning' && /^Standfirst:/.test(text))) &&
      ours(m.location().url, text)
    )
      seen.push(`console.${type} ${m.location().url}: ${text}`);
  });
  context.on('weberror', (e) => {
    const error = e.error();
    const stack = `${error.stack ?? ''}`;
    if (stack.includes(origin)) seen.push(`uncaught in ${e.page()?.url() ?? '?'}: ${stack}`);
  });
  const install = (w: Worker) =>
    w
      .evaluate((key) => {
        const g = globalThis as unknown as Record<string, string[] | undefined>;
        if (g[key]) return;
        const list: string[] = (g[key] = []);
        addEventListener('error', (e) => list.push(`uncaught: ${(e as ErrorEvent).message}`));
        addEventListener('unhandledrejection', (e) =>
          list.push(`unhandled rejection: ${String((e as PromiseRejectionEvent).reason)}`),
        );
      }, SW_ERRORS)
      .catch(() => {});
  let current = worker;
  void install(worker);
  context.on('serviceworker', (w) => {
    if (w.url().startsWith(origin)) {
      current = w;
      void install(w);
    }
  });
  return async () => {
    const inWorker = await current
      .evaluate((key) => (globalThis as unknown as Record<string, string[]>)[key] ?? [], SW_ERRORS)
      .catch(() => [] as string[]);
    return [...seen, ...inWorker.map((e) => `service worker ${e}`)];
  };
}
