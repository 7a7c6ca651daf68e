import { describe, expect, it } from 'vitest';
import { parseCli } from './main';

describe('parseCli --jobs', () => {
  it('defaults to one job per CPU', () => {
    expect(parseCli(['a.html']).jobs).toBeGreaterThanOrEqual(1);
  });
  it('takes a whole number of at least 1', () => {
    expect(parseCli(['--jobs', '3', 'a.html']).jobs).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many']) {
      expect(() => parseCli(['--jobs', bad, 'a.html'])).toThrow(/--jobs/);
    }
  });
});
