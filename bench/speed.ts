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
 * One page is in memory at a time, as in a tab: each is parsed just before its pair (untimed) and
 * dropped after. With --resident all 134 parsed pages stay in memory throughout, as this bench did
 * first; every garbage collection then walks all of them, which inflates the side that allocates
 * more (digest) far beyond what a tab sees.
 *
 *   npm run bench:speed [-- --rounds 5] [-- --resident] [-- --no-readme]
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
    options: {
      rounds: { type: 'string', default: '5' },
      resident: { type: 'boolean' },
      'no-readme': { type: 'boolean' },
    },
  });
  const resident = values.resident === true;
  const rounds = Math.max(1, Number(values.rounds));
  if (!sharedAvailable()) return;
  const sources = extractionPages();
  const pages = sources.map((p) => ({
    url: p.url,
    html: p.html,
    doc: resident ? parseDocument(p.html(), p.url) : null,
  }));
  // The page's document: the resident one, or a fresh parse that the caller drops after its pair.
  const docOf = (i: number): Document =>
    pages[i]!.doc ?? parseDocument(pages[i]!.html(), pages[i]!.url);

  const runDigest = (i: number, doc: Document): { ms: number; timings: Record<string, number> } => {
    const start = performance.now();
    const d = digest(doc, pages[i]!.url);
    return { ms: performance.now() - start, timings: d.timings };
  };
  const runReadability = (doc: Document): number => {
    const start = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    return performance.now() - start;
  };

  // Warm-up: let the JIT see every page once before anything is timed.
  for (let i = 0; i < pages.length; i++) {
    const doc = docOf(i);
    runReadability(doc);
    runDigest(i, doc);
  }

  const digestMs: number[][] = pages.map(() => []);
  const readabilityMs: number[][] = pages.map(() => []);
  const phases: Record<string, number[]>[] = pages.map(() => ({}));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < pages.length; i++) {
      const doc = docOf(i);
      gc();
      const digestFirst = (i + round) % 2 === 0;
      if (!digestFirst) readabilityMs[i]!.push(runReadability(doc));
      const { ms, timings } = runDigest(i, doc);
      digestMs[i]!.push(ms);
      // What no phase accounts for (canonical URL, citation item, word count), per run.
      let other = timings.totalMs ?? 0;
      for (const [phase, value] of Object.entries(timings)) {
        (phases[i]![phase] ??= []).push(value);
        if (phase !== 'totalMs') other -= value;
      }
      (phases[i]!.otherMs ??= []).push(Math.max(0, other));
      if (digestFirst) readabilityMs[i]!.push(runReadability(doc));
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

  const memory = resident ? 'all pages resident' : 'one page in memory at a time';
  console.log(
    `Per-page time over ${pages.length} pages, ${rounds} interleaved rounds, ${memory} (ms)\n`,
  );
  console.log(markdownTable(['', 'median', 'p95'], speedRows, 'lrr'));
  console.log(
    `\ndigest / Readability: ${f2(summary.ratioOfTotals)}x (totals), ${f2(summary.medianRatio)}x (median per page)\n`,
  );
  console.log(
    `bare Readability: ${f1(sum(perPageReadability) / pages.length)} ms mean per page, beside:`,
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
        resident,
        ...summary,
        readabilityMeanMs: sum(perPageReadability) / pages.length,
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
        `Per-page time on the ${pages.length} benchmark pages (parsed with linkedom, ${memory}; parsing`,
        `not timed), ${rounds} interleaved rounds, median per page, our code bundled for esnext as`,
        `the extension and CLI ship it (scripts/run-built.ts). ${provenance()}, ${load}.`,
        '',
        markdownTable(['ms per page', 'median', 'p95'], speedRows, 'lrr'),
        '',
        `\`digest()\` takes **${f2(summary.ratioOfTotals)}×** bare Readability in total (median per page`,
        `${f2(summary.medianRatio)}×). Where its time goes, in means to set beside bare Readability's`,
        `mean of ${f1(sum(perPageReadability) / pages.length)} ms per page (its readability phase is Readability's parse`,
        'of a clone, plus mapping the result back onto the page):',
        '',
        markdownTable(['digest phase', 'mean ms/page', 'share'], phaseRows, 'lrr'),
      ].join('\n'),
    );
  }
}

await main();
