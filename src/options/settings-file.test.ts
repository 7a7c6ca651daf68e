import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings-schema';
import { exportFileName, importSettings, MAX_IMPORT_BYTES, settingsToJson } from './settings-file';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  sites: { 'example.org': { enabled: true }, 'theregister.com': { enabled: false } },
  mode: 'focus',
  citationStyle: 'mla',
  summaryLength: 2,
  userRules: 'example.org##.promo',
};

describe('settings file', () => {
  it('round-trips everything', () => {
    const result = importSettings(settingsToJson(current), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, settings: current, problems: [] });
  });

  it('changes only what a partial file holds and never drops a site', () => {
    const result = importSettings(
      JSON.stringify({ citationStyle: 'ieee', sites: { 'new.example': { enabled: true } } }),
      current,
    );
    expect(result.ok && result.settings).toEqual({
      ...current,
      citationStyle: 'ieee',
      sites: { ...current.sites, 'new.example': { enabled: true } },
    });
  });

  it('keeps the current value of a bad field and reports it', () => {
    const result = importSettings(
      JSON.stringify({ schemaVersion: 1, mode: 'zen', summaryLength: 3 }),
      current,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.mode).toBe('focus');
    expect(result.settings.summaryLength).toBe(3);
    expect(result.problems).toEqual(['mode was invalid']);
  });

  it('refuses what is not a settings file', () => {
    expect(importSettings('{nope', current)).toEqual({ ok: false, reason: 'not-json' });
    expect(importSettings('[1,2]', current)).toEqual({ ok: false, reason: 'not-settings' });
    expect(importSettings('null', current)).toEqual({ ok: false, reason: 'not-settings' });
    expect(importSettings(' '.repeat(MAX_IMPORT_BYTES + 1), current)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(importSettings(`\uFEFF${settingsToJson(current)}`, DEFAULT_SETTINGS).ok).toBe(true);
  });

  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2024, 4, 1, 23, 30))).toBe(
      'standfirst-settings-2024-05-01.json',
    );
  });
});
