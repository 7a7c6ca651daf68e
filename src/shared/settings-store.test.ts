import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/helpers/fake-browser';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeBrowser> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy(
    {},
    { get: (_t, key) => (fake.current!.api as Record<string, unknown>)[key as string] },
  ),
}));

const { loadSettings, saveSettings, saveSite, updateSettings } = await import('./settings-store');
const { SCHEMA_VERSION, isSiteEnabled } = await import('./settings-schema');

let b: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  b = fakeBrowser();
  fake.current = b;
});

describe('settings store', () => {
  it('round-trips an old (v0) record through load and save without losing the per-site list', async () => {
    await b.api.storage.sync.set({
      settings: { sites: { 'theregister.com': { enabled: false }, 'a.org': { enabled: true } } },
    });
    const loaded = await loadSettings();
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.schemaVersion).toBe(SCHEMA_VERSION);
    await saveSettings({ mode: 'focus' });
    const stored = b.api.storage.sync.data.get('settings') as Record<string, unknown>;
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.sites).toEqual({
      'theregister.com': { enabled: false },
      'a.org': { enabled: true },
    });
    expect((await loadSettings()).settings).toEqual({ ...loaded.settings, mode: 'focus' });
  });

  it('falls back to local storage when sync is over quota, and says so', async () => {
    await saveSite('a.org', { enabled: true });
    b.api.storage.sync.failSet = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const saved = await saveSite('b.org', { enabled: true });
    expect(saved.area).toBe('local');
    expect(saved.problems.join()).toMatch(/quota/);
    const loaded = await loadSettings();
    expect(loaded.area).toBe('local');
    expect(Object.keys(loaded.settings.sites).sort()).toEqual(['a.org', 'b.org']);
    expect(loaded.problems.join()).toMatch(/quota/); // Kept for the options page.

    // Sync works again: the next save goes back there, and the notice goes away.
    b.api.storage.sync.failSet = null;
    expect((await saveSite('c.org', { enabled: false })).area).toBe('sync');
    const after = await loadSettings();
    expect(after.area).toBe('sync');
    expect(after.problems).toEqual([]);
    expect(Object.keys(after.settings.sites).sort()).toEqual(['a.org', 'b.org', 'c.org']);
  });

  it('reads this device’s copy when sync cannot be read', async () => {
    await saveSite('a.org', { enabled: true });
    b.api.storage.sync.failGet = 'sync is disabled';
    const loaded = await loadSettings();
    expect(loaded.settings.sites).toEqual({ 'a.org': { enabled: true } });
    expect(loaded.problems.join()).toMatch(/could not be read/);
  });

  it('keeps the copy when the synced record is corrupt or gone', async () => {
    await saveSite('a.org', { enabled: true });
    await b.api.storage.sync.set({ settings: 'garbage' });
    expect((await loadSettings()).settings.sites).toEqual({ 'a.org': { enabled: true } });
    await b.api.storage.sync.remove('settings');
    expect((await loadSettings()).settings.sites).toEqual({ 'a.org': { enabled: true } });
  });

  it('gives defaults and a problem, never an exception, when both areas fail', async () => {
    b.api.storage.sync.failGet = b.api.storage.local.failGet = 'storage is broken';
    b.api.storage.sync.failSet = b.api.storage.local.failSet = 'storage is broken';
    const loaded = await loadSettings();
    expect(loaded.settings.sites).toEqual({});
    expect(loaded.problems.length).toBeGreaterThan(0);
    const saved = await saveSite('a.org', { enabled: true });
    expect(saved.settings.sites['a.org']).toEqual({ enabled: true });
    expect(saved.problems.length).toBeGreaterThan(0);
  });

  it('applies quick successive changes in order (no lost update)', async () => {
    await Promise.all([
      saveSite('a.org', { enabled: true }),
      saveSite('b.org', { enabled: true }),
      saveSite('a.org', { reveal: true }),
      updateSettings((s) => ({ ...s, summaryLength: 2 })),
    ]);
    const { settings } = await loadSettings();
    expect(settings.sites).toEqual({
      'a.org': { enabled: true, reveal: true },
      'b.org': { enabled: true },
    });
    expect(settings.summaryLength).toBe(2);
    expect(isSiteEnabled(settings, 'theregister.com')).toBe(true);
  });
  it('gives defaults and says so when the only record is corrupt', async () => {
    await b.api.storage.sync.set({ settings: ['not', 'settings'] });
    const loaded = await loadSettings();
    expect(loaded.settings.sites).toEqual({});
    expect(loaded.problems).toEqual(['settings were not an object']);
    // The next save writes a sound record in both places.
    await saveSite('a.org', { enabled: true });
    const after = await loadSettings();
    expect(after.problems).toEqual([]);
    expect(after.settings.sites).toEqual({ 'a.org': { enabled: true } });
  });

  it('survives a corrupt schema version without losing the per-site list', async () => {
    await b.api.storage.sync.set({
      settings: { schemaVersion: -3, sites: { 'a.org': { enabled: false } }, mode: 'focus' },
    });
    const loaded = await loadSettings();
    expect(loaded.settings.sites).toEqual({ 'a.org': { enabled: false } });
    expect(loaded.settings.mode).toBe('focus');
    expect(loaded.problems).toEqual(['schemaVersion -3 was invalid']);
  });

  it('keeps saving to sync, and says so, when only the local copy cannot be written', async () => {
    b.api.storage.local.failSet = 'QUOTA_BYTES quota exceeded';
    const saved = await saveSite('a.org', { enabled: true });
    expect(saved.area).toBe('sync');
    expect(saved.problems.join()).toMatch(/local copy could not be saved/);
    expect((await loadSettings()).settings.sites).toEqual({ 'a.org': { enabled: true } });
  });

  it('gives defaults and a problem when sync throws and there is no copy yet', async () => {
    b.api.storage.sync.failGet = 'Please set webextensions.storage.sync.enabled to true';
    const loaded = await loadSettings();
    expect(loaded.settings.sites).toEqual({});
    expect(loaded.area).toBe('local');
    expect(loaded.problems.join()).toMatch(/sync storage could not be read/);
  });
});
