/**
 * npm run bench:popup-floor: how much of the popup's "navigation to popup script" is the browser.
 * Loads dist/chrome (same manifest, same harness as bench:browser) after adding three pages to it
 * that are not shipped: an empty one whose only (external, module) script marks the time; the
 * same with the popup's stylesheet; and the popup's HTML with a marking script in front of its
 * own. They are opened interleaved with the real popup, each from navigation start to the mark.
 *
 *   npm run build && npm run bench:popup-floor [-- --rounds 10] [-- --popup-only]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/drivers/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { tabIdOf } from '../test/e2e/popup-probe';
import { listFixtures } from '../test/helpers/fixtures';
import { ROOT } from '../test/helpers/paths';
import { markPopupReady } from './lib/popup-ready';
import { machineLoad, markdownTable } from './lib/readme';
import { median, quantile } from './lib/stats';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '10' }, 'popup-only': { type: 'boolean' } },
});
const rounds = Math.max(1, Number(values.rounds));
const dist = path.join(ROOT, 'dist/chrome');
const popupHtml = readFileSync(path.join(dist, 'src/popup/popup.html'), 'utf8');
const css = /<link rel="stylesheet"[^>]*>/.exec(popupHtml)?.[0] ?? '';
const mark = `performance.mark('standfirst:floor');\n`;
const page = (head: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>${head}` +
  `<script type="module" src="/bench-floor.js"></script></head><body><main id="app"></main></body></html>`;
const files: Record<string, string> = {
  'bench-floor.js': mark,
  'bench-floor.html': page(''),
  'bench-floor-css.html': page(css),
  // The popup's own HTML, CSS and preloads, with the marking script ahead of its module.
  'src/popup/bench-floor-popup.html': popupHtml.replace(
    '<script type="module"',
    '<script type="module" src="/bench-floor.js"></script><script type="module"',
  ),
};

const load = machineLoad();
if (browserAvailable('chromium', CHROMIUM_PATH)) {
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dist, f), text);
  const server = await startFixtureServer();
  const browser = await launchChromium(server);
  const times: Record<string, number[]> = {};
  try {
    const fixture = listFixtures('register')[0]!;
    const url = server.urlOf(fixture);
    const article = await browser.context.newPage();
    await article.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2500));
    const tabId = await tabIdOf(browser, url);
    const variants: Record<string, string> = values['popup-only']
      ? { popup: 'src/popup/popup.html' }
      : {
          'empty page, one module script': 'bench-floor.html',
          'empty page + popup.css': 'bench-floor-css.html',
          'popup.html, mark before popup.js': 'src/popup/bench-floor-popup.html',
          popup: 'src/popup/popup.html',
        };
    await browser.context.addInitScript(markPopupReady);
    for (let round = 0; round < rounds; round++) {
      // Rotated each round: the page opened first after another closes was often much slower.
      const entries = Object.entries(variants);
      const rotated = entries.map((_, i) => entries[(i + round) % entries.length]!);
      for (const [name, p] of rotated) {
        const tab = await browser.context.newPage();
        await tab.goto(`${browser.origin}/${p}?tabId=${tabId}`);
        // A string, so tsx's helpers (__name) stay out of the page.
        const marks = (await tab.evaluate(`(async () => {
          const at = (n) => performance.getEntriesByName('standfirst:' + n)[0]?.startTime ?? NaN;
          for (let i = 0; i < 200 && Number.isNaN(at(${JSON.stringify(p.startsWith('src/popup/') ? 'ready' : 'floor')})); i++)
            await new Promise((r) => setTimeout(r, 20));
          return { floor: at('floor'), script: at('script'), digest: at('page-digest'), gist: at('digest'), ready: at('ready') };
        })()`)) as Record<'floor' | 'script' | 'digest' | 'gist' | 'ready', number>;
        (times[name] ??= []).push(p.endsWith('/popup.html') ? marks.script : marks.floor);
        if (p.endsWith('bench-floor-popup.html'))
          (times['  same page: first module to popup.js mark'] ??= []).push(
            marks.script - marks.floor,
          );
        if (p.endsWith('/popup.html')) {
          (times['popup: page digest'] ??= []).push(marks.digest - marks.script);
          (times['popup: completeDigest'] ??= []).push(marks.gist - marks.digest);
          (times['popup: render'] ??= []).push(marks.ready - marks.gist);
          (times['popup: open to summary'] ??= []).push(marks.ready);
        }
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    for (const f of Object.keys(files)) rmSync(path.join(dist, f), { force: true });
  }
  console.log(`${rounds} rounds, interleaved; ${load}.\n`);
  console.log(
    markdownTable(
      ['ms from navigation (phases: between marks)', 'median', 'p95', 'min'],
      Object.entries(times).map(([k, v]) => [
        k,
        median(v).toFixed(1),
        quantile(v, 0.95).toFixed(1),
        Math.min(...v).toFixed(1),
      ]),
      'lrrr',
    ),
  );
}
