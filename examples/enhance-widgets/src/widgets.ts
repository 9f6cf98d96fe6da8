import { countClock, countInit, countTeardown } from './stats.js';

type Enhance = (el: HTMLElement) => () => void;

/**
 * A counter: the server sends its label, the enhancement makes it a button that counts clicks.
 * The count lives in the markup (`data-count`) and the listener on the widget itself, the usual
 * shape of enhancement code, and the one where a second initialization shows: two listeners, and
 * every click counts twice.
 */
const counter: Enhance = (el) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'count';
  const render = () => {
    button.textContent = `${el.dataset.label ?? 'Count'}: ${el.dataset.count ?? 0}`;
  };
  const onClick = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.count')) return;
    el.dataset.count = String(Number(el.dataset.count ?? 0) + 1);
    render();
  };
  el.addEventListener('click', onClick);
  render();
  el.replaceChildren(button);
  return () => el.removeEventListener('click', onClick);
};

/** A clock: a timer that must stop when the widget leaves, or it keeps running for nothing. */
const clock: Enhance = (el) => {
  const time = document.createElement('time');
  const tick = () => {
    time.textContent = `${el.dataset.label ?? 'Time'}: ${new Date().toLocaleTimeString('en-GB')}`;
  };
  tick();
  const timer = setInterval(tick, 1000);
  countClock(1);
  el.replaceChildren(time);
  return () => {
    clearInterval(timer);
    countClock(-1);
  };
};

const kinds: Record<string, Enhance> = { counter, clock };

/** The initializer given to dom-processed: enhance, add a remove button, return the teardown. */
export function enhance(el: Element): () => void {
  countInit(el);
  const kind = kinds[el.getAttribute('data-widget') ?? ''];
  if (!(el instanceof HTMLElement) || !kind) {
    el.textContent = `Unknown widget "${el.getAttribute('data-widget')}"`;
    return () => {};
  }
  const stop = kind(el);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.setAttribute('aria-label', `Remove ${el.dataset.label ?? 'widget'}`);
  remove.textContent = '×';
  remove.addEventListener('click', () => el.remove());
  el.append(remove);
  el.classList.add('enhanced');
  return stop;
}

/** Called by dom-processed after the teardown, once per widget that left the page. */
export function removed(): void {
  countTeardown();
}
