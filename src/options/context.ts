/** What every part of the options page shares: the settings as last loaded, and one way to save. */
import browser from 'webextension-polyfill';
import type { LoadedSettings } from '../shared/settings-store';
import type { Settings } from '../shared/settings-schema';
import { originPattern } from './sites-model';

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

export interface OptionsContext {
  current(): LoadedSettings;
  /** Saves `patch`, refreshes every part of the page, and resolves when stored. */
  save(patch: SettingsPatch): Promise<void>;
}

/**
 * Asks for host access to `domains`. Call it synchronously inside a click or change handler:
 * Firefox refuses the request once an `await` has passed, and Chrome needs the user's gesture.
 * Resolves false when the user says no or the browser refuses (never rejects).
 */
export function requestSiteAccess(domains: readonly string[]): Promise<boolean> {
  try {
    return browser.permissions
      .request({ origins: domains.map(originPattern) })
      .catch((error: unknown) => {
        console.warn('Standfirst: permission request refused', error);
        return false;
      });
  } catch (error) {
    console.warn('Standfirst: permission request refused', error);
    return Promise.resolve(false);
  }
}

/** Whether the extension may run on every one of `domains` (false when the check fails). */
export async function hasSiteAccess(domains: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: domains.map(originPattern) });
  } catch {
    return false;
  }
}
