import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress';

describe('ProgressBar', () => {
  it('draws done/total and the rate, redraws in place and erases itself', () => {
    let t = 0;
    const out: string[] = [];
    const bar = new ProgressBar(4, { write: (s: string) => out.push(s), columns: 60 }, () => t);
    t = 1000;
    bar.tick();
    t = 2000;
    bar.tick();
    expect(bar.line()).toMatch(/^\[=+> +\] 2\/4 pages {2}1\.0 pages\/s$/);
    expect(out.every((s) => s.startsWith('\r'))).toBe(true);
    bar.finish();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('throttles redraws but always draws the last page', () => {
    const out: string[] = [];
    const bar = new ProgressBar(3, { write: (s: string) => out.push(s) }, () => 5);
    bar.tick();
    bar.tick();
    bar.tick();
    expect(out).toHaveLength(2);
    expect(out[1]).toContain('3/3 pages');
  });
});
