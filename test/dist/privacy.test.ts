/**
 * Privacy and least privilege, checked on the built extension (dist/chrome, dist/firefox): the
 * manifests ask for exactly the permissions README's "Privacy and permissions" table lists, each
 * with a reason; the content security policy is Manifest V3's default; no web page or other
 * extension can message us; nothing is exposed to pages; the code holds no network API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInHostPermissions } from '../../src/shared/site-patterns';
import { ROOT } from '../helpers/paths';

const TARGETS = ['chrome', 'firefox'] as const;

/** The README table: permission (in backticks) -> reason. */
function readmePermissions(): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^## Privacy and permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README has no "## Privacy and permissions" section');
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  return rows;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Ways extension code could reach the network. None may appear in what we ship. */
const NETWORK_APIS =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection|WebTransport/;

/**
 * citeproc-js parses an XML string, where DOMParser is missing, by "loading" it from a `data:`
 * URL with XMLHttpRequest: local, never on the network (and our styles are JSON, so the path is
 * not taken). That one use is allowed; any other use of the API is not.
 */
const CITEPROC_DATA_URL_XHR =
  /new XMLHttpRequest;return \w+\|\|=`text\/xml`,\w+\.open\(`GET`,`data:`/g;
const withoutKnownLocal = (code: string): string =>
  code.replace(CITEPROC_DATA_URL_XHR, '').replace(/typeof XMLHttpRequest/g, '');

describe('README "Privacy and permissions"', () => {
  it('gives a reason for every permission it lists', () => {
    const rows = readmePermissions();
    expect(rows.size).toBeGreaterThan(0);
    for (const [permission, why] of rows) expect(why.length, permission).toBeGreaterThan(20);
  });
});

for (const target of TARGETS) {
  describe(`dist/${target}/manifest.json`, () => {
    const manifest = JSON.parse(
      readFileSync(path.join(ROOT, 'dist', target, 'manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    const rows = readmePermissions();

    it('asks for exactly the permissions README lists', () => {
      const asked = [
        ...((manifest.permissions as string[] | undefined) ?? []),
        ...((manifest.optional_permissions as string[] | undefined) ?? []),
      ];
      const listed = [...rows.keys()].filter((k) => !k.endsWith('host_permissions'));
      expect([...asked].sort()).toEqual([...listed].sort());
      // Host access: the built-in sites only, and every other site only on request.
      expect(Boolean(manifest.host_permissions)).toBe(rows.has('host_permissions'));
      expect(manifest.host_permissions).toEqual(builtInHostPermissions());
      expect(Boolean(manifest.optional_host_permissions)).toBe(
        rows.has('optional_host_permissions'),
      );
      expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    });

    it('keeps the Manifest V3 default content security policy', () => {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest).not.toHaveProperty('content_security_policy');
    });

    it('lets no web page or other extension message it, and exposes nothing to pages', () => {
      expect(manifest).not.toHaveProperty('externally_connectable');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      // Content scripts are registered per site at run time, never for every page.
      expect(manifest).not.toHaveProperty('content_scripts');
    });

    it('ships no network API and no remote code', () => {
      const files = walk(path.join(ROOT, 'dist', target)).filter((f) => /\.(js|html)$/.test(f));
      expect(files.length).toBeGreaterThan(0);
      const offenders = files.filter((f) =>
        NETWORK_APIS.test(withoutKnownLocal(readFileSync(f, 'utf8'))),
      );
      expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
      for (const f of files.filter((f) => f.endsWith('.html'))) {
        // Every script an extension page loads is a file of the extension.
        const srcs = [...readFileSync(f, 'utf8').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)];
        for (const [, src] of srcs) expect(src, f).not.toMatch(/^(https?:)?\/\//);
      }
    });
  });
}
