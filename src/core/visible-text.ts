/**
 * The text a reader sees, computed without layout: body text minus the hidden blocks, script,
 * style, noscript, template, `[hidden]` and inline `display:none`.
 */
import { textBlocks } from './text';

/** Hidden by markup alone: `[hidden]` or an inline `display:none` (no layout needed). */
export function isInlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

export function visibleText(doc: Document, hidden: ReadonlySet<Element>): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return '';
  return textBlocks(body, (el) => hidden.has(el) || isInlineHidden(el)).join('\n\n');
}
