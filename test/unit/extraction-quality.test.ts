/**
 * The extraction benchmark as a floor: digest().article.text on the 134 pages of
 * ../shared/bench/extraction must stay at or above issue 7's targets (npm run bench shows the
 * full table next to the anchors). Pages are read in place, never copied.
 */
import { describe, expect, it } from 'vitest';
import { metrics, shingleMatch } from '../../bench/lib/score';
import { parseDocument } from '../../src/cli/parse-html';
import { digest } from '../../src/core/digest';
import { extractionPages, sharedAvailable } from '../helpers/shared-data';

describe.skipIf(!sharedAvailable())('extraction quality on the benchmark pages', () => {
  it('keeps F1 >= 0.975 with precision >= 0.96 (rs_trafilatura: 0.970, AutoExtract: 0.967)', () => {
    const rows = extractionPages().map((page) => {
      const text = digest(parseDocument(page.html(), page.url), page.url).article?.text ?? '';
      return shingleMatch(page.articleBody, text);
    });
    const m = metrics(rows);
    console.log(
      `extraction: F1 ${m.f1.toFixed(3)}, precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`,
    );
    expect(rows).toHaveLength(134);
    expect(m.f1).toBeGreaterThanOrEqual(0.975);
    expect(m.precision).toBeGreaterThanOrEqual(0.96);
  });
});
