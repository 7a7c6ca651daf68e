/** Turns a CLI INPUT (file, .html.gz, `-` for stdin, or an http(s) URL) into HTML and a URL. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface LoadedInput {
  html: string;
  /** Where the HTML came from: the response URL, or a file: URL. */
  sourceUrl: string;
}

export class InputError extends Error {}

const FETCH_TIMEOUT_MS = 30_000;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes bytes using the charset the document declares (default UTF-8). */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Rejects input that is plainly not an HTML document (binary, JSON, plain prose). */
function assertHtml(bytes: Uint8Array, label: string): void {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) throw new InputError(`${label}: empty input`);
  if (sample.includes(0)) throw new InputError(`${label}: not HTML (binary data)`);
  const text = new TextDecoder('latin1').decode(sample).toLowerCase();
  if (!/<(!doctype html|html|head|body|article|p|div|meta|title)[\s>/]/.test(text)) {
    throw new InputError(`${label}: not HTML (no HTML markup found)`);
  }
}

function maybeGunzip(bytes: Uint8Array, label: string): Uint8Array {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`${label}: corrupt gzip data (${(error as Error).message})`);
    }
  }
  return bytes;
}

export async function loadInput(input: string): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, {
        redirect: 'follow',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      throw new InputError(`fetch failed for ${input}: ${cause ?? (error as Error).message}`);
    }
    if (!response.ok) throw new InputError(`fetch failed for ${input}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assertHtml(bytes, input);
    return {
      html: decodeHtml(bytes, response.headers.get('content-type')),
      sourceUrl: response.url || input,
    };
  }
  let bytes: Uint8Array;
  let sourceUrl: string;
  if (input === '-') {
    bytes = await readStdin();
    sourceUrl = 'file:///dev/stdin';
  } else {
    try {
      bytes = await readFile(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message;
      throw new InputError(`${input}: ${why}`);
    }
    sourceUrl = pathToFileURL(input).href;
  }
  bytes = maybeGunzip(bytes, input);
  assertHtml(bytes, input);
  return { html: decodeHtml(bytes), sourceUrl };
}
