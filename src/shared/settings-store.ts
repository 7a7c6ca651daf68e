/**
 * Where settings live: storage.sync (follows the user across devices), falling back to
 * storage.local when sync is unavailable or over quota. Shells read and write through here only.
 */
import browser from 'webextension-polyfill';
import { migrateAndValidate, type Settings } from './settings-schema';

const KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** Where they were read from. */
  area: 'sync' | 'local';
  /** Problems found and repaired, for a visible notice in the options page. */
  problems: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  let area: LoadedSettings['area'] = 'sync';
  let stored: unknown;
  const problems: string[] = [];
  try {
    // Keys, not a defaults object: Chrome drops a default of `undefined` in serialising, and
    // then never returns the key at all.
    const local = (await browser.storage.local.get([KEY, 'settingsArea'])) as Record<
      string,
      unknown
    >;
    if (local.settingsArea === 'local') {
      area = 'local';
      stored = local[KEY];
    } else {
      stored = ((await browser.storage.sync.get(KEY)) as Record<string, unknown>)[KEY];
    }
  } catch (error) {
    problems.push(`settings could not be read (${(error as Error).message}); using defaults`);
  }
  const validated = migrateAndValidate(stored);
  return { settings: validated.settings, area, problems: [...problems, ...validated.problems] };
}

/** Applies `patch` to the stored settings. Returns where they were saved. */
export async function saveSettings(
  patch: Partial<Omit<Settings, 'schemaVersion'>>,
): Promise<LoadedSettings> {
  const current = await loadSettings();
  const next: Settings = { ...current.settings, ...patch };
  if (current.area === 'sync') {
    try {
      await browser.storage.sync.set({ [KEY]: next });
      return { ...current, settings: next };
    } catch (error) {
      // Over quota or sync disabled: keep working from local storage and say so.
      await browser.storage.local.set({ [KEY]: next, settingsArea: 'local' });
      return {
        settings: next,
        area: 'local',
        problems: [`sync storage failed (${(error as Error).message}); saved locally`],
      };
    }
  }
  await browser.storage.local.set({ [KEY]: next });
  return { ...current, settings: next };
}

/** Calls `listener` with fresh settings whenever they change in either area, until `signal` aborts. */
export function onSettingsChanged(
  listener: (settings: LoadedSettings) => void,
  signal?: AbortSignal,
): void {
  const handle = (changes: Record<string, unknown>): void => {
    if (KEY in changes || 'settingsArea' in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), {
    once: true,
  });
}
