/**
 * axe-core in extension pages. The extension CSP blocks script tags, so the source is evaluated
 * through the driver (CDP / BiDi evaluation is not subject to the page's CSP), then `axe.run`.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { PageHandle } from './drivers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS targets of the failing nodes. */
  targets: string[];
}

/** Every violation axe finds on the page as it is now (all impacts; filter at the caller). */
export async function runAxe(page: PageHandle): Promise<AxeViolation[]> {
  await page.injectScript(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    };
    const axe = (globalThis as unknown as { axe: { run(c: Document, o: object): Promise<Result> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, null);
}

/** The violations that block: serious and critical (the bar). */
export const blocking = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
