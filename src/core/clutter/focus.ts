/**
 * Focus mode: everything off the article path is hidden, so only the article remains.
 *
 * The article path is what Readability kept (its content's elements, mapped back to the page),
 * plus the headline and the standfirst, plus the ancestors of all of these. Walking down from
 * <body>, the first element that is not on the path is a block; inside an element Readability
 * kept, children it dropped (share bars, forms, hidden bits) are blocks too.
 */
import type { ExtractedArticle } from '../article';
import type { ArticleGuard } from './guard';
import type { TextStats } from './text-stats';

export const FOCUS_REASON = 'focus:off-path';

export function focusBlocks(
  body: Element,
  article: ExtractedArticle,
  guard: ArticleGuard,
  stats: ReadonlyMap<Element, TextStats>,
): Element[] {
  const kept = new Set(article.liveElements);
  const whole = new Set<Element>();
  for (const el of [guard.headline, guard.standfirst]) if (el) whole.add(el);
  const path = new Set<Element>();
  for (const el of [...kept, ...whole]) {
    for (let e = el.parentElement; e && !path.has(e); e = e.parentElement) path.add(e);
  }

  const blocks: Element[] = [];
  const stack: Element[] = [];
  const pushChildren = (el: Element): void => {
    for (let k = el.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
  };
  pushChildren(body);
  while (stack.length > 0) {
    const el = stack.pop()!;
    // Not rendered (script, style, hidden): nothing to hide.
    if (!stats.has(el) || whole.has(el)) continue;
    if (kept.has(el) || path.has(el)) {
      pushChildren(el);
      continue;
    }
    // A figure the article kept keeps its caption, which the cleanup takes out of the text only.
    if (el.localName === 'figcaption' && el.parentElement && kept.has(el.parentElement)) continue;
    // The author's link Readability took for its byline, in a row it kept: hiding the name
    // alone would leave "By — November 10".
    if (el.localName === 'a' && /\bauthor\b/.test(el.getAttribute('rel') ?? '')) continue;
    blocks.push(el);
  }
  return blocks;
}
