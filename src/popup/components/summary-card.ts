/** The summary card: the article's gist in 2-3 of its own sentences. */
import type { PopupContext } from '../sections';
import { t } from '../../shared/i18n';
import { h } from '../dom';

export function summaryCard({ digest }: PopupContext): HTMLElement | null {
  if (!digest.summary.length) return null;
  return h(
    'section',
    { className: 'card summary', 'aria-labelledby': 'summary-heading', 'data-testid': 'summary' },
    h('h2', { id: 'summary-heading' }, t('summaryHeading')),
    // One paragraph: the sentences are consecutive prose, not a list of points.
    h('p', { 'data-testid': 'summary-text' }, digest.summary.join(' ')),
  );
}
