/**
 * "My rules": a plain textarea, checked as you type. Each problem is listed with its line, and
 * clicking it selects that line. Lines with errors are kept in the text (the user may still be
 * typing them) and ignored when the rules apply.
 */
import { parseUserRules, type UserRuleError, type UserRuleErrorCode } from '../core/user-rules';
import { h } from '../shared/dom';
import { t, type MessageKey } from '../shared/i18n';
import { showToast } from '../shared/toast';
import type { OptionsContext } from './context';

const ERROR_KEYS: Record<UserRuleErrorCode, MessageKey> = {
  'not-cosmetic': 'ruleErrorNotCosmetic',
  unsupported: 'ruleErrorUnsupported',
  'bad-domain': 'ruleErrorBadDomain',
  'empty-selector': 'ruleErrorEmptySelector',
  'invalid-selector': 'ruleErrorInvalidSelector',
  'pseudo-element': 'ruleErrorPseudoElement',
};

/**
 * The browser's own verdict on a selector. The core's check is syntactic; this one also knows
 * which pseudo-classes exist here. A fragment has no elements, so nothing is matched or loaded.
 */
function browserAccepts(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Parses `text` and adds the browser's verdict on selectors the syntax check let through. */
export function checkRules(text: string): { count: number; errors: UserRuleError[] } {
  const { rules, errors } = parseUserRules(text);
  const rejected = rules.filter((rule) => !browserAccepts(rule.selector));
  const all = [
    ...errors,
    ...rejected.map((rule): UserRuleError => ({
      line: rule.line,
      code: 'invalid-selector',
      message: 'the browser rejects this selector',
      subject: rule.selector,
    })),
  ].sort((a, b) => a.line - b.line);
  return { count: rules.length - rejected.length, errors: all };
}

/** Selects line `line` (1-based) of the textarea and scrolls it into view. */
function selectLine(textarea: HTMLTextAreaElement, line: number): void {
  const lines = textarea.value.split(/\r\n|\r|\n/);
  let start = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i]!.length + 1;
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

export function mountRulesEditor(ctx: OptionsContext): () => void {
  const textarea = document.getElementById('user-rules') as HTMLTextAreaElement;
  const status = document.getElementById('rules-status')!;
  const list = document.getElementById('rules-errors')!;
  const saveButton = document.getElementById('save-rules') as HTMLButtonElement;
  let saved = ctx.current().settings.userRules;
  // The stored rules, shown from the start: an empty box that counts as "unsaved" would let one
  // click on Save wipe them.
  textarea.value = saved;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dirty = () => textarea.value !== saved;

  const validate = (): void => {
    const { count, errors } = checkRules(textarea.value);
    textarea.setAttribute('aria-invalid', String(errors.length > 0));
    const parts = [
      count === 0 && errors.length === 0
        ? t('rulesStatusNone')
        : t('rulesStatusCount', String(count)),
      errors.length > 0 && t('rulesStatusErrors', String(errors.length)),
      dirty() && t('rulesStatusUnsaved'),
    ].filter(Boolean);
    status.textContent = parts.join(' · ');
    list.replaceChildren(
      ...errors.map((error) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'rule-error',
              'data-line': error.line,
              onclick: () => selectLine(textarea, error.line),
            },
            t(ERROR_KEYS[error.code], [String(error.line), error.subject]),
          ),
        ),
      ),
    );
    saveButton.disabled = !dirty();
  };

  textarea.addEventListener('input', () => {
    // Save follows the text at once: only the checking waits, so a paste followed by a quick
    // click on Save is never a click on a still-disabled button.
    saveButton.disabled = !dirty();
    clearTimeout(timer);
    // Short enough to feel live, long enough not to re-check on every key of a fast typist.
    timer = setTimeout(validate, 150);
  });
  textarea.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      saveButton.click();
    }
  });
  saveButton.addEventListener('click', () => {
    const text = textarea.value;
    void ctx.save({ userRules: text }).then(() => {
      saved = text;
      validate();
      showToast(t('rulesSavedToast'));
    });
  });
  // Unsaved rules are easy to lose by closing the tab: let the browser ask.
  addEventListener('beforeunload', (event) => {
    if (dirty()) event.preventDefault();
  });

  return () => {
    const stored = ctx.current().settings.userRules;
    // Another tab or an import changed the rules: take them, unless the user is mid-edit here.
    if (!dirty() || stored === textarea.value) textarea.value = stored;
    saved = stored;
    validate();
  };
}
