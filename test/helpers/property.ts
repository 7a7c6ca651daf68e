/**
 * How many cases each property test runs: 10,000 in CI (CI=true), 1,000 locally, or
 * PROPERTY_RUNS when set. Properties that parse and digest whole documents cost more per case and
 * scale the count down (`runs(1 / 10)`), so the property suite stays under a minute on 2 cores.
 * A failure prints its seed and path: rerun it with PROPERTY_SEED=<seed> (and PROPERTY_PATH).
 */
import type fc from 'fast-check';

export function numRuns(): number {
  const fromEnv = Number(process.env.PROPERTY_RUNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.env.CI === 'true' ? 10_000 : 1_000;
}

/** fast-check parameters: `share` of numRuns(), and a reproducible seed when one is given. */
export function runs(share = 1): fc.Parameters<unknown> {
  const params: fc.Parameters<unknown> = { numRuns: Math.max(1, Math.round(numRuns() * share)) };
  const seed = Number(process.env.PROPERTY_SEED);
  if (Number.isInteger(seed)) params.seed = seed;
  if (process.env.PROPERTY_PATH) params.path = process.env.PROPERTY_PATH;
  return params;
}

/** A vitest timeout for a property test of `share` of numRuns(), at `msPerCase` each. */
export function timeoutFor(share: number, msPerCase: number): number {
  return Math.max(30_000, Math.round(numRuns() * share * msPerCase * 3));
}
