/**
 * Typed messages: one protocol map per direction, one envelope, errors serialised and rethrown at
 * the caller. Handlers check `sender`, so a web page can never drive the extension.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { PageDigest } from '../core/types';
import type { Mode } from '../core/types';
import type { SiteRule } from '../sites/types';
import {
  dispatch,
  unwrap,
  type Envelope,
  type Handlers,
  type Protocol,
  type Reply,
} from './envelope';

/** De-cluttering state of a site, as the background decides it and a tab applies it. */
export interface SiteState {
  /** On for this site (the user's choice or the default) and the browser granted the host. */
  enabled: boolean;
  /** "Show hidden": hidden blocks are outlined instead. */
  reveal: boolean;
  mode: Mode;
  /** The user's own hide rules ("My rules") that apply to this page's host. */
  userSelectors?: string[];
}

/**
 * The background's answer to the registered script's hello: the state, and the built-in rule for
 * the sender's URL. The rule comes from here so that the script, evaluated at document_start on
 * every page of a site that is on, does not carry every site's rules to find its own.
 */
export interface Hello extends SiteState {
  site: SiteRule | null;
}

/** What a tab's content script has done. */
export interface TabStatus extends SiteState {
  /** Blocks hidden (outermost marked elements still in the page). */
  hidden: number;
  /** Hidden blocks by reason (`site:<rule>`, `heuristic:<name>`, ...). */
  reasons: Record<string, number>;
  /**
   * The idle heuristics have run on this view. Until then only site rules are counted, and the
   * count can still change (a block the heuristics find may enclose rule-marked ones).
   */
  analysed: boolean;
}

/** A site as the popup shows it: its key, its state and what turning it on needs. */
export interface SiteView {
  /** Registrable domain (or the host for IPs and single labels). */
  key: string;
  /** Has a built-in rule (so it is on by default and its host permission is in the manifest). */
  builtIn: boolean;
  /** The user's choice, else the default. */
  enabled: boolean;
  /** The browser granted the host permission (Firefox lets users withhold even declared ones). */
  granted: boolean;
  reveal: boolean;
  /** The host permission to request for this site. */
  origins: string[];
}

/** Requests an extension page (popup, background) sends to a tab's de-cluttering script. */
export type ContentProtocol = {
  status: { request: null; response: TabStatus };
  /** The site's state changed (popup, shortcut, options, another device): apply it now. */
  apply: { request: SiteState; response: TabStatus };
  /** The tab's URL changed without a new document (history API): look again. */
  navigated: { request: null; response: null };
};

/** Requests to the on-demand digest script (src/content/digest.ts). */
export type DigestProtocol = {
  /** The DOM half of digest(); the caller completes it (completeDigest) with the gist. */
  digest: { request: { mode: Mode }; response: PageDigest };
};

/** Everything a tab's content scripts answer; each script handles its own part. */
export type TabProtocol = ContentProtocol & DigestProtocol;

/**
 * Requests to the background. `content/*` and `clutter/*` come from our content scripts, `site/*`
 * from extension pages; the background checks the sender of each.
 */
export type BackgroundProtocol = {
  'clutter/report': { request: { count: number; enabled: boolean }; response: null };
  'content/hello': { request: null; response: Hello };
  /** Injects the digest script (Readability, heuristics) into the sender's frame, once idle. */
  'content/analyser': { request: null; response: null };
  /** The site shown in a tab (null when it is not an http(s) page). */
  'site/get': { request: { tabId: number }; response: SiteView | null };
  /** Turns a site on or off, or "Show hidden", and applies it in every open tab of the site. */
  'site/set': {
    request: { key: string; enabled?: boolean; reveal?: boolean };
    response: SiteView;
  };
  /** Copies the tab's citation in the remembered style, as the shortcut and context menu do. */
  'citation/copy': { request: { tabId: number }; response: { style: string; text: string } };
};

export type { Handlers } from './envelope';

export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  data: TabProtocol[K]['request'],
): Promise<TabProtocol[K]['response']> {
  const envelope: Envelope = { standfirst: 1, type, data };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }), type);
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['response']> {
  const envelope: Envelope = { standfirst: 1, type, data };
  return unwrap(await browser.runtime.sendMessage(envelope), type);
}

/** The extension's own pages (popup, options, background) share this origin. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

/** A content script of this extension, running in a tab. */
export function isOwnContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

/**
 * Listens for envelopes of protocol P from senders that `accept` allows. Anything else is
 * ignored (not answered), so other listeners and other extensions are unaffected.
 */
export function handleMessages<P extends Protocol>(
  handlers: Handlers<P>,
  accept: (sender: Runtime.MessageSender) => boolean,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined =>
    dispatch(handlers, accept, message, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
