/**
 * Notices at the top of the page: settings kept in this browser only (sync unavailable or over
 * quota), and stored settings that had problems and were repaired. The problem texts come from
 * the schema in English; they sit under "Details" for a bug report, below a translated summary.
 */
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import type { LoadedSettings } from '../shared/settings-store';

export function renderNotices(container: HTMLElement, loaded: LoadedSettings): void {
  const notices = [
    loaded.area === 'local' &&
      h(
        'div',
        { className: 'notice notice-warn', role: 'status', 'data-testid': 'notice-local' },
        h('p', {}, t('noticeLocalStorage')),
      ),
    loaded.problems.length > 0 &&
      h(
        'div',
        { className: 'notice notice-info', role: 'status', 'data-testid': 'notice-problems' },
        h('p', {}, t('noticeRepaired')),
        h(
          'details',
          {},
          h('summary', {}, t('noticeDetails')),
          h('ul', {}, ...loaded.problems.map((problem) => h('li', {}, problem))),
        ),
      ),
  ];
  container.replaceChildren(...notices.filter((n): n is HTMLDivElement => n !== false));
}
