/**
 * The text a reader sees, computed without layout: body text minus the hidden blocks, script,
 * style, noscript, template, `[hidden]` and inline `display:none`.
 */
import { textBlocks } from './text';

/**
 * Utility classes of the common CSS frameworks that mean display:none (Bootstrap's d-none and
 * hidden, Tailwind's hidden, Tachyons' dn, Foundation's hide) or print-only.
 */
const HIDDEN_CLASSES = new Set(['d-none', 'dn', 'hidden', 'hide', 'is-hidden', 'print-only']);
/**
 * A responsive class that may show the element again at some width (d-md-block, lg:flex, db-ns);
 * any breakpoint class but a hiding one counts, to err on the side of showing.
 */
const SHOWN_AGAIN =
  /^(d-(sm|md|lg|xl|xxl)-(?!none$)|(sm|md|lg|xl|2xl):(?!hidden$)|d(b|ib|i|f|t|tc)-(ns|m|l)$)/;

/**
 * Bootstrap's closed parts: a modal dialog and a dropdown menu are display:none until a script
 * adds the class that opens them.
 */
const CLOSED_CLASSES = new Set(['modal', 'dropdown-menu']);
const OPEN_CLASSES = new Set(['show', 'in', 'open']);

/** Every hiding class holds one of these: most class lists hold none and need no split. */
const MAY_HIDE = /hid|dn|d-none|print-only|modal|dropdown-menu/;

function hiddenByClass(el: Element): boolean {
  // Asked of every element of the page, twice (clutter's measure, the visible text). The
  // attribute node, not getAttribute('class'): linkedom (CLI, tests) rebuilds that value from a
  // token set on every call, and builds the set first. A raw value differs from that one only
  // in spacing and repeated tokens, which the token tests below do not see.
  const value = el.getAttributeNode('class')?.value;
  if (!value || !MAY_HIDE.test(value)) return false;
  const tokens = value.split(/\s+/);
  if (tokens.some((t) => CLOSED_CLASSES.has(t))) return !tokens.some((t) => OPEN_CLASSES.has(t));
  return tokens.some((t) => HIDDEN_CLASSES.has(t)) && !tokens.some((t) => SHOWN_AGAIN.test(t));
}

/**
 * Hidden by markup alone: `[hidden]`, an inline `display:none`, a closed `<dialog>` (the
 * browser's own stylesheet hides one without `open`), or a framework's hiding class.
 */
export function isInlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName === 'DIALOG' && !el.hasAttribute('open')) return true;
  if (hiddenByClass(el)) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * A menu's closed part that themes show on hover or tap: WordPress nests each item's children in
 * a "sub-menu" list (some themes say "submenu"), and the common CSS dropdown hides its
 * "dropdown-content". The reader does not see it until opening it, so the visible text leaves it
 * out. Clutter still looks inside (isInlineHidden says no): a story teaser in a mega-menu shows
 * on hover and is hidden as clutter.
 */
const MENU_CLOSED = /(?:^|\s)(?:sub-?menu|dropdown-content)(?:\s|$)/;

/**
 * Site navigation whose lists nest: a list inside an item of a header or nav menu is that item's
 * dropdown, which the site's stylesheet shows only on hover or tap, whatever its classes say.
 * Not in the page's footer, where a site map shows its nested lists as columns, nor in the main
 * content, where a table of contents shows its sections.
 */
const SITE_NAV = 'nav, header, [role=navigation], [role=menubar]';
const SHOWS_NESTED = 'footer, [role=contentinfo], main, [role=main], article';

function isNestedNavList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const item = el.parentElement;
  return (
    item?.tagName === 'LI' && item.closest(SITE_NAV) !== null && item.closest(SHOWS_NESTED) === null
  );
}

function isClosedMenu(el: Element): boolean {
  if (isNestedNavList(el)) return true;
  const value = el.getAttributeNode('class')?.value;
  if (!value || !MENU_CLOSED.test(value)) return false;
  return !value.split(/\s+/).some((t) => OPEN_CLASSES.has(t));
}

export function visibleText(doc: Document, hidden: ReadonlySet<Element>): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return '';
  const skip = (el: Element): boolean => hidden.has(el) || isInlineHidden(el) || isClosedMenu(el);
  return textBlocks(body, skip).join('\n\n');
}
