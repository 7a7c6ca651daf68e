/**
 * A horizontal bar chart as a standalone SVG string: one bar per system, an error bar for the
 * bootstrap interval, our own bar highlighted and same-run baselines set apart from published
 * figures. Small enough that a chart library would cost more
 * than it saves, and the output is a plain text file that diffs well in git.
 */
export interface Bar {
  label: string;
  value: number;
  /** Half-width of the interval drawn around `value` (0 for none). */
  ci: number;
  kind: 'ours' | 'same-run' | 'published';
}

const FILL: Record<Bar['kind'], string> = {
  ours: '#c2410c',
  'same-run': '#475569',
  published: '#94a3b8',
};

export interface ChartOptions {
  title: string;
  /** The axis starts here rather than at 0, so differences of a point or two are visible. */
  min: number;
  max: number;
  tick: number;
  format?: (v: number) => string;
}

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function barChart(bars: readonly Bar[], options: ChartOptions): string {
  const { title, min, max, tick } = options;
  const format = options.format ?? ((v: number) => v.toFixed(3));
  const labelWidth = 170;
  const plotWidth = 440;
  const valueWidth = 60;
  const rowHeight = 22;
  const top = 40;
  const width = labelWidth + plotWidth + valueWidth + 10;
  const height = top + bars.length * rowHeight + 30;
  const x = (v: number): number =>
    labelWidth + (Math.min(max, Math.max(min, v)) - min) * (plotWidth / (max - min));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600">${escapeXml(title)}</text>`,
  ];
  const axisY = top + bars.length * rowHeight;
  for (let v = min; v <= max + 1e-9; v += tick) {
    const tx = x(v).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${axisY}" stroke="#e5e5e5"/>`,
      `<text x="${tx}" y="${axisY + 16}" text-anchor="middle" fill="#555">${format(v).replace(/\.?0+$/, '')}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const fill = FILL[bar.kind];
    const weight = bar.kind === 'published' ? '' : ' font-weight="600"';
    out.push(
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end"${weight}>${escapeXml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${(x(bar.value) - labelWidth).toFixed(1)}" height="${rowHeight - 8}" fill="${fill}"/>`,
    );
    if (bar.ci > 0) {
      const [lo, hi] = [x(bar.value - bar.ci), x(bar.value + bar.ci)];
      const cy = y + rowHeight / 2;
      out.push(
        `<path d="M${lo.toFixed(1)} ${cy}H${hi.toFixed(1)}M${lo.toFixed(1)} ${cy - 4}v8M${hi.toFixed(1)} ${cy - 4}v8" stroke="#1f2937" fill="none"/>`,
      );
    }
    out.push(
      `<text x="${labelWidth + plotWidth + 8}" y="${y + 15}"${weight}>${format(bar.value)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}
