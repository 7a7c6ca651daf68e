/**
 * Checks on the built extension (dist/chrome, dist/firefox): host permissions and site
 * stylesheets come from SITES, the shortcuts and the grey icon are declared, the scripts the
 * background injects exist, and the Public Suffix List stays in the background.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites/index';
import {
  builtInHostPermissions,
  CONTENT_SCRIPT,
  DIGEST_SCRIPT,
  cssFileFor,
  siteStylesheet,
} from '../../src/shared/site-patterns';
import { ROOT } from '../helpers/paths';

const TARGETS = ['chrome', 'firefox'] as const;
const dist = (target: string, ...p: string[]) => path.join(ROOT, 'dist', target, ...p);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** A piece of the Public Suffix List's data as tldts ships it. */
const PSL_MARKER = 'orgmilcomschnetedugov';

for (const target of TARGETS) {
  describe(`dist/${target}`, () => {
    const manifest = JSON.parse(readFileSync(dist(target, 'manifest.json'), 'utf8'));

    // The permission list itself is checked against README in privacy.test.ts.
    it("asks for the built-in sites' hosts only, and any other site on demand", () => {
      expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
      expect(manifest.content_scripts).toBeUndefined(); // Registered at run time, per site.
      expect(manifest.host_permissions).toEqual(builtInHostPermissions());
      expect(manifest.host_permissions).toEqual(
        SITES.flatMap((s) => s.domains)
          .sort()
          .map((d) => `*://*.${d}/*`),
      );
    });

    it('has the shortcuts, and a grey icon until Standfirst acts on a page', () => {
      expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+S');
      expect(manifest.commands['toggle-site'].suggested_key.default).toBe('Alt+Shift+D');
      expect(manifest.commands['toggle-site'].description).toBe('__MSG_cmdToggleSite__');
      expect(manifest.commands['copy-citation'].suggested_key.default).toBe('Alt+Shift+C');
      for (const icon of Object.values<string>(manifest.action.default_icon)) {
        expect(icon).toMatch(/standfirst-off-\d+\.png$/);
        expect(existsSync(dist(target, icon))).toBe(true);
      }
    });

    it('ships the stylesheets and the content script the background registers', () => {
      for (const rule of [...SITES, null]) {
        expect(readFileSync(dist(target, cssFileFor(rule)), 'utf8')).toBe(siteStylesheet(rule));
      }
      expect(existsSync(dist(target, CONTENT_SCRIPT))).toBe(true);
      expect(existsSync(dist(target, DIGEST_SCRIPT))).toBe(true);
    });

    it('keeps the Public Suffix List in the background only', () => {
      const pages = [dist(target, CONTENT_SCRIPT), dist(target, DIGEST_SCRIPT)].concat(
        walk(dist(target, 'src/popup')),
      );
      for (const f of pages) expect(readFileSync(f, 'utf8').includes(PSL_MARKER), f).toBe(false);
      expect(readFileSync(dist(target, 'src/background/index.js'), 'utf8')).toContain(PSL_MARKER);
    });
  });
}
