/**
 * An init script for the popup page, for `addInitScript`: marks `standfirst:ready` at the first
 * render that leaves the loading state, the moment bench/browser-speed.ts also times. It runs in
 * the page, so it may use nothing from this module's scope.
 */
export function markPopupReady(): void {
  if (!location.pathname.endsWith('/popup.html')) return;
  new MutationObserver((_, observer) => {
    const state = document.getElementById('app')?.dataset.state;
    if (state && state !== 'loading') {
      performance.mark('standfirst:ready');
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });
}
