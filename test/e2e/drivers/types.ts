/**
 * One small interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox), so
 * every flow is written once and runs in both browsers.
 */
import type { FixtureServer } from '../fixture-server';

export interface PageHandle {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  /** Evaluates a function (serialised, so it must be self-contained) with one JSON argument. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script's source in the page (CDP/BiDi evaluation, not blocked by the page CSP). */
  injectScript(source: string): Promise<void>;
  /** A real click (a user gesture, so permission requests and downloads are allowed). */
  click(selector: string): Promise<void>;
  /** A real key press on the focused element, e.g. `Tab`, `Space`, `Shift+Tab`. */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Emulates prefers-color-scheme. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught exceptions seen on this page. */
  errors: string[];
  /** Messages of the alert/confirm/prompt dialogs this page opened (each one is dismissed). */
  dialogs: string[];
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
  server: FixtureServer;
  /** A new tab at `url`, loaded. */
  openTab(url: string): Promise<PageHandle>;
  /** A new tab at an extension page (path from the extension root, e.g. `src/popup/popup.html`). */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** Runs a function in an extension context (a helper extension page) and returns its result. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Reads text/plain and text/html from the system clipboard (in an extension page: the
   * fixtures are http, not secure contexts, and have no Clipboard API).
   */
  readClipboard(): Promise<{ text: string; html: string }>;
  /**
   * Errors from the extension itself since launch: console errors (and `Standfirst:` warnings)
   * and uncaught exceptions in the background, the extension pages and the content scripts in any
   * tab. Chromium sees all of these; Firefox (over BiDi) only those in pages the driver opened.
   */
  extensionErrors(): Promise<string[]>;
  /** Opens the real toolbar popup for the tab showing `page` (which is brought to the front). */
  openActionPopup(page: PageHandle): Promise<void>;
  close(): Promise<void>;
}
