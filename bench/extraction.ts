/**
 * npm run bench: extraction quality on the article-extraction-benchmark's 134 pages.
 *
 * Scores `digest().article.text` exactly as the benchmark's evaluate.py does (bench/lib/score.ts),
 * next to bare @mozilla/readability run in this process on the same DOM, and every published
 * anchor in ../shared/bench/extraction/anchors. Writes bench/results/extraction.{json,svg} and the
 * README's "Performance" block. Pages are read in place from ../shared, never copied.
 *
 *   npm run bench [-- --no-readme]   (STANDFIRST_SHARED=... scores another split the same way)
 *   npm run bench -- --rules         what each cleanup rule is worth: F1 without it, and the
 *                                    pages it helps and hurts (src/core/article-cleanup.ts)
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/cli/parse-html';
import { extractArticle, isReaderable } from '../src/core/article';
import { CLEANUP_RULES } from '../src/core/article-cleanup';
import { digest } from '../src/core/digest';
import { EXTRACTION, extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import { barChart } from './lib/bar-chart';
import { markdownTable, provenance, updateReadme } from './lib/readme';
import {
  bootstrapCi,
  metrics,
  precisionScore,
  recallScore,
  shingleMatch,
  type Metrics,
  type TpFpFn,
} from './lib/score';

const RESULTS = path.join(import.meta.dirname, 'results');

interface SystemResult {
  name: string;
  /** Where the figure comes from: measured in this run, or a published output file. */
  source: 'this run' | 'anchor';
  version: string;
  metrics: Metrics;
  ci: Metrics;
  rows: TpFpFn[];
}

function system(
  name: string,
  source: SystemResult['source'],
  version: string,
  rows: TpFpFn[],
): SystemResult {
  return { name, source, version, metrics: metrics(rows), ci: bootstrapCi(rows), rows };
}

function loadAnchors(ids: readonly string[], truth: readonly string[]): SystemResult[] {
  const dir = path.join(EXTRACTION, 'anchors');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const { version, output } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        version: string;
        output: Record<string, { articleBody?: string } | undefined>;
      };
      const rows = ids.map((id, i) => shingleMatch(truth[i]!, output[id]?.articleBody ?? ''));
      return system(file.replace(/\.json$/, ''), 'anchor', String(version), rows);
    });
}

