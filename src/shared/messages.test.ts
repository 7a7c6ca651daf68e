// @vitest-environment jsdom
/**
 * The page cannot drive the extension: the real background and content-script listeners, loaded
 * here over a stand-in browser API, answer an envelope only from the senders each message is
 * for. A web page, another extension, or our own content script asking for what only extension
 * pages may ask (turn a site off, copy a citation) gets no answer at all, and nothing runs.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => unknown;

const state = vi.hoisted(() => ({
  listeners: [] as Listener[],
  /** Every API call a listener made: a refused message must make none. */
  calls: [] as string[],
}));

vi.mock('webextension-polyfill', () => {
  /** Any property is another stand-in; any call is recorded and resolves to nothing. */
  const fake = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key) => {
        if (key === 'then') return undefined; // Not a promise.
        const name = `${path}.${String(key)}`;
        if (name === 'browser.runtime.id') return 'standfirst-test';
        if (name === 'browser.runtime.getURL') return (p: string) => `ext://standfirst-test/${p}`;
        if (name === 'browser.runtime.onMessage')
          return {
            addListener: (l: Listener) => state.listeners.push(l),
            removeListener: () => {},
          };
        if (name === 'browser.i18n.getMessage') return (key: string) => key;
        return fake(name);
      },
      apply: (_t, _this, args) => {
        state.calls.push(`${path}(${JSON.stringify(args).slice(0, 80)})`);
        return Promise.resolve(undefined);
      },
    });
  return { default: fake('browser') };
});

const EXTENSION_PAGE = { id: 'standfirst-test', url: 'ext://standfirst-test/src/popup/popup.html' };
const OWN_CONTENT_SCRIPT = {
  id: 'standfirst-test',
  url: 'https://news.example/story',
  tab: { id: 7 },
  frameId: 0,
};
const WEB_PAGE = { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 7 } };
const OTHER_EXTENSION = {
  id: 'someone-else',
  url: 'ext://someone-else/page.html',
  tab: { id: 7 },
};
/** An extension page's look-alike: our id's prefix, another origin. */
const LOOK_ALIKE = { id: 'standfirst-test', url: 'ext://standfirst-test.evil/x', tab: { id: 7 } };

const BACKGROUND_FOR_PAGES = ['site/get', 'site/set', 'citation/copy'];
const BACKGROUND_FOR_CONTENT = ['content/hello', 'clutter/report'];
const CONTENT = ['digest', 'status', 'apply', 'navigated'];

/** What every listener answers: undefined means "not mine", so no reply and nothing run. */
async function answers(type: string, sender: object): Promise<unknown[]> {
  state.calls.length = 0;
  const data =
    type === 'site/set'
      ? { key: 'theregister.com', enabled: false }
      : type === 'apply'
        ? { enabled: false, reveal: true, mode: 'focus' }
        : { tabId: 7, count: 999, enabled: true, mode: 'tidy' };
  return Promise.all(state.listeners.map((l) => reply(l, { standfirst: 1, type, data }, sender)));
}

/**
 * A listener's answer: what it returns (the polyfill's promise style, as the background uses), or
 * what it sends back when it returns true (the native style the content scripts use).
 */
function reply(l: Listener, message: unknown, sender: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const returned = l(message, sender, resolve);
    if (returned !== true) resolve(returned);
  });
}

beforeAll(async () => {
  document.body.innerHTML = '<article><p>Text</p></article>';
  await import('../background/index');
  // The content scripts use the browser's own runtime (src/content/messaging.ts), not the polyfill.
  const runtime = {
    id: 'standfirst-test',
    getURL: (p: string) => `ext://standfirst-test/${p}`,
    onMessage: { addListener: (l: Listener) => state.listeners.push(l), removeListener: () => {} },
    sendMessage: (m: unknown) => {
      state.calls.push(`browser.runtime.sendMessage(${JSON.stringify(m).slice(0, 80)})`);
      return Promise.resolve(undefined);
    },
  };
  Object.assign(globalThis, { browser: { runtime } });
  await import('../content/index');
  // The background's two handler sets, copy-citation's, and the content script's.
  expect(state.listeners.length).toBeGreaterThanOrEqual(4);
});

describe('message senders', () => {
  for (const [who, sender] of Object.entries({
    'a web page': WEB_PAGE,
    'another extension': OTHER_EXTENSION,
  })) {
    it(`${who} gets no answer to any message, and nothing runs`, async () => {
      for (const type of [...BACKGROUND_FOR_PAGES, ...BACKGROUND_FOR_CONTENT, ...CONTENT]) {
        expect(await answers(type, sender), type).toEqual(state.listeners.map(() => undefined));
        expect(state.calls, type).toEqual([]);
      }
    });
  }

  it('an extension page is told apart by its whole origin, not a prefix', async () => {
    for (const type of [...BACKGROUND_FOR_PAGES, ...CONTENT]) {
      expect(await answers(type, LOOK_ALIKE), type).toEqual(state.listeners.map(() => undefined));
      expect(state.calls, type).toEqual([]);
    }
  });

  it('our own content script cannot ask what only extension pages may', async () => {
    for (const type of [...BACKGROUND_FOR_PAGES, ...CONTENT]) {
      expect(await answers(type, OWN_CONTENT_SCRIPT), type).toEqual(
        state.listeners.map(() => undefined),
      );
    }
  });

  it('answers its own senders (so the refusals above are not for lack of a handler)', async () => {
    const fromPage = await answers('status', EXTENSION_PAGE);
    expect(fromPage.filter((r) => r !== undefined)).toHaveLength(1);
    const fromScript = await answers('clutter/report', OWN_CONTENT_SCRIPT);
    expect(fromScript.filter((r) => r !== undefined)).toEqual([{ ok: true, value: null }]);
  });

  it('ignores messages that are not our envelope', async () => {
    for (const message of [null, 'digest', { type: 'digest' }, { standfirst: 2, type: 'digest' }])
      for (const l of state.listeners)
        expect(await reply(l, message, EXTENSION_PAGE)).toBeUndefined();
  });
});
