/** The popup's header: site, headline, byline, date and reading time. */
import type { Digest } from '../../core/types';
import { t } from '../../shared/i18n';
import { h } from '../dom';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Formats YYYY-MM-DD in the UI language, as a calendar date (no time-zone shift). */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function articleHeader(digest: Digest, locale: string): HTMLElement {
  const a = digest.article!;
  const host = (() => {
    try {
      return new URL(digest.url).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  })();
  return h(
    'header',
    { className: 'article-header' },
    h(
      'p',
      { className: 'brand' },
      h('span', { className: 'site', 'data-testid': 'site' }, a.siteName ?? host),
    ),
    h('h1', { className: 'title', 'data-testid': 'title' }, a.title),
    h(
      'p',
      { className: 'meta' },
      a.byline && h('span', { 'data-testid': 'byline' }, a.byline),
      a.published &&
        h(
          'time',
          { datetime: a.published, 'data-testid': 'published' },
          formatDay(a.published, locale),
        ),
      h(
        'span',
        { 'data-testid': 'reading-time' },
        t('readingTime', String(readingMinutes(a.wordCount))),
      ),
    ),
  );
}
