import { describe, expect, it } from 'vitest';
import { median, quantile } from './stats';

describe('order statistics', () => {
  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('interpolates quantiles and leaves the input unsorted', () => {
    const xs = [10, 0, 5];
    expect(quantile(xs, 0.95)).toBeCloseTo(9.5);
    expect(xs).toEqual([10, 0, 5]);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
