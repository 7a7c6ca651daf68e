/**
 * The storage reads loadSettings() starts (./settings-store.ts), apart from it and from the
 * polyfill, so the popup's first script can start them (src/popup/page-request.ts) with the
 * browser's own API, while the rest of the popup loads.
 */

export const KEY = 'settings';
/** storage.local: 'local' while the settings live there because sync failed. */
export const AREA_KEY = 'settingsArea';
/** storage.local: a copy of the settings as last saved, whatever the area. */
export const COPY_KEY = 'settingsCopy';
/** storage.local: what went wrong at the last save, for the options page. */
export const PROBLEMS_KEY = 'settingsProblems';

interface Area {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

export type Read = { ok: true; got: Record<string, unknown> } | { ok: false; error: unknown };

/** Both areas' records, asked at once. */
export interface SettingsReads {
  local: Promise<Read>;
  sync: Promise<Read>;
}

const settle = (get: () => Promise<Record<string, unknown>>): Promise<Read> =>
  Promise.resolve()
    .then(get)
    .then(
      (got): Read => ({ ok: true, got }),
      (error: unknown): Read => ({ ok: false, error }),
    );

/**
 * Asks storage.local and storage.sync at once, not one after the other: the popup waits for the
 * settings before it shows the summary (its length is a setting). The synced record is used only
 * when the settings live in sync, as they nearly always do.
 */
export function startSettingsReads(storage: { local: Area; sync: Area }): SettingsReads {
  return {
    local: settle(() => storage.local.get([KEY, AREA_KEY, COPY_KEY, PROBLEMS_KEY])),
    sync: settle(() => storage.sync.get(KEY)),
  };
}
