/**
 * npm run bench:browser-digest: bench:speed's comparison in the browser, where the extension runs.
 *
 * The same 134 pages, the same pairing: per page, digest() and bare Readability on one DOM,
 * interleaved (A then B or B then A, alternating), a warm-up round first, the median of each
 * page's rounds. Each pair runs twice, after a forced full garbage collection (as bench:speed
 * runs it) and without one, since in V8 a full collection makes the next uses of every regular
 * expression slower, and digest() has hundreds of them where Readability has a few dozen. The DOM is Chromium's own: each page is
 * parsed by DOMParser in a blank page (not timed), and our code is bundled by esbuild for the
 * extension's Chromium target and minified, as it ships. The page is cross-origin isolated, so
 * performance.now() is fine-grained (5 µs, not 100 µs).
 *
 * In Node, linkedom's DOM is JavaScript like our code; here the DOM is native and Readability,
 * which is mostly DOM work, gains far more from it than our text analysis (quotes, summary) does.
 * So the ratio is read beside bench:speed's, not instead of it. Writes
 * bench/results/browser-digest.json and the README block.
 *
 *   npm run bench:browser-digest [-- --rounds 5] [-- --no-readme]
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH } from '../test/e2e/drivers/chromium';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import type { PairResult } from './lib/browser-digest-page';
import { machineLoad, markdownTable, provenance, updateReadme } from './lib/readme';
import { median, quantile } from './lib/stats';

const RESULTS = path.join(import.meta.dirname, 'results');
/** Never resolved: the route below answers every request to it, so nothing goes out. HTTPS, as
 * cross-origin isolation needs a secure context. */
const ORIGIN = 'https://standfirst-bench.invalid';

const MODES = ['collected', 'warm'] as const;
type Mode = (typeof MODES)[number];
const LABEL: Record<Mode, string> = {
  collected: 'after a full GC',
  warm: 'warm, no forced GC',
};

interface Samples {
  digest: number[][];
  readability: number[][];
  phases: Record<string, number[]>[];
}
interface Summary {
  digest: { median: number; p95: number; mean: number };
  readability: { median: number; p95: number; mean: number };
  ratioOfTotals: number;
  medianRatio: number;
  /** Each phase's per-page median, averaged over pages. */
  phases: Record<string, number>;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

function summarise(s: Samples): Summary {
  const digest = s.digest.map(median);
  const readability = s.readability.map(median);
  const stats = (xs: number[]) => ({
    median: median(xs),
    p95: quantile(xs, 0.95),
    mean: sum(xs) / xs.length,
  });
  const names = [...new Set(s.phases.flatMap((p) => Object.keys(p)))];
  return {
    digest: stats(digest),
    readability: stats(readability),
    ratioOfTotals: sum(digest) / sum(readability),
    medianRatio: median(digest.map((d, i) => d / readability[i]!)),
    phases: Object.fromEntries(
      names.map((n) => [n, sum(s.phases.map((p) => median(p[n] ?? [0]))) / s.phases.length]),
    ),
  };
}

/** A blank cross-origin-isolated page holding the bench script. */
async function openBenchPage(browser: Browser, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      body: '<!doctype html><title>Standfirst bench</title>',
    }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: script });
  if (!(await page.evaluate(() => crossOriginIsolated)))
    throw new Error('the bench page is not cross-origin isolated: timer resolution is 100 µs');
  return page;
}

