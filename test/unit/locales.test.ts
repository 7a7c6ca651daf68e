/**
 * Meta-test for UI strings: the three locales hold the same keys and placeholders, every key the
 * code, the pages and the manifest use exists, and no key is left unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const LOCALES = ['en', 'de', 'fr'] as const;

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    JSON.parse(
      readFileSync(path.join(ROOT, `public/_locales/${l}/messages.json`), 'utf8'),
    ) as Record<string, Message>,
  ]),
) as Record<(typeof LOCALES)[number], Record<string, Message>>;
const keys = Object.keys(messages.en).sort();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const sources = walk(path.join(ROOT, 'src')).filter((f) => !/\.test\.ts$/.test(f));
const read = (f: string) => readFileSync(f, 'utf8');
const ts = sources.filter((f) => f.endsWith('.ts')).map(read);
const html = sources.filter((f) => f.endsWith('.html')).map(read);
const manifest = read(path.join(ROOT, 'manifest.json'));

/** Keys named where a key must be: t('key'), data-i18n, data-i18n-attr, __MSG_key__. */
function referencedKeys(): Set<string> {
  const found = new Set<string>();
  const add = (re: RegExp, text: string, group = 1) => {
    for (const m of text.matchAll(re)) found.add(m[group]!);
  };
  for (const text of ts) add(/\bt\(\s*['"]([\w@]+)['"]/g, text);
  for (const text of html) {
    add(/data-i18n="([\w@]+)"/g, text);
    for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g))
      for (const pair of m[1]!.split(',')) found.add(pair.split(':')[1]!.trim());
  }
  add(/__MSG_([\w@]+)__/g, manifest);
  return found;
}

describe('locales', () => {
  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(keys);
  });

  it('gives every message text, and the same placeholders in every locale', () => {
    for (const key of keys) {
      const names = Object.keys(messages.en[key]!.placeholders ?? {}).sort();
      for (const locale of LOCALES) {
        const entry = messages[locale][key]!;
        expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}/${key}`).toEqual(names);
        // Every $NAME$ in the text is a declared placeholder (else the browser prints it raw).
        for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g))
          expect(names, `${locale}/${key} uses $${m[1]}$`).toContain(m[1]!.toLowerCase());
      }
    }
  });

  it('has every key the code, the pages and the manifest use', () => {
    const missing = [...referencedKeys()].filter((k) => !(k in messages.en));
    expect(missing).toEqual([]);
  });

  it('has no unused key', () => {
    const used = referencedKeys();
    // Keys picked from a map (e.g. one per error code) appear as quoted literals in the code.
    const literals = new Set(
      ts.flatMap((text) => [...text.matchAll(/['"]([\w@]+)['"]/g)].map((m) => m[1]!)),
    );
    const unused = keys.filter((k) => !used.has(k) && !literals.has(k));
    expect(unused).toEqual([]);
  });
});
