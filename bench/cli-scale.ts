/**
 * npm run bench:scale: pages per second of the built CLI on the benchmark's folder of pages,
 * with one job and with one per core, and a check that both print the same lines (timings
 * aside). Needs `npm run build` first. Writes bench/results/scale.json and the README block.
 *
 *   npm run bench:scale [-- --runs 3] [-- --no-readme]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTRACTION, sharedAvailable } from '../test/helpers/shared-data';
import { ROOT } from '../test/helpers/paths';
import { machineLoad, markdownTable, provenance, updateReadme } from './lib/readme';
import { median } from './lib/stats';

const CLI = path.join(ROOT, 'dist/cli/standfirst.mjs');
const PAGES = path.join(EXTRACTION, 'html');

function run(jobs: number): { seconds: number; lines: string[] } {
  const start = performance.now();
  const out = execFileSync(
    process.execPath,
    [CLI, '--json', '--now', '2026-01-01', '--jobs', String(jobs), PAGES],
    { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return { seconds: (performance.now() - start) / 1000, lines: out.trim().split('\n') };
}

/** A line without its timings, which differ from run to run. */
const comparable = (line: string): string => {
  const { timings: _timings, ...rest } = JSON.parse(line) as Record<string, unknown>;
  return JSON.stringify(rest);
};

async function main(): Promise<void> {
  // Taken before this script adds its own work: the load from everything else.
  const load = machineLoad();
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, 'no-readme': { type: 'boolean' } },
  });
  if (!sharedAvailable()) return;
  if (!existsSync(CLI)) throw new Error('dist/cli/standfirst.mjs is missing: npm run build first');
  const cores = availableParallelism();
  const settings = [...new Set([1, cores])];
  const results = settings.map((jobs) => {
    const runs = Array.from({ length: Number(values.runs) }, () => run(jobs));
    return { jobs, runs };
  });

  const reference = results[0]!.runs[0]!.lines.map(comparable);
  for (const { jobs, runs } of results) {
    const lines = runs[0]!.lines.map(comparable);
    if (lines.length !== reference.length || lines.some((l, i) => l !== reference[i])) {
      throw new Error(`--jobs ${jobs} printed different lines than --jobs 1`);
    }
  }

  const pages = reference.length;
  const rows = results.map(({ jobs, runs }) => {
    const seconds = median(runs.map((r) => r.seconds));
    return { jobs, seconds, pagesPerSecond: pages / seconds };
  });
  const base = rows[0]!.pagesPerSecond;
  const table = markdownTable(
    ['`--jobs`', 'wall time (s)', 'pages/s', 'speed-up'],
    rows.map((r) => [
      String(r.jobs),
      r.seconds.toFixed(1),
      r.pagesPerSecond.toFixed(1),
      `${(r.pagesPerSecond / base).toFixed(2)}×`,
    ]),
    'rrrr',
  );
  console.log(`${pages} pages, ${cores} cores, median of ${values.runs} runs\n\n${table}`);

  writeFileSync(
    path.join(import.meta.dirname, 'results', 'scale.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cores, pages, rows }, null, 2)}\n`,
  );
  if (!values['no-readme']) {
    await updateReadme(
      'scale',
      [
        `The built CLI on the folder of ${pages} benchmark pages (\`standfirst --json --jobs N DIR\`,`,
        `parsing, digest and JSON included; median of ${values.runs} runs). Both settings print the`,
        `same lines. ${provenance()}, ${load}: other work on the machine takes its cores too.`,
        '',
        table,
      ].join('\n'),
    );
  }
}

await main();
