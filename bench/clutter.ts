/**
 * Clutter removal on the 134 benchmark pages: shingle precision and recall (the benchmark's metric,
 * ./lib/score.ts) of digest()'s visibleText against the ground-truth articleBody, for the raw page
 * (nothing hidden), Tidy and Focus, all from the same run. Also the article text before and after
 * clutter is excluded from Readability, and digest()'s time against bare Readability's.
 *   npm run bench:clutter [-- --no-readme]   (writes bench/results/clutter.json and the README block)
 * Hidden article text is the worst bug this product can have, so every page whose recall drops
 * below the raw page's is listed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/cli/parse-html';
import { extractArticle } from '../src/core/article';
import { findClutter } from '../src/core/clutter';
import { digest } from '../src/core/digest';
import { findSite } from '../src/sites/index';
import { visibleText } from '../src/core/visible-text';
import { ROOT } from '../test/helpers/paths';
import { markdownTable, provenance, updateReadme } from './lib/readme';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import {
  bootstrapCi,
  metrics,
  precisionScore,
  recallScore,
  shingleMatch,
  type Metrics,
  type TpFpFn,
} from './lib/score';

if (!sharedAvailable()) process.exit(0);

const VARIANTS = ['raw', 'tidy', 'focus', 'readability', 'articleText'] as const;
type Variant = (typeof VARIANTS)[number];

interface PageRow {
  id: string;
  url: string;
  scores: Record<Variant, { precision: number; recall: number }>;
  hiddenBlocks: number;
  readabilityMs: number;
  digestMs: number;
  readabilityCpu: number;
  digestCpu: number;
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

const rows: Record<Variant, TpFpFn[]> = {
  raw: [],
  tidy: [],
  focus: [],
  readability: [],
  articleText: [],
};
const pages: PageRow[] = [];
const phases: Record<string, number> = {};

const list = extractionPages();
for (const page of list) {
  const html = page.html();
  const score = (variant: Variant, text: string): { precision: number; recall: number } => {
    const m = shingleMatch(page.articleBody, text);
    rows[variant].push(m);
    return { precision: precisionScore(m), recall: recallScore(m) };
  };

  const doc = parseDocument(html, page.url);
  // CPU time as well as wall time: the machine is shared, and CPU time is what contention
  // distorts least.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const bare = new Readability(doc.cloneNode(true) as Document).parse();
  const readabilityMs = performance.now() - t0;
  const readabilityCpu = cpuMs(process.cpuUsage(c0));

  const c1 = process.cpuUsage();
  const tidy = digest(doc, page.url, { mode: 'tidy' });
  const digestCpu = cpuMs(process.cpuUsage(c1));
  const focus = digest(doc, page.url, { mode: 'focus' });
  const early = findClutter(doc, null, findSite(page.url)).map((b) => b.element);
  const excluded = extractArticle(doc, { exclude: early });
  for (const [phase, ms] of Object.entries(tidy.timings)) phases[phase] = (phases[phase] ?? 0) + ms;

  pages.push({
    id: page.id,
    url: page.url,
    scores: {
      raw: score('raw', visibleText(doc, new Set())),
      tidy: score('tidy', tidy.visibleText),
      focus: score('focus', focus.visibleText),
      readability: score('readability', bare?.textContent ?? ''),
      // What digest() extracts, on every page (digest reports no article for pages the
      // readerable check rejects, and bare Readability has no such check).
      articleText: score('articleText', excluded?.blocks.join('\n\n') ?? ''),
    },
    hiddenBlocks: tidy.clutter.length,
    readabilityMs,
    digestMs: tidy.timings.totalMs,
    readabilityCpu,
    digestCpu,
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const summary = Object.fromEntries(
  VARIANTS.map((v) => {
    const m = metrics(rows[v]);
    const ci = bootstrapCi(rows[v]);
    return [v, { ...m, ci }];
  }),
) as Record<Variant, Metrics & { ci: Metrics }>;

const LABELS: Record<Variant, string> = {
  raw: 'raw page (nothing hidden)',
  tidy: 'Tidy',
  focus: 'Focus',
  readability: 'bare Readability (article text)',
  articleText: 'Readability, clutter excluded',
};
console.log(
  `Clutter removal on ${list.length} pages: visibleText against ground-truth articleBody\n`,
);
console.log('variant                          precision        recall           F1');
for (const v of VARIANTS) {
  const { precision, recall, f1, ci } = summary[v];
  const cell = (x: number, e: number): string => `${x.toFixed(3)} ±${e.toFixed(3)}`.padEnd(17);
  console.log(
    `${LABELS[v].padEnd(32)} ${cell(precision, ci.precision)}${cell(recall, ci.recall)}${f1.toFixed(3)}`,
  );
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const readTotal = sum(pages.map((p) => p.readabilityMs));
const digestTotal = sum(pages.map((p) => p.digestMs));
const readCpu = sum(pages.map((p) => p.readabilityCpu));
const digestCpu = sum(pages.map((p) => p.digestCpu));
console.log(
  `\nTime (indicative, shared machine): digest() against bare Readability (clone + parse)\n` +
    `  wall: ${(digestTotal / 1000).toFixed(1)} s vs ${(readTotal / 1000).toFixed(1)} s = ${(digestTotal / readTotal).toFixed(2)}x` +
    ` (per page median ${median(pages.map((p) => p.digestMs)).toFixed(0)} vs ${median(pages.map((p) => p.readabilityMs)).toFixed(0)} ms)\n` +
    `  CPU:  ${(digestCpu / 1000).toFixed(1)} s vs ${(readCpu / 1000).toFixed(1)} s = ${(digestCpu / readCpu).toFixed(2)}x`,
);
console.log(
  `digest() phases, total s: ${Object.entries(phases)
    .filter(([k]) => k !== 'totalMs')
    .map(([k, ms]) => `${k.replace(/Ms$/, '')} ${(ms / 1000).toFixed(1)}`)
    .join(', ')}`,
);

const drops = (variant: 'tidy' | 'focus', tolerance: number): PageRow[] =>
  pages
    .filter((p) => p.scores[variant].recall < p.scores.raw.recall - tolerance)
    .sort(
      (a, b) =>
        a.scores[variant].recall -
        a.scores.raw.recall -
        (b.scores[variant].recall - b.scores.raw.recall),
    );
for (const [variant, tolerance] of [
  ['tidy', 0.001],
  ['focus', 0.01],
] as const) {
  const dropped = drops(variant, tolerance);
  console.log(`\n${LABELS[variant]}: recall below the raw page's on ${dropped.length} pages`);
  for (const p of dropped) {
    console.log(
      `  ${p.scores.raw.recall.toFixed(3)} -> ${p.scores[variant].recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${p.url}`,
    );
  }
}

const out = path.join(ROOT, 'bench/results/clutter.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      pages: list.length,
      metric: 'shingle precision/recall of visibleText vs articleBody (bench/lib/score.ts)',
      summary: Object.fromEntries(
        VARIANTS.map((v) => [
          v,
          {
            precision: round(summary[v].precision),
            recall: round(summary[v].recall),
            f1: round(summary[v].f1),
          },
        ]),
      ),
      timing: {
        note: 'indicative: measured on a shared 2-core machine',
        digestTotalMs: Math.round(digestTotal),
        readabilityTotalMs: Math.round(readTotal),
        ratio: round(digestTotal / readTotal),
        digestCpuMs: Math.round(digestCpu),
        readabilityCpuMs: Math.round(readCpu),
        cpuRatio: round(digestCpu / readCpu),
      },
      recallDrops: {
        tidy: drops('tidy', 0.001).map((p) => p.id),
        focus: drops('focus', 0.01).map((p) => p.id),
      },
      perPage: pages.map((p) => ({
        id: p.id,
        url: p.url,
        hiddenBlocks: p.hiddenBlocks,
        ...Object.fromEntries(
          VARIANTS.map((v) => [v, [round(p.scores[v].precision), round(p.scores[v].recall)]]),
        ),
      })),
    },
    null,
    1,
  )}\n`,
);
console.log(`\nwrote ${path.relative(ROOT, out)}`);

// The README's table, from this run: every row measured here on the same pages.
const README_ROWS: [Variant, string][] = [
  ['raw', 'raw page'],
  ['tidy', 'Tidy'],
  ['focus', 'Focus'],
  ['readability', 'bare Readability (article only)'],
  ['articleText', 'Readability with clutter excluded'],
];
if (!process.argv.includes('--no-readme')) {
  const table = markdownTable(
    ['visible text', 'precision', 'recall'],
    README_ROWS.map(([v, label]) => [
      label,
      summary[v].precision.toFixed(3),
      summary[v].recall.toFixed(3),
    ]),
    'lrr',
  );
  await updateReadme(
    'clutter',
    `Shingle precision and recall of \`visibleText\` against the ground truth of the ${list.length} benchmark pages, all rows from one run (${provenance()}). Tidy's recall falls below the raw page's on ${drops('tidy', 0.001).length} pages, Focus's on ${drops('focus', 0.01).length} (listed by the script).\n\n${table}`,
  );
}
