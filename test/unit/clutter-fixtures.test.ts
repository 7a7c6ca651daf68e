/**
 * Clutter removal on the labelled fixtures (test/fixtures/register, test/fixtures/quotes): after
 * de-cluttering, every `mustHide` string is gone from the visible text and every `mustKeep`
 * string is still there, in Tidy and (for mustKeep) in Focus. Served under each page's real URL,
 * so site rules apply exactly as in the browser.
 */
import { describe, expect, it } from 'vitest';
import { digest } from '../../src/core/digest';
import { collapseWhitespace } from '../../src/core/text';
import { fixtureDocument, listFixtures } from '../helpers/fixtures';

const fixtures = [...listFixtures('register'), ...listFixtures('quotes')];

describe.each(fixtures)('$id', (fixture) => {
  const tidy = digest(fixtureDocument(fixture), fixture.case.url, { mode: 'tidy' });
  const focus = digest(fixtureDocument(fixture), fixture.case.url, { mode: 'focus' });
  const tidyText = collapseWhitespace(tidy.visibleText);
  const focusText = collapseWhitespace(focus.visibleText);

  it('hides every clutter block in Tidy', () => {
    const shown = fixture.case.mustHide.filter((s) => tidyText.includes(s));
    expect(shown).toEqual([]);
  });

  it('keeps the article in Tidy', () => {
    const lost = fixture.case.mustKeep.filter((s) => !tidyText.includes(s));
    expect(lost).toEqual([]);
  });

  it('keeps the article in Focus', () => {
    const lost = fixture.case.mustKeep.filter((s) => !focusText.includes(s));
    expect(lost).toEqual([]);
  });

  it('keeps clutter out of the article text', () => {
    const text = collapseWhitespace(tidy.article?.text ?? '');
    const leaked = fixture.case.mustHide.filter((s) => text.includes(s));
    expect(leaked).toEqual([]);
  });
});
