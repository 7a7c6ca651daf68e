import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  isSiteRevealed,
  migrateAndValidate,
  SCHEMA_VERSION,
  withSite,
} from './settings-schema';

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

describe('per-site state', () => {
  it('is on by default for built-in sites only; an explicit choice wins', () => {
    const s = migrateAndValidate({
      schemaVersion: 1,
      sites: { 'theregister.co.uk': { enabled: false }, 'a.org': { enabled: true } },
    }).settings;
    expect(isSiteEnabled(s, 'theregister.com')).toBe(true);
    expect(isSiteEnabled(s, 'theregister.co.uk')).toBe(false);
    expect(isSiteEnabled(s, 'a.org')).toBe(true);
    expect(isSiteEnabled(s, 'b.org')).toBe(false);
    expect(isSiteEnabled(s, 'constructor')).toBe(false); // Not Object.prototype's.
  });
  it('changes one site without touching the others', () => {
    const before = migrateAndValidate({ sites: { 'a.org': { enabled: true } } }).settings;
    const after = withSite(before, 'theregister.com', { reveal: true });
    expect(after.sites).toEqual({
      'a.org': { enabled: true },
      'theregister.com': { enabled: true, reveal: true },
    });
    expect(isSiteRevealed(after, 'theregister.com')).toBe(true);
    expect(before.sites).toEqual({ 'a.org': { enabled: true } });
  });
  it('keeps the on/off choice when only the Show hidden flag is bad', () => {
    const { settings, problems } = migrateAndValidate({
      schemaVersion: 1,
      sites: { 'a.org': { enabled: true, reveal: 'yes' }, '[::1]': { enabled: true } },
    });
    expect(settings.sites).toEqual({ 'a.org': { enabled: true }, '[::1]': { enabled: true } });
    expect(problems).toEqual(['sites.a.org.reveal was invalid']);
  });
});
