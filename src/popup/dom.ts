/** The element builder lives in shared/ so the options page uses the same one. */
export { h } from '../shared/dom';
