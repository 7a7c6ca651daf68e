/// <reference types="chrome" />
/**
 * Granting an optional host permission in a test profile, as a user would have, without the
 * browser's prompt (which headless browsers cannot answer). See ../shared/docs/browser-testing.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import type { ExtensionBrowser } from './drivers';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, in the letters a-p. */
export function unpackedExtensionId(dir = path.join(ROOT, 'dist/chrome')): string {
  return [...createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');
}

/**
 * A fresh Chromium profile in which the unpacked extension already holds `origins` (besides the
 * manifest's own host permissions, which an explicit list would otherwise withhold).
 */
export function chromiumProfileGranting(origins: string[], manifestHosts: string[]): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'standfirst-chromium-'));
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  const explicit = [...new Set([...manifestHosts, ...origins])];
  const prefs = {
    extensions: {
      settings: {
        [unpackedExtensionId()]: {
          active_permissions: {
            api: [],
            explicit_host: explicit,
            manifest_permissions: [],
            scriptable_host: explicit,
          },
        },
      },
    },
  };
  writeFileSync(path.join(profile, 'Default/Preferences'), JSON.stringify(prefs));
  return profile;
}

/**
 * Firefox, launched with `extensions.webextOptionalPermissionPrompts: false`, grants a request
 * made from a trusted click without a prompt. The click happens on a button in an extension
 * page, as in the product's own popup.
 */
export async function firefoxGrant(b: ExtensionBrowser, origins: string[]): Promise<void> {
  const page = await b.openExtensionPage('icons/standfirst-16.png');
  await page.evaluate((o) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const button = document.createElement('button');
    button.id = 'grant';
    button.textContent = 'grant';
    button.addEventListener('click', () => {
      void api.permissions.request({ origins: o }).then((ok) => (button.dataset.granted = `${ok}`));
    });
    document.body.append(button);
  }, origins);
  await page.click('#grant');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const granted = await page.evaluate(
      () => document.getElementById('grant')?.dataset.granted ?? '',
      null,
    );
    if (granted === 'true') return void (await page.close());
    if (granted === 'false') throw new Error('Firefox refused the permission request');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox did not answer the permission request');
}
