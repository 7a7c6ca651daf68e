/**
 * Runs a TypeScript bench the way the shipped code runs: bundled by esbuild for `esnext`, then
 * run by node. tsx compiles for the running node (node20), and for that target esbuild rewrites
 * every regular-expression literal that uses \p{...} into a `new RegExp(...)` evaluated on each
 * call; the vite builds keep the literals. Under --expose-gc, with a collection before every page,
 * V8 then compiles those patterns again for every page, and the quotes phase timed twice what it
 * costs in the extension or the CLI.
 *
 *   tsx scripts/run-built.ts [--node-flag=...] bench/speed.ts [bench args]
 *
 * The bundle goes to bench/.cache/ (two levels below the repository, as the source file is, so
 * paths the code derives from import.meta.url still land in the repository); the entry's own
 * import.meta.dirname is its source folder. Packages stay external, resolved from node_modules.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

// Node flags for the bench itself ("--expose-gc") come first; then the entry and its arguments.
const argv = process.argv.slice(2);
const nodeFlags = argv.filter(
  (a, i) => a.startsWith('--') && argv.slice(0, i).every((b) => b.startsWith('--')),
);
const [entry, ...args] = argv.slice(nodeFlags.length);
if (!entry) {
  console.error('usage: tsx scripts/run-built.ts [--node-flag ...] <entry.ts> [args]');
  process.exit(2);
}
const source = path.resolve(entry);
const outfile = path.resolve('bench/.cache', path.basename(source).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'esnext',
  packages: 'external',
  define: { 'import.meta.dirname': JSON.stringify(path.dirname(source)) },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [...nodeFlags, outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
