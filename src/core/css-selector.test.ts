import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  INVALID_SELECTORS,
  PSEUDO_ELEMENT_SELECTORS,
  VALID_SELECTORS,
} from '../../test/helpers/selector-corpus';
import { selectorSyntaxError } from './css-selector';

describe('selectorSyntaxError', () => {
  it.each(VALID_SELECTORS)('accepts %j', (selector) => {
    expect(selectorSyntaxError(selector)).toBeNull();
  });

  it.each(INVALID_SELECTORS)('rejects %j', (selector) => {
    expect(selectorSyntaxError(selector)?.kind).toBe('syntax');
  });

  it.each(PSEUDO_ELEMENT_SELECTORS)('refuses the pseudo-element %j', (selector) => {
    expect(selectorSyntaxError(selector)?.kind).toBe('pseudo-element');
  });

  it('never lets a selector escape the :is() rule it is wrapped in', () => {
    for (const s of ['a{color:red}', 'a}b{', 'a/*', 'a[x', 'a:is(b', ':lang([)', 'a"']) {
      expect(selectorSyntaxError(s), s).not.toBeNull();
    }
  });

  it('says what is wrong', () => {
    expect(selectorSyntaxError('a;b')?.message).toMatch(/";" is not allowed/);
    expect(selectorSyntaxError(':not(.a')?.message).toMatch(/"\)"/);
  });

  it('refuses deep nesting instead of overflowing the stack', () => {
    const deep = ':is('.repeat(5000) + 'a' + ')'.repeat(5000);
    expect(selectorSyntaxError(deep)?.message).toMatch(/nested too deeply/);
  });

  it('stays linear on long input', () => {
    const long = '.a '.repeat(50_000);
    const start = performance.now();
    expect(selectorSyntaxError(long)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });

  // jsdom's selector engine (nwsapi) stands in for a browser here; the e2e test asks real
  // Chromium and Firefox the same question.
  it('agrees with a DOM selector engine on the corpus', () => {
    const { document } = new JSDOM('').window;
    const domAccepts = (s: string) => {
      try {
        document.createDocumentFragment().querySelector(s);
        return true;
      } catch {
        return false;
      }
    };
    const disagreements = VALID_SELECTORS.filter((s) => s.trim() && !domAccepts(s));
    expect(disagreements).toEqual([]);
  });
});
