/** UI strings come from _locales through the browser's i18n API. */
import browser from 'webextension-polyfill';
import type english from '../../public/_locales/en/messages.json';

/** A key of the English messages, the reference locale (a type only: nothing is bundled). */
export type MessageKey = keyof typeof english;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills `[data-i18n]` elements' text and `[data-i18n-*]` attributes under `root`. */
export function localizeDom(root: ParentNode): void {
  // The language of the strings actually shown (a UI language we lack falls back to English).
  if (root instanceof Document) root.documentElement.lang = t('localeCode');
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-attr]'))) {
    // data-i18n-attr="aria-label:key,title:key2"
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim() as MessageKey));
    }
  }
}
