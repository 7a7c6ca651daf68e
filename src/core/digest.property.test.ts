/**
 * Properties of digest() and findClutter() on random and mutated documents (fast-check): nothing
 * throws, the contract stays plain data, and the article text is never hidden: no clutter block
 * is, or holds, a paragraph Readability took for the article, and every article paragraph is
 * still in the visible text.
 *
 * Each case parses a page and runs Readability (a few ms on these small pages), so these run a
 * tenth of the string properties' count: 1,000 random pages in CI, plus 100 mutated fixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { listFixtures } from '../../test/helpers/fixtures';
import { runs, timeoutFor } from '../../test/helpers/property';
import { browserDocument, randomDocument } from '../../test/helpers/random-documents';
import { findSite } from '../sites/index';
import { extractArticle } from './article';
import { findClutter } from './clutter';
import { digest } from './digest';
import { collapseWhitespace } from './text';
import type { Digest } from './types';

/** A paragraph of the article, as the invariant means it: a <p> with a sentence or more, mostly
 * not link text. A <p> that is all link ("Read more: <a>…</a>", or a paragraph a script moved
 * into a link) is a teaser line, which the guard rightly lets go (guard.ts). */
const MIN_PARAGRAPH = 100;

/** Share of `el`'s text that sits inside links. */
function linkShare(el: Element): number {
  const all = collapseWhitespace(el.textContent ?? '').length;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a')))
    if (!a.parentElement?.closest('a')) linked += collapseWhitespace(a.textContent ?? '').length;
  return all ? linked / all : 0;
}

/** What is wrong with the digest as a contract. */
function contractProblems(d: Digest): string[] {
  const wrong: string[] = [];
  if (JSON.stringify(JSON.parse(JSON.stringify(d))) !== JSON.stringify(d)) wrong.push('not JSON');
  if (!/^https?:\/\//.test(d.citation.url)) wrong.push(`citation url ${d.citation.url}`);
  if (d.article && !d.article.text) wrong.push('article without text');
  if (d.article && !(d.article.wordCount > 0)) wrong.push('article without words');
  for (const c of d.clutter)
    if (
      typeof c.reason !== 'string' ||
      !c.reason ||
      typeof c.text !== 'string' ||
      // "The first 120 characters" (README): code points, so an astral character counts once.
      Array.from(c.text).length > 120
    )
      wrong.push(`clutter item ${JSON.stringify(c)}`);
  return wrong;
}

/** Clutter blocks that are, or hold, a paragraph of the article Readability found. */
function hiddenArticle(doc: Document, url: string): string[] {
  const article = extractArticle(doc);
  const blocks = findClutter(doc, article, findSite(url));
  const paragraphs = (article?.liveElements ?? []).filter(
    (el) =>
      el.localName === 'p' &&
      collapseWhitespace(el.textContent ?? '').length >= MIN_PARAGRAPH &&
      linkShare(el) < 0.5,
  );
  return blocks.flatMap((b) =>
    paragraphs
      .filter((p) => b.element === p || b.element.contains(p))
      .map((p) => `${b.reason} hides "${collapseWhitespace(p.textContent ?? '').slice(0, 60)}"`),
  );
}

/** Article paragraphs that do not show in the visible text. */
function invisibleArticle(d: Digest, prose: readonly string[]): string[] {
  if (!d.article) return [];
  const visible = collapseWhitespace(d.visibleText);
  return prose.filter((p) => d.article!.text.includes(p) && !visible.includes(p));
}

describe('digest() and findClutter() on random pages (properties)', () => {
  it(
    'never throw, keep the contract, and never hide the article',
    () => {
      fc.assert(
        fc.property(randomDocument, ({ html, url, prose }) => {
          const doc = browserDocument(html, url);
          const d = digest(doc, url, { now: new Date('2026-01-01') });
          expect(contractProblems(d)).toEqual([]);
          expect(invisibleArticle(d, prose)).toEqual([]);
          expect(hiddenArticle(doc, url)).toEqual([]);
        }),
        runs(1 / 10),
      );
    },
    timeoutFor(1 / 10, 15),
  );
});

type Mutation = [kind: number, at: number, to: number, cls: string];

const mutation: fc.Arbitrary<Mutation> = fc.tuple(
  fc.nat(5),
  fc.nat(),
  fc.nat(),
  fc.constantFrom('related', 'ad', 'newsletter', 'promo_article', 'wrap', '', 'story-body'),
);

/** HTML's void elements: they have no content. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/** Edits a parsed page the way page scripts and CMS templates do: no edit throws here. */
function mutate(doc: Document, mutations: readonly Mutation[]): void {
  for (const [kind, at, to, cls] of mutations) {
    const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
    if (!all.length) return;
    const el = all[at % all.length]!;
    const target = all[to % all.length]!;
    switch (kind) {
      case 0:
        el.remove();
        break;
      case 1: {
        const wrapper = doc.createElement('div');
        if (cls) wrapper.className = cls;
        el.replaceWith(wrapper);
        wrapper.append(el);
        break;
      }
      case 2:
        el.after(el.cloneNode(true));
        break;
      case 3:
        // Into an element that holds no content in HTML (an <input>, an <img>), a move makes a
        // subtree no browser renders: nothing a page shows, so nothing hiding could take away.
        if (!el.contains(target) && !VOID.has(target.localName)) target.append(el);
        break;
      case 4:
        el.setAttribute('class', cls);
        break;
      case 5:
        el.setAttribute('data-standfirst-hide', 'site:fake');
        break;
    }
  }
}

describe('digest() and findClutter() on mutated fixtures (properties)', () => {
  const fixtures = [...listFixtures('register'), ...listFixtures('quotes')];

  it(
    'never throw, keep the contract, and never hide the article',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtures),
          fc.array(mutation, { minLength: 1, maxLength: 12 }),
          (f, mutations) => {
            const doc = parseDocument(f.html, f.case.url);
            mutate(doc, mutations);
            const d = digest(doc, f.case.url, { now: new Date('2026-01-01') });
            expect(contractProblems(d)).toEqual([]);
            expect(hiddenArticle(doc, f.case.url)).toEqual([]);
          },
        ),
        runs(1 / 100),
      );
    },
    timeoutFor(1 / 100, 150),
  );
});