const f3 = (v: number): string => v.toFixed(3);
const pageF1 = (row: TpFpFn): number => {
  const p = precisionScore(row);
  const r = recallScore(row);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

/** Scores the article text with each cleanup rule left out in turn. */
function ruleReport(pages: ReturnType<typeof extractionPages>): void {
  const docs = pages.map((p) => parseDocument(p.html(), p.url));
  const score = (skip: ReadonlySet<string>): TpFpFn[] =>
    pages.map((p, i) => {
      const doc = docs[i]!;
      const article = isReaderable(doc) ? extractArticle(doc, { skipCleanup: skip }) : null;
      return shingleMatch(p.articleBody, article?.blocks.join('\n\n') ?? '');
    });
  const all = score(new Set());
  const base = metrics(all);
  const line = (name: string, m: Metrics, note = ''): void =>
    console.log(
      `${name.padEnd(24)} F1 ${f3(m.f1)}  P ${f3(m.precision)}  R ${f3(m.recall)}  ${note}`,
    );
  line('all rules', base);
  line('no cleanup', metrics(score(new Set(CLEANUP_RULES))));
  for (const rule of CLEANUP_RULES) {
    const rows = score(new Set([rule]));
    const delta = rows.map((row, i) => pageF1(all[i]!) - pageF1(row));
    const helps = delta.filter((d) => d > 0.002).length;
    const hurts = delta.filter((d) => d < -0.002).length;
    line(`without ${rule}`, metrics(rows), `helps on ${helps} pages, hurts on ${hurts}`);
  }
}

async function main(): Promise<void> {
  if (!sharedAvailable()) return;
  const pages = extractionPages();
  if (process.argv.includes('--rules')) {
    ruleReport(pages);
    return;
  }
  const ours: TpFpFn[] = [];
  const bare: TpFpFn[] = [];
  for (const page of pages) {
    const doc = parseDocument(page.html(), page.url);
    // Bare Readability as its README shows it: parse a clone, take textContent.
    const bareText = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    bare.push(shingleMatch(page.articleBody, bareText));
    ours.push(shingleMatch(page.articleBody, digest(doc, page.url).article?.text ?? ''));
  }
  const readabilityVersion = (
    JSON.parse(
      readFileSync(
        path.join(import.meta.dirname, '../node_modules/@mozilla/readability/package.json'),
        'utf8',
      ),
    ) as { version: string }
  ).version;

  const systems = [
    system('Standfirst', 'this run', 'digest()', ours),
    system('@mozilla/readability', 'this run', readabilityVersion, bare),
    ...loadAnchors(
      pages.map((p) => p.id),
      pages.map((p) => p.articleBody),
    ),
  ].sort((a, b) => b.metrics.f1 - a.metrics.f1);

  const header = ['System', 'F1', '±', 'Precision', 'Recall', 'Source'];
  const rows = systems.map((s) => [
    s.source === 'this run' ? `**${s.name}**` : s.name,
    f3(s.metrics.f1),
    f3(s.ci.f1),
    f3(s.metrics.precision),
    f3(s.metrics.recall),
    s.source === 'this run'
      ? `this run (${s.version})`
      : `published output${s.version ? ` (${s.version})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  console.log(`Extraction quality on ${pages.length} pages (± = 1.96σ bootstrap of F1)\n`);
  console.log(line(header));
  for (const r of rows) console.log(line(r.map((c) => c.replace(/\*\*/g, ''))));

  // The pages we do worst on, for bench/NOTES.md: where to look next.
  const worst = pages
    .map((p, i) => ({
      id: p.id.slice(0, 10),
      url: p.url,
      precision: precisionScore(ours[i]!),
      recall: recallScore(ours[i]!),
      f1: pageF1(ours[i]!),
    }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 10);
  console.log('\nWorst pages (Standfirst):');
  for (const w of worst) {
    console.log(`  ${w.id}  P ${f3(w.precision)}  R ${f3(w.recall)}  ${w.url}`);
  }

  const json = {
    date: new Date().toISOString(),
    node: process.versions.node,
    pages: pages.length,
    systems: systems.map(({ rows: _rows, ...s }) => s),
    worst,
  };
  writeFileSync(path.join(RESULTS, 'extraction.json'), `${JSON.stringify(json, null, 2)}\n`);

  const minF1 = Math.min(...systems.map((s) => s.metrics.f1 - s.ci.f1));
  writeFileSync(
    path.join(RESULTS, 'extraction.svg'),
    barChart(
      systems.map((s) => ({
        label: s.name,
        value: s.metrics.f1,
        ci: s.ci.f1,
        kind: s.name === 'Standfirst' ? 'ours' : s.source === 'this run' ? 'same-run' : 'published',
      })),
      {
        title: `Article extraction F1 on ${pages.length} pages (higher is better)`,
        min: Math.max(0, Math.floor(minF1 * 20) / 20),
        max: 1,
        tick: 0.05,
      },
    ),
  );

  if (!process.argv.includes('--no-readme')) {
    await updateReadme(
      'extraction',
      [
        `Extraction quality on the ${pages.length} pages of the article-extraction-benchmark, scored`,
        'as its `evaluate.py` does (4-gram shingles; precision and recall averaged per page). Bold rows',
        `ran in this run on the same DOM; the others are the published outputs. ${provenance()}.`,
        '',
        markdownTable(header, rows, 'lrrrrl'),
        '',
        '![Extraction F1 by system](bench/results/extraction.svg)',
        '',
        'What changed and why, and what the worst pages still need: [bench/NOTES.md](bench/NOTES.md).',
      ].join('\n'),
    );
  }
}

await main();
