/**
 * How hiding works, in one place: elements are marked with an attribute and one stylesheet hides
 * them; site-rule selectors are also compiled into a stylesheet that applies at document_start,
 * before any element exists. Undo flips one attribute on <html>, so nothing is ever deleted.
 */

/** On a clutter element; the value is the reason (rule or heuristic id). */
export const HIDE_ATTR = 'data-standfirst-hide';
/** On <html>: de-cluttering is off in this tab right now (undo). Nothing is hidden. */
export const OFF_ATTR = 'data-standfirst-off';
/** On <html>: "Show hidden": hidden blocks are shown with an outline instead. */
export const REVEAL_ATTR = 'data-standfirst-reveal';
/** On <html>: Focus mode (everything off the article path is hidden too). */
export const FOCUS_ATTR = 'data-standfirst-focus';

const ON = `:root:not([${OFF_ATTR}]):not([${REVEAL_ATTR}])`;
const REVEALING = `:root:not([${OFF_ATTR}])[${REVEAL_ATTR}]`;

/** The stylesheet for elements marked with HIDE_ATTR (heuristics, late content, user rules). */
export function markedStylesheet(): string {
  return (
    `${ON} [${HIDE_ATTR}]{display:none!important}\n` +
    `${REVEALING} [${HIDE_ATTR}]{outline:2px dashed #b3261e!important;outline-offset:2px!important;opacity:.6!important}\n`
  );
}

/**
 * A stylesheet hiding `selectors` before first paint. Each selector is wrapped on its own so one
 * selector a browser rejects cannot void the others.
 */
export function selectorStylesheet(selectors: readonly string[]): string {
  return selectors
    .map(
      (s) =>
        `${ON} :is(${s}){display:none!important}\n` +
        `${REVEALING} :is(${s}){outline:2px dashed #b3261e!important;outline-offset:2px!important;opacity:.6!important}\n`,
    )
    .join('');
}
