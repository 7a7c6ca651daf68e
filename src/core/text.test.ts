import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import {
  collapseWhitespace,
  countWords,
  isMostlyUnspaced,
  segmentableChunks,
  textBlocks,
} from './text';

describe('collapseWhitespace', () => {
  it('drops invisible characters and collapses every kind of space', () => {
    expect(
      collapseWhitespace('\uFEFF Start\u200Bup\u00A0raises\u2028$20m for quantum\u00ADsafe\tkeys '),
    ).toBe('Startup raises $20m for quantumsafe keys');
  });
});

describe('textBlocks', () => {
  it('splits on block elements and skips scripts', () => {
    const doc = parseDocument(
      '<body><h1>Title</h1><div>One <b>bold</b> line<p>Para</p>tail</div><script>x()</script><ul><li>a</li><li>b</li></ul></body>',
      'https://a.example/',
    );
    expect(textBlocks(doc.body)).toEqual(['Title', 'One bold line', 'Para', 'tail', 'a', 'b']);
  });

  it('survives 5,000-deep nesting without recursion', () => {
    const html = `<body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body>`;
    expect(textBlocks(parseDocument(html, 'https://a.example/').body)).toEqual(['deep']);
  });
});

describe('countWords', () => {
  it('counts CJK words without spaces', () => {
    expect(countWords('one two three')).toBe(3);
    expect(countWords('大手電機メーカーが工場を建設')).toBeGreaterThan(3);
  });
});

describe('segmentableChunks', () => {
  it('keeps pieces short, cut at spaces, and loses no text', () => {
    const text = `${'word '.repeat(2000)}\n\nsecond paragraph`;
    const chunks = segmentableChunks(text, 100);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(100);
    expect(chunks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
  it('makes counting long text linear', () => {
    const start = performance.now();
    expect(countWords('The quick brown fox jumps. '.repeat(4000))).toBe(20000);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('isMostlyUnspaced', () => {
  it('tells text in scripts written without spaces from text that quotes a little of them', () => {
    expect(isMostlyUnspaced('大手電機メーカーは20日、新型半導体工場の建設を発表した。')).toBe(true);
    expect(isMostlyUnspaced('ข่าวเทคโนโลยีล่าสุดวันนี้')).toBe(true);
    expect(isMostlyUnspaced('Sony (ソニー) said on Monday it would build a new plant.')).toBe(
      false,
    );
    expect(isMostlyUnspaced('삼성전자는 새 공장을 짓는다고 밝혔다.')).toBe(false); // Korean is spaced.
    expect(isMostlyUnspaced('')).toBe(false);
  });
});
