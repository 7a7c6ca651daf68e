/** The built CLI digests a folder on worker threads with the same output as one job. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/paths';

const CLI = path.join(ROOT, 'dist/cli/standfirst.mjs');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--json', '--now', '2026-01-01', ...args], {
    encoding: 'utf8',
  });
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => {
      const { timings: _timings, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return rest;
    });
  return { status: r.status, stderr: r.stderr, lines };
}

describe('standfirst --jobs', () => {
  const folder = path.join(FIXTURES, 'register');

  it('prints the same lines, in input order, with one job or two', () => {
    const one = run('--jobs', '1', folder);
    const two = run('--jobs', '2', folder);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.lines.length).toBeGreaterThan(1);
    expect(two.lines).toEqual(one.lines);
    const inputs = one.lines.map((l) => l.input as string);
    expect(inputs).toEqual([...inputs].sort());
  });

  it('reports a bad input on its own line and exits 1, in order', () => {
    const missing = path.join(folder, 'no-such-page.html');
    const r = run('--jobs', '2', missing, folder);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toEqual({ input: missing, error: `${missing}: no such file` });
    expect(r.lines.slice(1).every((l) => !('error' in l))).toBe(true);
  });

  it('prints no progress bar when stderr is not a terminal', () => {
    expect(run('--jobs', '2', folder).stderr).toBe('');
  });
});
