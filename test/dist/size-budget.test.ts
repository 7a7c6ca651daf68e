/**
 * Size budgets on the built extension (README "Performance"): each content script a page can
 * receive (the one registered for enabled sites, with its stylesheet, and the one the popup
 * injects on demand), and what the popup loads before its first paint, gzipped, per browser.
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
import { CONTENT_SCRIPT } from '../../src/shared/site-patterns';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const list = (files: readonly SizedFile[]): string =>
  files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

for (const target of ['chrome', 'firefox']) {
  const dist = path.join(ROOT, 'dist', target);

  describe(`size budgets: dist/${target}`, () => {
    it('is built', () => {
      expect(existsSync(path.join(dist, 'manifest.json')), 'run npm run build first').toBe(true);
    });

    it(`each content script stays within ${kb(BUDGETS.contentScript)} gzipped`, () => {
      const scripts = contentScripts(dist, [CONTENT_SCRIPT]);
      expect(scripts.map((s) => s.when)).toContain('load');
      for (const script of scripts) {
        expect(
          totalGzip(script.files),
          `${script.when}: ${list(script.files)}`,
        ).toBeLessThanOrEqual(BUDGETS.contentScript);
      }
    });

    it(`the popup's first paint stays within ${kb(BUDGETS.popupFirstPaint)} gzipped`, () => {
      const files = popupFirstPaint(dist);
      expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
      expect(totalGzip(files), list(files)).toBeLessThanOrEqual(BUDGETS.popupFirstPaint);
    });
  });
}
