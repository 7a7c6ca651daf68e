/**
 * Typed messaging for the content scripts, on the browser's own runtime API instead of
 * webextension-polyfill: the polyfill is 2.7 KB gzipped, a third of the script evaluated at
 * document_start on every page of a site that is on, and the digest script's budget is tight.
 * Both browsers' MV3 runtimes return promises from sendMessage; a listener answers through
 * sendResponse and returns true, which both support (Chrome does not take a returned promise).
 * The envelope, sender checks and error handling are the same code as the extension pages'
 * (src/shared/envelope.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import { dispatch, unwrap, type Envelope, type Handlers, type Protocol } from '../shared/envelope';
import type { BackgroundProtocol } from '../shared/messages';

export type { ContentProtocol, DigestProtocol } from '../shared/messages';

type Listener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/** The part of `runtime` the content scripts use. */
interface NativeRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

/** Firefox's `browser`, else Chrome's `chrome`: read on each call, never cached at load. */
function runtime(): NativeRuntime {
  const g = globalThis as {
    browser?: { runtime: NativeRuntime };
    chrome?: { runtime: NativeRuntime };
  };
  const api = g.browser?.runtime ?? g.chrome?.runtime;
  if (!api) throw new Error('No extension runtime');
  return api;
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['response']> {
  const envelope: Envelope = { standfirst: 1, type, data };
  return unwrap(await runtime().sendMessage(envelope), type);
}

/** The extension's own pages (popup, options, background) share this origin. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const r = runtime();
  return sender.id === r.id && !!sender.url?.startsWith(r.getURL(''));
}

/** As src/shared/messages.ts's handleMessages: unanswered unless ours, from an accepted sender. */
export function handleMessages<P extends Protocol>(
  handlers: Handlers<P>,
  accept: (sender: Runtime.MessageSender) => boolean,
): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    const reply = dispatch(handlers, accept, message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  const { onMessage } = runtime();
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
