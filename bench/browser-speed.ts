/**
 * npm run bench:browser: Standfirst's cost in real Chromium (dist/chrome, `npm run build` first).
 *
 * 1. Content script at load: each Register fixture is loaded under its real URL (the site has
 *    rules, so the registered stylesheet and content script run) while a CDP trace records the
 *    article renderer's main thread. Our main-thread time is the union of the trace events naming
 *    the extension's scripts (compile, evaluate, callbacks) and of the tasks that deliver an
 *    extension message to the page (the background's replies run our promise callbacks there, in
 *    a microtask checkpoint no event names), from navigation until the page has been quiet for a
 *    while; a long task is a main-thread task over 50 ms that runs our code. Each is given as
 *    wall time and as the thread's CPU time: on a shared machine the wall time also counts the
 *    time the thread waited for a core. Each load is a new renderer process, so V8 compiles the
 *    script every time: there is no warm (code-cached) case for content scripts to report apart.
 * 2. Popup time to summary: popup.html for the article's tab, opened in a tab (the same code as
 *    the toolbar popup), timed from its navigation start to the first render that leaves the
 *    loading state (the article header and every card under it, the summary included, render
 *    together in one pass).
 *
 * Writes bench/results/browser-speed.json and the README block.
 *
 *   npm run bench:browser [-- --rounds 10] [-- --no-readme] [-- --extension DIR]
 *
 * --extension measures another build (an A/B against a copy of dist/chrome); it implies
 * --no-readme, and the JSON goes to bench/.cache/browser-speed.<dir name>.json (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/drivers/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { tabIdOf } from '../test/e2e/popup-probe';
import { listFixtures } from '../test/helpers/fixtures';
import { CONTENT_SCRIPT, DIGEST_SCRIPT } from '../src/shared/site-patterns';
import { contentScriptCost, registered, traced } from './lib/content-trace';
import { machineLoad, markdownTable, provenance, updateReadme } from './lib/readme';
import { median, quantile } from './lib/stats';

/** bench/.cache, for A/B runs' results (git ignores it). */
function cacheDir(): string {
  const dir = path.join(import.meta.dirname, '.cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  // Taken before this script adds its own work: the load from everything else.
  const load = machineLoad();
  const { values } = parseArgs({
    options: {
      // 30 loads: with 15, the p95 was the single worst load on a shared 2-core machine.
      rounds: { type: 'string', default: '10' },
      'no-readme': { type: 'boolean' },
      extension: { type: 'string' },
    },
  });
  const rounds = Math.max(1, Number(values.rounds));
  if (!browserAvailable('chromium', CHROMIUM_PATH)) return;
  const fixtures = listFixtures('register');
  const server = await startFixtureServer();
  const extensionDir = values.extension ? path.resolve(values.extension) : undefined;
  const browser = await launchChromium(server, { extensionDir });
  try {
    // The site's scripts are registered at install; a user's first visit comes after that.
    const deadline = Date.now() + 15_000;
    while (!(await registered(browser)).some((id) => id.endsWith(':js'))) {
      if (Date.now() > deadline) throw new Error('no content script was registered');
      await sleep(100);
    }

    const loads: ({ fixture: string; round: number } & ReturnType<typeof contentScriptCost>)[] = [];
    const popups: {
      fixture: string;
      ms: number;
      marks: Record<string, number>;
    }[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const f of fixtures) {
        const url = server.urlOf(f);
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        const events = await traced(cdp, async () => {
          await page.goto(url, { waitUntil: 'load' });
          // The background's answer, hiding, the observer's first batches, and the heuristics'
          // idle slices (the digest script's injection among them).
          await sleep(2500);
        });
        await cdp.detach();
        loads.push({
          fixture: f.id,
          round,
          ...contentScriptCost(events, browser.origin, CONTENT_SCRIPT, DIGEST_SCRIPT),
        });

        const tabId = await tabIdOf(browser, url);
        const popup = await browser.context.newPage();
        await popup.addInitScript(() => {
          // Stamps the first render that leaves the loading state (popup pages only).
          if (!location.pathname.endsWith('/popup.html')) return;
          const g = globalThis as typeof globalThis & {
            __standfirstReady?: number;
          };
          new MutationObserver((_, observer) => {
            const state = document.getElementById('app')?.dataset.state;
            if (state && state !== 'loading') {
              g.__standfirstReady = performance.now();
              observer.disconnect();
            }
          }).observe(document, {
            subtree: true,
            attributes: true,
            childList: true,
          });
        });
        await popup.goto(`${browser.origin}/src/popup/popup.html?tabId=${tabId}`);
        const ready = await popup.waitForFunction(
          () => (globalThis as { __standfirstReady?: number }).__standfirstReady,
          null,
          { timeout: 15_000, polling: 50 },
        );
        // The popup's own marks (src/popup/popup.ts): its script running, the page's half of the
        // digest received (asked for from popup.html's <head>, before the script), the digest
        // completed; the render follows.
        const marks = await popup.evaluate(() =>
          Object.fromEntries(
            performance.getEntriesByType('mark').map((m) => [m.name.split(':')[1], m.startTime]),
          ),
        );
        popups.push({
          fixture: f.id,
          ms: Number(await ready.jsonValue()),
          marks,
        });
        await popup.close();
        await page.close();
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }

    const popupMs = popups.map((p) => p.ms);
    const phase = (which: 'load' | 'idle') => {
      const ms = loads.map((l) => l[which].ms);
      const cpu = loads.map((l) => l[which].cpuMs);
      return {
        median: median(ms),
        p95: quantile(ms, 0.95),
        max: Math.max(...ms),
        cpu: {
          median: median(cpu),
          p95: quantile(cpu, 0.95),
          max: Math.max(...cpu),
        },
        longestTaskMs: Math.max(...loads.map((l) => l[which].longestTaskMs)),
        longTasks: loads.reduce((n, l) => n + l[which].longTasks, 0),
      };
    };
    const summary = {
      contentScript: phase('load'),
      idleHeuristics: phase('idle'),
      popup: {
        median: median(popupMs),
        p95: quantile(popupMs, 0.95),
        max: Math.max(...popupMs),
      },
    };
    // Where the content script's time goes, summed over all loads, as ms per load.
    const byEvent: Record<string, [number, number]> = {};
    for (const l of loads) {
      for (const which of ['load', 'idle'] as const)
        for (const [k, v] of Object.entries(l[which].byEvent)) {
          const sums = (byEvent[`${which}: ${k}`] ??= [0, 0]);
          sums[0] += v / loads.length;
          sums[1] += (l[which].cpuByEvent[k] ?? 0) / loads.length;
        }
    }
    const f1 = (v: number): string => v.toFixed(1);
    const { contentScript: cs, idleHeuristics: idle } = summary;
    // Medians of the popup's phases: navigation to its script, script to the page digest, the
    // gist (completeDigest), and the render.
    const at = (p: (typeof popups)[number], mark: string): number => p.marks[mark] ?? NaN;
    const popupPhases = {
      'navigation to popup script': median(popups.map((p) => at(p, 'script'))),
      "page digest (the tab's reply, still awaited when the script runs)": median(
        popups.map((p) => at(p, 'page-digest') - at(p, 'script')),
      ),
      'gist and citation item (completeDigest)': median(
        popups.map((p) => at(p, 'digest') - at(p, 'page-digest')),
      ),
      render: median(popups.map((p) => p.ms - at(p, 'digest'))),
    };
    const rows = [
      ['content script at load: main-thread time', f1(cs.median), f1(cs.p95), f1(cs.max), '≤ 5 ms'],
      [
        'content script at load: its CPU time',
        f1(cs.cpu.median),
        f1(cs.cpu.p95),
        f1(cs.cpu.max),
        '',
      ],
      ['content script at load: longest task running it', '', '', f1(cs.longestTaskMs), '≤ 50 ms'],
      ['heuristics at idle: main-thread time', f1(idle.median), f1(idle.p95), f1(idle.max), ''],
      [
        'heuristics at idle: their CPU time',
        f1(idle.cpu.median),
        f1(idle.cpu.p95),
        f1(idle.cpu.max),
        '',
      ],
      ['heuristics at idle: longest task running them', '', '', f1(idle.longestTaskMs), '≤ 50 ms'],
      [
        'popup: open to summary',
        f1(summary.popup.median),
        f1(summary.popup.p95),
        f1(summary.popup.max),
        '≤ 100 ms p95',
      ],
    ];
    const header = ['Chromium, ms', 'median', 'p95', 'max', 'target'];
    const table = markdownTable(header, rows, 'lrrrl');
    const n = `${fixtures.length} Register fixtures × ${rounds} rounds`;
    const longTasks = `Long tasks (> 50 ms) running our code: ${cs.longTasks} at load, ${idle.longTasks} at idle`;
    console.log(`${n}. ${longTasks}.\n`);
    console.log(table);
    const breakdown = markdownTable(
      ['content script: where the time goes', 'wall ms per load', 'CPU ms per load'],
      Object.entries(byEvent)
        .filter(([, [ms]]) => ms >= 0.05)
        .sort((a, b) => b[1][0] - a[1][0])
        .slice(0, 10)
        .map(([k, [wall, cpu]]) => [`\`${k}\``, f1(wall), f1(cpu)]),
      'lrr',
    );
    console.log(`\n${breakdown}`);
    const popupTable = markdownTable(
      ['popup: where the time to summary goes', 'median ms'],
      Object.entries(popupPhases).map(([k, v]) => [k, f1(v)]),
      'lr',
    );
    console.log(`\n${popupTable}`);
    writeFileSync(
      extensionDir
        ? path.join(cacheDir(), `browser-speed.${path.basename(extensionDir)}.json`)
        : path.join(import.meta.dirname, 'results', 'browser-speed.json'),
      `${JSON.stringify({ date: new Date().toISOString(), rounds, ...summary, popupPhases, loads, popups }, null, 2)}\n`,
    );
    if (!values['no-readme'] && !extensionDir) {
      await updateReadme(
        'browser',
        [
          `Headless Chromium with dist/chrome, ${n} (\`npm run bench:browser\`): our main-thread`,
          "time from a CDP trace of each load (navigation + 2.5 s) on the article renderer's main",
          'thread (events naming our scripts, and the tasks delivering extension messages to the',
          "page, where our promise callbacks run), as wall time and as the thread's CPU time (the",
          'wall time also counts waits for a core on a busy machine), split into what loading the page',
          'pays (the registered script: evaluation, the hello reply, other replies, observer',
          "batches) and what runs later in idle callbacks: marking the site rule's blocks to count",
          'them, and the Readability-guided heuristics (also in the',
          'digest script, injected on their request); and the popup page from navigation to its',
          `first non-loading render. ${longTasks}. ${provenance()}, ${load}.`,
          '',
          table,
          '',
          breakdown,
          '',
          popupTable,
        ].join('\n'),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
