import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateAndValidate, SCHEMA_VERSION } from './settings-schema';

describe('settings schema', () => {
  it('gives defaults for nothing stored', () => {
    expect(migrateAndValidate(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it('migrates a v0 record and keeps the per-site list', () => {
    const { settings, problems } = migrateAndValidate({
      sites: { 'theregister.com': { enabled: false } },
      mode: 'focus',
    });
    expect(settings.schemaVersion).toBe(SCHEMA_VERSION);
    expect(settings.sites).toEqual({ 'theregister.com': { enabled: false } });
    expect(settings.mode).toBe('focus');
    expect(problems).toEqual([]);
  });
  it('swaps bad fields for defaults and says which', () => {
    const { settings, problems } = migrateAndValidate({
      schemaVersion: 1,
      mode: 'zen',
      citationStyle: 7,
      sites: { 'a.com': { enabled: 'yes' } },
    });
    expect(settings.mode).toBe('tidy');
    expect(settings.citationStyle).toBe('apa');
    expect(settings.sites).toEqual({});
    expect(problems).toHaveLength(3);
  });
  it('survives corrupt values', () => {
    expect(migrateAndValidate('garbage').settings).toEqual(DEFAULT_SETTINGS);
    expect(migrateAndValidate(null).problems).toEqual(['settings were not an object']);
  });
});
