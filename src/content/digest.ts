/**
 * The on-demand content script: injected by the popup (activeTab) and by "Copy citation" when
 * they need the page's digest, never on page load. It runs the DOM half of digest(); the popup
 * does the text half (summary, quotes) and renders citations, so this stays small.
 */
import { pageDigest } from '../core/page-digest';
import { handleMessages, isExtensionPage, type DigestProtocol } from '../shared/messages';

// The isolated world's global: the page cannot see or fake it, and a second injection into the
// same document must not add a second listener.
const INSTALLED = Symbol.for('standfirst.digest');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  handleMessages<DigestProtocol>(
    { digest: ({ mode }) => pageDigest(document, location.href, { mode }) },
    isExtensionPage,
  );
}
