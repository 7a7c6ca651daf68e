import { describe, expect, it } from 'vitest';
import { fixtureDocument, loadFixture } from '../../test/helpers/fixtures';
import { extractArticle } from './article';

const seed = loadFixture('register/2012-skype-denies-spying');

describe('extractArticle', () => {
  it('maps the article back to the live page', () => {
    const doc = fixtureDocument(seed);
    const article = extractArticle(doc)!;
    const livePs = Array.from(doc.querySelectorAll('#body > p'));
    expect(livePs).toHaveLength(7);
    for (const p of livePs) expect(article.liveElements).toContain(p);
    // Clutter outside the article is not part of it.
    expect(article.liveElements).not.toContain(doc.querySelector('#whitepapers'));
  });

  it('drops excluded live elements from the clone before Readability runs', () => {
    const doc = fixtureDocument(seed);
    const quote = doc.querySelectorAll('#body > p')[1]!;
    const article = extractArticle(doc, { exclude: [quote] })!;
    expect(article.blocks.join(' ')).not.toContain('Nothing could be more contrary');
    expect(doc.contains(quote)).toBe(true);
  });
});
