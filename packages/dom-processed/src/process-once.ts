import { checkArgument, checkRoot, checkSelector } from './check-argument.js';
import { DomUnavailableError } from './dom-unavailable-error.js';
import { observe } from './observe.js';
import type { ElementFor, ProcessOnceOptions } from './types.js';

/*
 * One registry per page, shared by every copy of the package: the ESM and the CJS build (or two
 * versions bundled side by side) find the same pair of maps under the same `Symbol.for` key, so
 * an element is never processed twice whichever copy is asked. Its shape is a contract between
 * versions: [WeakMap<function, WeakSet<Element>>, Map<string | symbol, WeakSet<Element>>]. Keys
 * are held strongly (a string cannot be a weak key), the elements never are.
 */
type Registry = [byFunction: WeakMap<object, WeakSet<Node>>, byKey: Map<unknown, WeakSet<Node>>];

/**
 * One scan: calls `fn` with every element of `root` (the root itself included when it is an
 * element) that matches `selector` and has not been processed under the same memory yet, and
 * returns how many it processed. Made for content swaps (htmx, Turbo, `innerHTML`): call it after
 * every swap and no element is initialized twice.
 *
 * The memory is named by `options.key`: every call with the same key (a string or a symbol)
 * shares it, whatever function it passes, which is what a listener that builds a new arrow
 * function per event needs. Without a key, the memory is the function's own. It lives on
 * `globalThis`, shared by every copy of the package in the page, and holds elements only in
 * WeakSets, so swapped-out elements are still garbage-collected.
 *
 * An error thrown by `fn` is reported (`reportError`, else `console.error`), the element is not
 * remembered (the next call tries it again) and the scan goes on.
 *
 * @param root - where to look: a document, an element, a shadow root or a fragment
 * @param selector - a CSS selector; `:scope` is the root, as in `root.querySelectorAll`
 * @param fn - the initializer; it runs at most once per element and memory
 * @param options - `key`: the name of the memory to share
 * @returns how many elements were processed for the first time (and did not throw)
 * @throws {@link DomUnavailableError} where there is no DOM (no `MutationObserver`), a
 *   `TypeError` naming the argument that is wrong, and the browser's `SyntaxError` for an
 *   invalid selector
 * @example
 * ```ts
 * import { processOnce } from '@weakset-recipes/dom-processed';
 *
 * document.body.innerHTML = '<button class="copy">Copy</button>';
 * const enhance = (el: Element) => el.setAttribute('data-enhanced', '');
 * console.log(processOnce(document, '.copy', enhance, { key: 'copy-buttons' })); // 1
 * document.body.insertAdjacentHTML('beforeend', '<button class="copy">Copy</button>');
 * // A new function, the same key: only the new button.
 * console.log(processOnce(document, '.copy', (el) => enhance(el), { key: 'copy-buttons' })); // 1
 * ```
 */
export function processOnce<Selector extends string, E extends Element = ElementFor<Selector>>(
  root: ParentNode,
  selector: Selector,
  fn: (el: E) => unknown,
  options?: ProcessOnceOptions,
): number {
  const call = 'processOnce';
  // In argument order, after the one check that needs no argument.
  if (typeof MutationObserver > 'u') throw new DomUnavailableError(call);
  checkRoot(call, 'root', root);
  checkSelector(call, selector);
  checkArgument(call, 'fn', 'a function', fn);
  checkArgument(call, 'options', 'an object', options, true);
  const key = options?.key;
  checkArgument(call, 'options.key', 'a string or a symbol', key, true);
  // biome-ignore lint/suspicious/noAssignInExpressions: one expression creates the registry once per page.
  const [byFunction, byKey] = ((globalThis as unknown as Record<symbol, Registry | undefined>)[
    Symbol.for('@weakset-recipes/dom-processed')
  ] ??= [new WeakMap(), new Map()]);
  // A WeakMap for functions, a Map for names: the same get and set.
  const memories = (key == null ? byFunction : byKey) as Map<unknown, WeakSet<Node>>;
  const name = key ?? fn;
  const memory = memories.get(name) ?? new WeakSet();
  memories.set(name, memory);
  let count = 0;
  // One scan by an observation that stops right away: its own memory lasts one call, the
  // registry's for good, and what `fn` throws is reported like an initializer's error. Its
  // arguments were checked above, so observe() has nothing to say about them.
  observe<string>(
    selector,
    (el: Element) => {
      if (!memory.has(el)) {
        // Remembered before the call, so an `fn` that calls processOnce again cannot re-enter;
        // forgotten if it throws, as memo-guard's `once` forgets a call that threw.
        memory.add(el);
        try {
          fn(el as E);
          count++;
        } catch (error) {
          memory.delete(el);
          throw error;
        }
      }
    },
    { root },
  ).disconnect();
  return count;
}
