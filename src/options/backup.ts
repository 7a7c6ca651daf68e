/** Export, import and reset of all settings. */
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings-schema';
import { showToast } from '../shared/toast';
import { SITES } from '../sites';
import { hasSiteAccess, requestSiteAccess, type OptionsContext } from './context';
import { exportFileName, importSettings, settingsToJson } from './settings-file';

const IMPORT_ERROR_KEYS = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  'not-settings': 'importNotSettings',
} as const;

/** Everything but the schema version, as a patch that replaces the whole record. */
function asPatch(settings: Settings) {
  const { schemaVersion: _version, ...patch } = settings;
  return patch;
}

/** The user's own sites that are on: each needs a host permission the user grants. */
function enabledUserSites(settings: Settings): string[] {
  const builtIn = new Set(SITES.flatMap((s) => s.domains));
  return Object.entries(settings.sites)
    .filter(([key, value]) => value.enabled && !builtIn.has(key))
    .map(([key]) => key);
}

export function mountBackup(ctx: OptionsContext): void {
  const exportButton = document.getElementById('export')!;
  const importButton = document.getElementById('import')!;
  const fileInput = document.getElementById('import-file') as HTMLInputElement;
  const resetButton = document.getElementById('reset-all')!;
  const status = document.getElementById('import-status')!;

  exportButton.addEventListener('click', () => {
    const blob = new Blob([settingsToJson(ctx.current().settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: exportFileName(new Date()) });
    link.click();
    // Firefox reads the blob after click() returns: revoke only once it has surely started.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  });

  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });

  async function importFile(file: File): Promise<void> {
    const result = importSettings(await file.text(), ctx.current().settings);
    if (!result.ok) {
      status.replaceChildren(
        h('p', { className: 'notice notice-warn' }, t(IMPORT_ERROR_KEYS[result.reason])),
      );
      return;
    }
    await ctx.save(asPatch(result.settings));
    // Access can only be asked for in a click, and choosing a file is not one: list the sites
    // that are on without it, with a button that asks.
    const missing: string[] = [];
    for (const domain of enabledUserSites(result.settings))
      if (!(await hasSiteAccess([domain]))) missing.push(domain);
    status.replaceChildren(
      h(
        'div',
        { className: `notice ${result.problems.length ? 'notice-warn' : 'notice-info'}` },
        h('p', {}, t(result.problems.length ? 'importDoneWithProblems' : 'importDone')),
        result.problems.length > 0 &&
          h(
            'details',
            {},
            h('summary', {}, t('noticeDetails')),
            h('ul', {}, ...result.problems.map((p) => h('li', {}, p))),
          ),
        missing.length > 0 &&
          h(
            'p',
            { className: 'cluster' },
            h('span', {}, t('importNeedsAccess', missing.join(', '))),
            h(
              'button',
              {
                type: 'button',
                className: 'btn btn-small',
                onclick: () =>
                  void requestSiteAccess(missing).then((granted) =>
                    showToast(
                      t(
                        granted ? 'accessGrantedToast' : 'optionsPermissionDenied',
                        missing.join(', '),
                      ),
                    ),
                  ),
              },
              t('optionsAllowAccess'),
            ),
          ),
      ),
    );
  }

  resetButton.addEventListener('click', () => {
    const before = ctx.current().settings;
    void ctx.save(asPatch({ ...DEFAULT_SETTINGS, sites: {} })).then(() =>
      showToast(t('resetAllToast'), {
        label: t('undo'),
        run: () => {
          const sites = enabledUserSites(before);
          const access = sites.length > 0 ? requestSiteAccess(sites) : Promise.resolve(true);
          void access.then(() => ctx.save(asPatch(before)));
        },
      }),
    );
  });
}
