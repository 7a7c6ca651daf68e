import { describe, expect, it } from 'vitest';
import { rougeRecall } from './rouge';

describe('rougeRecall', () => {
  it('counts clipped n-gram overlap over the reference', () => {
    expect(rougeRecall('the cat sat', 'the cat sat on the mat', 1)).toBeCloseTo(3 / 6);
    expect(rougeRecall('the cat sat', 'the cat sat on the mat', 2)).toBeCloseTo(2 / 5);
    expect(rougeRecall('The the THE', 'the cat', 1)).toBeCloseTo(1 / 2);
    expect(rougeRecall('anything', '', 1)).toBe(0);
  });
});
