/**
 * Typed messages: one protocol map per direction, one envelope, errors serialised and rethrown at
 * the caller. Handlers check `sender`, so a web page can never drive the extension.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Digest, Mode } from '../core/types';

/** Requests an extension page (popup, background) sends to a tab's content script. */
export type ContentProtocol = {
  digest: { request: { mode: Mode }; response: Digest };
};

/** Requests content scripts and extension pages send to the background. */
export type BackgroundProtocol = {
  'clutter/report': { request: { count: number }; response: null };
  /** Copies the tab's citation in the remembered style, as the shortcut and context menu do. */
  'citation/copy': { request: { tabId: number }; response: { style: string; text: string } };
};

type Protocol = Record<string, { request: unknown; response: unknown }>;

interface Envelope {
  standfirst: 1;
  type: string;
  data: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers<P extends Protocol> = {
  [K in keyof P]?: (
    data: P[K]['request'],
    sender: Runtime.MessageSender,
  ) => P[K]['response'] | Promise<P[K]['response']>;
};

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).standfirst === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

function unwrap<T>(reply: unknown, type: string): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`No handler answered "${type}"`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: ContentProtocol[K]['request'],
): Promise<ContentProtocol[K]['response']> {
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
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Reply> | undefined => {
    if (!isEnvelope(message) || !accept(sender)) return undefined;
    const handler = handlers[message.type as keyof P];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data as never, sender))
      .then(
        (value): Reply => ({ ok: true, value: value ?? null }),
        (error: unknown): Reply => ({
          ok: false,
          error: (error as Error)?.message ?? String(error),
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
