/**
 * One toast per extension page, in the polite live region `#toast` that the page's HTML holds
 * from the start (a region added later is often not announced). An optional action (Undo) is a
 * real button; the toast stays while the pointer or focus is on it.
 */
import { h } from './dom';

const VISIBLE_MS = 8000;
let timer: ReturnType<typeof setTimeout> | undefined;
let paused = false;
const wired = new WeakSet<HTMLElement>();

export interface ToastAction {
  label: string;
  run: () => void;
}

function region(): HTMLElement | null {
  const el = document.getElementById('toast');
  if (el && !wired.has(el)) {
    wired.add(el);
    const pause = () => {
      paused = true;
      clearTimeout(timer);
    };
    const resume = () => {
      paused = false;
      schedule(el);
    };
    el.addEventListener('mouseenter', pause);
    el.addEventListener('focusin', pause);
    el.addEventListener('mouseleave', resume);
    el.addEventListener('focusout', resume);
  }
  return el;
}

function schedule(el: HTMLElement): void {
  clearTimeout(timer);
  if (!paused) timer = setTimeout(() => el.replaceChildren(), VISIBLE_MS);
}

export function showToast(message: string, action?: ToastAction): void {
  const el = region();
  if (!el) return;
  const text = h('span', { 'data-testid': 'toast-message' }, message);
  if (!action) el.replaceChildren(text);
  else
    el.replaceChildren(
      text,
      h(
        'button',
        {
          type: 'button',
          className: 'btn',
          onclick: () => {
            el.replaceChildren();
            paused = false;
            action.run();
          },
        },
        action.label,
      ),
    );
  schedule(el);
}
