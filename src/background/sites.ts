/**
 * Per-site de-cluttering in the background: which sites are on, the content scripts registered
 * for them, and applying a change to every open tab of a site at once.
 *
 * Least privilege: built-in sites come with host permissions in the manifest (generated from
 * SITES); any other site gets an optional host permission, requested by the popup during the
 * user's click and released when the site is switched off. A site is only registered while its
 * permission is granted (Firefox lets users withhold even declared ones).
 */
import { selectorStylesheet } from '../core/hide-css';
import { parseUserRules, userRulesFor } from '../core/user-rules';
import browser, { type Scripting } from 'webextension-polyfill';
import { sendToTab, type SiteState, type SiteView } from '../shared/messages';
import {
  isSiteEnabled,
  isSiteRevealed,
  migrateAndValidate,
  type Settings,
} from '../shared/settings-schema';
import { loadSettings, saveSite } from '../shared/settings-store';
import { siteKeyOf } from '../shared/site-key';
import {
  builtInKeys,
  builtInRule,
  CONTENT_SCRIPT,
  cssFileFor,
  keyOfPattern,
  originPatterns,
  siteStylesheet,
} from '../shared/site-patterns';

/** Our registered scripts' ids start with this, so the background never touches others'. */
const ID_PREFIX = 'standfirst:';

export async function isGranted(key: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: originPatterns(key) });
  } catch {
    return false;
  }
}

export async function siteView(key: string, settings?: Settings): Promise<SiteView> {
  const s = settings ?? (await loadSettings()).settings;
  return {
    key,
    builtIn: builtInRule(key) !== null,
    enabled: isSiteEnabled(s, key),
    granted: await isGranted(key),
    reveal: isSiteRevealed(s, key),
    origins: originPatterns(key),
  };
}

/** The state a page of this URL should be in right now, with the user's rules for its host. */
export async function stateFor(url: string | undefined): Promise<SiteState> {
  const state = await stateForKey(siteKeyOf(url));
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // Not a URL: no rules apply.
  }
  return host ? { ...state, userSelectors: await userSelectorsFor(host) } : state;
}

async function stateForKey(key: string | null): Promise<SiteState> {
  const { settings } = await loadSettings();
  if (!key) return { enabled: false, reveal: false, mode: settings.mode };
  return {
    enabled: isSiteEnabled(settings, key) && (await isGranted(key)),
    reveal: isSiteRevealed(settings, key),
    mode: settings.mode,
  };
}

/** The selectors of the user's "My rules" that apply to `hostname` (rules with errors are skipped). */
export async function userSelectorsFor(hostname: string): Promise<string[]> {
  const { settings } = await loadSettings();
  return userRulesFor(parseUserRules(settings.userRules).rules, hostname);
}

/** The scripts a site gets while it is on: its stylesheet and the script, both at document_start. */
function registrationsFor(key: string): Scripting.RegisteredContentScript[] {
  const matches = originPatterns(key);
  return [
    {
      id: `${ID_PREFIX}${key}:css`,
      matches,
      css: [cssFileFor(builtInRule(key))],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
    {
      id: `${ID_PREFIX}${key}:js`,
      matches,
      js: [CONTENT_SCRIPT],
      // At document_start so its hello brings the user-origin sheet ("My rules") in before first
      // paint; the script itself waits for the DOM and does its real work at idle.
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ];
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  JSON.stringify([...(a ?? [])].map(stripSlash).sort()) ===
  JSON.stringify([...(b ?? [])].map(stripSlash).sort());
const stripSlash = (p: string): string => p.replace(/^\//, '');

function sameScript(
  a: Scripting.RegisteredContentScript,
  b: Scripting.RegisteredContentScript,
): boolean {
  return (
    sameList(a.matches, b.matches) &&
    sameList(a.css, b.css) &&
    sameList(a.js, b.js) &&
    (a.runAt ?? 'document_idle') === (b.runAt ?? 'document_idle')
  );
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Makes the registered content scripts match the settings and the granted permissions. Runs one
 * at a time (two overlapping runs would register the same id twice) and never rejects.
 */
export function syncRegistrations(): Promise<void> {
  syncing = syncing.then(reconcile).catch((error: unknown) => {
    console.error('Standfirst: could not register content scripts', error);
  });
  return syncing;
}

async function reconcile(): Promise<void> {
  const { settings } = await loadSettings();
  const keys = new Set([...builtInKeys(), ...Object.keys(settings.sites)]);
  const wanted = new Map<string, Scripting.RegisteredContentScript>();
  for (const key of keys) {
    if (!isSiteEnabled(settings, key) || !(await isGranted(key))) continue;
    for (const script of registrationsFor(key)) wanted.set(script.id, script);
  }
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(ID_PREFIX),
  );
  const stale = ours.filter((s) => !wanted.has(s.id) || !sameScript(s, wanted.get(s.id)!));
  if (stale.length)
    await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const kept = new Set(ours.filter((s) => !stale.includes(s)).map((s) => s.id));
  const missing = [...wanted.values()].filter((s) => !kept.has(s.id));
  // One site at a time: a pattern one browser rejects must not cost every other site.
  for (let i = 0; i < missing.length; i += 2) {
    try {
      await browser.scripting.registerContentScripts(missing.slice(i, i + 2));
    } catch (error) {
      console.error('Standfirst: could not register', missing[i]?.id, error);
    }
  }
}

/** Inserts the site's stylesheet as a user-origin sheet, which page styles cannot override. */
export async function insertUserSheet(tabId: number, url: string, frameId = 0): Promise<void> {
  const key = siteKeyOf(url);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: the site's sheet only.
  }
  // "My rules" go in the same user-origin sheet: hidden from the first paint after the content
  // script says hello (at document_start), like the built-in rules.
  const mine = host ? selectorStylesheet(await userSelectorsFor(host)) : '';
  await browser.scripting.insertCSS({
    target: { tabId, frameIds: [frameId] },
    css: siteStylesheet(key ? builtInRule(key) : null) + mine,
    origin: 'USER',
  });
}

/**
 * Applies the site's current state in every open tab of it, without a reload: tabs that have
 * the content script get the new state; tabs that do not (opened before the site was switched
 * on) get the stylesheet and the script.
 */
export async function applyToOpenTabs(key: string): Promise<void> {
  let tabs: browser.Tabs.Tab[];
  try {
    tabs = await browser.tabs.query({ url: originPatterns(key) });
  } catch {
    return; // No host permission (any more): no tab of the site can be found, or changed.
  }
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || siteKeyOf(tab.url) !== key) return;
      const state = await stateFor(tab.url);
      // Stylesheet first, so nothing shows between the script marking blocks and the sheet.
      if (state.enabled) await insertUserSheet(tab.id, tab.url).catch(() => {});
      try {
        await sendToTab(tab.id, 'apply', state);
      } catch {
        if (!state.enabled) return; // Nothing of ours runs there, so there is nothing to undo.
        try {
          await browser.scripting.executeScript({
            target: { tabId: tab.id },
            files: [`/${CONTENT_SCRIPT}`],
          });
        } catch (error) {
          console.warn('Standfirst: could not apply to tab', tab.id, error);
        }
      }
    }),
  );
}

