/** The message key of each citation style's display name, for every picker of styles. */
import type { CitationStyle } from '../core/types';
import type { MessageKey } from './i18n';

export const CITATION_STYLE_LABEL_KEYS: Readonly<Record<CitationStyle, MessageKey>> = {
  apa: 'citationStyleApa',
  mla: 'citationStyleMla',
  chicago: 'citationStyleChicago',
  harvard: 'citationStyleHarvard',
  ieee: 'citationStyleIeee',
  bibtex: 'citationStyleBibtex',
  ris: 'citationStyleRis',
  markdown: 'citationStyleMarkdown',
  plain: 'citationStylePlain',
};
