/**
 * npm run bench:browser: Standfirst's cost in real Chromium (dist/chrome, `npm run build` first).
 *
 * 1. Content script at load: each Register fixture is loaded under its real URL (the site has
 *    rules, so the registered stylesheet and content script run) while a CDP trace records the
 *    renderer's main thread. Our main-thread time is the union of the trace events attributed to
 *    the extension's scripts (compile, evaluate, function calls), from navigation until the page
 *    has been quiet for a while; a long task is a main-thread task over 50 ms that runs our code.
 * 2. Popup time to summary: popup.html for the article's tab, opened in a tab (the same code as
 *    the toolbar popup), timed from its navigation start to the first render that leaves the
 *    loading state (the article header and every card under it, the summary included, render
 *    together in one pass).
 *
 * Writes bench/results/browser-speed.json and the README block.
 *
 *   npm run bench:browser [-- --rounds 5] [-- --no-readme]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { browserAvailable } from '../test/e2e/drivers';
import { CHROMIUM_PATH, launchChromium, type ChromiumBrowser } from '../test/e2e/drivers/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { tabIdOf } from '../test/e2e/popup-probe';
import { listFixtures } from '../test/helpers/fixtures';
import { DIGEST_SCRIPT } from '../src/shared/site-patterns';
import { machineLoad, markdownTable, provenance, updateReadme } from './lib/readme';
import { median, quantile } from './lib/stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; functionName?: string; frame?: string };
  };
}

async function traced<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'toplevel',
      ],
    },
  });
  await fn();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Merged [start, end] intervals (µs). */
function union(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

interface Cost {
  /** Our main-thread time (ms). */
  ms: number;
  /** The longest main-thread task (ms) that ran our code. */
  longestTaskMs: number;
  /** Main-thread tasks over 50 ms that ran our code. */
  longTasks: number;
  /** Top-level events of ours by name (and function, for callbacks), ms. */
  byEvent: Record<string, number>;
}

/**
 * Our main-thread cost in a trace, split in two:
 * - `load`: what the page pays to load with us: evaluating the registered script, marking rule
 *   matches once parsed, message replies, the MutationObserver's batches;
 * - `idle`: the Readability-guided heuristics, deferred to idle time: our work inside idle
 *   callbacks (FireIdleCallback) and everything in the digest script, which is only injected
 *   when the registered script asks for it from an idle callback.
 */
function contentScriptCost(
  events: TraceEvent[],
  origin: string,
  idleScript: string,
): { load: Cost; idle: Cost } {
  const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const ours = (e: TraceEvent): boolean => urlOf(e).startsWith(origin);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent): boolean => mainThreads.has(`${e.pid}:${e.tid}`);
  const complete = (e: TraceEvent): boolean => e.ph === 'X' && e.dur !== undefined && onMain(e);
  const idleCallbacks = events
    .filter((e) => complete(e) && e.name === 'FireIdleCallback')
    .map((e): [number, number] => [e.ts, e.ts + e.dur!]);
  const isIdle = (e: TraceEvent): boolean =>
    urlOf(e).endsWith(idleScript) || idleCallbacks.some(([s, end]) => e.ts >= s && e.ts < end);
  const tasks = events.filter((e) => complete(e) && e.name === 'RunTask');
  const cost = (mine: TraceEvent[]): Cost => {
    const spans = union(mine.map((e) => [e.ts, e.ts + e.dur!]));
    const withOurs = tasks.filter((t) => spans.some(([s, e]) => s < t.ts + t.dur! && e > t.ts));
    // Outermost events only, so nested ones (compile inside evaluate) are not counted twice.
    const byEvent: Record<string, number> = {};
    let coveredUntil = -Infinity;
    for (const e of [...mine].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + e.dur!;
      const fn = e.args?.data?.functionName;
      const label = fn ? `${e.name} ${fn}` : e.name;
      byEvent[label] = (byEvent[label] ?? 0) + e.dur! / 1000;
    }
    return {
      ms: spans.reduce((sum, [s, e]) => sum + (e - s), 0) / 1000,
      longestTaskMs: Math.max(0, ...withOurs.map((t) => t.dur! / 1000)),
      longTasks: withOurs.filter((t) => t.dur! > 50_000).length,
      byEvent,
    };
  };
  const mine = events.filter((e) => complete(e) && ours(e));
  return { load: cost(mine.filter((e) => !isIdle(e))), idle: cost(mine.filter(isIdle)) };
}

