/**
 * Where settings live: storage.sync (follows the user across devices), with storage.local as the
 * safety net. Shells read and write through here only.
 *
 * What can go wrong, and what happens:
 * - sync is unavailable, disabled or throws: read the local copy, which every save writes first
 *   (so the per-site list survives whatever happens to sync);
 * - sync is over quota (8 KB per item in Chrome) or refuses a write: save to storage.local,
 *   switch reads there, and try sync again on the next save;
 * - the stored record is corrupt or from an old schema: migrate and validate field by field
 *   (settings-schema.ts); a record that is not even an object is replaced by the local copy;
 * - both areas throw: defaults in memory, and the problem is reported, never thrown.
 * Problems from the last save are kept in storage.local so the options page can show them later.
 */
import browser from 'webextension-polyfill';
import {
  migrateAndValidate,
  SCHEMA_VERSION,
  withSite,
  type Settings,
  type SiteSetting,
} from './settings-schema';

import {
  AREA_KEY,
  COPY_KEY,
  KEY,
  PROBLEMS_KEY,
  startSettingsReads,
  type SettingsReads,
} from './settings-reads';

export interface LoadedSettings {
  settings: Settings;
  /** Where they were read from (or saved to). */
  area: 'sync' | 'local';
  /** Problems found and repaired, for a visible notice in the options page. */
  problems: string[];
}

const message = (error: unknown): string => (error as Error)?.message ?? String(error);
const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The settings; `reads` are the storage reads, when the caller started them already. */
export async function loadSettings(
  reads: SettingsReads = startSettingsReads(browser.storage),
): Promise<LoadedSettings> {
  const problems: string[] = [];
  let local: Record<string, unknown> = {};
  const localRead = await reads.local;
  if (localRead.ok) local = localRead.got;
  else problems.push(`local storage could not be read (${message(localRead.error)})`);
  if (Array.isArray(local[PROBLEMS_KEY])) {
    problems.push(...local[PROBLEMS_KEY].filter((p): p is string => typeof p === 'string'));
  }

  let area: LoadedSettings['area'] = local[AREA_KEY] === 'local' ? 'local' : 'sync';
  let stored: unknown = area === 'local' ? local[KEY] : undefined;
  if (area === 'sync') {
    const read = await reads.sync;
    if (read.ok) stored = read.got[KEY];
    else {
      problems.push(
        `sync storage could not be read (${message(read.error)}); using this device's copy`,
      );
      area = 'local';
      stored = local[COPY_KEY];
    }
  }
  if (stored === undefined && local[COPY_KEY] !== undefined) {
    // Sync was cleared or never reached this device while a copy exists: keep the user's choices.
    stored = local[COPY_KEY];
  } else if (stored !== undefined && !isRecord(stored) && isRecord(local[COPY_KEY])) {
    problems.push("settings were corrupt; using this device's copy");
    stored = local[COPY_KEY];
  }
  const validated = migrateAndValidate(stored);
  return { settings: validated.settings, area, problems: [...problems, ...validated.problems] };
}

/** Saves go one at a time in each context, so two quick changes cannot undo each other. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current settings and saves the result. Resolves with what was saved
 * and where; storage faults end up in `problems`, not as a rejection.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<LoadedSettings> {
  const run = queue.then(() => save(change));
  queue = run.catch(() => undefined);
  return run;
}

async function save(change: (current: Settings) => Settings): Promise<LoadedSettings> {
  const current = await loadSettings();
  const next: Settings = { ...change(current.settings), schemaVersion: SCHEMA_VERSION };
  const problems: string[] = [];
  // The local copy first: whatever happens to sync below, the per-site list survives here.
  try {
    await browser.storage.local.set({ [COPY_KEY]: next });
  } catch (error) {
    problems.push(`the local copy could not be saved (${message(error)})`);
  }
  let area: LoadedSettings['area'] = 'sync';
  try {
    await browser.storage.sync.set({ [KEY]: next });
  } catch (error) {
    // Over quota, sync disabled, too many writes a minute: keep working from local storage.
    problems.push(
      `sync storage refused the settings (${message(error)}); saved on this device only`,
    );
    area = 'local';
  }
  try {
    if (area === 'local') await browser.storage.local.set({ [KEY]: next, [AREA_KEY]: 'local' });
    else await browser.storage.local.remove([KEY, AREA_KEY]);
    await browser.storage.local.set({ [PROBLEMS_KEY]: problems });
  } catch (error) {
    problems.push(`local storage could not be written (${message(error)})`);
  }
  return { settings: next, area, problems };
}

/** Applies `patch` to the stored settings. Returns what was saved and where. */
export function saveSettings(
  patch: Partial<Omit<Settings, 'schemaVersion'>>,
): Promise<LoadedSettings> {
  return updateSettings((current) => ({ ...current, ...patch }));
}

/** Changes one site's entry (unset fields keep their current or default value). */
export function saveSite(siteKey: string, change: Partial<SiteSetting>): Promise<LoadedSettings> {
  return updateSettings((current) => withSite(current, siteKey, change));
}

/** Calls `listener` with fresh settings whenever they change in either area, until `signal` aborts. */
export function onSettingsChanged(
  listener: (settings: LoadedSettings) => void,
  signal?: AbortSignal,
): void {
  const handle = (changes: Record<string, unknown>): void => {
    if (KEY in changes || AREA_KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), {
    once: true,
  });
}
