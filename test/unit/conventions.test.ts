/** Meta-tests: the conventions the README promises, checked rather than hoped for. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('repository conventions', () => {
  it('has the required top level', () => {
    for (const entry of [
      'package.json',
      'manifest.json',
      'src',
      'icons',
      'vite.config.ts',
      'README.md',
      '.ci/run',
    ]) {
      expect(existsSync(path.join(ROOT, entry)), entry).toBe(true);
    }
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name).toBe(
      'standfirst',
    );
  });

  it('names source files in kebab-case', () => {
    const files = [
      ...walk(path.join(ROOT, 'src')),
      ...walk(path.join(ROOT, 'test')),
      ...walk(path.join(ROOT, 'scripts')),
    ]
      .filter((f) => /\.(ts|html|css)$/.test(f))
      .filter((f) => !f.includes(`${path.sep}fixtures${path.sep}`))
      .map((f) => path.basename(f));
    const bad = files.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(f));
    expect(bad).toEqual([]);
  });

  it('keeps the core free of browser and Node APIs (lint enforces it; this guards the lint config)', () => {
    const core = walk(path.join(ROOT, 'src/core')).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const file of core) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](webextension-polyfill|node:[a-z]+)['"]/);
      expect(text, file).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage)\b/);
    }
  });
});
