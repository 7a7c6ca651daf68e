import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { exceedsPageLimits, PAGE_LIMITS } from './page-limits';

const page = (body: string) =>
  parseDocument(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`,
    'https://example.com/',
  );
// html, head, title, body.
const BASE = 4;

describe('exceedsPageLimits', () => {
  it('lets real-sized pages through', () => {
    expect(exceedsPageLimits(page('<article><p>Hello</p></article>'))).toBeNull();
  });

  it('counts elements, up to and past the limit', () => {
    const limits = { ...PAGE_LIMITS, elements: BASE + 10 };
    expect(exceedsPageLimits(page('<p></p>'.repeat(10)), limits)).toBeNull();
    expect(exceedsPageLimits(page('<p></p>'.repeat(11)), limits)).toBe(
      `too-many-elements: more than ${BASE + 10} elements`,
    );
  });

  it('measures depth with <html> at 1', () => {
    const limits = { ...PAGE_LIMITS, depth: 10 };
    // html > body > 8 divs = depth 10.
    expect(
      exceedsPageLimits(page(`${'<div>'.repeat(8)}x${'</div>'.repeat(8)}`), limits),
    ).toBeNull();
    expect(exceedsPageLimits(page(`${'<div>'.repeat(9)}x${'</div>'.repeat(9)}`), limits)).toBe(
      'too-deep: elements nested more than 10 deep',
    );
    // Deep nests side by side are not one deep nest.
    const wide = `${'<div>'.repeat(8)}x${'</div>'.repeat(8)}`.repeat(50);
    expect(exceedsPageLimits(page(wide), limits)).toBeNull();
  });

  it('counts text, not script or style', () => {
    const limits = { ...PAGE_LIMITS, textChars: 100 };
    expect(exceedsPageLimits(page(`<p>${'a'.repeat(99)}</p>`), limits)).toBeNull();
    expect(
      exceedsPageLimits(page(`<p>${'a'.repeat(60)}</p><p>${'b'.repeat(60)}</p>`), limits),
    ).toBe('too-much-text: more than 100 characters of text');
    const code = `<script>${'x'.repeat(500)}</script><style>${'y'.repeat(500)}</style>`;
    expect(exceedsPageLimits(page(code), limits)).toBeNull();
  });

  it('stops at the limit instead of walking the whole page', () => {
    const huge = page('<p>x</p>'.repeat(200_000));
    const small = { ...PAGE_LIMITS, elements: 1000 };
    // The fastest of a few runs: a GC pause or a busy machine only ever adds time.
    const fastest = (run: () => void): number =>
      Math.min(
        ...Array.from({ length: 5 }, () => {
          const start = performance.now();
          run();
          return performance.now() - start;
        }),
      );
    const atDefault = fastest(() => expect(exceedsPageLimits(huge)).toMatch(/^too-many-elements/));
    const atSmall = fastest(() =>
      expect(exceedsPageLimits(huge, small)).toMatch(/^too-many-elements/),
    );
    // Walking 1,000 elements is far cheaper than walking the 25,000 the default allows.
    expect(atSmall).toBeLessThan(atDefault);
  });

  it('handles documents without a root or body', () => {
    const doc = parseDocument('<!DOCTYPE html><html><head></head></html>', 'https://example.com/');
    expect(exceedsPageLimits(doc)).toBeNull();
  });
});
