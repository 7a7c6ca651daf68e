/**
 * standfirst: the command-line shell over core digest().
 *   standfirst [--json] [--url URL] [--mode tidy|focus] [--now ISO] INPUT...
 * With --json it prints one JSON object per input, one per line, in input order (README: "CLI
 * contract"). Exit code 1 when any input failed.
 */
import { parseArgs } from 'node:util';
import { formatCitation } from '../core/citation-format';
import { digest } from '../core/digest';
import type { Digest, DigestOptions, Mode } from '../core/types';
import { parseDocument } from './parse-html';
import { InputError, loadInput } from './read-input';
import { formatReport } from './report';

const USAGE = `Usage: standfirst [--json] [--url URL] [--mode tidy|focus] [--now ISO] INPUT...

INPUT is an .html or .html.gz file, - for stdin, or an http(s) URL.
  --json        one JSON object per input, one per line (the contract in the README)
  --url URL     the page's address (default: its canonical link, else the file URL)
  --mode MODE   tidy (default) hides clutter; focus keeps only the article path
  --now ISO     the "accessed" date for citations, for reproducible output
  -h, --help    this help`;

export type DigestLine = ({ input: string } & Digest) | { input: string; error: string };

/** The URL a page is digested under: --url, else its canonical/og:url, else where it came from. */
export function pageUrl(doc: Document, sourceUrl: string, override?: string): string {
  if (override) return override;
  const declared = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const href of declared) {
    if (!href?.trim()) continue;
    try {
      const url = new URL(href.trim(), sourceUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Ignore a malformed canonical and try the next source.
    }
  }
  return sourceUrl;
}

export async function digestInput(
  input: string,
  options: DigestOptions & { url?: string },
): Promise<DigestLine> {
  try {
    const { html, sourceUrl } = await loadInput(input);
    const firstPass = parseDocument(html, sourceUrl);
    const url = pageUrl(firstPass, sourceUrl, options.url);
    const doc = url === sourceUrl ? firstPass : parseDocument(html, url);
    return { input, ...digest(doc, url, options) };
  } catch (error) {
    if (error instanceof InputError) return { input, error: error.message };
    return { input, error: `failed to digest: ${(error as Error).message}` };
  }
}

export function parseCli(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      url: { type: 'string' },
      mode: { type: 'string', default: 'tidy' },
      now: { type: 'string' },
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
  return { ...values, mode: values.mode as Mode, now, inputs: positionals };
}

export async function main(argv: string[]): Promise<number> {
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
  const options = {
    mode: args.mode,
    // The CLI renders every citation format; the extension renders lazily in the popup.
    formatCitation,
    ...(args.now ? { now: args.now } : {}),
    ...(args.url ? { url: args.url } : {}),
  };
  let failed = false;
  for (const input of args.inputs) {
    const line = await digestInput(input, options);
    if ('error' in line) failed = true;
    process.stdout.write(args.json ? `${JSON.stringify(line)}\n` : formatReport(line));
  }
  return failed ? 1 : 0;
}
