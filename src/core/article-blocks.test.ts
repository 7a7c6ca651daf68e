import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { extractArticle } from './article';
import { articleBlocks } from './article-blocks';
import { digest } from './digest';

const para = (n: number) =>
  `<p>Paragraph ${n} explains how the storage protocol answers a folder request, what the server sends back and why clients cache the listing for later.</p>`;
const code = `<pre>HTTP/1.1 200 OK
Access-Control-Allow-Origin: https://drinks.example.com
Content-Type: application/ld+json
ETag: "1382694048000"</pre>`;
const page = (body: string) =>
  `<!doctype html><html><head><title>Folder listings in the storage protocol</title></head><body><article>
  <h1>Folder listings in the storage protocol</h1>${body}</article></body></html>`;
const url = 'https://spec.example/folders';
const blocksOf = (html: string) => articleBlocks(extractArticle(parseDocument(html, url))!);

describe('articleBlocks', () => {
  it('marks a <pre> as code, apart from the prose', () => {
    const blocks = blocksOf(page(`${code}${para(1)}${para(2)}${para(3)}`));
    expect(blocks.filter((b) => b.kind === 'code').map((b) => b.text)).toEqual([
      expect.stringContaining('HTTP/1.1 200 OK'),
    ]);
    expect(blocks.filter((b) => b.kind === 'text')).toHaveLength(3);
  });

  it('keeps code out of the summary', () => {
    const d = digest(parseDocument(page(`${code}${para(1)}${para(2)}${para(3)}`), url), url);
    expect(d.summary[0]).toMatch(/^Paragraph 1/);
    expect(d.summary.join(' ')).not.toContain('HTTP/1.1');
  });

  it('reads a document set in <pre> as a whole as prose', () => {
    const draft = `<pre>Abstract

   This draft describes a protocol by which client-side applications can communicate with a
   data storage server that is hosted on a different domain name, and why that matters.</pre>`;
    const blocks = blocksOf(page(`${draft}${draft.replace('Abstract', 'Introduction')}`));
    expect(blocks.filter((b) => b.kind === 'code')).toEqual([]);
    expect(blocks.some((b) => b.kind === 'text' && b.text.includes('client-side'))).toBe(true);
  });
});
