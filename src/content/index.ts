/**
 * The content script: a thin shell over core digest(). Injected on demand by the popup
 * (scripting.executeScript under activeTab), it answers typed requests from extension pages only.
 */
import { digest } from '../core/digest';
import { handleMessages, isExtensionPage, type ContentProtocol } from '../shared/messages';

// The isolated world's global: the page cannot see or fake it, and a second injection into the
// same document must not add a second listener.
const INSTALLED = Symbol.for('standfirst.content');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  handleMessages<ContentProtocol>(
    {
      digest: ({ mode }) => digest(document, location.href, { mode }),
    },
    isExtensionPage,
  );
}
