/** Waiting in e2e tests: one sleep and one poll, so every suite times out the same way. */

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` every 100 ms until `ok` accepts its value (by default: any truthy value) and returns
 * that value. A probe that throws (a page mid-navigation, a worker waking up) counts as not yet.
 * Past `ms`, fails with the last value or error seen.
 */
export async function until<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  ok?: undefined,
  ms?: number,
): Promise<T>;
export async function until<T>(
  what: string,
  fn: () => Promise<T>,
  ok: (value: T) => boolean,
  ms?: number,
): Promise<T>;
export async function until<T>(
  what: string,
  fn: () => Promise<T>,
  ok: (value: T) => boolean = Boolean,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    let last: string;
    try {
      const value = await fn();
      if (ok(value)) return value;
      last = JSON.stringify(value) ?? String(value);
    } catch (error) {
      last = `error: ${String(error)}`;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${last}`);
    await sleep(100);
  }
}
