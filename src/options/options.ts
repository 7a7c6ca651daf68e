/**
 * The options page. It reads and writes settings only through the settings store; the background
 * and the content scripts react to storage changes, so nothing here talks to them directly.
 */
import { localizeDom } from '../shared/i18n';
import {
  loadSettings,
  onSettingsChanged,
  saveSettings,
  type LoadedSettings,
} from '../shared/settings-store';
import { mountBackup } from './backup';
import type { OptionsContext } from './context';
import { renderNotices } from './notices';
import { mountReadingPrefs } from './reading-prefs';
import { mountRulesEditor } from './rules-editor';
import { mountSiteList } from './site-list';

async function main(): Promise<void> {
  localizeDom(document);
  const root = document.getElementById('options')!;
  const notices = document.getElementById('notices')!;
  let loaded: LoadedSettings = await loadSettings();
  // Problems found on load stay listed until the page closes: a save repairs the stored record,
  // but the user should still learn that something had been wrong.
  const loadProblems = loaded.problems;

  const refreshers: Array<() => void> = [];
  const refresh = (next: LoadedSettings): void => {
    loaded = next;
    renderNotices(notices, {
      ...next,
      problems: [...new Set([...loadProblems, ...next.problems])],
    });
    for (const fn of refreshers) fn();
  };
  const ctx: OptionsContext = {
    current: () => loaded,
    save: async (patch) => refresh(await saveSettings(patch)),
  };

  refreshers.push(mountSiteList(ctx), mountReadingPrefs(ctx), mountRulesEditor(ctx));
  mountBackup(ctx);
  refresh(loaded);
  // Another tab, the popup or the background changed something.
  onSettingsChanged(refresh);
  root.setAttribute('aria-busy', 'false');
  root.dataset.ready = 'true';
}

void main();
