/**
 * The README's "Performance" section is written by the bench scripts, never by hand: each script
 * owns one block between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` and rewrites only that.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from '../../test/helpers/paths';

export const README = path.join(ROOT, 'README.md');

/** Replaces the body of block `name` in `readme`; throws when the markers are missing. */
export function replaceBlock(readme: string, name: string, body: string): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README has no ${open} ... ${close} block`);
  return `${readme.slice(0, start + open.length)}\n${body.trim()}\n${readme.slice(end)}`;
}

/** Rewrites block `name` of the README, formatted as `prettier --check` expects it. */
export async function updateReadme(name: string, body: string): Promise<void> {
  const before = readFileSync(README, 'utf8');
  const config = (await prettier.resolveConfig(README)) ?? {};
  const after = await prettier.format(replaceBlock(before, name, body), {
    ...config,
    filepath: README,
  });
  if (after !== before) writeFileSync(README, after);
}

/** A Markdown table; `align` is 'l' or 'r' per column. */
export function markdownTable(header: string[], rows: string[][], align: string): string {
  const sep = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Today's date and the machine, so a reader knows what the figures were measured on. */
export function provenance(): string {
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}`;
}

/** The machine's load as timings were taken: on a shared machine it explains a lot. */
export function machineLoad(): string {
  const [one] = loadavg();
  return `${availableParallelism()} cores, load average ${one!.toFixed(1)}`;
}
