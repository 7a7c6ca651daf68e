/**
 * Properties of settings migration and validation (fast-check): whatever is stored (corrupt,
 * old, newer, hostile), migrateAndValidate never throws and always returns valid settings; the
 * per-site list survives migration; and a validated record validates again unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/property';
import { CITATION_STYLES } from '../core/types';
import {
  DEFAULT_SETTINGS,
  migrateAndValidate,
  SCHEMA_VERSION,
  type Settings,
  type SiteSetting,
} from './settings-schema';

/**
 * What is wrong with `s` as settings, field by field (new fields must have their default's
 * type). Plain checks rather than one expect() each: this runs 20,000 times.
 */
function violations(s: Settings): string[] {
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || wrong.push(what));
  check(
    JSON.stringify(Object.keys(s).sort()) === JSON.stringify(Object.keys(DEFAULT_SETTINGS).sort()),
    'keys',
  );
  check(s.schemaVersion === SCHEMA_VERSION, 'schemaVersion');
  check(s.mode === 'tidy' || s.mode === 'focus', 'mode');
  check(CITATION_STYLES.includes(s.citationStyle), 'citationStyle');
  check(s.summaryLength === 2 || s.summaryLength === 3, 'summaryLength');
  for (const [k, v] of Object.entries(s))
    check(typeof v === typeof DEFAULT_SETTINGS[k as keyof Settings], `type of ${k}`);
  check(Object.getPrototypeOf(s.sites) === Object.prototype, 'sites prototype');
  for (const [key, entry] of Object.entries(s.sites)) {
    check(/^([a-z0-9.-]+|\[[0-9a-f:.]+\])$/.test(key), `site key ${key}`);
    check(typeof entry.enabled === 'boolean', `sites.${key}.enabled`);
    check(
      Object.keys(entry).every((k) => k === 'enabled' || k === 'reveal'),
      `sites.${key} keys`,
    );
    check(!('reveal' in entry) || entry.reveal === true, `sites.${key}.reveal`);
  }
  return wrong;
}

const siteKey = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/),
      fc.constantFrom('com', 'org', 'co.uk'),
    )
    .map(([l, tld]) => `${l}.${tld}`),
  fc.ipV4(),
  // Keys that name Object.prototype members must still be plain entries.
  fc.constantFrom('localhost', '[::1]', 'constructor', 'prototype', 'valueof', 'tostring'),
);
const siteEntry: fc.Arbitrary<SiteSetting> = fc.oneof(
  fc.record({ enabled: fc.boolean() }),
  fc.record({ enabled: fc.boolean(), reveal: fc.boolean() }),
);
const sites = fc.dictionary(siteKey, siteEntry, { maxKeys: 8 });
/** Junk where a field should be. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 1, maxKeys: 3 }),
  fc.constantFrom('zen', 7, null, [], {}, 'apa ', 4, '3', true),
);
const field = <T>(valid: fc.Arbitrary<T>) => fc.option(fc.oneof(valid, junk), { nil: undefined });
/** Stored records: old (no schemaVersion), current, newer, with valid and invalid fields. */
const record = fc.record(
  {
    schemaVersion: fc.oneof(fc.constantFrom(0, 1, 2, 99, -1, 1.5, '1'), junk),
    sites: fc.oneof(sites, junk),
    mode: field(fc.constantFrom('tidy', 'focus')),
    citationStyle: field(fc.constantFrom(...CITATION_STYLES)),
    summaryLength: field(fc.constantFrom(2, 3)),
    userRules: field(fc.string({ maxLength: 40 })),
    unknown: junk,
  },
  { requiredKeys: [] },
);
/** Records as JSON would bring them back, including keys like __proto__ as own properties. */
const hostile = fc
  .tuple(siteKey, fc.boolean())
  .map(([key, enabled]) =>
    JSON.parse(
      `{"sites":{"__proto__":{"enabled":true},"${key}":{"enabled":${enabled}}},"__proto__":{"mode":"focus"}}`,
    ),
  );
const stored = fc.oneof(record, junk, hostile);

describe('migrateAndValidate (properties)', () => {
  it('never throws, and always returns valid settings and a list of problems', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const { settings, problems } = migrateAndValidate(value);
        expect(violations(settings)).toEqual([]);
        expect(problems.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
      }),
      runs(),
    );
  });

  it('keeps every valid per-site entry through migration, from any schema version', () => {
    fc.assert(
      fc.property(record, sites, (rest, list) => {
        const { settings } = migrateAndValidate({ ...rest, sites: list });
        const expected = Object.fromEntries(
          Object.entries(list).map(([key, e]) => [
            key,
            e.reveal ? { enabled: e.enabled, reveal: true } : { enabled: e.enabled },
          ]),
        );
        expect(settings.sites).toEqual(expected);
      }),
      runs(),
    );
  });

  it('validates its own output unchanged, with no problem, after a trip through storage', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const once = migrateAndValidate(value).settings;
        const again = migrateAndValidate(JSON.parse(JSON.stringify(once)));
        expect(again).toEqual({ settings: once, problems: [] });
      }),
      runs(),
    );
  });

  it('an import adds to the current per-site list and never drops from it', () => {
    fc.assert(
      fc.property(sites, stored, (current, imported) => {
        const base = migrateAndValidate({ schemaVersion: SCHEMA_VERSION, sites: current }).settings;
        const { settings } = migrateAndValidate(imported, base);
        expect(violations(settings)).toEqual([]);
        const kept = Object.keys(base.sites).every((key) => Object.hasOwn(settings.sites, key));
        expect(kept).toBe(true);
      }),
      runs(),
    );
  });
});
