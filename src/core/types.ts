/**
 * The Digest contract: what `digest()` returns to the extension and what the CLI prints as JSON.
 * Documented in README ("CLI contract"). Later changes may add fields, never rename them.
 */
import type { PageAnalysis } from './clutter';
import type { GistInput } from './gist';

/** Tidy hides clutter and keeps the site's chrome; Focus keeps only the article path. */
export type Mode = 'tidy' | 'focus';

export const CITATION_STYLES = [
  'apa',
  'mla',
  'chicago',
  'harvard',
  'ieee',
  'bibtex',
  'markdown',
  'ris',
  'plain',
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface ArticleInfo {
  title: string;
  /** Author names joined with ", " (null when the page names no author). */
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Article body as plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
}

export interface ClutterItem {
  /** The rule or heuristic that matched, e.g. `site:theregister.co.uk` or `heuristic:label`. */
  reason: string;
  /** First 120 characters of the block's text. */
  text: string;
}

export type Stance = 'denial' | 'claim' | 'other';

export interface Quote {
  /** The quotation without its marks. */
  text: string;
  speaker: string;
  role: string | null;
  stance: Stance;
}

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'post-weblog' | 'webpage' | 'article-magazine';
  title: string;
  'container-title'?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  language?: string;
  abstract?: string;
}

export interface Citation {
  /** Canonical, tracking-free URL. */
  url: string;
  csl: CslItem;
  /**
   * Rendered citations. The CLI fills every style; the extension's content script leaves this
   * empty and the popup renders lazily, so the CSL engine never loads on page load.
   */
  formats: Partial<Record<CitationStyle, string>>;
  /**
   * Where each cited field came from, e.g. `{ "title": "meta:og:title", "authors":
   * "json-ld:author", "published": "url" }`, so a wrong citation can be traced to its source.
   */
  provenance: Partial<
    Record<'title' | 'authors' | 'siteName' | 'published' | 'lang' | 'description' | 'kind', string>
  >;
}

export interface Timings {
  totalMs: number;
  [phase: string]: number;
}

export interface Digest {
  url: string;
  readerable: boolean;
  article: ArticleInfo | null;
  clutter: ClutterItem[];
  visibleText: string;
  summary: string[];
  keyQuote: Quote | null;
  quotes: Quote[];
  citation: Citation;
  timings: Timings;
  /**
   * Present when the page is past the size limits (src/core/page-limits.ts) and was not analysed:
   * why, e.g. `too-many-elements: more than 25000 elements`. Then `readerable` is false, there is
   * no article, clutter, summary or quote, `visibleText` is empty; the citation is still there.
   */
  skipped?: string;
}

export interface DigestOptions {
  mode?: Mode;
  /**
   * A clutter analysis of this document made earlier (the content script's, at document_idle), so
   * Readability does not run a second time. Its own mode wins over `mode`.
   */
  analysis?: PageAnalysis;
  /** Sentences in the summary (the user's setting); the summariser's default otherwise. */
  summaryLength?: 2 | 3;
  /** The "accessed" date for citations; injectable so outputs are reproducible. */
  now?: Date;
  /**
   * Renders citation formats from the CSL item. Injected so the content script never bundles the
   * CSL engine; the CLI and the popup pass one.
   */
  formatCitation?: (csl: CslItem) => Partial<Record<CitationStyle, string>>;
}

/**
 * The half of a Digest that needs the page (what the content script computes): everything but
 * the gist, plus the input the gist is computed from. completeDigest() turns it into a Digest.
 */
export type PageDigest = Omit<Digest, 'summary' | 'keyQuote' | 'quotes' | 'citation'> & {
  gistInput: GistInput | null;
  /**
   * The citation's URL (the canonical address, not yet cleaned of tracking parameters:
   * completeDigest() cleans it), its provenance, and what its CSL item is built from.
   */
  citation: Pick<Citation, 'url' | 'provenance'> & { source: CitationSource };
};

/**
 * The merged metadata's cited fields. The CSL item is built from them where it is rendered (the
 * popup, the background, the CLI), which also dates "accessed" to when the reader cites.
 */
export interface CitationSource {
  title: string | null;
  authors: string[];
  siteName: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  lang: string | null;
  kind: 'news' | 'blog' | null;
  /** Whether Readability found an article; a page that is none is cited as a web page. */
  isArticle: boolean;
}
