/**
 * The toolbar popup: injects the digest script into the active tab on demand (activeTab), asks
 * it for the page's half of the digest, completes it here (summary and quotes are text-only
 * work, kept out of the content script), and renders it. Page-derived strings render as text.
 */
import browser from 'webextension-polyfill';
import { localizeDom, t } from '../shared/i18n';
import { completeDigest } from '../core/complete-digest';
import { sendToTab } from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { DIGEST_SCRIPT } from '../shared/site-patterns';
import { restricted, takePageRequest } from './page-request';
import { articleHeader } from './components/article-header';
import { h } from './dom';
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

/** Browsers refuse scripts on some pages that look ordinary (e.g. the PDF viewer). */
function isAccessError(error: unknown): boolean {
  return /cannot (access|be scripted)|missing host permission|extensions gallery|not allowed|permission/i.test(
    String((error as Error)?.message ?? error),
  );
}

/**
 * The page's half of the digest. On a site that is on, the de-cluttering script loaded the digest
 * script at idle and kept its analysis: the tab was asked first, from popup.html's <head>
 * (./page-request.ts). Only if no one answered is the digest script injected (compiling
 * Readability in the page), and only into a tab that is not restricted; then it is asked again.
 */
const { tab: tabLookup, knownId, page: firstAnswer, settings: reads } = takePageRequest();
const pageRequest = firstAnswer.catch(async (error: unknown) => {
  const tab = await tabLookup;
  if (restricted(tab)) throw error;
  const tabId = knownId ?? tab!.id!;
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${DIGEST_SCRIPT}`] });
  return sendToTab(tabId, 'digest', { mode: 'tidy' });
});
// Settled here so a restricted tab, whose request is never awaited, reports no unhandled rejection.
pageRequest.catch(() => undefined);
const settingsRead = loadSettings(reads).then(
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
