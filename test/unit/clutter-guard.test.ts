/**
 * Never hide the article, on every real page we have (../shared/bench: the 134 extraction pages
 * and Readability's test pages), read in place. The two guards are defined in
 * test/helpers/guard.ts: no block hidden in Tidy or Focus touches the article digest() extracted,
 * and nothing removed before Readability ran holds the article bare Readability finds.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/cli/parse-html';
import { extractArticle, isReaderable } from '../../src/core/article';
import { analysePage, findClutter } from '../../src/core/clutter';
import { findHeadline, findStandfirst } from '../../src/core/clutter/guard';
import { measureText } from '../../src/core/clutter/text-stats';
import { findSite } from '../../src/sites/index';
import { articleContainer, holdsArticle, protectedElements, violation } from '../helpers/guard';
import { extractionPages, readabilityPages, sharedAvailable } from '../helpers/shared-data';

describe.skipIf(!sharedAvailable())('the article is never hidden', () => {
  const pages = [
    ...extractionPages().map((p) => ({ ...p, id: `extraction/${p.id.slice(0, 12)}` })),
    ...readabilityPages().map((p) => ({
      ...p,
      id: `readability/${p.id}`,
      url: `http://fakehost/${p.id}/`,
    })),
  ];

  it.each(pages)('$id', ({ url, html }) => {
    const doc = parseDocument(html(), url);
    const site = findSite(url);
    const page = analysePage(doc, site, { readerable: isReaderable(doc), mode: 'focus' });
    const stats = measureText(doc.body ?? doc.documentElement);

    if (page.article) {
      const container = articleContainer(page.article);
      const extra = [
        findHeadline(doc, page.article.metadata.title, container),
        findStandfirst(doc, page.article.metadata.excerpt, stats),
      ];
      const prot = protectedElements(page.article, stats, extra);
      const broken = [...page.clutter, ...page.focus]
        .map((b) => ({ reason: b.reason, why: violation(b.element, prot) }))
        .filter((v) => v.why !== null);
      expect(broken).toEqual([]);
    }

    // Clutter found before Readability is kept out of it: it must not hold what bare Readability
    // takes for the article.
    const bare = extractArticle(doc);
    const early = findClutter(doc, null, site);
    const taken = early
      .filter((b) => holdsArticle(b.element, bare, stats))
      .map((b) => `${b.reason}: ${(b.element.textContent ?? '').trim().slice(0, 80)}`);
    expect(taken).toEqual([]);
  });
});
