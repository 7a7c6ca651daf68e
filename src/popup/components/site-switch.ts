/**
 * The per-site card: "Declutter <site>", how many blocks are hidden and why, and "Show hidden".
 * Works on any http(s) page, article or not. A site without a rule needs a host permission,
 * requested here during the click (browsers allow the prompt only then); the background does the
 * rest and applies the change in every open tab of the site.
 */
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { sendToBackground, sendToTab, type TabStatus } from '../../shared/messages';
import { h } from '../dom';
import type { PopupContext } from '../sections';

let uid = 0;

/** A labelled checkbox that screen readers announce as a switch; Space toggles it. */
function switchRow(label: string, testid: string): { row: HTMLElement; input: HTMLInputElement } {
  const id = `sf-switch-${++uid}`;
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    id,
    className: 'switch',
    'data-testid': testid,
  });
  const row = h('div', { className: 'switch-row' }, h('label', { for: id }, label), input);
  return { row, input };
}

function hiddenText(status: TabStatus, locale: string): string {
  const one = new Intl.PluralRules(locale).select(status.hidden) === 'one';
  return t(one ? 'hiddenCountOne' : 'hiddenCountOther', String(status.hidden));
}

/** `site:theregister` -> "Site rule", `heuristic:label` -> "label": short words, no HTML. */
function reasonLabel(reason: string): string {
  const [kind, name] = reason.split(':', 2);
  if (kind === 'site') return t('reasonSiteRule');
  if (kind === 'user') return t('reasonMyRules');
  return name ? name.replace(/[-_]/g, ' ') : reason;
}

export function siteSwitch(ctx: PopupContext): HTMLElement {
  const section = h('section', {
    className: 'card site-card',
    'aria-busy': 'true',
    'data-testid': 'site-card',
  });
  void fill(section, ctx).catch((error: unknown) => {
    console.error('Standfirst: site card failed', error);
    section.replaceChildren();
    section.hidden = true;
  });
  return section;
}

async function fill(section: HTMLElement, ctx: PopupContext): Promise<void> {
  let view = await sendToBackground('site/get', { tabId: ctx.tabId });
  if (!view) {
    section.hidden = true;
    return;
  }
  const site = switchRow(t('declutterSite', view.key), 'site-switch');
  const reveal = switchRow(t('showHidden'), 'reveal-switch');
  const count = h('p', { className: 'hidden-count', 'data-testid': 'hidden-count' });
  const reasons = h('ul', { className: 'reasons', 'data-testid': 'reasons' });
  const details = h(
    'details',
    { className: 'reasons-details' },
    h('summary', {}, t('whyHidden')),
    reasons,
  );
  const notice = h('p', { className: 'notice', role: 'status', 'data-testid': 'site-notice' });
  section.replaceChildren(site.row, count, details, reveal.row, notice);
  section.removeAttribute('aria-busy');

  const render = async (message?: string): Promise<void> => {
    const on = view!.enabled && view!.granted;
    site.input.checked = on;
    reveal.input.checked = view!.reveal;
    reveal.input.disabled = !on;
    let status: TabStatus | null = null;
    try {
      status = await sendToTab(ctx.tabId, 'status', null);
    } catch {
      // No content script answered (yet): the count is unknown, the switch still works.
    }
    count.hidden = details.hidden = !on || !status;
    if (on && status) {
      count.textContent = hiddenText(status, ctx.locale);
      reasons.replaceChildren(
        ...Object.entries(status.reasons)
          .sort((a, b) => b[1] - a[1])
          .map(([reason, n]) => h('li', {}, `${reasonLabel(reason)} · ${n}`)),
      );
      details.hidden = status.hidden === 0;
    }
    // Declared (or once granted) but withheld: Firefox lets users do that for any host.
    const needsPermission = view!.enabled && !view!.granted;
    notice.textContent = message ?? (needsPermission ? t('permissionNeeded', view!.key) : '');
    notice.hidden = !notice.textContent;
  };

  site.input.addEventListener('change', () => {
    const want = site.input.checked;
    const key = view!.key;
    let asked: Promise<boolean> = Promise.resolve(true);
    if (want && !view!.granted) {
      // Save the intent first: Firefox may close the popup while its permission prompt shows,
      // and the background completes the switch when the permission arrives.
      void sendToBackground('site/set', { key, enabled: true }).catch(() => {});
      // The request must happen in the click itself: browsers drop the user gesture at the
      // first await.
      asked = browser.permissions.request({ origins: view!.origins }).catch(() => false);
    }
    void (async () => {
      site.input.disabled = true;
      try {
        const granted = await asked;
        view = await sendToBackground('site/set', { key, enabled: want && granted });
        await render(granted ? undefined : t('permissionDenied', key));
      } catch (error) {
        await render((error as Error)?.message ?? String(error));
      } finally {
        site.input.disabled = false;
      }
    })();
  });

  reveal.input.addEventListener('change', () => {
    void (async () => {
      reveal.input.disabled = true;
      try {
        view = await sendToBackground('site/set', {
          key: view!.key,
          reveal: reveal.input.checked,
        });
      } finally {
        await render();
      }
    })();
  });

  await render();
}
