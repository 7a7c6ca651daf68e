/**
 * Size budgets on the built extension (README "Performance"): what a page receives from us, and
 * what the popup loads before its first paint, both gzipped, for each browser's build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  contentScripts,
  popupFirstPaint,
  totalGzip,
  type SizedFile,
} from '../helpers/bundle-size';
import { ROOT } from '../helpers/paths';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const list = (files: readonly SizedFile[]): string =>
  files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

for (const target of ['chrome', 'firefox']) {
  const dist = path.join(ROOT, 'dist', target);

  describe(`size budgets: dist/${target}`, () => {
    it('is built', () => {
      expect(existsSync(path.join(dist, 'manifest.json')), 'run npm run build first').toBe(true);
    });

    it(`content scripts stay within ${kb(BUDGETS.contentScript)} gzipped`, () => {
      const files = contentScripts(dist);
      expect(files.length).toBeGreaterThan(0);
      expect(totalGzip(files), list(files)).toBeLessThanOrEqual(BUDGETS.contentScript);
    });

    it(`the popup's first paint stays within ${kb(BUDGETS.popupFirstPaint)} gzipped`, () => {
      const files = popupFirstPaint(dist);
      expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
      expect(totalGzip(files), list(files)).toBeLessThanOrEqual(BUDGETS.popupFirstPaint);
    });
  });
}
