/**
 * The element type a selector stands for, as `querySelector` infers it: a bare tag name gives
 * that tag's element type (`'textarea'` gives `HTMLTextAreaElement`, `'circle'` gives
 * `SVGCircleElement`), anything else `Element`. An annotated handler parameter overrides it.
 *
 * @example
 * ```ts
 * import type { ElementFor } from '@weakset-recipes/dom-processed';
 *
 * const field: ElementFor<'textarea'> = document.createElement('textarea');
 * const anything: ElementFor<'.card > p'> = field; // Element
 * console.log(field.value, anything.tagName);
 * ```
 */
export type ElementFor<Selector extends string> = Selector extends keyof HTMLElementTagNameMap
  ? HTMLElementTagNameMap[Selector]
  : Selector extends keyof SVGElementTagNameMap
    ? SVGElementTagNameMap[Selector]
    : Selector extends keyof MathMLElementTagNameMap
      ? MathMLElementTagNameMap[Selector]
      : Element;

/**
 * An initializer: called once with each element that starts matching. If it returns a function,
 * that is the element's cleanup, run when the element leaves the root or stops matching; any
 * other result (nothing, a value, the promise of an async initializer) is ignored.
 *
 * @example
 * ```ts
 * import { type AddFn, observe } from '@weakset-recipes/dom-processed';
 *
 * const tooltip: AddFn = (el) => {
 *   const show = () => el.classList.add('shown');
 *   el.addEventListener('mouseenter', show);
 *   return () => el.removeEventListener('mouseenter', show);
 * };
 * observe('[data-tooltip]', tooltip);
 * ```
 */
export type AddFn<E extends Element = Element> = (el: E) => unknown;

/**
 * What {@link observe} calls: either an {@link AddFn}, or an object with an `add` and an optional
 * `remove`, called after the cleanup when a processed element leaves or stops matching.
 *
 * @example
 * ```ts
 * import { type Handler, observe } from '@weakset-recipes/dom-processed';
 *
 * const counter: Handler = {
 *   add: (el) => console.log('in', el.id),
 *   remove: (el) => console.log('out', el.id),
 * };
 * observe('.counter', counter);
 * ```
 */
export type Handler<E extends Element = Element> =
  | AddFn<E>
  | {
      /**
       * Called once with each element that starts matching; may return a cleanup.
       *
       * @example
       * ```ts
       * import { observe } from '@weakset-recipes/dom-processed';
       *
       * observe('video', { add: (el) => el.setAttribute('preload', 'none') });
       * ```
       */
      add: AddFn<E>;
      /**
       * Called once with each processed element that leaves the root or stops matching, after
       * its cleanup. What it returns is ignored.
       *
       * @example
       * ```ts
       * import { observe } from '@weakset-recipes/dom-processed';
       *
       * observe('.chart', { add: () => {}, remove: (el) => console.log('chart gone', el) });
       * ```
       */
      remove?: ((el: E) => unknown) | undefined;
    };

/**
 * Options of {@link observe}.
 *
 * @example
 * ```ts
 * import { type ObserveOptions, observe } from '@weakset-recipes/dom-processed';
 *
 * const options: ObserveOptions = { root: document.body, once: true };
 * observe('.intro', (el) => el.classList.add('seen'), options);
 * ```
 */
