/**
 * The page half of bench/browser-digest.ts, bundled by esbuild and run in Chromium: one page's
 * digest() and bare Readability on the same DOM, as bench/speed.ts times them in Node.
 */
import { Readability } from '@mozilla/readability';
import { digest } from '../../src/core/digest';

export interface PairResult {
  digestMs: number;
  readabilityMs: number;
  timings: Record<string, number>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Parses `html` (not timed) with the browser's own parser, collects garbage if asked, then times
 * digest() and bare Readability (clone the document, parse, as its README shows) in the order
 * given. A DOMParser document has no layout and runs no scripts; the core reads neither.
 */
function pair(html: string, url: string, digestFirst: boolean, collect: boolean): PairResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (collect) gc();
  let timings: Record<string, number> = {};
  const runDigest = (): number => {
    const start = performance.now();
    timings = digest(doc, url).timings;
    return performance.now() - start;
  };
  const runReadability = (): number => {
    const start = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    return performance.now() - start;
  };
  const first = digestFirst ? runDigest() : runReadability();
  const second = digestFirst ? runReadability() : runDigest();
  return {
    digestMs: digestFirst ? first : second,
    readabilityMs: digestFirst ? second : first,
    timings,
  };
}

(globalThis as { standfirstBench?: unknown }).standfirstBench = { pair };
