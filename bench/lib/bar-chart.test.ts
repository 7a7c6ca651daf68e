import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart';

describe('barChart()', () => {
  const svg = barChart(
    [
      { label: 'Ours', value: 0.98, ci: 0.01, kind: 'ours' },
      { label: 'A<B & "C"', value: 0.9, ci: 0, kind: 'published' },
    ],
    { title: 'F1', min: 0.8, max: 1, tick: 0.1 },
  );
  it('draws one bar per system, with an interval where there is one', () => {
    expect(svg.match(/<rect x="170"/g)).toHaveLength(2);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('>0.980<');
  });
  it('escapes labels and labels the axis without trailing zeros', () => {
    expect(svg).toContain('A&#60;B &#38; &#34;C&#34;');
    expect(svg).toContain('>0.8<');
    expect(svg).toContain('>1<');
  });
});
