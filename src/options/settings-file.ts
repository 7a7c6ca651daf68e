/**
 * Settings as a JSON file, for backup and moving between browsers. Export writes the current
 * record as it is; import runs the file through the same migrations and validation as stored
 * settings, on top of the current ones, so a partial or older file changes only what it holds.
 */
import { migrateAndValidate, type Settings } from '../shared/settings-schema';

/** Far above any real settings file (sync storage holds 100 KB in all); refuses a wrong pick. */
export const MAX_IMPORT_BYTES = 1_000_000;

export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** `standfirst-settings-2024-05-01.json`, in local time (the day the user sees). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `standfirst-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ImportResult =
  | { ok: true; settings: Settings; problems: string[] }
  | { ok: false; reason: 'too-large' | 'not-json' | 'not-settings' };

export function importSettings(text: string, current: Settings): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'not-settings' };
  const { settings, problems } = migrateAndValidate(parsed, current);
  return { ok: true, settings, problems };
}
