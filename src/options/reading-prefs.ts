/** Default mode, summary length and citation style: saved as soon as they change. */
import { CITATION_STYLES, type CitationStyle, type Mode } from '../core/types';
import { CITATION_STYLE_LABEL_KEYS } from '../shared/citation-style-labels';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { showToast } from '../shared/toast';
import type { OptionsContext, SettingsPatch } from './context';

export function mountReadingPrefs(ctx: OptionsContext): () => void {
  const modes = document.querySelectorAll<HTMLInputElement>('input[name="mode"]');
  const lengths = document.querySelectorAll<HTMLInputElement>('input[name="summaryLength"]');
  const style = document.getElementById('citation-style') as HTMLSelectElement;
  style.replaceChildren(
    ...CITATION_STYLES.map((s) => h('option', { value: s }, t(CITATION_STYLE_LABEL_KEYS[s]))),
  );

  const save = (patch: SettingsPatch) =>
    void ctx.save(patch).then(() => showToast(t('savedToast')));
  for (const radio of modes)
    radio.addEventListener('change', () => save({ mode: radio.value as Mode }));
  for (const radio of lengths)
    radio.addEventListener('change', () => save({ summaryLength: radio.value === '2' ? 2 : 3 }));
  style.addEventListener('change', () => save({ citationStyle: style.value as CitationStyle }));

  return () => {
    const { settings } = ctx.current();
    for (const radio of modes) radio.checked = radio.value === settings.mode;
    for (const radio of lengths) radio.checked = radio.value === String(settings.summaryLength);
    style.value = settings.citationStyle;
  };
}
