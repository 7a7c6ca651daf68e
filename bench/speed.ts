/**
 * npm run bench:speed: how long digest() takes per page, next to bare Readability on the same DOM.
 *
 * Both run on the same parsed document (parsing is not timed): bare Readability as its README
 * shows it (clone the document, parse), and digest(), which does the same plus metadata, cleanup,
 * visible text, quotes and summary. The machine this runs on is shared, so the two are measured
 * interleaved: per page, A then B or B then A (alternating), for several rounds, with a GC before
 * each pair; each page's time is the median of its rounds. Writes bench/results/speed.json and the
 * README block.
 *
 *   npm run bench:speed [-- --rounds 5] [-- --no-readme]
 */
import { Readability } from '@mozilla/readability';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/cli/parse-html';
import { digest } from '../src/core/digest';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import { machineLoad, markdownTable, provenance, updateReadme } from './lib/readme';
import { median, quantile } from './lib/stats';

const RESULTS = path.join(import.meta.dirname, 'results');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main(): Promise<void> {
  // Taken before this script adds its own work: the load from everything else.
  const load = machineLoad();
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '5' }, 'no-readme': { type: 'boolean' } },
  });
  const rounds = Math.max(1, Number(values.rounds));
  if (!sharedAvailable()) return;
  const pages = extractionPages().map((p) => ({ url: p.url, doc: parseDocument(p.html(), p.url) }));

  const runDigest = (i: number): { ms: number; timings: Record<string, number> } => {
    const { url, doc } = pages[i]!;
    const start = performance.now();
    const d = digest(doc, url);
    return { ms: performance.now() - start, timings: d.timings };
  };
  const runReadability = (i: number): number => {
    const start = performance.now();
    new Readability(pages[i]!.doc.cloneNode(true) as Document).parse();
    return performance.now() - start;
  };

  // Warm-up: let the JIT see every page once before anything is timed.
  for (let i = 0; i < pages.length; i++) {
    runReadability(i);
    runDigest(i);
  }

  const digestMs: number[][] = pages.map(() => []);
  const readabilityMs: number[][] = pages.map(() => []);
  const phases: Record<string, number[]>[] = pages.map(() => ({}));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < pages.length; i++) {
      gc();
      const digestFirst = (i + round) % 2 === 0;
      if (!digestFirst) readabilityMs[i]!.push(runReadability(i));
      const { ms, timings } = runDigest(i);
      digestMs[i]!.push(ms);
      // What no phase accounts for (canonical URL, citation item, word count), per run.
      let other = timings.totalMs ?? 0;
      for (const [phase, value] of Object.entries(timings)) {
        (phases[i]![phase] ??= []).push(value);
        if (phase !== 'totalMs') other -= value;
      }
      (phases[i]!.otherMs ??= []).push(Math.max(0, other));
      if (digestFirst) readabilityMs[i]!.push(runReadability(i));
    }
    process.stderr.write(`round ${round + 1}/${rounds}\n`);
  }

  const perPageDigest = digestMs.map(median);
  const perPageReadability = readabilityMs.map(median);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const ratios = perPageDigest.map((d, i) => d / perPageReadability[i]!);
  const summary = {
    digest: { median: median(perPageDigest), p95: quantile(perPageDigest, 0.95) },
    readability: { median: median(perPageReadability), p95: quantile(perPageReadability, 0.95) },
    ratioOfTotals: sum(perPageDigest) / sum(perPageReadability),
    medianRatio: median(ratios),
  };

  // Where digest's time goes: each phase's per-page median, summed over pages, as a share of
  // the sum (medians of parts need not add up to the median of the whole).
  const phaseNames = [...new Set(phases.flatMap((p) => Object.keys(p)))].filter(
    (p) => p !== 'totalMs',
  );
  const phaseTotals = Object.fromEntries(
    phaseNames.map((name) => [name, sum(phases.map((p) => median(p[name] ?? [0])))]),
  );
  const total = sum(Object.values(phaseTotals));

  const f1 = (v: number): string => v.toFixed(1);
  const f2 = (v: number): string => v.toFixed(2);
  const speedRows = [
    ['`digest()`', f1(summary.digest.median), f1(summary.digest.p95)],
    ['bare `@mozilla/readability`', f1(summary.readability.median), f1(summary.readability.p95)],
  ];
  const phaseRows = Object.entries(phaseTotals)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => [
      name.replace(/Ms$/, ''),
      f1(ms / pages.length),
      `${((100 * ms) / total).toFixed(0)}%`,
    ]);

  console.log(`Per-page time over ${pages.length} pages, ${rounds} interleaved rounds (ms)\n`);
  console.log(markdownTable(['', 'median', 'p95'], speedRows, 'lrr'));
  console.log(
    `\ndigest / Readability: ${f2(summary.ratioOfTotals)}x (totals), ${f2(summary.medianRatio)}x (median per page)\n`,
  );
  console.log(markdownTable(['digest phase', 'mean ms/page', 'share'], phaseRows, 'lrr'));

  writeFileSync(
    path.join(RESULTS, 'speed.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.versions.node,
        pages: pages.length,
        rounds,
        ...summary,
        phasesMsPerPage: Object.fromEntries(
          Object.entries(phaseTotals).map(([k, v]) => [k, v / pages.length]),
        ),
      },
      null,
      2,
    )}\n`,
  );

  if (!values['no-readme']) {
    await updateReadme(
      'speed',
      [
        `Per-page time on the ${pages.length} benchmark pages (parsed once with linkedom; parsing not`,
        `timed), ${rounds} interleaved rounds, median per page. ${provenance()}, ${load}.`,
        '',
        markdownTable(['ms per page', 'median', 'p95'], speedRows, 'lrr'),
        '',
        `\`digest()\` takes **${f2(summary.ratioOfTotals)}×** bare Readability in total (median per page`,
        `${f2(summary.medianRatio)}×). Where its time goes:`,
        '',
        markdownTable(['digest phase', 'mean ms/page', 'share'], phaseRows, 'lrr'),
      ].join('\n'),
    );
  }
}

await main();
