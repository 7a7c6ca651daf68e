/**
 * The popup's request for the page's digest, which is most of its wait. It is started by
 * ./request.ts, a classic script in popup.html's <head>, so it goes out while the stylesheet and
 * the popup's module (deferred: it runs only once the document is parsed and they have loaded,
 * about 30 ms later here) are still loading; popup.ts takes it over. The settings, which the
 * summary waits for as well, are read from here too. Runs on the browser's own API, as the
 * content scripts do (src/content/messaging.ts): the polyfill is in the module.
 */
import type { Tabs } from 'webextension-polyfill';
import { unwrap, type Envelope } from '../shared/envelope';
import type { TabProtocol } from '../shared/messages';
import { isRestrictedUrl } from '../shared/restricted';
import { startSettingsReads, type SettingsReads } from '../shared/settings-reads';

/** The part of `tabs` used here. */
interface NativeTabs {
  get(tabId: number): Promise<Tabs.Tab>;
  query(query: { active: boolean; currentWindow: boolean }): Promise<Tabs.Tab[]>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

export interface PageRequest {
  /** The tab the popup is about. */
  tab: Promise<Tabs.Tab | undefined>;
  /** Its tab id, when the popup was opened for a known one (`?tabId=`). */
  knownId: number | null;
  /** The tab's first answer; null for a restricted tab, which is not asked. */
  page: Promise<TabProtocol['digest']['response'] | null>;
  /** The settings' storage reads, for loadSettings(). */
  settings: SettingsReads;
}

type NativeApi = { tabs: NativeTabs; storage: Parameters<typeof startSettingsReads>[0] };

/** Firefox's `browser`, else Chrome's `chrome`. */
function native(): NativeApi {
  const g = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const api = g.browser?.tabs ? g.browser : g.chrome;
  if (!api?.tabs) throw new Error('No extension API');
  return api;
}
const tabs = (): NativeTabs => native().tabs;

/** As src/shared/messages.ts's sendToTab. */
export async function askTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  data: TabProtocol[K]['request'],
): Promise<TabProtocol[K]['response']> {
  const envelope: Envelope = { standfirst: 1, type, data };
  return unwrap(await tabs().sendMessage(tabId, envelope, { frameId: 0 }), type);
}

// tab.url is only visible with activeTab or a host permission; when it is hidden, try anyway
// and let the browser's refusal decide.
export const restricted = (tab: Tabs.Tab | undefined): boolean =>
  !tab?.id || (tab.url !== undefined && isRestrictedUrl(tab.url));

/** The tab the popup is about: `?tabId=` when opened as a page (tests), else the active tab. */
function tabIdParam(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function startPageRequest(): PageRequest {
  // With a known tab id the request does not even wait for the tab's details; the active tab
  // has to be looked up first.
  const knownId = tabIdParam();
  const tab = Promise.resolve().then(() =>
    knownId
      ? tabs().get(knownId)
      : tabs()
          .query({ active: true, currentWindow: true })
          .then(([active]) => active),
  );
  const page = knownId
    ? askTab(knownId, 'digest', { mode: 'tidy' })
    : tab.then((t) => (restricted(t) ? null : askTab(t!.id!, 'digest', { mode: 'tidy' })));
  // Settled here so a request that fails before the popup's module takes it over (or is never
  // awaited, for a restricted tab) reports no unhandled rejection; the module still sees it.
  tab.catch(() => undefined);
  page.catch(() => undefined);
  // This extension page's storage: the same areas the polyfill wraps.
  const settings = startSettingsReads({
    local: { get: (keys) => native().storage.local.get(keys) },
    sync: { get: (keys) => native().storage.sync.get(keys) },
  });
  return { tab, knownId, page, settings };
}

const KEY = Symbol.for('standfirst.popup.pageRequest');
type Scope = typeof globalThis & { [KEY]?: PageRequest };

/** For ./request.ts: starts the request and leaves it for the module. */
export function startEarly(): void {
  (globalThis as Scope)[KEY] ??= startPageRequest();
}

/** For popup.ts: the request ./request.ts started, else one started now. */
export function takePageRequest(): PageRequest {
  return (globalThis as Scope)[KEY] ?? startPageRequest();
}
