/**
 * `npx tsx bench/metadata-cost.ts`: what the metadata merge costs in the content script, which
 * runs it on every popup open. Over the 134 real news pages of ../shared/bench/extraction it times
 * extractMetadata() (the digest's `metadataMs`) and canonicalUrl() (the citation's clean URL) on
 * a freshly parsed document, as the content script meets it: nothing indexed yet.
 *
 * Each page is parsed five times and the fastest run kept, because the machine is shared and a
 * single run mostly measures the neighbours. Ten pages are run first to warm the JIT. Figures are linkedom's, which walks the whole tree for
 * every querySelectorAll; browsers index by tag and id, so they are an upper bound.
 *
 * Writes bench/results/metadata-cost.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/cli/parse-html';
import { extractArticle } from '../src/core/article';
import { canonicalUrl } from '../src/core/clean-url';
import { extractMetadata } from '../src/core/metadata';
import { ROOT } from '../test/helpers/paths';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';

const RUNS = 5;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    maxMs: round(sorted.at(-1) ?? NaN),
    totalMs: round(values.reduce((a, b) => a + b, 0)),
  };
}

function main(): void {
  if (!sharedAvailable()) return;
  const metadataMs: number[] = [];
  const urlMs: number[] = [];
  const slowest: { id: string; ms: number; elements: number }[] = [];
  const pages = extractionPages();
  // Warm the JIT first, or the first pages measure the compiler.
  for (const page of pages.slice(0, 10)) {
    const doc = parseDocument(page.html(), page.url);
    extractMetadata(doc, page.url, null);
    canonicalUrl(doc, page.url);
  }
  for (const page of pages) {
    const html = page.html();
    const readability = extractArticle(parseDocument(html, page.url))?.metadata ?? null;
    let best = Infinity;
    let bestUrl = Infinity;
    let elements = 0;
    for (let run = 0; run < RUNS; run++) {
      const doc = parseDocument(html, page.url);
      elements = doc.querySelectorAll('*').length;
      let start = performance.now();
      extractMetadata(doc, page.url, readability);
      best = Math.min(best, performance.now() - start);
      start = performance.now();
      canonicalUrl(doc, page.url);
      bestUrl = Math.min(bestUrl, performance.now() - start);
    }
    metadataMs.push(best);
    urlMs.push(bestUrl);
    slowest.push({ id: page.id.slice(0, 12), ms: round(best), elements });
  }
  slowest.sort((a, b) => b.ms - a.ms);
  const result = {
    pages: metadataMs.length,
    runsPerPage: RUNS,
    metadata: summary(metadataMs),
    canonicalUrl: summary(urlMs),
    slowest: slowest.slice(0, 5),
  };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench/results/metadata-cost.json'),
    JSON.stringify(result, null, 2) + '\n',
  );
  console.log(`metadata cost on ${result.pages} pages (fastest of ${RUNS} runs each, linkedom)`);
  console.log(
    `  extractMetadata  median ${result.metadata.medianMs} ms  p95 ${result.metadata.p95Ms} ms  max ${result.metadata.maxMs} ms`,
  );
  console.log(
    `  canonicalUrl     median ${result.canonicalUrl.medianMs} ms  p95 ${result.canonicalUrl.p95Ms} ms  max ${result.canonicalUrl.maxMs} ms`,
  );
  for (const s of result.slowest)
    console.log(`  slowest: ${s.id} ${s.ms} ms (${s.elements} elements)`);
}

main();
