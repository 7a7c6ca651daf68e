/**
 * A local HTTP server that is both the origin for the fixtures and the browsers' forward proxy.
 * Every request a browser makes goes through it, so a test can list them all and prove that
 * nothing leaves the machine. Fixtures are served under their real URLs over http (https URLs
 * are served as http: the hosts are not on the HSTS preload list).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listFixtures, type Fixture } from '../helpers/fixtures';

export interface RecordedRequest {
  method: string;
  url: string;
  /** Set when the request came through the proxy for a host we do not serve. */
  blocked: boolean;
  /** Who asked: an extension context shows up here as a chrome-extension:// or moz-extension:// origin. */
  origin?: string;
  referer?: string;
}

export interface FixtureServer {
  port: number;
  /** `http://` URL of a fixture, as the browser should load it. */
  urlOf(fixture: Fixture): string;
  /** Serve extra pages (e.g. a site with no rule) at an http URL, as HTML unless told. */
  route(url: string, body: string, contentType?: string): void;
  /** Everything served, by http URL: what the privacy check counts as a page the test opened. */
  routes: ReadonlyMap<string, { body: string; contentType: string }>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The http:// form of a fixture URL: the key the server serves it under. */
export function httpUrl(url: string): string {
  const u = new URL(url);
  u.protocol = 'http:';
  u.hash = '';
  return u.href;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const HTML = 'text/html; charset=utf-8';
  const routes = new Map<string, { body: string; contentType: string }>();
  for (const f of [...listFixtures('register'), ...listFixtures('quotes')]) {
    routes.set(httpUrl(f.case.url), {
      body: readFileSync(`${f.dir}/source.html`, 'utf8'),
      contentType: HTML,
    });
  }
  const requests: RecordedRequest[] = [];

  const server = http.createServer((req, res) => {
    // As a proxy the request line holds an absolute URI; as an origin, rebuild it from Host.
    const url = /^https?:\/\//.test(req.url ?? '')
      ? req.url!
      : `http://${req.headers.host}${req.url}`;
    const key = httpUrl(url);
    const served = routes.get(key);
    requests.push({
      method: req.method ?? 'GET',
      url,
      blocked: served === undefined,
      origin: req.headers.origin,
      referer: req.headers.referer,
    });
    if (served === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not served by the fixture server');
      return;
    }
    res
      .writeHead(200, { 'content-type': served.contentType, 'cache-control': 'no-store' })
      .end(served.body);
  });
  // HTTPS goes through CONNECT: refuse it, and record it, so no TLS request escapes unseen.
  server.on('connect', (req, socket) => {
    // The raw socket is ours now, without the server's error handling: a browser that resets it
    // after the refusal must not become an uncaught ECONNRESET that fails the run.
    socket.on('error', () => {});
    requests.push({
      method: 'CONNECT',
      url: req.url ?? '',
      blocked: true,
      origin: req.headers.origin,
      referer: req.headers.referer,
    });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    urlOf: (fixture) => httpUrl(fixture.case.url),
    route: (url, body, contentType = HTML) => void routes.set(httpUrl(url), { body, contentType }),
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
