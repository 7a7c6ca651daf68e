/**
 * The key quote must not depend on how a page sets its quotation marks. Each labelled page is
 * digested as it is and with its marks restyled in the text (never in attributes or scripts):
 * straight ("..." and '...'), and British (‘...’ outside, “...” inside). The pages whose key quote
 * and speaker are right must be the same pages in every style. On the repo's fixtures always, and
 * on the labelled benchmark pages of ../shared when they are there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteMatches, sameSpeaker } from '../../bench/lib/quote-match';
import { parseDocument } from '../../src/cli/parse-html';
import { digest } from '../../src/core/digest';
import { listFixtures } from '../helpers/fixtures';
import { EXTRACTION, extractionPages, sharedAvailable } from '../helpers/shared-data';

interface Labelled {
  id: string;
  url: string;
  html: string;
  keyQuote: { text: string; speaker: string };
  acceptable: string[];
}

/** Applies `restyle` to the text between tags only. */
function inText(html: string, restyle: (text: string) => string): string {
  return html.replace(
    /(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]+>)|([^<]+)/gi,
    (all, code, _t, tag) => (code || tag ? all : restyle(all)),
  );
}

const STYLES: Record<string, (text: string) => string> = {
  straight: (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
  // Inner single pairs (a ’ that a space, punctuation or the end follows closes one) become
  // double, outer double marks single.
  british: (t) =>
    t
      .replace(/‘([^‘’]*?)’(?=[\s,.;:!?”]|$)/g, '\uE000$1\uE001')
      .replace(
        /[“”\uE000\uE001]/g,
        (m) => ({ '“': '‘', '”': '’', '\uE000': '“', '\uE001': '”' })[m]!,
      ),
};

/** Ids of the pages whose key quote (or an acceptable one) and speaker are right. */
function rightPages(pages: Labelled[], restyle: (text: string) => string): string[] {
  return pages
    .filter((p) => {
      const k = digest(parseDocument(inText(p.html, restyle), p.url), p.url).keyQuote;
      if (!k) return false;
      const wanted = [p.keyQuote.text, ...p.acceptable];
      return (
        wanted.some((w) => quoteMatches(k.text, w) || quoteMatches(k.text, restyle(w))) &&
        sameSpeaker(k.speaker, p.keyQuote.speaker)
      );
    })
    .map((p) => p.id);
}

function check(pages: Labelled[]): void {
  const asIs = rightPages(pages, (t) => t);
  expect(asIs.length).toBeGreaterThan(pages.length * 0.8);
  for (const [style, restyle] of Object.entries(STYLES))
    expect({ style, right: rightPages(pages, restyle) }).toEqual({ style, right: asIs });
}

describe('quotation marks restyled', () => {
  it('leaves the key quote and speaker of the fixtures as they were', () => {
    const pages = [...listFixtures('register'), ...listFixtures('quotes')]
      .filter((f) => f.case.keyQuote)
      .map((f) => ({
        id: f.id,
        url: f.case.url,
        html: f.html,
        keyQuote: f.case.keyQuote!,
        acceptable: f.case.acceptableQuotes ?? [],
      }));
    expect(pages.length).toBeGreaterThanOrEqual(14);
    check(pages);
  });

  it.skipIf(!sharedAvailable())(
    'leaves the key quote and speaker of the labelled benchmark pages as they were',
    () => {
      const labels = JSON.parse(
        readFileSync(path.join(EXTRACTION, 'quotes.json'), 'utf8'),
      ) as Record<string, { keyQuote: Labelled['keyQuote'] | null; acceptableQuotes?: string[] }>;
      const pages = extractionPages().flatMap((p) => {
        const label = labels[p.id];
        return label?.keyQuote
          ? [
              {
                id: p.id,
                url: p.url,
                html: p.html(),
                keyQuote: label.keyQuote,
                acceptable: label.acceptableQuotes ?? [],
              },
            ]
          : [];
      });
      expect(pages).toHaveLength(78);
      check(pages);
    },
    120_000,
  );
});
