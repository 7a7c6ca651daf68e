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
    // nothing runs or loads there). Those are the only warnings we accept: in the two content
    // scripts that bundle Readability, and no more than Readability's own count in each.
    const readabilitySource = readFileSync(
      path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
      'utf8',
    );
    const allowed = (readabilitySource.match(/\.innerHTML = /g) ?? []).length;
    const perFile = new Map<string, number>();
    for (const w of report.warnings.filter((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT')) {
      perFile.set(w.file ?? '?', (perFile.get(w.file ?? '?') ?? 0) + 1);
    }
    for (const [file, count] of perFile) {
      expect(file).toMatch(/^src\/content\/(index|digest)\.js$/);
      expect(count, file).toBeLessThanOrEqual(allowed);
    }
    expect(report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
  });
});
