/**
 * Resolves a site rule's fixture reference (`fixture:<group>/<case>`, `extraction:<id>`,
 * `readability:<dir>`, see src/sites/types.ts) to a page. Benchmark pages are read in place from
 * ../shared and never copied; `needsShared` says whether a reference needs them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths';
import { extractionPages, READABILITY_PAGES } from './shared-data';

export interface SitePage {
  html: string;
  url: string;
}

export function needsShared(ref: string): boolean {
  return ref.startsWith('extraction:') || ref.startsWith('readability:');
}

export function loadSitePage(ref: string): SitePage {
  const [kind, id = ''] = ref.split(/:(.*)/s, 2) as [string, string?];
  if (kind === 'fixture') {
    const dir = path.join(FIXTURES, id);
    const casePath = path.join(dir, 'case.json');
    const url = existsSync(casePath)
      ? (JSON.parse(readFileSync(casePath, 'utf8')) as { url: string }).url
      : 'https://example.com/';
    return { html: readFileSync(path.join(dir, 'source.html'), 'utf8'), url };
  }
  if (kind === 'extraction') {
    const page = extractionPages().find((p) => p.id === id);
    if (!page) throw new Error(`no extraction page ${id}`);
    return { html: page.html(), url: page.url };
  }
  if (kind === 'readability') {
    return {
      html: readFileSync(path.join(READABILITY_PAGES, id, 'source.html'), 'utf8'),
      url: `http://fakehost/${id}/`,
    };
  }
  throw new Error(`unknown page reference ${ref}`);
}
