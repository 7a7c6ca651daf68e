/** Phase timings for the digest's `timings` field. */
export const now = (): number =>
  typeof performance !== 'undefined' ? performance.now() : Date.now();

/** Runs `fn` and records its duration (ms, two decimals) under `name`. */
export function timed<T>(timings: Record<string, number>, name: string, fn: () => T): T {
  const start = now();
  try {
    return fn();
  } finally {
    timings[name] = Math.round((now() - start) * 100) / 100;
  }
}
