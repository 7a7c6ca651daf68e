/**
 * npm run bench:popup-ab -- --base <dir>: the popup's time to summary in two builds of the
 * extension side by side, dist/chrome against another dist/chrome (e.g. main's), each in its own
 * headless Chromium, opened alternately, so both see the same load on a shared machine. Each
 * browser keeps one tab per Register fixture (loaded, idle work done) and opens popup.html for
 * one of them in turn, timed as bench:browser times it: from navigation start to the first render
 * that leaves the loading state, with the popup's marks in between.
 *
 * With --cold, every popup is the first one its browser opens: each round launches both
 * browsers afresh, loads one fixture (in turn) and opens the popup once. The first open pays
 * what later ones find ready in the extension's process: compiling the popup's code and its
 * regular expressions, loading ICU's data.
 *
 *   npm run build && npm run bench:popup-ab -- --base ../main/dist/chrome [--rounds 20] [--cold]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH, launchChromium, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { tabIdOf } from '../test/e2e/popup-probe';
import { listFixtures } from '../test/helpers/fixtures';
import { ROOT } from '../test/helpers/paths';
import { markPopupReady } from './lib/popup-ready';
import { machineLoad, markdownTable } from './lib/readme';
import { median, quantile } from './lib/stats';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    base: { type: 'string' },
    cold: { type: 'boolean' },
  },
});
if (!values.base) throw new Error('--base <dist/chrome of the build to compare with> is required');
const rounds = Math.max(1, Number(values.rounds));
const builds = { this: path.join(ROOT, 'dist/chrome'), base: path.resolve(values.base) };
type Marks = Record<'script' | 'digest' | 'gist' | 'ready', number>;

// A string, so tsx's helpers (__name) stay out of the page.
const READ_MARKS = `(async () => {
  const at = (n) => performance.getEntriesByName('standfirst:' + n)[0]?.startTime ?? NaN;
  for (let i = 0; i < 500 && Number.isNaN(at('ready')); i++) await new Promise((r) => setTimeout(r, 20));
  return { script: at('script'), digest: at('page-digest'), gist: at('digest'), ready: at('ready') };
})()`;

async function prepare(browser: ChromiumBrowser, urls: string[]): Promise<number[]> {
  await browser.context.addInitScript(markPopupReady);
  const ids: number[] = [];
  for (const url of urls) {
    await (await browser.context.newPage()).goto(url, { waitUntil: 'load' });
    ids.push(await tabIdOf(browser, url));
  }
  return ids;
}

async function openPopup(browser: ChromiumBrowser, tabId: number): Promise<Marks> {
  const tab = await browser.context.newPage();
  await tab.goto(`${browser.origin}/src/popup/popup.html?tabId=${tabId}`);
  const marks = (await tab.evaluate(READ_MARKS)) as Marks;
  await tab.close();
  return marks;
}

const load = machineLoad();
if (browserAvailable('chromium', CHROMIUM_PATH)) {
  const server = await startFixtureServer();
  const browsers: Record<string, ChromiumBrowser> = {};
  const samples: Record<string, Marks[]> = { this: [], base: [] };
  const settle = () => new Promise((r) => setTimeout(r, 3000));
  try {
    const urls = listFixtures('register').map((f) => server.urlOf(f));
    if (values.cold) {
      for (let round = 0; round < rounds; round++) {
        const url = urls[round % urls.length]!;
        for (const name of round % 2 ? ['this', 'base'] : ['base', 'this']) {
          const b = await launchChromium(server, { extensionDir: builds[name as 'this'] });
          try {
            const [tab] = await prepare(b, [url]);
            await settle();
            samples[name]!.push(await openPopup(b, tab!));
          } finally {
            await b.close();
          }
        }
      }
    }
    for (const [name, dir] of Object.entries(builds))
      if (!values.cold) browsers[name] = await launchChromium(server, { extensionDir: dir });
    const tabs: Record<string, number[]> = {};
    for (const [name, b] of Object.entries(browsers)) tabs[name] = await prepare(b, urls);
    // The site's scripts are registered at install, the heuristics run at idle: let them settle.
    if (!values.cold) await settle();
    for (let round = 0; !values.cold && round < rounds; round++) {
      for (let i = 0; i < urls.length; i++) {
        // Alternate which build goes first, so neither always follows the other.
        const order = (round + i) % 2 ? ['this', 'base'] : ['base', 'this'];
        for (const name of order)
          samples[name]!.push(await openPopup(browsers[name]!, tabs[name]![i]!));
      }
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await server.close();
  }
  const phases: Record<string, (m: Marks) => number> = {
    'open to summary': (m) => m.ready,
    'navigation to popup script': (m) => m.script,
    'page digest (message to the tab and back)': (m) => m.digest - m.script,
    'gist and citation item (completeDigest)': (m) => m.gist - m.digest,
    render: (m) => m.ready - m.gist,
  };
  const f1 = (v: number): string => v.toFixed(1);
  const rows = Object.entries(phases).map(([phase, of]) => {
    const [a, b] = [samples.this!.map(of), samples.base!.map(of)];
    return [phase, f1(median(a)), f1(quantile(a, 0.95)), f1(median(b)), f1(quantile(b, 0.95))];
  });
  const n = samples.this!.length;
  console.log(
    `${n} popups per build, alternating${values.cold ? ', each the first its browser opens' : ''}; ${load}. this: ${builds.this}; base: ${builds.base}\n`,
  );
  console.log(
    markdownTable(
      ['popup, ms', 'this median', 'this p95', 'base median', 'base p95'],
      rows,
      'lrrrr',
    ),
  );
}
