import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/helpers/fake-browser';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeBrowser> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy(
    {},
    { get: (_t, key) => (fake.current!.api as Record<string, unknown>)[key as string] },
  ),
}));

const {
  setSite,
  siteView,
  stateFor,
  syncRegistrations,
  onInstalled,
  onPermissionsAdded,
  onSettingsRecordChanged,
} = await import('./sites');
const { loadSettings, updateSettings } = await import('../shared/settings-store');
const { builtInHostPermissions, builtInKeys, originPatterns } =
  await import('../shared/site-patterns');

let b: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  b = fakeBrowser();
  fake.current = b;
  // As installed: the manifest's hosts are granted.
  builtInHostPermissions().forEach((o) => b.granted.add(o));
});

const ids = () => [...b.scripts.keys()].sort();

describe('registered content scripts', () => {
  it('registers the built-in sites at install: stylesheet and script at document_start', async () => {
    await syncRegistrations();
    // Every domain of every built-in rule, a stylesheet and a script each.
    const expected = builtInKeys()
      .flatMap((k) => [`standfirst:${k}:css`, `standfirst:${k}:js`])
      .sort();
    expect(ids()).toEqual(expected);
    expect(b.scripts.get('standfirst:theregister.com:css')).toMatchObject({
      matches: ['*://*.theregister.com/*'],
      css: ['sites/theregister.css'],
      runAt: 'document_start',
    });
    expect(b.scripts.get('standfirst:theregister.com:js')).toMatchObject({
      js: ['src/content/index.js'],
      runAt: 'document_start',
    });
    // Idempotent: a second run (onStartup after onInstalled) changes nothing and does not throw.
    await syncRegistrations();
    expect(ids()).toHaveLength(expected.length);
  });

  it('at install, hides clutter in tabs already open on an enabled site, without a reload', async () => {
    // The user's own site, switched on and permitted in an earlier install (an update).
    originPatterns('example.org').forEach((o) => b.granted.add(o));
    await updateSettings((s) => ({
      ...s,
      sites: { ...s.sites, 'example.org': { enabled: true } },
    }));
    // Loaded before the scripts were registered: nothing of ours runs in them.
    b.tabs.push({ id: 1, url: 'https://www.theregister.com/2012/07/27/skype/' });
    b.tabs.push({ id: 2, url: 'https://example.org/story' });
    b.tabs.push({ id: 3, url: 'https://example.net/story' });
    b.tabs.forEach((t) => b.bare.add(t.id));
    // Opened after registration: the script runs and is told the state.
    b.tabs.push({ id: 4, url: 'https://www.theregister.com/other/' });

    await onInstalled();
    expect(ids()).toContain('standfirst:theregister.com:js');
    const injected = (tabId: number) =>
      b.injected.filter((i) => i.tabId === tabId).map((i) => i.what);
    // Stylesheet first, so nothing shows between the script marking blocks and the sheet.
    expect(injected(1)).toEqual(['css', 'js']);
    expect(injected(2)).toEqual(['css', 'js']);
    expect(injected(3)).toEqual([]); // No permission, no rule: never touched.
    expect(injected(4)).toEqual(['css']);
    expect(b.sent.map((m) => m.tabId)).toEqual([4]);
  });

  it('registers nothing for a site whose permission the browser withholds (Firefox)', async () => {
    b.granted.delete('*://*.theregister.co.uk/*');
    await syncRegistrations();
    expect(ids().filter((id) => id.includes(':theregister.'))).toEqual([
      'standfirst:theregister.com:css',
      'standfirst:theregister.com:js',
    ]);
    expect(await siteView('theregister.co.uk')).toMatchObject({ enabled: true, granted: false });
    expect((await stateFor('https://www.theregister.co.uk/a')).enabled).toBe(false);
  });

  it('turns a built-in site off and on, in every open tab, keeping its permission', async () => {
    await syncRegistrations();
    b.tabs.push({ id: 1, url: 'https://www.theregister.com/a' });
    b.tabs.push({ id: 2, url: 'https://theregister.com/b' });
    b.tabs.push({ id: 3, url: 'https://example.org/' });
    const off = await setSite('theregister.com', { enabled: false });
    expect(off).toMatchObject({ key: 'theregister.com', builtIn: true, enabled: false });
    expect(ids().filter((id) => id.includes(':theregister.com:'))).toEqual([]);
    expect(b.sent.map((m) => m.tabId).sort()).toEqual([1, 2]);
    expect(b.sent[0]!.message).toMatchObject({ type: 'apply', data: { enabled: false } });
    expect(b.granted.has('*://*.theregister.com/*')).toBe(true);

    await setSite('theregister.com', { enabled: true });
    expect(ids().filter((id) => id.includes(':theregister.com:'))).toHaveLength(2);
    expect(b.sent.at(-1)!.message).toMatchObject({ data: { enabled: true } });
    // The user-origin stylesheet goes in before the script is told.
    expect(
      b.injected
        .filter((i) => i.what === 'css')
        .map((i) => i.tabId)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('switches on a site without a rule once permitted, and releases the permission when off', async () => {
    const origins = originPatterns('example.org');
    expect(await siteView('example.org')).toMatchObject({
      builtIn: false,
      enabled: false,
      granted: false,
    });
    // The popup saves the intent before the prompt; nothing registers without the permission.
    await setSite('example.org', { enabled: true });
    expect(ids().some((id) => id.includes('example.org'))).toBe(false);
    // The permission arrives (from the popup's prompt): the background completes the switch.
    origins.forEach((o) => b.granted.add(o));
    b.tabs.push({ id: 7, url: 'https://www.example.org/story' });
    await onPermissionsAdded(origins);
    expect(ids()).toContain('standfirst:example.org:css');
    expect(b.scripts.get('standfirst:example.org:css')!.css).toEqual(['sites/generic.css']);
    expect(b.sent.filter((m) => m.tabId === 7)).toHaveLength(1);

    await setSite('example.org', { enabled: false });
    expect(ids().some((id) => id.includes('example.org'))).toBe(false);
    expect(b.granted.has(origins[0]!)).toBe(false);
  });

  it('leaves other extensions’ scripts alone and replaces outdated ones of ours', async () => {
    b.scripts.set('someone-else', { id: 'someone-else', matches: ['*://*/*'], js: ['x.js'] });
    b.scripts.set('standfirst:theregister.com:css', {
      id: 'standfirst:theregister.com:css',
      matches: ['*://*.theregister.com/*'],
      css: ['sites/old-name.css'],
      runAt: 'document_start',
    });
    b.scripts.set('standfirst:gone.org:js', { id: 'standfirst:gone.org:js', js: ['x.js'] });
    await syncRegistrations();
    expect(b.scripts.has('someone-else')).toBe(true);
    expect(b.scripts.has('standfirst:gone.org:js')).toBe(false);
    expect(b.scripts.get('standfirst:theregister.com:css')!.css).toEqual(['sites/theregister.css']);
  });

  it('follows a site removed in the options page: unregistered, tabs told, permission released', async () => {
    originPatterns('example.org').forEach((o) => b.granted.add(o));
    await setSite('example.org', { enabled: true });
    b.tabs.push({ id: 9, url: 'https://example.org/a' });
    const before = (await loadSettings()).settings;
    const after = (
      await updateSettings((s) => {
        const sites = { ...s.sites };
        delete sites['example.org'];
        return { ...s, sites };
      })
    ).settings;
    await onSettingsRecordChanged(before, after);
    expect(ids().some((id) => id.includes('example.org'))).toBe(false);
    expect(b.sent.at(-1)).toMatchObject({ tabId: 9, message: { data: { enabled: false } } });
    expect(b.granted.has('*://*.example.org/*')).toBe(false);
  });
});
