/**
 * The key-quote card: the quotation that carries the story, who said it and in what role, and
 * whether it is a denial; "Other quotes (N)" expands the rest, each with its speaker.
 */
import type { Quote, Stance } from '../../core/types';
import type { PopupContext } from '../sections';
import { t, type MessageKey } from '../../shared/i18n';
import { h } from '../dom';

const STANCE_LABEL: Partial<Record<Stance, MessageKey>> = {
  denial: 'stanceDenial',
  claim: 'stanceClaim',
};

let uid = 0;

function attribution(q: Quote, testid?: string): HTMLElement {
  return h(
    'p',
    { className: 'attribution' },
    h('span', { className: 'speaker', 'data-testid': testid && `${testid}-speaker` }, q.speaker),
    q.role && ', ',
    q.role && h('span', { className: 'role', 'data-testid': testid && `${testid}-role` }, q.role),
  );
}

/** A button that shows and hides `panel`, announcing its state with aria-expanded. */
function expander(label: string, panel: HTMLElement): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      className: 'expander',
      'aria-expanded': 'false',
      'aria-controls': panel.id,
      'data-testid': 'other-quotes-toggle',
    },
    label,
  );
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return button;
}

export function keyQuoteCard({ digest }: PopupContext): HTMLElement | null {
  const key = digest.keyQuote;
  const others = digest.quotes.filter(
    (q) => !key || q.text !== key.text || q.speaker !== key.speaker,
  );
  if (!key && !others.length) return null;

  const listId = `other-quotes-${++uid}`;
  const list = h(
    'ul',
    { id: listId, className: 'other-quotes', hidden: true, 'data-testid': 'other-quotes' },
    ...others.map((q) => h('li', {}, h('blockquote', {}, h('p', {}, q.text)), attribution(q))),
  );
  const stance = key && STANCE_LABEL[key.stance];
  return h(
    'section',
    {
      className: 'card key-quote',
      'aria-labelledby': 'key-quote-heading',
      'data-testid': 'key-quote-card',
    },
    h('h2', { id: 'key-quote-heading' }, t(key ? 'keyQuoteHeading' : 'quotesHeading')),
    key &&
      h(
        'figure',
        { className: 'quote' },
        h('blockquote', { 'data-testid': 'key-quote' }, h('p', {}, key.text)),
        h(
          'figcaption',
          {},
          attribution(key, 'key-quote'),
          stance &&
            h(
              'span',
              { className: `stance stance-${key.stance}`, 'data-testid': 'key-quote-stance' },
              t(stance),
            ),
        ),
      ),
    others.length > 0 &&
      expander(t(key ? 'otherQuotes' : 'allQuotes', String(others.length)), list),
    others.length > 0 && list,
  );
}
