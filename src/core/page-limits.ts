/**
 * Limits past which Standfirst does not analyse a page. Readability's cost grows with the page
 * (in Node: about 28 s on a 10 MB page of 100,000 elements; cubic in the nesting depth, 13 s at
 * 1,000 levels) and word counting grows with the text, and in the browser that work would run on
 * the page's main thread. A page over a limit gets no article, summary, quotes or heuristic
 * clutter; its metadata and citation still come (they read a few head elements).
 *
 * The limits sit well above real pages: of the 227 benchmark pages the largest has 9,888
 * elements, the deepest nests 51 levels, and browsers' HTML parsers flatten nesting past a few
 * hundred levels anyway (only a script can build a deeper tree).
 */

export const PAGE_LIMITS = {
  /** Elements in the document (2.5x the largest benchmark page). */
  elements: 25_000,
  /** Nesting depth of elements, <html> being 1 (4x the deepest benchmark page). */
  depth: 200,
  /** Characters of text in the document (about 170,000 words). */
  textChars: 1_000_000,
} as const;

/** Their text is code or data, not reading (a framework's inline state can be megabytes). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export type PageLimits = { readonly [K in keyof typeof PAGE_LIMITS]: number };

/**
 * Why the page is over a limit (`too-many-elements`, `too-deep`, `too-much-text`, with the
 * limit), or null when it is within all of them. Stops at the first limit crossed, so a huge page
 * costs no more than a page at the limits: one walk over at most `elements` elements.
 */
export function exceedsPageLimits(doc: Document, limits: PageLimits = PAGE_LIMITS): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  let elements = 0;
  let text = 0;
  let depth = 1;
  // Iterative pre-order walk (firstChild / nextSibling / parentNode): recursion would overflow
  // on the very pages this guards against.
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 1) {
      if (++elements > limits.elements)
        return `too-many-elements: more than ${limits.elements} elements`;
      if (depth > limits.depth) return `too-deep: elements nested more than ${limits.depth} deep`;
    } else if (
      node.nodeType === 3 &&
      !NOT_TEXT.has(node.parentNode?.nodeName.toUpperCase() ?? '')
    ) {
      text += node.nodeValue?.length ?? 0;
      if (text > limits.textChars)
        return `too-much-text: more than ${limits.textChars} characters of text`;
    }
    const child: Node | null = node.nodeType === 1 ? node.firstChild : null;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return null;
}
