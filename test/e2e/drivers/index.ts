/**
 * Which browsers the e2e suite runs in. A missing browser skips its suite with a message, except
 * under CI=true, where it fails: CI must never pass by not testing.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { FIREFOX_PATH, launchFirefox } from './firefox';

export const BROWSERS = [
  { name: 'chromium', path: CHROMIUM_PATH, launch: launchChromium },
  { name: 'firefox', path: FIREFOX_PATH, launch: launchFirefox },
] as const;

export function browserAvailable(name: string, binary: string): boolean {
  if (existsSync(binary)) return true;
  const message = `${name} not found at ${binary} (apt-get install -y chromium firefox-esr)`;
  if (process.env.CI === 'true') throw new Error(`${message}: required when CI=true`);
  console.warn(`SKIPPED e2e in ${name}: ${message}`);
  return false;
}

export type { ExtensionBrowser, PageHandle } from './types';
