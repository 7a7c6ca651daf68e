/**
 * The citation card: a preview in the chosen style, a style picker (remembered in settings) and
 * Copy, which writes text/html (italics kept) and text/plain together. The CSL engine and styles
 * load here, lazily, by dynamic import: they stay out of the popup's first paint.
 *
 * Page-derived text is only ever rendered as text nodes; the preview's italics are <i> elements
 * built with h(), never parsed from HTML.
 */
import { CITATION_STYLE_LABEL_KEYS } from '../../shared/citation-style-labels';
import type * as CitationFormat from '../../core/citation-format';
import type { RenderedCitation } from '../../core/citation-format';
import { CITATION_STYLES, type CitationStyle, type CslItem } from '../../core/types';
import { t } from '../../shared/i18n';
import { loadSettings, saveSettings } from '../../shared/settings-store';
import { h } from '../dom';
import type { PopupContext } from '../sections';

/** Locale keys of the style names shown in the picker. */

/** Multi-line data formats are shown and pasted as preformatted text. */
const PREFORMATTED = new Set<CitationStyle>(['bibtex', 'ris']);

let engine: Promise<typeof CitationFormat> | null = null;
/** The engine module, loaded once on first use (a separate chunk, not in the first paint). */
export function loadEngine(): Promise<typeof CitationFormat> {
  engine ??= import('../../core/citation-format');
  return engine;
}

/** The preview's nodes: text runs, italic runs as <i>. */
export function previewNodes(rendered: RenderedCitation): Node[] {
  return rendered.segments.map((s) =>
    s.italic ? h('i', {}, s.text) : document.createTextNode(s.text),
  );
}

/** What goes on the clipboard as text/html. */
export function clipboardHtml(rendered: RenderedCitation): string {
  return PREFORMATTED.has(rendered.style) ? `<pre>${rendered.html}</pre>` : rendered.html;
}

export async function writeClipboard(rendered: RenderedCitation): Promise<void> {
  const html = clipboardHtml(rendered);
  if (typeof ClipboardItem === 'undefined') {
    await navigator.clipboard.writeText(rendered.text);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([rendered.text], { type: 'text/plain' }),
    }),
  ]);
}

export function citationCard(ctx: PopupContext): HTMLElement {
  const csl: CslItem = ctx.digest.citation.csl;
  let current: RenderedCitation | null = null;

  const preview = h('div', {
    className: 'citation-preview',
    'data-testid': 'citation-preview',
    'aria-busy': 'true',
  });
  preview.textContent = t('citationLoading');
  const status = h('p', {
    className: 'citation-status',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'citation-status',
  });
  const picker = h(
    'select',
    { id: 'citation-style', 'data-testid': 'citation-style' },
    ...CITATION_STYLES.map((style) =>
      h('option', { value: style }, t(CITATION_STYLE_LABEL_KEYS[style])),
    ),
  );
  const copy = h(
    'button',
    { type: 'button', className: 'citation-copy', 'data-testid': 'citation-copy', disabled: true },
    t('citationCopy'),
  );

  const show = async (style: CitationStyle): Promise<void> => {
    preview.setAttribute('aria-busy', 'true');
    try {
      const { renderCitation } = await loadEngine();
      current = renderCitation(csl, style);
      preview.classList.toggle('citation-pre', PREFORMATTED.has(style));
      preview.replaceChildren(...previewNodes(current));
      copy.disabled = false;
    } catch (error) {
      current = null;
      preview.textContent = t('citationFailed');
      console.error('Standfirst: citation', error);
    } finally {
      preview.setAttribute('aria-busy', 'false');
    }
  };

  picker.addEventListener('change', () => {
    const style = picker.value as CitationStyle;
    status.textContent = '';
    void show(style);
    // Remembered for the next popup, the context menu and the shortcut.
    void saveSettings({ citationStyle: style }).catch((error: unknown) =>
      console.error('Standfirst: saving the citation style', error),
    );
  });
  copy.addEventListener('click', () => {
    if (!current) return;
    const rendered = current;
    writeClipboard(rendered).then(
      () => {
        status.textContent = t('citationCopied', t(CITATION_STYLE_LABEL_KEYS[rendered.style]));
      },
      (error: unknown) => {
        status.textContent = t('citationCopyFailed');
        console.error('Standfirst: clipboard', error);
      },
    );
  });

  void loadSettings().then(
    ({ settings }) => {
      picker.value = settings.citationStyle;
      return show(settings.citationStyle);
    },
    () => show('apa'),
  );

  return h(
    'section',
    { className: 'card citation-card', 'aria-labelledby': 'citation-heading' },
    h('h2', { id: 'citation-heading' }, t('citationHeading')),
    h(
      'div',
      { className: 'citation-controls' },
      h('label', { for: 'citation-style' }, t('citationStyleLabel')),
      picker,
      copy,
    ),
    preview,
    status,
  );
}
