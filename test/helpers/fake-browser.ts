/**
 * An in-memory stand-in for the few WebExtension APIs the settings store and the background's
 * site logic use, with switches to make storage fail the ways real browsers do. Tests pass it to
 * `vi.mock('webextension-polyfill', ...)`.
 */
type Listener = (...args: never[]) => unknown;

class Area {
  data = new Map<string, unknown>();
  /** Set to make every get/set throw this message. */
  failGet: string | null = null;
  failSet: string | null = null;
  constructor(
    private readonly name: 'sync' | 'local',
    private readonly changed: (changes: Record<string, unknown>, area: string) => void,
  ) {}
  async get(keys?: string | string[] | Record<string, unknown> | null) {
    if (this.failGet) throw new Error(this.failGet);
    const out: Record<string, unknown> = {};
    const names =
      keys == null
        ? [...this.data.keys()]
        : typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : Object.keys(keys);
    for (const k of names) {
      if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
      else if (keys && typeof keys === 'object' && !Array.isArray(keys)) out[k] = keys[k];
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    if (this.failSet) throw new Error(this.failSet);
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data.get(k), newValue: structuredClone(v) };
      this.data.set(k, structuredClone(v));
    }
    this.changed(changes, this.name);
  }
  async remove(keys: string | string[]) {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

export interface FakeScript {
  id: string;
  matches?: string[];
  css?: string[];
  js?: string[];
  runAt?: string;
}

export function fakeBrowser() {
  const listeners = new Map<string, Listener[]>();
  const on = (name: string) => ({
    addListener: (fn: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), fn]),
    removeListener: (fn: Listener) =>
      listeners.set(
        name,
        (listeners.get(name) ?? []).filter((l) => l !== fn),
      ),
  });
  const emit = (name: string, ...args: unknown[]) => {
    for (const l of listeners.get(name) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) =>
    emit('storage.onChanged', changes, area);
  const granted = new Set<string>();
  const scripts = new Map<string, FakeScript>();
  const tabs: { id: number; url: string }[] = [];
  const sent: { tabId: number; message: unknown }[] = [];
  const injected: { tabId: number; what: string }[] = [];
  /** Tabs no content script of ours runs in (loaded before it was registered): messages fail. */
  const bare = new Set<number>();

  const api = {
    runtime: { id: 'test', getURL: (p: string) => `ext://test/${p}` },
    storage: {
      sync: new Area('sync', onChanged),
      local: new Area('local', onChanged),
      onChanged: on('storage.onChanged'),
    },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) =>
        origins.every((o) => granted.has(o)),
      remove: async ({ origins = [] }: { origins?: string[] }) => {
        origins.forEach((o) => granted.delete(o));
        return true;
      },
      request: async ({ origins = [] }: { origins?: string[] }) => {
        origins.forEach((o) => granted.add(o));
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()].map((s) => ({ ...s })),
      registerContentScripts: async (list: FakeScript[]) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        for (const s of list) scripts.set(s.id, { ...s });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        ids.forEach((id) => scripts.delete(id));
      },
      insertCSS: async ({ target }: { target: { tabId: number } }) =>
        void injected.push({ tabId: target.tabId, what: 'css' }),
      executeScript: async ({ target }: { target: { tabId: number } }) =>
        void injected.push({ tabId: target.tabId, what: 'js' }),
    },
    tabs: {
      // Only tabs of hosts we hold a permission for are visible, as in the browsers.
      query: async ({ url }: { url?: string[] }) =>
        tabs.filter((t) =>
          (url ?? []).some((p) => granted.has(p) && new RegExp(patternRegex(p)).test(t.url)),
        ),
      sendMessage: async (tabId: number, message: unknown) => {
        if (bare.has(tabId))
          throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push({ tabId, message });
        return { ok: true, value: null };
      },
    },
  };
  return { api, granted, scripts, tabs, sent, injected, bare, emit };
}

function patternRegex(pattern: string): string {
  const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern)!;
  const host = m[2]!.replace(/\./g, '\\.');
  return `^https?://${m[1] ? `([^/]+\\.)?` : ''}${host}/`;
}
