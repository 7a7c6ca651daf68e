/**
 * The privacy check every e2e file ends with. The browsers reach the network only through the
 * fixture server (their proxy), which records every request; this asserts that
 * - no request came from an extension context (an extension page, the background or a content
 *   script's fetch carries the chrome-extension:// or moz-extension:// origin or referrer), and
 * - every request is explained: a page the test served, something those pages reference, a
 *   favicon, or the browser's own services (safe browsing, settings sync: not the extension,
 *   which holds no network API at all, as test/dist/privacy.test.ts checks).
 */
import { expect } from 'vitest';
import { httpUrl, type FixtureServer, type RecordedRequest } from './fixture-server';

/** Hosts the browsers call on their own (autofill, safe browsing, remote settings, ...). */
export const BROWSER_SERVICES =
  /(^|\.)(googleapis\.com|gvt1\.com|google\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com)$/;

const EXTENSION = /^(chrome|moz)-extension:/;

export function extensionRequests(server: FixtureServer): RecordedRequest[] {
  return server.requests.filter((r) => [r.origin, r.referer].some((h) => EXTENSION.test(h ?? '')));
}

export function unexplainedRequests(server: FixtureServer): RecordedRequest[] {
  const bodies = [...server.routes.values()].map((r) => r.body).join('\n');
  return server.requests.filter((r) => {
    const url = r.method === 'CONNECT' ? `https://${r.url.replace(/:443$/, '')}` : r.url;
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return true;
    }
    if (server.routes.has(httpUrl(url))) return false;
    if (BROWSER_SERVICES.test(host) || new URL(url).pathname === '/favicon.ico') return false;
    return !bodies.includes(host);
  });
}

/** Fails with the offending requests listed. */
export function expectNoExtensionRequests(server: FixtureServer): void {
  expect(server.requests.length, 'the proxy saw the pages the test opened').toBeGreaterThan(0);
  expect(extensionRequests(server), 'requests from an extension context').toEqual([]);
  expect(unexplainedRequests(server), 'requests no page of the test explains').toEqual([]);
}
