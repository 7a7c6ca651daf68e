/**
 * The toolbar popup: injects the digest script into the active tab on demand (activeTab), asks
 * it for the page's half of the digest, completes it here (summary and quotes are text-only
 * work, kept out of the content script), and renders it. Page-derived strings render as text.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { localizeDom, t } from '../shared/i18n';
import { completeDigest } from '../core/complete-digest';
import { sendToTab } from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { DIGEST_SCRIPT } from '../shared/site-patterns';
import { isRestrictedUrl } from '../shared/restricted';
import { articleHeader } from './components/article-header';
import { h } from './dom';
import type { PageDigest } from '../core/types';
import { ALWAYS_SECTIONS, ARTICLE_SECTIONS, type PopupContext, type Section } from './sections';

type State =
  | { kind: 'restricted' }
  | { kind: 'error'; message: string }
  | { kind: 'not-article'; ctx: PopupContext }
  | { kind: 'article'; ctx: PopupContext };

// Marks for npm run bench:browser, which reports where the time to the summary goes.
performance.mark('standfirst:script');
const app = document.getElementById('app')!;
const locale = browser.i18n.getUILanguage();

function stateMessage(kind: string, title: string, body: string, detail?: string): HTMLElement {
  return h(
    'section',
    {
      className: `state state-${kind}`,
      role: kind === 'error' ? 'alert' : 'status',
      'data-state': kind,
    },
    h('h1', { className: 'state-title' }, title),
    h('p', {}, body),
    detail && h('p', { className: 'state-detail' }, detail),
  );
}

function render(state: State): void {
  app.setAttribute('aria-busy', 'false');
  app.dataset.state = state.kind;
  switch (state.kind) {
    case 'restricted':
      app.replaceChildren(stateMessage('restricted', t('restrictedTitle'), t('restrictedBody')));
      break;
    case 'error':
      app.replaceChildren(stateMessage('error', t('errorTitle'), t('errorBody'), state.message));
      break;
    case 'not-article':
      app.replaceChildren(
        stateMessage('not-article', t('notArticleTitle'), t('notArticleBody')),
        ...renderSections(ALWAYS_SECTIONS, state.ctx),
      );
      break;
    case 'article':
      app.replaceChildren(
        articleHeader(state.ctx.digest, locale),
        ...renderSections([...ARTICLE_SECTIONS, ...ALWAYS_SECTIONS], state.ctx),
      );
      break;
  }
}

/** One failing card must not take the popup down with it. */
function renderSections(sections: Section[], ctx: PopupContext): HTMLElement[] {
  return sections.flatMap((section) => {
    try {
      return section(ctx) ?? [];
    } catch (error) {
      console.error('Standfirst: a popup card failed', error);
      return [];
    }
  });
}

/** The tab the popup is about: `?tabId=` when opened as a page (tests), else the active tab. */
function tabIdParam(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Browsers refuse scripts on some pages that look ordinary (e.g. the PDF viewer). */
function isAccessError(error: unknown): boolean {
  return /cannot (access|be scripted)|missing host permission|extensions gallery|not allowed|permission/i.test(
    String((error as Error)?.message ?? error),
  );
}

// tab.url is only visible with activeTab or a host permission; when it is hidden, try anyway
// and let the browser's refusal decide.
const restricted = (tab: Tabs.Tab | undefined): boolean =>
  !tab?.id || (tab.url !== undefined && isRestrictedUrl(tab.url));

/**
 * Asks the tab for the page's half of the digest. On a site that is on, the de-cluttering script
 * loaded the digest script at idle and kept its analysis: ask first, and inject (compiling
 * Readability in the page) only if no one answers, and only into a tab that is not restricted.
 */
function requestPage(tabId: number, tab: Promise<Tabs.Tab | undefined>): Promise<PageDigest> {
  return sendToTab(tabId, 'digest', { mode: 'tidy' }).catch(async (error: unknown) => {
    if (restricted(await tab)) throw error;
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${DIGEST_SCRIPT}`] });
    return sendToTab(tabId, 'digest', { mode: 'tidy' });
  });
}

// The tab's reply is most of the popup's wait, so the request goes out first, before the strings
// are localised or the settings read. With a known tab id (`?tabId=`) it does not even wait for
// the tab's details; the active tab has to be looked up first.
const knownId = tabIdParam();
const tabLookup = knownId ? browser.tabs.get(knownId) : activeTab();
const pageRequest = knownId
  ? requestPage(knownId, tabLookup)
  : tabLookup.then((tab) => (restricted(tab) ? null : requestPage(tab!.id!, tabLookup)));
// Settled here so a restricted tab, whose request is never awaited, reports no unhandled rejection.
pageRequest.catch(() => undefined);
const settingsRead = loadSettings().then(
  (loaded) => loaded.settings,
  () => null,
);

async function load(): Promise<void> {
  // The HTML already shows the loading skeleton; it only needs its strings.
  localizeDom(document);
  document.getElementById('open-options')?.addEventListener('click', () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
  app.dataset.state = 'loading';
  const tab = await tabLookup.catch(() => undefined);
  if (restricted(tab)) return render({ kind: 'restricted' });
  try {
    const page = await pageRequest;
    if (!page) return render({ kind: 'restricted' });
    performance.mark('standfirst:page-digest');
    const settings = await settingsRead;
    const digest = completeDigest(page, { summaryLength: settings?.summaryLength });
    performance.mark('standfirst:digest');
    const ctx: PopupContext = { digest, tabId: tab!.id!, locale };
    render(digest.article ? { kind: 'article', ctx } : { kind: 'not-article', ctx });
  } catch (error) {
    if (isAccessError(error)) return render({ kind: 'restricted' });
    render({ kind: 'error', message: (error as Error)?.message ?? String(error) });
  }
}

void load();
