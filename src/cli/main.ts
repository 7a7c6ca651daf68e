/**
 * standfirst: the command-line shell over core digest().
 *   standfirst [--json] [--url URL] [--mode tidy|focus] [--now ISO] [--jobs N] INPUT...
 * With --json it prints one JSON object per input, one per line, in input order (README: "CLI
 * contract"). Exit code 1 when any input failed.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Mode } from '../core/types';
import {
  digestInput,
  printed as print,
  type DigestLine,
  type PageOptions,
  type PrintedLine,
} from './digest-page';
import { expandInputs } from './inputs';
import { digestOnWorkers } from './pool';
import { ProgressBar } from './progress';
import { formatReport } from './report';

const USAGE = `Usage: standfirst [--json] [--url URL] [--mode tidy|focus] [--now ISO] [--jobs N] INPUT...

INPUT is an .html or .html.gz file, a directory (its .html/.html.gz files, sorted), - for stdin,
or an http(s) URL.
  --json        one JSON object per input, one per line (the contract in the README)
  --url URL     the page's address (default: its canonical link, else the file URL)
  --mode MODE   tidy (default) hides clutter; focus keeps only the article path
  --now ISO     the "accessed" date for citations, for reproducible output
  --jobs N      pages digested in parallel, on worker threads (default: one per CPU)
  -h, --help    this help`;

export function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      url: { type: 'string' },
      mode: { type: 'string', default: 'tidy' },
      now: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.mode !== 'tidy' && values.mode !== 'focus') {
    throw new Error(`--mode must be tidy or focus, not "${values.mode}"`);
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime()))
      throw new Error(`--now must be an ISO date, not "${values.now}"`);
  }
  if (values.url !== undefined && !/^https?:\/\//i.test(values.url)) {
    throw new Error(`--url must be an http(s) URL, not "${values.url}"`);
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new Error(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  }
  return { ...values, mode: values.mode as Mode, now, jobs, inputs: positionals };
}

/**
 * `workerUrl` is the CLI's entry file (the built standfirst.mjs): with it, more than one page and
 * --jobs above 1, pages are digested on worker threads started from it; else in this thread.
 */
export async function main(argv: string[], workerUrl?: URL): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    process.stderr.write(`standfirst: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help || args.inputs.length === 0) {
    (args.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  const options: PageOptions = {
    mode: args.mode,
    ...(args.now ? { now: args.now } : {}),
    ...(args.url ? { url: args.url } : {}),
  };
  const inputs = await expandInputs(args.inputs);
  const progress = process.stderr.isTTY ? new ProgressBar(inputs.length, process.stderr) : null;

  // Lines are printed in input order however they finish: each waits for those before it.
  let failed = false;
  let printed = 0;
  const ready = new Map<number, PrintedLine>();
  const onLine = (index: number, line: PrintedLine): void => {
    if (line.failed) failed = true;
    ready.set(index, line);
    for (let next = ready.get(printed); next; next = ready.get(printed)) {
      ready.delete(printed++);
      if (process.stdout.isTTY) progress?.finish();
      process.stdout.write(
        args.json ? `${next.json}\n` : formatReport(JSON.parse(next.json) as DigestLine),
      );
    }
    progress?.tick();
  };

  // Workers start from the built bundle; run from source (tsx), the entry is TypeScript that a
  // worker thread cannot load, so the pages are digested here instead.
  const forkable = workerUrl !== undefined && /\.m?js$/.test(workerUrl.pathname);
  if (forkable && args.jobs > 1 && inputs.length > 1) {
    await digestOnWorkers(inputs, args.jobs, options, workerUrl, onLine);
  } else {
    for (const [index, input] of inputs.entries()) {
      onLine(index, print(await digestInput(input, options)));
    }
  }
  progress?.finish();
  return failed ? 1 : 0;
}
