import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from './inputs';

describe('expandInputs()', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'standfirst-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of ['b.html', 'a.html.gz', 'notes.txt', 'sub/c.htm', 'sub/z/d.HTML']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '<p>x</p>');
  }

  it('replaces a directory by its pages, recursively and sorted', async () => {
    expect(await expandInputs([dir])).toEqual(
      ['a.html.gz', 'b.html', 'sub/c.htm', 'sub/z/d.HTML'].map((f) => path.join(dir, f)),
    );
  });

  it('keeps the order of the arguments and passes everything else through', async () => {
    const file = path.join(dir, 'b.html');
    const missing = path.join(dir, 'missing.html');
    expect(
      await expandInputs([file, '-', 'https://x.example/', missing, path.join(dir, 'sub')]),
    ).toEqual([
      file,
      '-',
      'https://x.example/',
      missing,
      path.join(dir, 'sub/c.htm'),
      path.join(dir, 'sub/z/d.HTML'),
    ]);
  });
});
