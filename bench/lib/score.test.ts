import { describe, expect, it } from 'vitest';
import { metrics, shingleMatch } from './score';

describe('the benchmark metric', () => {
  it('scores a perfect match 1', () => {
    const row = shingleMatch('one two three four five', 'one two three four five');
    expect(row).toEqual([1, 0, 0]);
    expect(metrics([row])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('normalises per page and is case-sensitive like evaluate.py', () => {
    const [tp, fp, fn] = shingleMatch('a b c d e', 'A b c d e');
    expect(tp + fp + fn).toBeCloseTo(1);
    expect(tp).toBeCloseTo(1 / 3);
  });
  it('treats short texts as one shingle and leaves empty predictions out of precision', () => {
    expect(shingleMatch('hello world', 'hello world')).toEqual([1, 0, 0]);
    const rows = [shingleMatch('a b c d e', ''), shingleMatch('a b c d e', 'a b c d e')];
    expect(metrics(rows)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});
