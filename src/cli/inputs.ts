/** Expands the CLI's INPUT arguments: a directory stands for the pages inside it. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const PAGE = /\.html?(\.gz)?$/i;

/** Pages under `dir`, recursively, sorted by path so runs and machines agree on the order. */
async function pagesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && PAGE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Replaces each directory in `inputs` by the .html/.html.gz files inside it, in place, keeping
 * the order of the arguments. Anything else (files, `-`, URLs, missing paths) passes through
 * unchanged, so its error is reported on its own line as before.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const isDir =
      input !== '-' &&
      !/^https?:\/\//i.test(input) &&
      (await stat(input).then(
        (s) => s.isDirectory(),
        () => false,
      ));
    if (isDir) out.push(...(await pagesIn(input)));
    else out.push(input);
  }
  return out;
}
