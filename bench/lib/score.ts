/**
 * The article-extraction-benchmark's metric, exactly as its evaluate.py computes it
 * (scrapinghub/article-extraction-benchmark): 4-gram shingles of `\w+` tokens (case kept),
 * per-page TP/FP/FN normalised to sum 1, means of per-page precision and recall (pages with no
 * prediction are left out of the precision mean), then F1 of the means; a bootstrap gives ±1.96σ.
 */

/** Python's `\w+` under re.UNICODE: letters, digits and numerics, underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatch(truth: string, prediction: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

export function metrics(rows: readonly TpFpFn[]): Metrics {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A seeded PRNG (mulberry32), so bootstrap intervals are reproducible run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1.96 × the bootstrap standard deviation of each metric, as evaluate.py reports it. */
export function bootstrapCi(rows: readonly TpFpFn[], n = 1000, seed = 1): Metrics {
  const rand = random(seed);
  const samples: Metrics[] = [];
  for (let b = 0; b < n; b++) {
    const pick = Array.from({ length: rows.length }, () => rows[Math.floor(rand() * rows.length)]!);
    samples.push(metrics(pick));
  }
  const ci = (key: keyof Metrics): number => {
    const xs = samples.map((s) => s[key]);
    const m = mean(xs);
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
    return 1.96 * sd;
  };
  return { precision: ci('precision'), recall: ci('recall'), f1: ci('f1') };
}
