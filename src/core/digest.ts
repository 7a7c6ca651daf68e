/**
 * digest(): the one entry point from a page to everything Standfirst shows, as the CLI prints it.
 * It is pageDigest() (what needs the DOM) followed by completeDigest() (the gist and the rendered
 * citations, text only). The extension runs the same two halves: the first in the content script,
 * the second in the popup, so the content script never carries the text analysis. Reads the
 * document, never mutates it.
 */
import { completeDigest } from './complete-digest';
import { pageDigest } from './page-digest';
import type { Digest, DigestOptions } from './types';

export { completeDigest } from './complete-digest';
export { pageDigest } from './page-digest';

export function digest(doc: Document, url: string, options: DigestOptions = {}): Digest {
  return completeDigest(pageDigest(doc, url, options), options);
}
