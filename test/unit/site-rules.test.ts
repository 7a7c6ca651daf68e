/**
 * Meta-test of the site rules (src/sites): every rule is registered, carries the pages it was
 * written against, and on each page every selector matches exactly as many elements as the rule
 * says, none of them holding the article. Benchmark pages are read in place from ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/core/article';
import { measureText } from '../../src/core/clutter/text-stats';
import { digest } from '../../src/core/digest';
import { collapseWhitespace } from '../../src/core/text';
import { siteStylesheet } from '../../src/shared/site-patterns';
import { findSite, SITES, siteSelectors } from '../../src/sites/index';
import { proofOf, SITE_PROOFS } from '../../src/sites/proofs';
import { ROOT } from '../helpers/paths';
import { sharedAvailable } from '../helpers/shared-data';
import { holdsArticle } from '../helpers/guard';
import { loadSitePage, needsShared } from '../helpers/site-pages';

const haveShared = sharedAvailable();

describe('site rule registry', () => {
  it('registers every rule file in src/sites', () => {
    const files = readdirSync(path.join(ROOT, 'src/sites')).filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        !['index.ts', 'types.ts', 'proofs.ts'].includes(f),
    );
    expect(SITES).toHaveLength(files.length);
    for (const file of files) {
      const source = readFileSync(path.join(ROOT, 'src/sites', file), 'utf8');
      const id = /id: '([^']+)'/.exec(source)?.[1];
      expect(
        SITES.some((s) => s.id === id),
        `${file} is registered`,
      ).toBe(true);
    }
  });

  it('has unique ids and plain registrable domains', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const site of SITES) {
      expect(site.domains.length).toBeGreaterThan(0);
      for (const d of site.domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(proofOf(site.id).evidence.length).toBeGreaterThan(20);
    }
  });

  it('has a proof for every rule and no proof without a rule', () => {
    expect(Object.keys(SITE_PROOFS).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('finds a rule by host, subdomain included, and nothing for other sites', () => {
    expect(findSite('https://www.theregister.com/2024/01/01/x/')?.id).toBe('theregister');
    expect(findSite('http://theregister.co.uk/')?.id).toBe('theregister');
    expect(findSite('https://arstechnica.com/gadgets/')?.id).toBe('arstechnica');
    expect(findSite('https://notarstechnica.com/')).toBeNull();
    expect(findSite('not a url')).toBeNull();
  });

  it('builds the document_start stylesheet from the rule selectors', () => {
    const site = findSite('https://www.theregister.com/')!;
    const css = siteStylesheet(site);
    for (const selector of siteSelectors(site)) expect(css).toContain(`:is(${selector})`);
    expect(siteStylesheet(null)).not.toContain(':is(');
  });
});

describe.each(SITES.map((site) => ({ id: site.id, site, proof: proofOf(site.id) })))(
  '$id',
  ({ site, proof }) => {
    it('carries at least one fixture, each listing every selector', () => {
      expect(proof.fixtures.length).toBeGreaterThan(0);
      for (const fixture of proof.fixtures) {
        expect(Object.keys(fixture.matches).sort()).toEqual(siteSelectors(site).sort());
      }
    });

    const usable = proof.fixtures.filter((f) => haveShared || !needsShared(f.page));

    it.each(usable.map((f) => ({ page: f.page, fixture: f })))(
      'matches as written on $page, never the article',
      ({ fixture }) => {
        const { html, url } = loadSitePage(fixture.page);
        const doc = parseDocument(html, url);
        // Site selectors are hidden at document_start, before any guard runs: on their own pages
        // they must miss the article as bare Readability sees it (see holdsArticle()).
        const bare = extractArticle(doc);
        const stats = measureText(doc.body!);
        for (const { selector } of site.clutter) {
          const found = Array.from(doc.querySelectorAll(selector));
          expect(found.length, selector).toBe(fixture.matches[selector]);
          for (const el of found) {
            expect(holdsArticle(el, bare, stats), `${selector} holds the article`).toBe(false);
          }
        }
      },
    );

    it('has every selector match somewhere on its fixtures', () => {
      // Only meaningful when every fixture could be read.
      if (usable.length < proof.fixtures.length) return;
      for (const { selector } of site.clutter) {
        const total = proof.fixtures.reduce((n, f) => n + (f.matches[selector] ?? 0), 0);
        expect(total, selector).toBeGreaterThan(0);
      }
    });
  },
);

/** The reconstructed fixtures (test/fixtures/sites) carry mustKeep/mustHide like the others. */
describe.each(['techcrunch', 'tomshardware', 'bleepingcomputer', 'thenextweb'])(
  'reconstructed fixture %s',
  (name) => {
    const dir = path.join(ROOT, 'test/fixtures/sites', name);
    const labels = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
      url: string;
      mustKeep: string[];
      mustHide: string[];
    };
    const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
    const text = collapseWhitespace(
      digest(parseDocument(html, labels.url), labels.url).visibleText,
    );

    it('is served under a URL its rule covers', () => {
      expect(findSite(labels.url)?.id).toBeDefined();
    });

    it('hides the clutter and keeps the article', () => {
      expect(labels.mustHide.filter((s) => text.includes(s))).toEqual([]);
      expect(labels.mustKeep.filter((s) => !text.includes(s))).toEqual([]);
    });
  },
);
