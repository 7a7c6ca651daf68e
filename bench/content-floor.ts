/**
 * npm run bench:content-floor: how much of the content script's time at load (bench:browser) is
 * the browser's fixed cost of any MV3 content script that talks to its background.
 *
 * Copies dist/chrome into temporary directories and, in each copy, replaces the script the
 * background registers for a site that is on (CONTENT_SCRIPT, registered at document_start with
 * the site's stylesheet by src/background/sites.ts) with:
 *   (a) an empty script (one statement);
 *   (b) a script that only sends the same "content/hello" envelope to the background and awaits
 *       the reply, doing nothing with it (the background still looks up the site, inserts the
 *       user sheet and answers with the same rule and state);
 *   (c) the real script, unchanged.
 * Everything else (manifest, background, the registered stylesheet) is the same. One headless
 * Chromium per variant runs at once, and the Register fixtures are loaded under their real URLs
 * interleaved across variants (the order rotated each round), each load traced and measured by
 * bench:browser's own analysis (bench/lib/content-trace.ts): the at-load part, idle callbacks
 * excluded, as wall time and as the main thread's CPU time.
 *
 *   npm run build && npm run bench:content-floor [-- --rounds 10] [-- --script NAME=FILE ...]
 *     [-- --build NAME=DIR ...] [-- --only bc]
 *
 * --script adds a variant whose registered script is FILE (an A/B of a change to the content
 * script alone, against (c)); --build NAME=DIR one that loads another build, DIR, as it is (a
 * change to the background too); --only keeps only the lettered variants named. Per-load figures go to bench/.cache/content-floor.json.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH, launchChromium, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { listFixtures } from '../test/helpers/fixtures';
import { ROOT } from '../test/helpers/paths';
import { CONTENT_SCRIPT, DIGEST_SCRIPT } from '../src/shared/site-patterns';
import { contentScriptCost, registered, traced, type Cost } from './lib/content-trace';
import { machineLoad, markdownTable } from './lib/readme';
import { median, quantile } from './lib/stats';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    script: { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
    build: { type: 'string', multiple: true, default: [] },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const dist = path.join(ROOT, 'dist/chrome');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const scripts: Record<string, string> = {
  '(a) empty script': 'void 0;\n',
  '(b) hello only': `(async () => {
  await chrome.runtime.sendMessage({ standfirst: 1, type: 'content/hello', data: null });
})();
`,
  '(c) real script': readFileSync(path.join(dist, CONTENT_SCRIPT), 'utf8'),
};
// --only bc: of the three, only (b) and (c) (an A/B with --script needs no floor).
if (values.only)
  for (const name of Object.keys(scripts))
    if (!values.only.includes(name[1]!)) delete scripts[name];
for (const spec of values.script) {
  const at = spec.indexOf('=');
  if (at < 1) throw new Error(`--script wants NAME=FILE, not ${spec}`);
  scripts[spec.slice(0, at)] = readFileSync(path.resolve(spec.slice(at + 1)), 'utf8');
}

/** Variants loaded from another build directory as it is, by name. */
const builds: Record<string, string> = {};
for (const spec of values.build) {
  const at = spec.indexOf('=');
  if (at < 1) throw new Error(`--build wants NAME=DIR, not ${spec}`);
  builds[spec.slice(0, at)] = path.resolve(spec.slice(at + 1));
  scripts[spec.slice(0, at)] = '';
}

const load = machineLoad();
if (browserAvailable('chromium', CHROMIUM_PATH)) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'standfirst-content-floor-'));
  const server = await startFixtureServer();
  const browsers: Record<string, ChromiumBrowser> = {};
  const loads: Record<string, { fixture: string; round: number; load: Cost }[]> = {};
  const fixtures = listFixtures('register');
  try {
    for (const [i, [name, source]] of Object.entries(scripts).entries()) {
      let dir = builds[name];
      if (!dir) {
        dir = path.join(tmp, `variant-${i}`);
        cpSync(dist, dir, { recursive: true });
        writeFileSync(path.join(dir, CONTENT_SCRIPT), source);
      }
      const browser = await launchChromium(server, { extensionDir: dir });
      browsers[name] = browser;
      loads[name] = [];
      // The site's scripts are registered at install; a user's first visit comes after that.
      const deadline = Date.now() + 15_000;
      while (!(await registered(browser)).some((id) => id.endsWith(':js'))) {
        if (Date.now() > deadline) throw new Error(`${name}: no content script was registered`);
        await sleep(100);
      }
    }
    const names = Object.keys(scripts);
    for (let round = 0; round < rounds; round++) {
      for (const [fi, f] of fixtures.entries()) {
        // Rotated each load, so no variant always follows the same one.
        const order = names.map((_, i) => names[(i + round + fi) % names.length]!);
        for (const name of order) {
          const browser = browsers[name]!;
          const page = await browser.context.newPage();
          const cdp = await browser.context.newCDPSession(page);
          const events = await traced(cdp, async () => {
            await page.goto(server.urlOf(f), { waitUntil: 'load' });
            // As bench:browser: the background's answer and the observer's first batches.
            await sleep(2500);
          });
          await cdp.detach();
          const { load } = contentScriptCost(events, browser.origin, CONTENT_SCRIPT, DIGEST_SCRIPT);
          loads[name]!.push({ fixture: f.id, round, load });
          await page.close();
        }
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  const f1 = (v: number): string => v.toFixed(1);
  const f2 = (v: number): string => v.toFixed(2);
  const n = `${fixtures.length} Register fixtures × ${rounds} rounds per variant, interleaved`;
  console.log(`${n}; ${load}.\n`);
  console.log(
    markdownTable(
      [
        'content script at load, ms',
        'wall median',
        'wall p95',
        'CPU median',
        'CPU p95',
        'longest task',
      ],
      Object.entries(loads).map(([name, list]) => {
        const wall = list.map((l) => l.load.ms);
        const cpu = list.map((l) => l.load.cpuMs);
        return [
          name,
          f1(median(wall)),
          f1(quantile(wall, 0.95)),
          f1(median(cpu)),
          f1(quantile(cpu, 0.95)),
          f1(Math.max(...list.map((l) => l.load.longestTaskMs))),
        ];
      }),
      'lrrrrr',
    ),
  );
  // Where the time goes: each event's mean over the variant's loads (0 where a load had none),
  // and its median CPU.
  const rows: string[][] = [];
  for (const [name, list] of Object.entries(loads)) {
    const labels = new Set(list.flatMap((l) => Object.keys(l.load.byEvent)));
    const per = [...labels].map((k) => {
      const wall = list.map((l) => l.load.byEvent[k] ?? 0);
      const cpu = list.map((l) => l.load.cpuByEvent[k] ?? 0);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      return { k, wall: mean(wall), cpu: mean(cpu), cpuMedian: median(cpu) };
    });
    for (const { k, wall, cpu, cpuMedian } of per
      .filter((p) => p.wall >= 0.02)
      .sort((a, b) => b.wall - a.wall))
      rows.push([name, `\`${k}\``, f2(wall), f2(cpu), f2(cpuMedian)]);
  }
  console.log(
    `\n${markdownTable(
      ['variant', 'event (outermost)', 'wall mean', 'CPU mean', 'CPU median'],
      rows,
      'llrrr',
    )}`,
  );
  const cache = path.join(import.meta.dirname, '.cache');
  mkdirSync(cache, { recursive: true });
  writeFileSync(
    path.join(cache, 'content-floor.json'),
    `${JSON.stringify({ date: new Date().toISOString(), rounds, loads }, null, 2)}\n`,
  );
}
