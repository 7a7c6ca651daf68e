/** Mozilla's add-on linter on the Firefox build: no errors, and no warnings from our own code. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const run = promisify(execFile);

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('web-ext lint dist/firefox', () => {
  it('reports no errors and no warnings of our own', async () => {
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    const { stdout } = await run(
      bin,
      ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Readability assigns innerHTML twice, on the detached clone it parses (an inert document:
    // nothing runs or loads there). Those are the only warnings we accept, and only that many.
    const readabilitySource = readFileSync(
      path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
      'utf8',
    );
    const allowed = (readabilitySource.match(/\.innerHTML = /g) ?? []).length;
    const innerHtml = report.warnings.filter((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT');
    expect(innerHtml.length).toBeLessThanOrEqual(allowed);
    expect(innerHtml.every((w) => w.file === 'src/content/index.js')).toBe(true);
    expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
  });
});
