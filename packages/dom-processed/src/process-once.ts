import { attempt } from './attempt.js';

/*
 * One registry per page, shared by every copy of the package: the ESM and the CJS build (or two
 * versions bundled side by side) find the same WeakMap under the same `Symbol.for` key, so a
 * function never processes an element twice whichever copy is asked. Its shape is a contract
 * between versions: WeakMap<fn, WeakSet<Element>>.
 */
const registryKey = Symbol.for('@weakset-recipes/dom-processed');

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
  // biome-ignore lint/suspicious/noAssignInExpressions: one expression keeps the entry within its 1 kB budget.
  const registry = ((globalThis as { [registryKey]?: Registry })[registryKey] ??= new WeakMap());
  const processed = registry.get(fn) ?? new WeakSet<Element>();
  registry.set(fn, processed);
  let count = 0;
  for (const el of [root as Element, ...root.querySelectorAll(selector)]) {
    if (el.matches?.(selector) && !processed.has(el)) {
      processed.add(el);
      count++;
      attempt(fn, el);
    }
  }
  return count;
}