async function pageScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, 'lib/browser-digest-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  // Taken before this script adds its own work: the load from everything else.
  const load = machineLoad();
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      'no-readme': { type: 'boolean' },
    },
  });
  const rounds = Math.max(1, Number(values.rounds));
  if (!sharedAvailable() || !browserAvailable('chromium', CHROMIUM_PATH)) return;
  const pages = extractionPages();
  const script = await pageScript();

  // One browser per mode: a collection in one must not touch the other's heap.
  const browsers = await Promise.all(
    MODES.map(() =>
      chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
      }),
    ),
  );
  try {
    const benchPages = await Promise.all(browsers.map((b) => openBenchPage(b, script)));
    const run = (mode: Mode, i: number, digestFirst: boolean): Promise<PairResult> =>
      benchPages[MODES.indexOf(mode)]!.evaluate(
        (a) =>
          (
            globalThis as unknown as {
              standfirstBench: {
                pair: (h: string, u: string, d: boolean, c: boolean) => PairResult;
              };
            }
          ).standfirstBench.pair(a.html, a.url, a.digestFirst, a.collect),
        { html: pages[i]!.html(), url: pages[i]!.url, digestFirst, collect: mode === 'collected' },
      );

    // Warm-up: let the JIT see every page once before anything is timed.
    for (const mode of MODES)
      for (let i = 0; i < pages.length; i++) await run(mode, i, i % 2 === 0);

    const samples = Object.fromEntries(
      MODES.map((mode) => [
        mode,
        {
          digest: pages.map((): number[] => []),
          readability: pages.map((): number[] => []),
          phases: pages.map((): Record<string, number[]> => ({})),
        },
      ]),
    ) as Record<Mode, Samples>;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < pages.length; i++) {
        // Both modes for each page, in alternating order, so both see the same load.
        const modes = (i + round) % 2 === 0 ? MODES : [...MODES].reverse();
        for (const mode of modes) {
          const r = await run(mode, i, (i + round) % 2 === 0);
          const s = samples[mode];
          s.digest[i]!.push(r.digestMs);
          s.readability[i]!.push(r.readabilityMs);
          for (const [phase, ms] of Object.entries(r.timings))
            if (phase !== 'totalMs') (s.phases[i]![phase] ??= []).push(ms);
        }
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
    const version = browsers[0]!.version();
    const results = Object.fromEntries(
      MODES.map((mode) => [mode, summarise(samples[mode])]),
    ) as Record<Mode, Summary>;

    const f1 = (v: number): string => v.toFixed(1);
    const f2 = (v: number): string => v.toFixed(2);
    const speedRows = MODES.flatMap((mode) => {
      const r = results[mode];
      return [
        [`\`digest()\`, ${LABEL[mode]}`, f1(r.digest.median), f1(r.digest.p95), f1(r.digest.mean)],
        [
          `bare \`@mozilla/readability\`, ${LABEL[mode]}`,
          f1(r.readability.median),
          f1(r.readability.p95),
          f1(r.readability.mean),
        ],
      ];
    });
    const ratioRows = MODES.map((mode) => [
      LABEL[mode],
      `${f2(results[mode].ratioOfTotals)}×`,
      `${f2(results[mode].medianRatio)}×`,
    ]);
    const phaseNames = Object.keys(results.collected.phases).sort(
      (a, b) => results.collected.phases[b]! - results.collected.phases[a]!,
    );
    const phaseRows = phaseNames.map((name) => [
      name.replace(/Ms$/, ''),
      ...MODES.map((mode) => f1(results[mode].phases[name] ?? 0)),
    ]);
    const speedTable = markdownTable(
      ['Chromium, ms per page', 'median', 'p95', 'mean'],
      speedRows,
      'lrrr',
    );
    const ratioTable = markdownTable(
      ['digest / Readability', 'totals', 'median per page'],
      ratioRows,
      'lrr',
    );
    const phaseTable = markdownTable(
      ['digest phase, mean ms/page', ...MODES.map((m) => LABEL[m])],
      phaseRows,
      'lrr',
    );
    console.log(`Chromium ${version}, ${pages.length} pages, ${rounds} interleaved rounds (ms)\n`);
    console.log(`${speedTable}\n\n${ratioTable}\n\n${phaseTable}`);

    writeFileSync(
      path.join(RESULTS, 'browser-digest.json'),
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: version,
          pages: pages.length,
          rounds,
          ...results,
        },
        null,
        2,
      )}\n`,
    );

    // bench:speed's last figures, named with their date: a different run, so context only.
    const nodeFile = path.join(RESULTS, 'speed.json');
    const node = existsSync(nodeFile)
      ? (JSON.parse(readFileSync(nodeFile, 'utf8')) as {
          date: string;
          ratioOfTotals: number;
          readabilityMeanMs: number;
        })
      : null;
    const inNode = node
      ? ` (bench:speed in Node on linkedom, ${node.date.slice(0, 10)}: ${f1(node.readabilityMeanMs)} ms and ${f2(node.ratioOfTotals)}×)`
      : '';

    if (!values['no-readme']) {
      await updateReadme(
        'browser-digest',
        [
          `The same comparison in headless Chromium ${version} (\`npm run bench:browser-digest\`): the`,
          `${pages.length} pages parsed by the browser's DOMParser (not timed), our code bundled for the`,
          `extension's target and minified, ${rounds} interleaved rounds after a warm-up, median per page.`,
          'Each pair runs twice: after a full garbage collection, as bench:speed runs it, and without',
          'one. In V8 a regular expression runs several times slower on its first uses after a full',
          'collection (a probe: 0.035 -> 0.22 ms for 200 tests), and our text analysis runs hundreds of',
          'patterns a few times each per page; the second mode is the code kept warm.',
          `${provenance()}, ${load}.`,
          '',
          speedTable,
          '',
          ratioTable,
          '',
          `On the browser's native DOM, bare Readability (mostly DOM work) takes`,
          `${f1(results.collected.readability.mean)} ms per page on average${inNode}; our text analysis`,
          '(quotes, summary: string and pattern work) gains little from a native DOM:',
          '',
          phaseTable,
        ].join('\n'),
      );
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}

await main();
