/**
 * The popup's cards, in display order. Each feature is one component file that renders its card
 * from the digest (or returns null when it has nothing to show).
 */
import type { Digest } from '../core/types';
import { siteSwitch } from './components/site-switch';
import { citationCard } from './components/citation-card';
import { keyQuoteCard } from './components/key-quote-card';
import { summaryCard } from './components/summary-card';

export interface PopupContext {
  digest: Digest;
  tabId: number;
  locale: string;
}

export type Section = (ctx: PopupContext) => HTMLElement | null;

/** Cards shown under the article header. */
export const ARTICLE_SECTIONS: Section[] = [summaryCard, keyQuoteCard];

/** Cards that still work on pages that are not articles (e.g. the site switch, the citation). */
export const ALWAYS_SECTIONS: Section[] = [siteSwitch, citationCard];
