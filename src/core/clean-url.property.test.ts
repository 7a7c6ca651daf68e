/**
 * Properties of URL cleaning (fast-check): whatever the URL, cleanUrl never throws, leaves no
 * tracking parameter, keeps the scheme, host, path and every other parameter, drops the
 * fragment, and is idempotent. canonicalUrl never cites anything but an http(s) URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { runs } from '../../test/helpers/property';
import { canonicalUrl, cleanUrl, isTrackingParam } from './clean-url';

/** Some versions take the host too (per-site parameters); both forms answer for a bare name. */
const isTracking = isTrackingParam as (name: string, host?: string) => boolean;

/** Parameters that only track on every site, in every version of the list. */
const TRACKERS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'fbclid',
  'gclid',
  'msclkid',
  'mc_eid',
];
/** Parameters that select content on news sites. */
const MEANINGFUL = ['p', 'id', 'page', 'q', 'story', 'articleId', 'v', 'lang', 'output', 'x'];

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const host = fc.oneof(
  fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'co.uk', 'org', 'example', 'de'),
    )
    .map(([labels, tld]) => `${labels.join('.')}.${tld}`),
  fc.ipV4(),
  fc.constantFrom(
    'www.theregister.com',
    'EXAMPLE.com',
    'bücher.example',
    'localhost',
    'xn--bcher-kva.example',
  ),
);
const pathSegment = fc.oneof(
  label,
  fc.string({ maxLength: 8 }).map(encodeURIComponent),
  fc.constantFrom('2024', 'index.html', '%E2%9C%93', 'a;b', 'amp', '..', '.'),
);
const path = fc.array(pathSegment, { maxLength: 4 }).map((s) => `/${s.join('/')}`);
const name = fc.oneof(
  fc.constantFrom(...TRACKERS),
  fc.constantFrom(...TRACKERS).map((t) => t.toUpperCase()),
  fc.string({ minLength: 1, maxLength: 6 }).map((s) => `utm_${s}`),
  fc.constantFrom(...MEANINGFUL),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const value = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('', 'a b', 'x&y', 'ü', '=', '%'),
);
const param = fc.tuple(name, value);
/** A URL as pages write them, with well-formed percent-encoding. */
const url = fc
  .record({
    scheme: fc.constantFrom('http', 'https', 'https', 'HTTPS'),
    host,
    port: fc.option(fc.integer({ min: 1, max: 65535 }), { freq: 5 }),
    path,
    params: fc.array(param, { maxLength: 6 }),
    fragment: fc.option(fc.string({ maxLength: 8 })),
  })
  .map(
    ({ scheme, host, port, path, params, fragment }) =>
      `${scheme}://${host}${port === null ? '' : `:${port}`}${path}` +
      (params.length
        ? `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
        : '') +
      (fragment === null ? '' : `#${encodeURIComponent(fragment)}`),
  )
  // A label like "xn--a" is not valid punycode: the URL parser refuses the whole address.
  .filter((u) => URL.canParse(u));
/** Anything at all, including malformed queries and other schemes. */
const anyUrl = fc.oneof(
  url,
  fc.tuple(url, fc.string({ maxLength: 20 })).map(([u, q]) => `${u.split('#')[0]}?${q}`),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,x',
    'mailto:a@b.c',
    'ftp://h/p?utm_source=x',
    '',
  ),
);

const entries = (u: URL) => [...u.searchParams.entries()];

describe('cleanUrl (properties)', () => {
  it('never throws, and is idempotent, on any input', () => {
    fc.assert(
      fc.property(anyUrl, (raw) => {
        const once = cleanUrl(raw);
        expect(typeof once).toBe('string');
        expect(cleanUrl(once)).toBe(once);
      }),
      runs(),
    );
  });

  it('removes every tracking parameter and the fragment, and keeps the rest', () => {
    fc.assert(
      fc.property(url, (raw) => {
        const before = new URL(raw);
        const after = new URL(cleanUrl(raw));
        expect(after.protocol).toBe(before.protocol);
        expect(after.host).toBe(before.host);
        expect(after.pathname).toBe(before.pathname);
        expect(after.hash).toBe('');
        for (const [key] of entries(after))
          expect(isTracking(key, after.hostname), key).toBe(false);
        // Every parameter that is not tracking stays, in order, with its value.
        const kept = entries(before).filter(([k]) => !isTracking(k, before.hostname));
        expect(entries(after)).toEqual(kept);
        // And the well-known trackers are always among the removed.
        for (const [key] of entries(after))
          expect(TRACKERS.includes(key.toLowerCase()) || /^utm_/i.test(key), key).toBe(false);
      }),
      runs(),
    );
  });

  it('keeps the base URL’s host and path for relative addresses', () => {
    fc.assert(
      fc.property(url, path, fc.array(param, { maxLength: 3 }), (base, rel, params) => {
        const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
        // A leading "//" would make it protocol-relative: another host, by design.
        const raw = `${rel.replace(/^\/{2,}/, '/')}${query.length ? `?${query.join('&')}` : ''}`;
        const out = new URL(cleanUrl(raw, base));
        expect(out.host).toBe(new URL(base).host);
        expect(out.pathname).toBe(new URL(raw, base).pathname);
      }),
      runs(),
    );
  });
});

describe('canonicalUrl (properties)', () => {
  const scheme = fc.constantFrom(
    'javascript:',
    'JaVaScRiPt:',
    ' javascript:',
    'java\tscript:',
    'data:text/html,',
    'vbscript:',
    'file:///',
    'blob:',
    'about:',
    '',
    'http://',
    'https://',
    '//',
  );
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  it('cites only http(s) URLs, whatever the canonical and og:url say', () => {
    fc.assert(
      fc.property(
        url,
        fc.option(fc.tuple(scheme, fc.string({ maxLength: 30 }))),
        fc.option(fc.tuple(scheme, fc.string({ maxLength: 30 }))),
        (page, canonical, og) => {
          const head =
            (canonical ? `<link rel="canonical" href="${escape(canonical.join(''))}">` : '') +
            (og ? `<meta property="og:url" content="${escape(og.join(''))}">` : '');
          const doc = parseDocument(
            `<!DOCTYPE html><html><head>${head}</head><body></body></html>`,
            page,
          );
          const cited = canonicalUrl(doc, page);
          expect(cited).toMatch(/^https?:\/\/[^/]/);
          expect(cleanUrl(cited)).toBe(cited);
        },
      ),
      runs(1 / 5),
    );
  });
});