/**
 * Turns a site on or off (or "Show hidden"), then registers or unregisters its scripts, applies
 * the change in its open tabs and, for a site without a rule switched off, releases the host
 * permission. The caller requested the permission beforehand if it was needed.
 */
export async function setSite(
  key: string,
  change: { enabled?: boolean; reveal?: boolean },
): Promise<SiteView> {
  const { settings } = await saveSite(key, change);
  await syncRegistrations();
  await applyToOpenTabs(key);
  if (!isSiteEnabled(settings, key)) await releasePermission(key);
  return siteView(key, settings);
}

/** A site without a rule that is off keeps no host permission (built-in ones cannot be dropped). */
async function releasePermission(key: string): Promise<void> {
  if (builtInRule(key) || !(await isGranted(key))) return;
  try {
    await browser.permissions.remove({ origins: originPatterns(key) });
  } catch (error) {
    console.warn('Standfirst: could not release the host permission', error);
  }
}

/**
 * A host permission was granted. Usually the popup asked for it and also says so itself, but
 * Firefox may close the popup while its permission prompt shows, so the popup saves the user's
 * intent before asking, and this completes it: register, then apply in the site's open tabs.
 */
export async function onPermissionsAdded(origins: readonly string[]): Promise<void> {
  await syncRegistrations();
  for (const key of new Set(origins.map(keyOfPattern))) if (key) await applyToOpenTabs(key);
}

/**
 * Installed or updated: content scripts only reach pages loaded after they are registered, so the
 * tabs already open on a site that is on (a Register story the reader was on when they installed
 * Standfirst) get the stylesheet and the script now, as when a site is switched on, with no reload.
 */
export async function onInstalled(): Promise<void> {
  await syncRegistrations();
  const { settings } = await loadSettings();
  const keys = new Set([...builtInKeys(), ...Object.keys(settings.sites)]);
  for (const key of keys) if (isSiteEnabled(settings, key)) await applyToOpenTabs(key);
}

/** Settings changed elsewhere (options page, another device): follow them in open tabs too. */
export async function onSettingsRecordChanged(oldValue: unknown, newValue: unknown): Promise<void> {
  const before = migrateAndValidate(oldValue).settings;
  const after = migrateAndValidate(newValue).settings;
  await syncRegistrations();
  const keys = new Set([...Object.keys(before.sites), ...Object.keys(after.sites)]);
  const changed = [...keys].filter(
    (k) =>
      isSiteEnabled(before, k) !== isSiteEnabled(after, k) ||
      isSiteRevealed(before, k) !== isSiteRevealed(after, k) ||
      before.mode !== after.mode,
  );
  if (before.mode !== after.mode) changed.push(...builtInKeys());
  for (const key of new Set(changed)) {
    await applyToOpenTabs(key);
    // Switched off or removed in the options page: release what the popup would have released.
    if (!isSiteEnabled(after, key)) await releasePermission(key);
  }
}
