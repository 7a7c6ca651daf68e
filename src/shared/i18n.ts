/** UI strings come from _locales through the browser's i18n API. */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills `[data-i18n]` elements' text and `[data-i18n-*]` attributes under `root`. */
export function localizeDom(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = t(el.dataset.i18n!);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-attr]'))) {
    // data-i18n-attr="aria-label:key,title:key2"
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}
