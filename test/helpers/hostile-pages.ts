/**
 * Hostile pages too big to commit, generated at test time (see test/fixtures/hostile/README.md).
 * Deterministic: the same call gives the same bytes, so a failure reproduces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './paths';

/** A small deterministic PRNG (mulberry32): fixtures must not change between runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the company said its new chip would ship next year after delays in testing while analysts ' +
  'expected prices to fall as rivals cut costs and regulators opened an inquiry into data ' +
  'transfers between cloud providers who deny any wrongdoing in the market for servers'
).split(' ');

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface HugePage {
  html: string;
  /** Elements in the page, as a browser's parser builds it (html, head and body included). */
  elements: number;
  url: string;
}

/**
 * A live blog gone wild: about 10 MB of HTML and 100,000 elements (1 header, then entries of a
 * heading, a paragraph with a link and an emphasis, and a share row), the shape of the largest
 * real pages, ten times over. Real pages stay far below: the largest of the 227 benchmark pages
 * has 9,888 elements.
 */
export function hugePage(targetElements = 100_000, targetBytes = 10 * 1024 * 1024): HugePage {
  const rand = prng(8);
  const head =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Live: everything that happened today - Huge Page Times</title>' +
    '<meta property="og:title" content="Live: everything that happened today">' +
    '<meta property="og:site_name" content="Huge Page Times">' +
    '<link rel="canonical" href="https://huge.example/live/today/?utm_source=x"></head>' +
    '<body><header><h1>Live: everything that happened today</h1></header><main><article>';
  const tail = '</article></main></body></html>';
  // Fixed elements: html, head, meta x3, title, link, body, header, h1, main, article = 12.
  let elements = 12;
  // Each entry: section, h2, p, a, em, div, button, button = 8 elements.
  const perEntry = 8;
  const entries = Math.ceil((targetElements - elements) / perEntry);
  // Spread the byte target over the entries' paragraphs.
  const overhead = 260;
  const textPerEntry = Math.max(40, Math.floor(targetBytes / entries) - overhead);
  const parts: string[] = [head];
  for (let i = 0; i < entries; i++) {
    let text = '';
    while (text.length < textPerEntry) text += `${sentence(rand, 8 + Math.floor(rand() * 12))} `;
    parts.push(
      `<section class="entry" id="e${i}"><h2>Update ${i + 1}</h2>` +
        `<p>${text.slice(0, textPerEntry)}<a href="/live/today/${i}">link</a> <em>more</em></p>` +
        `<div class="share"><button>Share</button><button>Copy link</button></div></section>`,
    );
    elements += perEntry;
  }
  parts.push(tail);
  return { html: parts.join(''), elements, url: 'https://huge.example/live/today/' };
}

export interface DeepPage {
  html: string;
  depth: number;
  url: string;
  /** Sentences of the article paragraph at the bottom of the nest. */
  articleText: string[];
}

const ARTICLE_PARAGRAPHS = [
  'Researchers at a university laboratory have built a memory chip that keeps its data for a decade without power, the team said in a paper published on Tuesday.',
  'The design stacks thin layers of a new material between conventional transistors, which the researchers said could be made in existing factories with few changes.',
  'Two chipmakers have licensed the work, and the first samples are expected next year, according to the paper, though commercial products may take longer to arrive.',
  'Independent experts said the results were promising but cautioned that endurance over millions of write cycles had not yet been demonstrated outside the laboratory.',
];

/**
 * An article whose paragraphs sit at the bottom of `depth` nested <div>s. Browsers' HTML parsers
 * flatten nesting past a few hundred levels, so for browsers `script: true` builds the nest with
 * DOM calls from an inline script instead (a page can always do that).
 */
export function deepPage(depth = 5000, options: { script?: boolean } = {}): DeepPage {
  const article = ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  const head =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Memory chip keeps data for a decade - Deep Nest News</title>' +
    '<meta property="og:site_name" content="Deep Nest News">' +
    '<link rel="canonical" href="https://deep.example/2024/05/07/memory-chip/"></head><body>';
  if (options.script) {
    // The same tree, built by the page: the parser's depth limit does not apply to DOM calls.
    const build =
      `<script>(function(){var root=document.getElementById('nest'),el=root;` +
      `for(var i=1;i<${depth};i++){var d=document.createElement('div');el.appendChild(d);el=d;}` +
      `var a=document.createElement('article');a.innerHTML=${JSON.stringify(`<h1>Memory chip keeps data for a decade</h1>${article}`)};` +
      `el.appendChild(a);})();</script>`;
    return {
      html: `${head}<div id="nest"></div>${build}</body></html>`,
      depth,
      url: 'https://deep.example/2024/05/07/memory-chip/',
      articleText: ARTICLE_PARAGRAPHS,
    };
  }
  return {
    html:
      head +
      '<div>'.repeat(depth) +
      `<article><h1>Memory chip keeps data for a decade</h1>${article}</article>` +
      '</div>'.repeat(depth) +
      '</body></html>',
    depth,
    url: 'https://deep.example/2024/05/07/memory-chip/',
    articleText: ARTICLE_PARAGRAPHS,
  };
}

/** A committed hostile fixture (test/fixtures/hostile/), with the URL tests serve it under. */
export interface HostileFixture {
  file: string;
  body: string;
  url: string;
  contentType: string;
  /** Parsed as XML by browsers (no HTML body). */
  xml: boolean;
}

/** Every hostile fixture is served from this site (one host permission covers them all). */
export const HOSTILE_SITE = 'hostile.example';

export function hostileFixtures(): HostileFixture[] {
  const dir = path.join(FIXTURES, 'hostile');
  return readdirSync(dir)
    .filter((f) => /\.(html|svg|xml)$/.test(f))
    .sort()
    .map((file) => {
      const ext = path.extname(file);
      return {
        file,
        body: readFileSync(path.join(dir, file), 'utf8'),
        url: `http://news.${HOSTILE_SITE}/fixtures/${file}`,
        contentType:
          ext === '.svg'
            ? 'image/svg+xml'
            : ext === '.xml'
              ? 'application/xml'
              : 'text/html; charset=utf-8',
        xml: ext !== '.html',
      };
    });
}

export function hostileFixture(file: string): HostileFixture {
  const f = hostileFixtures().find((h) => h.file === file);
  if (!f) throw new Error(`No hostile fixture ${file}`);
  return f;
}
