/**
 * The part of digest() that needs the page: article, clutter, visible text, metadata and the
 * citation item. The content script runs this; the text-only rest (the gist, rendered citation
 * formats) runs where its code is already loaded. `digest()` composes both.
 */
import { isReaderable } from './article';
import { articleBlocks, skipsClone } from './article-blocks';
import { canonicalHref } from './canonical';
import { analysePage, type PageAnalysis } from './clutter';
import type { GistInput } from './gist';
import { extractMetadata } from './metadata';
import { exceedsPageLimits } from './page-limits';
import { collapseWhitespace, countWords, textBlocks, truncate } from './text';
import { now, timed } from './timing';
import type { ArticleInfo, Digest, DigestOptions, PageDigest } from './types';
import { visibleText } from './visible-text';
import { findSite } from '../sites/index';

export function pageDigest(doc: Document, url: string, options: DigestOptions = {}): PageDigest {
  const start = now();
  const timings: Record<string, number> = {};
  const site = findSite(url);

  // Past the limits (page-limits.ts) only the metadata and the citation are read: Readability
  // and the clutter scan would hold the page's main thread for seconds.
  const skipped = timed(timings, 'limitsMs', () => exceedsPageLimits(doc));
  const readerable = !skipped && timed(timings, 'readerableMs', () => isReaderable(doc));
  // Clutter is found around one Readability run: what is found first is kept out of the article.
  const page: PageAnalysis = skipped
    ? { mode: options.mode ?? 'tidy', article: null, clutter: [], focus: [], hidden: new Set() }
    : (options.analysis ?? analysePage(doc, site, { readerable, mode: options.mode, timings }));
  const extracted = readerable ? page.article : null;
  const meta = timed(timings, 'metadataMs', () =>
    extractMetadata(doc, url, extracted?.metadata ?? null),
  );

  let article: ArticleInfo | null = null;
  const clutter = page.clutter;
  const hidden = new Set(clutter.map((c) => c.element));
  // Clutter found inside the story after Readability ran stays out of its text as well; the
  // content is read again only when there is some (extractArticle read it once already).
  let paragraphs = extracted?.blocks ?? [];
  if (extracted && [...extracted.liveOf.values()].some((el) => hidden.has(el))) {
    paragraphs = textBlocks(extracted.content, skipsClone(extracted, hidden));
  }
  const text = paragraphs.join('\n\n');
  const wordCount = extracted ? countWords(text) : 0;
  // Readability can return an empty container (a page script removed the story's wrapper):
  // that is no article, and the contract never reports one without words.
  if (extracted && wordCount > 0) {
    article = {
      title: meta.title ?? '',
      byline: meta.authors.length ? meta.authors.join(', ') : null,
      siteName: meta.siteName,
      published: meta.published,
      lang: meta.lang,
      excerpt: meta.description,
      text,
      wordCount,
    };
  }

  const visible = timed(timings, 'visibleTextMs', () =>
    skipped ? '' : visibleText(doc, page.hidden),
  );
  // Paragraphs with their kinds, plus the quotation blocks Readability drops (quotes need both).
  const gistInput: GistInput | null =
    extracted && article
      ? {
          title: article.title,
          standfirst: meta.description,
          blocks: articleBlocks(extracted, { skip: hidden }),
          lang: meta.lang,
        }
      : null;

  // Cleaned of tracking parameters in completeDigest(): the lists stay out of the content script.
  const citationUrl = canonicalHref(doc, url);
  const { title, authors, siteName, published, lang, kind } = meta;
  const source = { title, authors, siteName, published, lang, kind, isArticle: extracted !== null };

  timings.totalMs = Math.round((now() - start) * 100) / 100;
  return {
    url,
    readerable,
    article,
    clutter: clutter.map((c) => ({
      reason: c.reason,
      text: truncate(collapseWhitespace(c.element.textContent ?? ''), 120),
    })),
    visibleText: visible,
    citation: { url: citationUrl, provenance: meta.provenance, source },
    timings: timings as Digest['timings'],
    ...(skipped ? { skipped } : {}),
    gistInput,
  };
}
