/**
 * npm run bench:size: the built extension's weight against its budgets (gzipped), per browser,
 * as test/dist/size-budget.test.ts checks them. Needs `npm run build` first. Writes
 * bench/results/size.json and the README block.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUDGETS,
  contentScripts,
  popupFirstPaint,
  type ContentScript,
  totalGzip,
  type SizedFile,
} from '../test/helpers/bundle-size';
import { ROOT } from '../test/helpers/paths';
import { CONTENT_SCRIPT } from '../src/shared/site-patterns';
import { markdownTable, provenance, updateReadme } from './lib/readme';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const results: Record<string, { contentScripts: ContentScript[]; popupFirstPaint: SizedFile[] }> =
  {};
for (const target of ['chrome', 'firefox']) {
  const dist = path.join(ROOT, 'dist', target);
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`dist/${target} is missing: run npm run build first`);
  }
  results[target] = {
    contentScripts: contentScripts(dist, [CONTENT_SCRIPT]),
    popupFirstPaint: popupFirstPaint(dist),
  };
}

const rows = Object.entries(results).flatMap(([target, r]) => [
  ...r.contentScripts.map((script) => [
    target,
    script.when === 'load' ? 'content script at load' : 'content script on demand',
    kb(totalGzip(script.files)),
    kb(BUDGETS.contentScript),
    script.files.map((f) => f.file).join(', '),
  ]),
  [
    target,
    'popup first paint',
    kb(totalGzip(r.popupFirstPaint)),
    kb(BUDGETS.popupFirstPaint),
    r.popupFirstPaint.map((f) => f.file).join(', '),
  ],
]);
const header = ['build', 'what', 'gzipped', 'budget', 'files'];
console.log(markdownTable(header, rows, 'llrrl'));

writeFileSync(
  path.join(import.meta.dirname, 'results', 'size.json'),
  `${JSON.stringify({ date: new Date().toISOString(), budgets: BUDGETS, ...results }, null, 2)}\n`,
);
if (!process.argv.includes('--no-readme')) {
  await updateReadme(
    'size',
    [
      `Gzipped weight of the built extension (\`npm test\` fails past a budget). First paint is`,
      `popup.html with what it loads eagerly; lazily imported chunks are not counted. ${provenance()}.`,
      '',
      markdownTable(header, rows, 'llrrl'),
    ].join('\n'),
  );
}
