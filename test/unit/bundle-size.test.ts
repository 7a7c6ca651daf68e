import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentScripts, popupFirstPaint, staticImports } from '../helpers/bundle-size';

describe('what counts towards first paint', () => {
  it('tells static imports from dynamic ones', () => {
    const code =
      'import{a as b}from"./a.js";import"./b.js";export*from"./c.js";const l=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js']);
  });

  const dist = mkdtempSync(path.join(tmpdir(), 'standfirst-size-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  write(
    'manifest.json',
    JSON.stringify({
      action: { default_popup: 'src/popup/popup.html' },
      content_scripts: [{ js: ['auto.js'] }],
    }),
  );
  write(
    'src/popup/popup.html',
    '<script type="module" src="/src/popup/popup.js"></script><link rel="stylesheet" href="/popup.css">',
  );
  write('src/popup/popup.js', 'import{x}from"../../chunk.js";const c=()=>import("../../csl.js");');
  write('chunk.js', 'export const x=1;');
  write('csl.js', 'export const engine="big";');
  write('popup.css', 'body{}');
  write('src/content/index.js', '(()=>{})();');
  write('src/content/digest.js', '(()=>{})();');
  write('auto.js', '(()=>{})();');
  write('sites/small.css', 'a{}');
  write('sites/big.css', '.ad,.promo,.share,.related{display:none!important}');

  it('follows the popup page to its scripts, styles and their static imports, not lazy chunks', () => {
    expect(popupFirstPaint(dist).map((f) => f.file)).toEqual([
      'src/popup/popup.html',
      'src/popup/popup.js',
      'popup.css',
      'chunk.js',
    ]);
  });

  it('measures the content script at load with its stylesheet, and each injected one alone', () => {
    const scripts = contentScripts(dist, ['src/content/index.js']);
    expect(scripts.map((s) => [s.when, s.files.map((f) => f.file)])).toEqual([
      ['load', ['auto.js', 'src/content/index.js', 'sites/big.css']],
      ['demand', ['src/content/digest.js']],
    ]);
  });
});
