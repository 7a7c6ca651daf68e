/**
 * The content script's main-thread cost in a CDP trace of a page load: bench/browser-speed.ts
 * (bench:browser) and bench/content-floor.ts (bench:content-floor) measure with it.
 */
import type { CDPSession } from 'playwright-core';
import type { ChromiumBrowser } from '../../test/e2e/drivers/chromium';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      scriptName?: string;
      functionName?: string;
      frame?: string;
    };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export async function traced<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<TraceEvent[]> {
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

export interface Cost {
  /** Our main-thread time (ms), wall clock. */
  ms: number;
  /** The same, in the main thread's CPU time (ms): without the time it waited for a core. */
  cpuMs: number;
  /** The longest main-thread task (ms) that ran our code. */
  longestTaskMs: number;
  /** Main-thread tasks over 50 ms that ran our code. */
  longTasks: number;
  /** Top-level events of ours by name (and function, for callbacks), wall ms. */
  byEvent: Record<string, number>;
  /** The same, CPU ms. */
  cpuByEvent: Record<string, number>;
}

/**
 * Our main-thread cost in a trace, split in two:
 * - `load`: what the page pays to load with us: evaluating the registered script, the hello's
 *   reply (the <html> attributes, the observers), other message replies, the MutationObserver's
 *   batches;
 * - `idle`: counting the site rule's blocks and the Readability-guided heuristics, deferred to
 *   idle time: our work inside idle
 *   callbacks (FireIdleCallback) and everything in the digest script, which is only injected
 *   when the registered script asks for it from an idle callback.
 *
 * Only the article's own renderer main thread counts (the one that evaluated the registered
 * script). The trace is browser-wide, and extension pages run our origin's scripts on their own
 * renderer's main thread: the popup's V8 code caching (v8.produceModuleCache, 10-16 ms, on the
 * second and later opens) used to be counted here, as if the page paid for it.
 */
export function contentScriptCost(
  events: TraceEvent[],
  origin: string,
  loadScript: string,
  idleScript: string,
): { load: Cost; idle: Cost } {
  const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const ours = (e: TraceEvent): boolean => urlOf(e).startsWith(origin);
  const evaluation = events.find(
    (e) => e.name === 'EvaluateScript' && urlOf(e) === `${origin}/${loadScript}`,
  );
  if (!evaluation) throw new Error(`${loadScript} was not evaluated in the traced page`);
  const complete = (e: TraceEvent): boolean =>
    e.ph === 'X' && e.dur !== undefined && e.pid === evaluation.pid && e.tid === evaluation.tid;
  const main = events.filter(complete);
  const contains = (outer: TraceEvent, e: TraceEvent): boolean =>
    e.ts >= outer.ts && e.ts < outer.ts + outer.dur!;
  const idleCallbacks = main.filter((e) => e.name === 'FireIdleCallback');
  const tasks = main.filter((e) => e.name === 'RunTask');
  // Extension IPC to the frame: replies and messages for our script (MessagePort), injections
  // (LocalFrame). Their promise callbacks run in the task's microtask checkpoint, which no event
  // attributes to a script, so the whole task is ours. The page's own world has no extension API.
  const deliveries = main.filter(
    (e) =>
      e.name === 'Receive mojo message' &&
      (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.'),
  );
  const mine = [
    ...main.filter(ours),
    ...tasks
      .filter((t) => deliveries.some((d) => contains(t, d)))
      .map((t) => {
        const script = main.find((e) => ours(e) && contains(t, e));
        const tag = deliveries.find((d) => contains(t, d))!.args!.chrome_mojo_event_info!;
        return {
          ...t,
          name: `extension message task (${tag.mojo_interface_tag})`,
          args: { data: { url: script ? urlOf(script) : '' } },
        };
      }),
  ];
  const isIdle = (e: TraceEvent): boolean =>
    urlOf(e).endsWith(idleScript) || idleCallbacks.some((c) => contains(c, e));
  const cost = (list: TraceEvent[]): Cost => {
    const spans = union(list.map((e) => [e.ts, e.ts + e.dur!]));
    const withOurs = tasks.filter((t) => spans.some(([s, e]) => s < t.ts + t.dur! && e > t.ts));
    // Outermost events only, so nested ones (compile inside evaluate) are not counted twice.
    const byEvent: Record<string, number> = {};
    const cpuByEvent: Record<string, number> = {};
    let cpu = 0;
    let coveredUntil = -Infinity;
    for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + e.dur!;
      cpu += e.tdur ?? e.dur!;
      const fn = e.args?.data?.functionName;
      const label = fn ? `${e.name} ${fn}` : e.name;
      byEvent[label] = (byEvent[label] ?? 0) + e.dur! / 1000;
      cpuByEvent[label] = (cpuByEvent[label] ?? 0) + (e.tdur ?? e.dur!) / 1000;
    }
    return {
      ms: spans.reduce((sum, [s, e]) => sum + (e - s), 0) / 1000,
      cpuMs: cpu / 1000,
      longestTaskMs: Math.max(0, ...withOurs.map((t) => t.dur! / 1000)),
      longTasks: withOurs.filter((t) => t.dur! > 50_000).length,
      byEvent,
      cpuByEvent,
    };
  };
  return {
    load: cost(mine.filter((e) => !isIdle(e))),
    idle: cost(mine.filter(isIdle)),
  };
}

/** The ids of the extension's registered content scripts (`<prefix><site>:js` for the script). */
export async function registered(browser: ChromiumBrowser): Promise<string[]> {
  return browser.inExtension(async () => {
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  }, null);
}
