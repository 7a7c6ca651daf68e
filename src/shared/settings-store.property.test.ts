/**
 * The settings store under random storage faults (fast-check, model-based): saves and loads
 * interleaved with sync refusing writes (over quota), sync refusing reads, the synced record
 * corrupted or wiped. Whatever happens: no call rejects, no saved site is ever lost, and each
 * fault that touched a call is reported in `problems` (what the options page shows).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/helpers/fake-browser';
import { runs, timeoutFor } from '../../test/helpers/property';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeBrowser> | null }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy(
    {},
    { get: (_t, key) => (fake.current!.api as Record<string, unknown>)[key as string] },
  ),
}));

const { loadSettings, saveSite } = await import('./settings-store');

type Op =
  | { kind: 'save'; key: string; enabled: boolean }
  | { kind: 'load' }
  | { kind: 'syncQuota'; on: boolean }
  | { kind: 'syncReadFails'; on: boolean }
  | { kind: 'corruptSync'; value: unknown }
  | { kind: 'wipeSync' };

const key = fc.constantFrom('a.org', 'b.com', 'theregister.com', 'news.example', '10.0.0.1');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('save' as const), key, enabled: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'load' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('syncQuota' as const), on: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('syncReadFails' as const), on: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('corruptSync' as const),
      value: fc.constantFrom('garbage', 42, null, [], [1, 2], true),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wipeSync' as const }) },
);

let b: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  b = fakeBrowser();
  fake.current = b;
});

describe('settings store under storage faults (property)', () => {
  it(
    'never rejects, never loses a saved site, and reports each fault it met',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
          b = fakeBrowser();
          fake.current = b;
          const saved = new Map<string, boolean>();
          let corrupt = false;
          const check = (sites: Record<string, { enabled: boolean }>) => {
            const got = Object.fromEntries(Object.entries(sites).map(([k, v]) => [k, v.enabled]));
            expect(got).toEqual(Object.fromEntries(saved));
          };
          for (const o of ops) {
            const sync = b.api.storage.sync;
            switch (o.kind) {
              case 'syncQuota':
                sync.failSet = o.on ? 'QUOTA_BYTES_PER_ITEM quota exceeded' : null;
                break;
              case 'syncReadFails':
                sync.failGet = o.on ? 'sync is disabled' : null;
                break;
              case 'corruptSync':
                sync.data.set('settings', o.value);
                corrupt = true;
                break;
              case 'wipeSync':
                sync.data.clear();
                corrupt = false;
                break;
              case 'save': {
                const quota = sync.failSet !== null;
                const result = await saveSite(o.key, { enabled: o.enabled });
                saved.set(o.key, o.enabled);
                check(result.settings.sites);
                if (quota) {
                  expect(result.area).toBe('local');
                  expect(result.problems.join()).toMatch(/sync storage refused/);
                }
                corrupt = false; // A save that reached sync repaired it; else sync is not read.
                if (quota)
                  corrupt = sync.data.has('settings') && !isRecord(sync.data.get('settings'));
                break;
              }
              case 'load': {
                const loaded = await loadSettings();
                check(loaded.settings.sites);
                if (sync.failGet && loaded.area === 'sync')
                  throw new Error('read sync although it fails');
                if (sync.failGet) expect(loaded.problems.length).toBeGreaterThan(0);
                if (corrupt && loaded.area === 'sync' && saved.size > 0)
                  expect(loaded.problems.join()).toMatch(/corrupt|not an object/);
                break;
              }
            }
          }
        }),
        runs(1 / 10),
      );
    },
    timeoutFor(1 / 10, 5),
  );
});

function isRecord(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