export interface ObserveOptions<E extends Element = Element> {
  /**
   * Where to look: the root and everything inside it (the root itself counts when it is an
   * element that matches). Default: `document`. A selector may read the root's ancestors
   * (`.dark .widget` with an `<aside>` as root): their observed attributes are watched too. It
   * may not read their siblings (`.on + section p` with the section as root): choose a root
   * that contains what the selector reads.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * const sidebar = document.createElement('aside');
   * document.body.append(sidebar);
   * observe('a', (el) => el.setAttribute('rel', 'noopener'), { root: sidebar });
   * ```
   */
  root?: ParentNode | undefined;
  /**
   * Also look inside open shadow roots, the ones present now and the ones that come in with
   * inserted elements. Closed shadow roots stay invisible. Default: `false`.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * observe('button', (el) => el.setAttribute('type', 'button'), { shadow: true });
   * ```
   */
  shadow?: boolean | undefined;
  /**
   * Process an element at most once for its whole life: it is still torn down when it leaves,
   * but never processed again when it comes back. Default: `false`.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * observe('[data-track-view]', (el) => console.log('viewed', el.id), { once: true });
   * ```
   */
  once?: boolean | undefined;
  /**
   * Aborting the signal disconnects the observation. An already aborted signal means nothing is
   * processed at all and the returned {@link Observation} is disconnected.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * const controller = new AbortController();
   * observe('form', (el) => el.setAttribute('novalidate', ''), { signal: controller.signal });
   * controller.abort();
   * ```
   */
  signal?: AbortSignal | undefined;
  /**
   * Receives what an initializer, a cleanup or `remove` threw, with the element; the other
   * elements are processed as usual. Default: `globalThis.reportError`, else `console.error`.
   * If it throws in turn, the scan still goes on: the first such error is rethrown once the scan
   * is over (from `observe()`, which has then stopped, from `flush()`, or from the
   * MutationObserver callback, where the browser reports it), later ones are reported.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * observe('.widget', () => {}, { onError: (error, el) => console.warn('widget failed', el, error) });
   * ```
   */
  onError?: ((error: unknown, el: E) => void) | undefined;
}

/**
 * A running observation, returned by {@link observe}.
 *
 * @example
 * ```ts
 * import { type Observation, observe } from '@weakset-recipes/dom-processed';
 *
 * const observation: Observation = observe('.card', (el) => el.classList.add('ready'));
 * observation.disconnect();
 * ```
 */
export interface Observation {
  /**
   * Stops the observation: no initializer, cleanup or `remove` runs after this call, not even
   * for elements that are still processed (remove them first if they need their cleanup).
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * const observation = observe('.card', () => {});
   * observation.disconnect();
   * ```
   */
  disconnect(): void;
  /**
   * Processes the mutations that happened since the last batch right now, instead of in the
   * next MutationObserver callback. Throws what a throwing `onError` threw, once the batch is
   * done.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * const observation = observe('.card', (el) => el.classList.add('ready'));
   * const card = document.createElement('div');
   * card.className = 'card';
   * document.body.append(card);
   * observation.flush();
   * console.log(card.classList.contains('ready')); // true
   * ```
   */
  flush(): void;
  /**
   * Whether this observation has processed the element and not torn it down since.
   *
   * @example
   * ```ts
   * import { observe } from '@weakset-recipes/dom-processed';
   *
   * document.body.innerHTML = '<p class="note">hi</p>';
   * const observation = observe('.note', () => {});
   * console.log(observation.has(document.querySelector('.note')!)); // true
   * ```
   */
  has(el: Element): boolean;
}

/**
 * Options of {@link processOnce}.
 *
 * @example
 * ```ts
 * import { type ProcessOnceOptions, processOnce } from '@weakset-recipes/dom-processed';
 *
 * const options: ProcessOnceOptions = { key: 'date-pickers' };
 * processOnce(document, 'input[type=date]', (el) => el.setAttribute('autocomplete', 'off'), options);
 * ```
 */
export interface ProcessOnceOptions {
  /**
   * The name of the memory: every call with the same key shares one, whatever function it
   * passes, in every copy of the package in the page (as Drupal's `once(id, …)` does). Without
   * it, each function has a memory of its own. A string or a symbol; the keys themselves are
   * kept for the life of the page, so use a fixed set of them.
   *
   * @example
   * ```ts
   * import { processOnce } from '@weakset-recipes/dom-processed';
   *
   * document.addEventListener('htmx:load', (event) => {
   *   processOnce(event.target as Element, '.copy', (el) => el.setAttribute('data-ready', ''), { key: 'copy' });
   * });
   * ```
   */
  key?: string | symbol | undefined;
}
