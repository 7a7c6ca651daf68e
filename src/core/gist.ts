/**
 * The gist: summary, key quote and the other quotes. Text in, text out: it needs the article's
 * paragraphs, never the page, so the extension runs it in the popup and the content script stays
 * small (quotes and summary are a third of the core's weight).
 */
import type { ArticleBlock } from './article-blocks';
import { extractQuotes } from './quotes';
import { summarize } from './summary';
import type { Quote } from './types';

export interface GistInput {
  title: string;
  standfirst: string | null;
  /** The article's paragraphs with their kinds, clutter already removed. */
  blocks: ArticleBlock[];
  lang: string | null;
}

export interface Gist {
  summary: string[];
  keyQuote: Quote | null;
  quotes: Quote[];
}

export interface GistOptions {
  /** Sentences in the summary (the user's setting); the summariser's default otherwise. */
  summaryLength?: 2 | 3;
  /** Receives the time each phase took. */
  timings?: Record<string, number>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyseGist(input: GistInput | null, options: GistOptions = {}): Gist {
  if (!input) return { summary: [], keyQuote: null, quotes: [] };
  const t0 = now();
  const { quotes, keyQuote } = extractQuotes(input);
  const t1 = now();
  const summary = summarize({
    title: input.title,
    blocks: input.blocks,
    exclude: keyQuote?.text,
    lang: input.lang,
    maxSentences: options.summaryLength,
  });
  if (options.timings) {
    options.timings.quotesMs = Math.round((t1 - t0) * 100) / 100;
    options.timings.summaryMs = Math.round((now() - t1) * 100) / 100;
  }
  return { summary, keyQuote, quotes };
}
