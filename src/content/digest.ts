/**
 * The on-demand content script: injected by the popup (activeTab) and by "Copy citation" when
 * they need the page's digest, and by the background when the de-cluttering script asks for its
 * heuristics (at idle, on sites that are on); never on page load. It runs the DOM half of digest(); the popup
 * does the text half (summary, quotes) and renders citations, so this stays small.
 */
import { handleMessages, isExtensionPage, type DigestProtocol } from './messaging';
import { installAnalyser, pageDigestOf } from './analyser';

// The isolated world's global: the page cannot see or fake it, and a second injection into the
// same document must not add a second listener.
const INSTALLED = Symbol.for('standfirst.digest');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  // The de-cluttering script loads its heuristics from here (./analyser.ts), and the analysis it
  // made at idle (and the page digest made from it) is what this answers with while it holds:
  // Readability runs once per view.
  installAnalyser();
  handleMessages<DigestProtocol>(
    {
      digest: ({ mode }) => pageDigestOf(document, mode),
    },
    isExtensionPage,
  );
}
