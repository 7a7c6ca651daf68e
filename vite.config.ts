/**
 * One config, three targets:
 *   TARGET=chrome|firefox  the extension, into dist/<target> (vite-plugin-web-extension)
 *   TARGET=cli             the Node command-line tool, into dist/cli/standfirst.mjs
 */
import { readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { SITES } from './src/sites/index';
import { builtInHostPermissions, cssFileFor, siteStylesheet } from './src/shared/site-patterns';

const target = process.env.TARGET ?? 'chrome';
if (!['chrome', 'firefox', 'cli'].includes(target)) throw new Error(`Unknown TARGET "${target}"`);

/** The plugin copies only publicDir (_locales); the manifest's PNG icons are emitted here. */
function copyIcons(): Plugin {
  return {
    name: 'standfirst:icons',
    async generateBundle() {
      for (const file of await readdir('icons')) {
        if (!file.endsWith('.png')) continue;
        this.emitFile({
          type: 'asset',
          fileName: `icons/${file}`,
          source: readFileSync(`icons/${file}`),
        });
      }
    },
  };
}

/**
 * One stylesheet per built-in site (its selectors plus the marked-element rule) and one for every
 * other site, registered at document_start by the background (src/background/sites.ts).
 */
function siteStylesheets(): Plugin {
  return {
    name: 'standfirst:site-css',
    generateBundle() {
      for (const rule of [...SITES, null]) {
        this.emitFile({ type: 'asset', fileName: cssFileFor(rule), source: siteStylesheet(rule) });
      }
    },
  };
}

/**
 * Readability's debug log is a no-op unless `debug: true`, which Standfirst never sets, yet its
 * two dozen messages ship in the on-demand content script (about 0.4 KB of its 40 KB budget).
 * Marked pure, each call and its message go at minification. So do the reasons
 * _cleanConditionally collects only to log them ("Too many inputs per p. (input=...)"): it reads
 * just how many there are, so each becomes a 0. Nothing else in Readability changes.
 */
function dropReadabilityLog(): Plugin {
  return {
    name: 'standfirst:readability-log',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      const reasons = /errs\.push\(\s*`[^`]*`\s*\)/g;
      if ((code.match(reasons) ?? []).length !== 8 || !code.includes('if (errs.length) {'))
        throw new Error('Readability changed: check dropReadabilityLog() against its source');
      return {
        code: code
          .replaceAll('this.log(', '/* @__PURE__ */ this.log(')
          .replace(reasons, 'errs.push(0)'),
        map: null,
      };
    },
  };
}

/**
 * V8's explicit compile hint for the registered content script: compile every function with the
 * script, not lazily on its first call. Nearly all of it runs at load (the hello reply's marking),
 * and a lazy function is parsed twice (pre-parsed with the script, parsed again when called).
 * bench:browser A/B, 30 loads each: at-load CPU median 7.06 -> 6.35 ms (evaluation 1.75 -> 2.18,
 * the hello reply 4.65 -> 3.51). https://v8.dev/blog/explicit-compile-hints; other engines
 * read it as a comment.
 */
function compileHints(): Plugin {
  return {
    name: 'standfirst:compile-hints',
    generateBundle(_options, bundle) {
      const chunk = bundle['src/content/index.js'];
      if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

export default defineConfig(
  target === 'cli'
    ? {
        build: {
          outDir: 'dist/cli',
          emptyOutDir: true,
          target: 'node20',
          ssr: 'src/cli/bin.ts',
          minify: false,
          sourcemap: true,
          rollupOptions: {
            external: [...Object.keys(pkg.dependencies), /^node:/],
            output: { entryFileNames: 'standfirst.mjs', format: 'es' },
          },
        },
        ssr: { noExternal: [] },
      }
    : {
        publicDir: 'public',
        build: {
          outDir: `dist/${target}`,
          emptyOutDir: true,
          target: target === 'firefox' ? 'firefox128' : 'chrome120',
          sourcemap: false,
          // Rolldown inlines imported constants at each use: tldts' 68 KB suffix table, used in
          // three places, tripled the background (291 KB against 151 KB; other bundles unchanged).
          rolldownOptions: { optimization: { inlineConst: false } },
          // Vite's modulepreload polyfill calls fetch(); both browsers preload natively, and the
          // built extension must contain no network API at all (test/dist checks it).
          modulePreload: { polyfill: false },
        },
        plugins: [
          webExtension({
            browser: target,
            manifest: 'manifest.json',
            // Host permissions for exactly the sites with built-in rules, from the same registry
            // the background registers content scripts from (test/dist checks they agree).
            transformManifest: (manifest) => ({
              ...manifest,
              host_permissions: builtInHostPermissions(),
            }),
            // The popup's first script (src/popup/request.ts) is a classic one, as the content scripts are.
            additionalInputs: [
              'src/content/index.ts',
              'src/content/digest.ts',
              'src/popup/request.ts',
            ],
            disableAutoLaunch: true,
            // Validation downloads a schema; offline it only warns. Lint runs on dist in tests.
            skipManifestValidation: true,
            printSummary: false,
          }),
          copyIcons(),
          siteStylesheets(),
          dropReadabilityLog(),
          compileHints(),
        ],
      },
);
