/**
 * Settings: one versioned record, named migrations, then validation that swaps bad fields for
 * defaults. Pure (no browser API), so it is tested in Node and reused by every shell.
 */
import { CITATION_STYLES, type CitationStyle, type Mode } from '../core/types';
import { builtInRule } from './site-patterns';

export const SCHEMA_VERSION = 1;

export interface SiteSetting {
  /** De-cluttering on for this site. */
  enabled: boolean;
  /** "Show hidden": hidden blocks are outlined instead of hidden. Absent means false. */
  reveal?: boolean;
}

export interface Settings {
  schemaVersion: typeof SCHEMA_VERSION;
  /**
   * Explicit per-site choices, keyed by site key (registrable domain, e.g. `theregister.com`).
   * A site without an entry uses its default: on for built-in sites, off for the rest.
   */
  sites: Record<string, SiteSetting>;
  /** Default de-clutter mode. */
  mode: Mode;
  /** Citation style for the popup preview, Copy, the context menu and the shortcut. */
  citationStyle: CitationStyle;
  /** Summary length in sentences. */
  summaryLength: 2 | 3;
  /** User hide rules, one `example.com##.selector` per line. */
  userRules: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: SCHEMA_VERSION,
  sites: {},
  mode: 'tidy',
  citationStyle: 'apa',
  summaryLength: 3,
  userRules: '',
});

type Raw = Record<string, unknown>;

/**
 * Migrations from schema version N to N+1, in order: MIGRATIONS[0] takes a v0 record (no
 * schemaVersion) to v1. Never delete one: old installs still run them.
 */
export const MIGRATIONS: ReadonlyArray<{ name: string; up: (old: Raw) => Raw }> = [
  { name: 'v0-to-v1: stamp the schema version', up: (old) => ({ ...old, schemaVersion: 1 }) },
];

export interface Validated {
  settings: Settings;
  /** What was wrong and replaced by a default (empty when the record was sound). */
  problems: string[];
}

/** A registrable domain, an IPv4 address, a single label (localhost) or a bracketed IPv6 address. */
const SITE_KEY = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])$/i;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrates any stored value to the current schema and validates it field by field. Missing or
 * invalid fields come from `base` (the defaults; an import passes the current settings, so a
 * partial file changes only what it holds and adds to the per-site list without dropping any).
 */
export function migrateAndValidate(
  stored: unknown,
  base: Readonly<Settings> = DEFAULT_SETTINGS,
): Validated {
  const problems: string[] = [];
  let raw: Raw = isRecord(stored) ? stored : {};
  if (stored !== undefined && !isRecord(stored)) problems.push('settings were not an object');
  let version =
    typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion)
      ? raw.schemaVersion
      : 0;
  if (version < 0) {
    // Corrupt: MIGRATIONS[-1] does not exist. Migrate from the start, which only adds fields.
    problems.push(`schemaVersion ${version} was invalid`);
    version = 0;
  } else if (version > SCHEMA_VERSION) {
    problems.push(`settings come from a newer version (schema ${version}); unknown fields ignored`);
    version = SCHEMA_VERSION;
  }
  for (let v = version; v < SCHEMA_VERSION; v++) raw = MIGRATIONS[v]!.up(raw);

  const settings: Settings = { ...base, schemaVersion: SCHEMA_VERSION, sites: { ...base.sites } };
  if (isRecord(raw.sites)) {
    for (const [key, value] of Object.entries(raw.sites)) {
      if (isRecord(value) && typeof value.enabled === 'boolean' && SITE_KEY.test(key)) {
        const entry: SiteSetting = { enabled: value.enabled };
        // A bad "Show hidden" flag must not cost the user's on/off choice for the site.
        if (value.reveal === true) entry.reveal = true;
        else if (value.reveal !== undefined && value.reveal !== false)
          problems.push(`sites.${key}.reveal was invalid`);
        settings.sites[key.toLowerCase()] = entry;
      } else {
        problems.push(`sites.${key} was invalid`);
      }
    }
  } else if (raw.sites !== undefined) problems.push('sites was invalid');
  if (raw.mode === 'tidy' || raw.mode === 'focus') settings.mode = raw.mode;
  else if (raw.mode !== undefined) problems.push('mode was invalid');
  if (CITATION_STYLES.includes(raw.citationStyle as CitationStyle))
    settings.citationStyle = raw.citationStyle as CitationStyle;
  else if (raw.citationStyle !== undefined) problems.push('citationStyle was invalid');
  if (raw.summaryLength === 2 || raw.summaryLength === 3)
    settings.summaryLength = raw.summaryLength;
  else if (raw.summaryLength !== undefined) problems.push('summaryLength was invalid');
  if (typeof raw.userRules === 'string') settings.userRules = raw.userRules;
  else if (raw.userRules !== undefined) problems.push('userRules was invalid');
  return { settings, problems };
}

/** Whether de-cluttering is on for a site: the user's choice, else on for built-in sites only. */
export function isSiteEnabled(settings: Settings, siteKey: string): boolean {
  return siteEntry(settings, siteKey)?.enabled ?? builtInRule(siteKey) !== null;
}

/** Whether "Show hidden" is on for a site. */
export function isSiteRevealed(settings: Settings, siteKey: string): boolean {
  return siteEntry(settings, siteKey)?.reveal === true;
}

/** Own entries only: a key like `constructor` must not read Object.prototype. */
function siteEntry(settings: Settings, siteKey: string): SiteSetting | undefined {
  return Object.hasOwn(settings.sites, siteKey) ? settings.sites[siteKey] : undefined;
}

/**
 * Settings with one site's entry changed; unset fields keep their current (or default) value.
 * Never mutates `settings`.
 */
export function withSite(
  settings: Settings,
  siteKey: string,
  change: Partial<SiteSetting>,
): Settings {
  const enabled = change.enabled ?? isSiteEnabled(settings, siteKey);
  const reveal = change.reveal ?? isSiteRevealed(settings, siteKey);
  return {
    ...settings,
    sites: { ...settings.sites, [siteKey]: reveal ? { enabled, reveal } : { enabled } },
  };
}
