/**
 * ../shared holds third-party pages for benchmarks and guard tests. They are read in place, never
 * copied into the repo. Without ../shared those tests skip with a message; with CI=true they fail.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './paths';

export const SHARED = path.resolve(process.env.STANDFIRST_SHARED ?? path.join(ROOT, '../shared'));
export const EXTRACTION = path.join(SHARED, 'bench/extraction');
export const READABILITY_PAGES = path.join(SHARED, 'bench/readability-pages');

export function sharedAvailable(): boolean {
  const ok =
    existsSync(path.join(EXTRACTION, 'ground-truth.json')) && existsSync(READABILITY_PAGES);
  if (!ok) {
    const message = `../shared benchmark data not found at ${SHARED} (set STANDFIRST_SHARED)`;
    if (process.env.CI === 'true') throw new Error(`${message}: required when CI=true`);
    console.warn(`SKIPPED: ${message}; tests that read real pages are skipped.`);
  }
  return ok;
}

export interface ExtractionPage {
  id: string;
  url: string;
  articleBody: string;
  html: () => string;
}

export function extractionPages(): ExtractionPage[] {
  const truth = JSON.parse(
    readFileSync(path.join(EXTRACTION, 'ground-truth.json'), 'utf8'),
  ) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth).map(([id, { url, articleBody }]) => ({
    id,
    url,
    articleBody,
    html: () =>
      gunzipSync(readFileSync(path.join(EXTRACTION, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

export interface ReadabilityPage {
  id: string;
  html: () => string;
  expected: {
    title?: string;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    lang?: string;
    excerpt?: string;
    readerable?: boolean;
  };
}

export function readabilityPages(): ReadabilityPage[] {
  return readdirSync(READABILITY_PAGES, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && existsSync(path.join(READABILITY_PAGES, d.name, 'source.html')),
    )
    .map((d) => ({
      id: d.name,
      html: () => readFileSync(path.join(READABILITY_PAGES, d.name, 'source.html'), 'utf8'),
      expected: JSON.parse(
        readFileSync(path.join(READABILITY_PAGES, d.name, 'expected-metadata.json'), 'utf8'),
      ),
    }));
}
