/**
 * Clutter detection: the blocks to hide, each with the reason it qualified.
 * (Site rules and heuristics arrive with the clutter-removal issue.)
 */
import type { ExtractedArticle } from './article';
import type { SiteRule } from '../sites/types';

export interface ClutterBlock {
  element: Element;
  reason: string;
}

export function findClutter(
  _doc: Document,
  _article: ExtractedArticle | null,
  _site: SiteRule | null,
): ClutterBlock[] {
  return [];
}
