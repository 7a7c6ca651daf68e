/**
 * Why the CLI parses with linkedom: parse time, bare Readability time and extraction quality on
 * the 134 benchmark pages, jsdom against linkedom, in the same run.
 *   npm run bench:dom
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDocument } from '../src/cli/parse-html';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import { metrics, shingleMatch, type TpFpFn } from './lib/score';

if (!sharedAvailable()) process.exit(0);

const parsers: Record<string, (html: string, url: string) => Document> = {
  linkedom: parseDocument,
  jsdom: (html, url) =>
    new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document,
};

const pages = extractionPages();
console.log(`DOM choice on ${pages.length} pages\n`);
console.log('parser    parse s  readability s  errors  precision  recall  F1');
for (const [name, parse] of Object.entries(parsers)) {
  let parseMs = 0;
  let readMs = 0;
  let errors = 0;
  const rows: TpFpFn[] = [];
  for (const page of pages) {
    const html = page.html();
    try {
      const t0 = performance.now();
      const doc = parse(html, page.url);
      const t1 = performance.now();
      const article = new Readability(doc.cloneNode(true) as Document).parse();
      readMs += performance.now() - t1;
      parseMs += t1 - t0;
      rows.push(shingleMatch(page.articleBody, article?.textContent ?? ''));
    } catch {
      errors++;
      rows.push(shingleMatch(page.articleBody, ''));
    }
  }
  const m = metrics(rows);
  console.log(
    `${name.padEnd(9)} ${(parseMs / 1000).toFixed(1).padStart(7)}  ${(readMs / 1000).toFixed(1).padStart(13)}  ${String(errors).padStart(6)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3)}`,
  );
}
