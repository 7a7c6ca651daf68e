/**
 * The de-cluttering content script. Registered for the sites where de-cluttering is on (at
 * document_start, beside the site's stylesheet; it marks blocks once the DOM is parsed and runs
 * the heuristics when the page is idle), and injected by the
 * background into open tabs of a site switched on. It answers typed requests from extension
 * pages only. The digest the popup shows comes from a separate script (./digest.ts), injected
 * only when asked, so pages pay nothing for it at load.
 */
import {
  handleMessages,
  isExtensionPage,
  sendToBackground,
  type ContentProtocol,
} from './messaging';
import { analyserInSlot } from './analyser-slot';
import { Declutterer } from './declutter';

// The isolated world's global: the page cannot see or fake it, and a second injection into the
// same document (the popup after the registered script, or twice) must not install twice.
const INSTALLED = Symbol.for('standfirst.content');
const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };

if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  // The site's rule comes with the background's hello (below): until then, no rule. Its
  // stylesheet, registered with this script, hides the rule's blocks before first paint anyway.
  const declutter = new Declutterer(document, null, {
    report: ({ hidden, enabled }) =>
      void sendToBackground('clutter/report', { count: hidden, enabled }).catch(() => {}),
    // Readability and the heuristics live in the digest script, which the background injects on
    // request: this script is evaluated at document_start on every page of the site, so it
    // carries only the rules; the heuristics' code is compiled when the page is idle.
    analyser: (ready) => {
      const loaded = analyserInSlot();
      if (loaded) return ready(loaded);
      sendToBackground('content/analyser', null).then(
        () => ready(analyserInSlot() ?? null),
        (error: unknown) => {
          console.warn('Standfirst: heuristics unavailable', error);
          ready(null);
        },
      );
    },
  });
  handleMessages<ContentProtocol>(
    {
      status: () => declutter.status(),
      apply: (state) => {
        declutter.setState(state);
        return declutter.status();
      },
      navigated: () => {
        declutter.navigated();
        return null;
      },
    },
    isExtensionPage,
  );
  addEventListener('popstate', () => declutter.navigated());
  // The background decides from the tab's real URL whether this site is on. Until it answers
  // (or if it cannot), the page is left as it is. Registered at document_start, the hello goes
  // out before the page is parsed, so the background's user-origin sheet (with "My rules") is in
  // before first paint; marking waits for the DOM.
  const whenParsed = (fn: () => void): void => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn, { once: true });
    } else fn();
  };
  sendToBackground('content/hello', null).then(
    ({ site, ...state }) =>
      whenParsed(() => {
        declutter.setSite(site);
        // The background shows this state, with no count yet, as it answers the hello.
        declutter.setState(state, { shown: true });
      }),
    (error: unknown) => console.warn('Standfirst: no answer from the background', error),
  );
}
