/**
 * What a built extension loads, and how much it weighs gzipped: the content scripts injected into
 * pages, and what the popup needs for its first paint. First paint is popup.html plus every script
 * and stylesheet it links, plus everything those scripts import statically, transitively; chunks
 * behind a dynamic import() (the CSL engine) load later and are left out, so an accidental static
 * import of one is caught by the budget.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parseAst } from 'vite';

export interface SizedFile {
  /** Path relative to the dist root. */
  file: string;
  bytes: number;
  gzip: number;
}

interface Manifest {
  action?: { default_popup?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function sized(dist: string, file: string): SizedFile {
  const bytes = readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
}

/** Resolves `ref` (as written in `from`) to a path relative to the dist root. */
function resolveRef(from: string, ref: string): string | null {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return null; // external: never bundled
  const clean = ref.replace(/[?#].*$/, '');
  const rel = clean.startsWith('/') ? clean.slice(1) : path.join(path.dirname(from), clean);
  return path.normalize(rel).split(path.sep).join('/');
}

/** The modules `file` imports statically (import/export ... from), not import() expressions. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const node of parseAst(code).body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source &&
      typeof node.source.value === 'string'
    ) {
      out.push(node.source.value);
    }
  }
  return out;
}

/** `entries` and their static imports, transitively (dist-relative paths). */
function withStaticImports(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    if (!existsSync(path.join(dist, file))) throw new Error(`${file} is referenced but missing`);
    seen.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) continue;
    for (const ref of staticImports(readFileSync(path.join(dist, file), 'utf8'))) {
      const target = resolveRef(file, ref);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

/** popup.html and what it loads eagerly: scripts, stylesheets, module preloads. */
export function popupFirstPaint(dist: string): SizedFile[] {
  const popup = readManifest(dist).action?.default_popup;
  if (!popup) throw new Error('manifest.json has no action.default_popup');
  const html = readFileSync(path.join(dist, popup), 'utf8');
  const { document } = parseHTML(html) as unknown as { document: Document };
  const refs = [
    ...Array.from(document.querySelectorAll('script[src]')).map((s) => s.getAttribute('src')),
    ...Array.from(
      document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="modulepreload"][href]'),
    ).map((l) => l.getAttribute('href')),
  ];
  const entries = refs.flatMap((ref) => {
    const file = ref ? resolveRef(popup, ref) : null;
    return file ? [file] : [];
  });
  return [popup, ...withStaticImports(dist, entries)].map((f) => sized(dist, f));
}

function filesUnder(dist: string, dir: string): string[] {
  const full = path.join(dist, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(path.join(dist, rel)).isDirectory() ? filesUnder(dist, rel) : [rel];
  });
}

/** A content script as a page receives it: its files, with what they import statically. */
export interface ContentScript {
  /** The entry, relative to the dist root. */
  entry: string;
  /** `load`: registered or declared, on every page of an enabled site; `demand`: injected. */
  when: 'load' | 'demand';
  files: SizedFile[];
}

/**
 * The content scripts a page can receive, each measured on its own: the ones the manifest
 * declares and the one registered for enabled sites (`atLoad`, with the heaviest per-site
 * stylesheet under sites/, as a page gets one), and every other entry under src/content/, which
 * the extension injects on demand (scripting.executeScript when the popup asks).
 */
export function contentScripts(dist: string, atLoad: readonly string[]): ContentScript[] {
  const declared = (readManifest(dist).content_scripts ?? []).flatMap((cs) => [
    ...(cs.js ?? []),
    ...(cs.css ?? []),
  ]);
  const loadEntries = [...new Set([...declared, ...atLoad])];
  const sheets = filesUnder(dist, 'sites')
    .filter((f) => f.endsWith('.css'))
    .map((f) => sized(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
  const load: ContentScript = {
    entry: loadEntries.join(' + '),
    when: 'load',
    files: [
      ...withStaticImports(dist, loadEntries).map((f) => sized(dist, f)),
      ...(sheets[0] ? [sheets[0]] : []),
    ],
  };
  const demand = filesUnder(dist, 'src/content')
    .filter((f) => f.endsWith('.js') && !loadEntries.includes(f))
    .map((entry): ContentScript => ({
      entry,
      when: 'demand',
      files: withStaticImports(dist, [entry]).map((f) => sized(dist, f)),
    }));
  return [load, ...demand];
}

export const totalGzip = (files: readonly SizedFile[]): number =>
  files.reduce((sum, f) => sum + f.gzip, 0);

/** Budgets in bytes, gzipped (README "Performance"): each content script, and first paint. */
export const BUDGETS = { contentScript: 40 * 1024, popupFirstPaint: 60 * 1024 } as const;
