/**
 * The site list: every built-in site and every site the user switched on from the popup, each
 * with a switch; user sites can be removed, and the whole list reset. Changes that can be undone
 * (remove, reset) are done at once and offer Undo, rather than asking first.
 */
import browser from 'webextension-polyfill';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { showToast } from '../shared/toast';
import { SITES } from '../sites';
import { hasSiteAccess, requestSiteAccess, type OptionsContext } from './context';
import { siteRows, withSiteEnabled, withSiteRemoved, type SiteRow } from './sites-model';

type Sites = Record<string, { enabled: boolean }>;

export function mountSiteList(ctx: OptionsContext): () => void {
  const list = document.getElementById('site-list')!;
  const resetButton = document.getElementById('reset-sites') as HTMLButtonElement;

  /** Restores entries as they were, asking for access again where a restored site is on. */
  const restore = (before: Sites, domains: readonly string[]): void => {
    const enabledUserDomains = domains.filter(
      (d) => before[d]?.enabled && !SITES.some((s) => s.domains.includes(d)),
    );
    const access =
      enabledUserDomains.length > 0 ? requestSiteAccess(enabledUserDomains) : Promise.resolve(true);
    void access.then(async () => {
      const sites: Sites = { ...ctx.current().settings.sites };
      for (const d of domains) {
        if (before[d]) sites[d] = before[d];
        else delete sites[d];
      }
      await ctx.save({ sites });
    });
  };

  const setEnabled = (row: SiteRow, input: HTMLInputElement): void => {
    const enabled = input.checked;
    // Asked inside the change handler, before any await (see requestSiteAccess).
    const access = enabled ? requestSiteAccess(row.domains) : Promise.resolve(true);
    void access.then(async (granted) => {
      if (!granted) {
        input.checked = false;
        showToast(t('optionsPermissionDenied', row.name));
        return;
      }
      await ctx.save({ sites: withSiteEnabled(ctx.current().settings.sites, row, enabled) });
      showToast(t(enabled ? 'optionsSiteOnToast' : 'optionsSiteOffToast', row.name));
    });
  };

  const remove = (row: SiteRow): void => {
    const before = ctx.current().settings.sites;
    // The row goes away: keep the keyboard user in the list, on the next row's switch.
    const next = list.querySelector(`[data-site="${CSS.escape(row.id)}"]`)?.nextElementSibling;
    const nextKey = next?.querySelector<HTMLElement>('[data-focus-key^="switch:"]')?.dataset
      .focusKey;
    void ctx.save({ sites: withSiteRemoved(before, row) }).then(() => {
      const target = nextKey
        ? list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(nextKey)}"]`)
        : resetButton;
      target?.focus();
      showToast(t('optionsSiteRemovedToast', row.name), {
        label: t('undo'),
        run: () => restore(before, row.domains),
      });
    });
  };

  const allowButton = (row: SiteRow): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        className: 'btn btn-small',
        'data-focus-key': `allow:${row.id}`,
        'aria-label': t('optionsAllowAccessFor', row.name),
        onclick: () =>
          void requestSiteAccess(row.domains).then((granted) => {
            if (!granted) showToast(t('optionsPermissionDenied', row.name));
            update();
          }),
      },
      t('optionsAllowAccess'),
    );

  const renderRow = (row: SiteRow): HTMLElement => {
    const input = h('input', {
      type: 'checkbox',
      role: 'switch',
      className: 'switch-input',
      'aria-label': t('optionsSiteSwitch', row.name),
      'data-focus-key': `switch:${row.id}`,
      'data-testid': 'site-switch',
    });
    input.checked = row.enabled;
    input.addEventListener('change', () => setEnabled(row, input));
    const access = h('span', { className: 'site-access' });
    const item = h(
      'li',
      { className: 'site-row', 'data-site': row.id },
      h(
        'div',
        { className: 'site-info' },
        h(
          'span',
          { className: 'site-name' },
          h('span', { 'data-testid': 'site-name' }, row.name),
          row.builtIn && h('span', { className: 'tag' }, t('optionsBuiltIn')),
        ),
        row.builtIn && h('span', { className: 'muted small' }, row.domains.join(', ')),
      ),
      h(
        'div',
        { className: 'site-actions' },
        access,
        !row.builtIn &&
          h(
            'button',
            {
              type: 'button',
              className: 'btn btn-quiet btn-small',
              'aria-label': t('optionsRemoveSite', row.name),
              'data-focus-key': `remove:${row.id}`,
              'data-testid': 'site-remove',
              onclick: () => remove(row),
            },
            t('optionsRemove'),
          ),
        h('label', { className: 'switch' }, input, h('span', { className: 'switch-track' })),
      ),
    );
    // Firefox treats host permissions as optional, even the declared ones: say when a site that
    // is on cannot run, and offer the grant right there.
    if (row.enabled)
      void hasSiteAccess(row.domains).then((ok) => {
        if (!ok) access.replaceChildren(allowButton(row));
      });
    return item;
  };

  const update = (): void => {
    const rows = siteRows(ctx.current().settings.sites, SITES);
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    list.replaceChildren(...rows.map(renderRow));
    // Re-rendering must not throw a keyboard user's focus back to the top of the page.
    if (focusKey)
      list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  };

  resetButton.addEventListener('click', () => {
    const before = ctx.current().settings.sites;
    void ctx.save({ sites: {} }).then(() => {
      showToast(t('optionsSitesResetToast'), {
        label: t('undo'),
        run: () => restore(before, Object.keys(before)),
      });
    });
  });

  browser.permissions.onAdded.addListener(update);
  browser.permissions.onRemoved.addListener(update);
  return update;
}
