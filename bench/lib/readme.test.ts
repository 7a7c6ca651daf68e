import { describe, expect, it } from 'vitest';
import { markdownTable, replaceBlock } from './readme';

describe('README bench blocks', () => {
  it('rewrites only the named block', () => {
    const readme =
      'a\n<!-- bench:x -->\nold\n<!-- /bench:x -->\nb\n<!-- bench:y -->\nkeep\n<!-- /bench:y -->\n';
    expect(replaceBlock(readme, 'x', 'new')).toBe(
      'a\n<!-- bench:x -->\nnew\n<!-- /bench:x -->\nb\n<!-- bench:y -->\nkeep\n<!-- /bench:y -->\n',
    );
  });
  it('refuses a README without the markers', () => {
    expect(() => replaceBlock('no markers', 'x', 'new')).toThrow(/bench:x/);
  });
  it('aligns numeric columns right', () => {
    expect(markdownTable(['a', 'b'], [['x', '1']], 'lr')).toBe(
      '| a | b |\n| --- | ---: |\n| x | 1 |',
    );
  });
});
