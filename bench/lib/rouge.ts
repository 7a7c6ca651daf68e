/**
 * ROUGE-N recall (Lin 2004): the share of the reference's n-grams (clipped counts) that the
 * summary contains. Lower-cased letter/digit tokens, no stemming, no stop-word removal: the
 * defaults of the original ROUGE-1.5.5 without -m or -s.
 */

function ngrams(text: string, n: number): Map<string, number> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function rougeRecall(summary: string, reference: string, n: number): number {
  const ref = ngrams(reference, n);
  const sys = ngrams(summary, n);
  let total = 0;
  let hit = 0;
  for (const [gram, count] of ref) {
    total += count;
    hit += Math.min(count, sys.get(gram) ?? 0);
  }
  return total ? hit / total : 0;
}
