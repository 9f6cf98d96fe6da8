import type { DomUnavailableError } from './dom-unavailable-error.js';
import { observe } from './observe.js';

/*
 * One registry per page, shared by every copy of the package: the ESM and the CJS build (or two
 * versions bundled side by side) find the same WeakMap under the same `Symbol.for` key, so a
 * function never processes an element twice whichever copy is asked. Its shape is a contract
 * between versions: WeakMap<fn, WeakSet<Element>>.
 */
type Registry = WeakMap<object, WeakSet<Element>>;

/**
 * One scan: calls `fn` with every element of `root` (the root itself included when it is an
 * element) that matches `selector` and that `fn` has never processed, and returns how many that
 * was. Made for content swaps (htmx, Turbo, `innerHTML`): call it after every swap and no element
 * is initialized twice. The memory is one WeakSet per function, shared by every copy of the
 * package in the page, so swapped-out elements are still garbage-collected. An error thrown by
 * `fn` is reported (`reportError`, else `console.error`) and the scan goes on.
 *
 * @param root - where to look: a document, an element, a shadow root or a fragment
 * @param selector - a CSS selector
 * @param fn - the initializer; it runs at most once per element, whichever selector found it
 * @returns how many elements were processed for the first time
 * @throws {@link DomUnavailableError} where there is no `MutationObserver` (the scan is
 *   {@link observe}'s), and the browser's `SyntaxError` for an invalid selector
 * @example
 * ```ts
 * import { processOnce } from '@weakset-recipes/dom-processed';
 *
 * const enhance = (el: Element) => el.setAttribute('data-enhanced', '');
 * document.body.innerHTML = '<button class="copy">Copy</button>';
 * console.log(processOnce(document, '.copy', enhance)); // 1
 * document.body.insertAdjacentHTML('beforeend', '<button class="copy">Copy</button>');
 * console.log(processOnce(document, '.copy', enhance)); // 1: only the new button
 * ```
 */
export function processOnce(root: ParentNode, selector: string, fn: (el: Element) => void): number {
  // The key is spelled out here, not in a constant: one expression keeps the entry within 1 kB.
  // biome-ignore lint/suspicious/noAssignInExpressions: as above.
  const registry = ((globalThis as unknown as Record<symbol, Registry | undefined>)[
    Symbol.for('@weakset-recipes/dom-processed')
  ] ??= new WeakMap());
  const processed = registry.get(fn) ?? new WeakSet<Element>();
  registry.set(fn, processed);
  let count = 0;
  // One scan by an observation that stops right away: its own memory lasts one call, the
  // registry's for good, and it reports what `fn` throws like any initializer.
  observe(
    selector,
    (el) => {
      if (!processed.has(el)) {
        processed.add(el);
        count++;
        fn(el);
      }
    },
    { root },
  ).disconnect();
  return count;
}
