/**
 * The message envelope and its handling, without the browser API: shared by the extension pages
 * and the background (./messages.ts, over webextension-polyfill) and by the content scripts
 * (src/content/messaging.ts, over the browser's own runtime, to keep the polyfill out of them).
 */
import type { Runtime } from 'webextension-polyfill';

export type Protocol = Record<string, { request: unknown; response: unknown }>;

export interface Envelope {
  standfirst: 1;
  type: string;
  data: unknown;
}
export type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers<P extends Protocol> = {
  [K in keyof P]?: (
    data: P[K]['request'],
    sender: Runtime.MessageSender,
  ) => P[K]['response'] | Promise<P[K]['response']>;
};

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).standfirst === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

export function unwrap<T>(reply: unknown, type: string): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`No handler answered "${type}"`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

/**
 * The reply to `message` from `handlers`, or undefined when it is not an envelope of ours, its
 * sender is not one `accept` allows, or no handler takes it: then it is left unanswered, so other
 * listeners and other extensions are unaffected.
 */
export function dispatch<P extends Protocol>(
  handlers: Handlers<P>,
  accept: (sender: Runtime.MessageSender) => boolean,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<Reply> | undefined {
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
}