async function registered(browser: ChromiumBrowser): Promise<string[]> {
  return browser.inExtension(async () => {
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  }, null);
}

async function main(): Promise<void> {
  // Taken before this script adds its own work: the load from everything else.
  const load = machineLoad();
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '5' }, 'no-readme': { type: 'boolean' } },
  });
  const rounds = Math.max(1, Number(values.rounds));
  if (!browserAvailable('chromium', CHROMIUM_PATH)) return;
  const fixtures = listFixtures('register');
  const server = await startFixtureServer();
  const browser = await launchChromium(server);
  try {
    // The site's scripts are registered at install; a user's first visit comes after that.
    const deadline = Date.now() + 15_000;
    while (!(await registered(browser)).some((id) => id.endsWith(':js'))) {
      if (Date.now() > deadline) throw new Error('no content script was registered');
      await sleep(100);
    }

    const loads: ({ fixture: string } & ReturnType<typeof contentScriptCost>)[] = [];
    const popups: { fixture: string; ms: number; marks: Record<string, number> }[] = [];
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
        loads.push({ fixture: f.id, ...contentScriptCost(events, browser.origin, DIGEST_SCRIPT) });

        const tabId = await tabIdOf(browser, url);
        const popup = await browser.context.newPage();
        await popup.addInitScript(() => {
          // Stamps the first render that leaves the loading state (popup pages only).
          if (!location.pathname.endsWith('/popup.html')) return;
          const g = globalThis as typeof globalThis & { __standfirstReady?: number };
          new MutationObserver((_, observer) => {
            const state = document.getElementById('app')?.dataset.state;
            if (state && state !== 'loading') {
              g.__standfirstReady = performance.now();
              observer.disconnect();
            }
          }).observe(document, { subtree: true, attributes: true, childList: true });
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
        popups.push({ fixture: f.id, ms: Number(await ready.jsonValue()), marks });
        await popup.close();
        await page.close();
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }

    const popupMs = popups.map((p) => p.ms);
    const phase = (which: 'load' | 'idle') => {
      const ms = loads.map((l) => l[which].ms);
      return {
        median: median(ms),
        p95: quantile(ms, 0.95),
        max: Math.max(...ms),
        longestTaskMs: Math.max(...loads.map((l) => l[which].longestTaskMs)),
        longTasks: loads.reduce((n, l) => n + l[which].longTasks, 0),
      };
    };
    const summary = {
      contentScript: phase('load'),
      idleHeuristics: phase('idle'),
      popup: { median: median(popupMs), p95: quantile(popupMs, 0.95), max: Math.max(...popupMs) },
    };
    // Where the content script's time goes, summed over all loads, as ms per load.
    const byEvent: Record<string, number> = {};
    for (const l of loads) {
      for (const which of ['load', 'idle'] as const)
        for (const [k, v] of Object.entries(l[which].byEvent))
          byEvent[`${which}: ${k}`] = (byEvent[`${which}: ${k}`] ?? 0) + v / loads.length;
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
      ['content script at load: longest task running it', '', '', f1(cs.longestTaskMs), '≤ 50 ms'],
      ['heuristics at idle: main-thread time', f1(idle.median), f1(idle.p95), f1(idle.max), ''],
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
      ['content script: where the time goes', 'ms per load'],
      Object.entries(byEvent)
        .filter(([, ms]) => ms >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([k, v]) => [`\`${k}\``, f1(v)]),
      'lr',
    );
    console.log(`\n${breakdown}`);
    const popupTable = markdownTable(
      ['popup: where the time to summary goes', 'median ms'],
      Object.entries(popupPhases).map(([k, v]) => [k, f1(v)]),
      'lr',
    );
    console.log(`\n${popupTable}`);
    writeFileSync(
      path.join(import.meta.dirname, 'results', 'browser-speed.json'),
      `${JSON.stringify({ date: new Date().toISOString(), rounds, ...summary, popupPhases, loads, popups }, null, 2)}\n`,
    );
    if (!values['no-readme']) {
      await updateReadme(
        'browser',
        [
          `Headless Chromium with dist/chrome, ${n} (\`npm run bench:browser\`): our main-thread`,
          'time from a CDP trace of each load (navigation + 2.5 s), split into what loading the page',
          'pays (the registered script: evaluation, marking rule matches, replies, observer batches)',
          'and the Readability-guided heuristics, which run later in idle callbacks (and in the',
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
