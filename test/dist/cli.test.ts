/** The built CLI, run as a user runs it: `standfirst [--json] ... INPUT...`. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/paths';

const run = promisify(execFile);
const BIN = path.join(ROOT, 'dist/cli/standfirst.mjs');
const SEED = path.join(FIXTURES, 'register/2012-skype-denies-spying/source.html');
const MODERN = path.join(FIXTURES, 'register/2012-skype-denies-spying-modern/source.html');

async function cli(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  } else {
    child.child.stdin!.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const CONTRACT_KEYS = [
  'input',
  'url',
  'readerable',
  'article',
  'clutter',
  'visibleText',
  'summary',
  'keyQuote',
  'quotes',
  'citation',
  'timings',
];

describe('standfirst --json', () => {
  it('prints the contract for the seed story', async () => {
    const { stdout, code } = await cli(['--json', '--now', '2026-11-26', SEED]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const d = JSON.parse(lines[0]!);
    expect(Object.keys(d)).toEqual(CONTRACT_KEYS);
    expect(d.input).toBe(SEED);
    expect(d.url).toBe('http://www.theregister.co.uk/2012/07/27/skype_denies_spying/');
    expect(d.article.title).toBe('Skype denies system upgrade enables in-call spying');
    expect(d.article.byline).toBeNull();
    expect(Object.keys(d.article)).toEqual([
      'title',
      'byline',
      'siteName',
      'published',
      'lang',
      'excerpt',
      'text',
      'wordCount',
    ]);
    // Later versions may add fields after these; they never rename or reorder them.
    expect(Object.keys(d.citation).slice(0, 3)).toEqual(['url', 'csl', 'formats']);
    expect(Object.keys(d.citation.formats)).toEqual(
      expect.arrayContaining(['apa', 'mla', 'chicago', 'harvard', 'ieee', 'bibtex', 'markdown']),
    );
    expect(d.citation.csl.accessed['date-parts']).toEqual([[2026, 11, 26]]);
    expect(typeof d.timings.totalMs).toBe('number');
  });

  it('prints one line per input in order, errors included, and exits 1 when any failed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'standfirst-cli-'));
    const gz = path.join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SEED)));
    const notHtml = path.join(dir, 'data.bin');
    writeFileSync(notHtml, Buffer.from([0, 1, 2, 3, 0, 255]));
    const { stdout, code } = await cli([
      '--json',
      SEED,
      path.join(dir, 'missing.html'),
      gz,
      notHtml,
      MODERN,
    ]);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([
      SEED,
      path.join(dir, 'missing.html'),
      gz,
      notHtml,
      MODERN,
    ]);
    expect(lines[1]).toEqual({
      input: path.join(dir, 'missing.html'),
      error: expect.stringContaining('no such file'),
    });
    expect(lines[2].article.title).toBe(lines[0].article.title);
    expect(lines[3].error).toMatch(/not HTML/);
    expect(lines[4].url).toBe('https://www.theregister.com/2012/07/27/skype_denies_spying/');
  });

  it('reads stdin with -, and --url overrides the address', async () => {
    const { stdout, code } = await cli(
      ['--json', '--url', 'https://example.test/a?utm_source=x', '-'],
      readFileSync(SEED, 'utf8'),
    );
    expect(code).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.input).toBe('-');
    expect(d.url).toBe('https://example.test/a?utm_source=x');
    expect(d.article.title).toBe('Skype denies system upgrade enables in-call spying');
  });

  it('reports a fetch failure on its line', async () => {
    const { stdout, code } = await cli(['--json', 'http://127.0.0.1:9/nothing-listens-here']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error).toMatch(/fetch failed/);
  });

  it('rejects bad options with usage and exit code 2', async () => {
    const { stderr, code } = await cli(['--mode', 'zen', SEED]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--mode must be tidy or focus/);
  });
});

describe('standfirst (report)', () => {
  it('prints a readable report', async () => {
    const { stdout, code } = await cli([SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Skype denies system upgrade enables in-call spying');
    expect(stdout).toContain('The Register');
  });
});
