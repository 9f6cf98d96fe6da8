import { attributeOptionsFor, dependsOnAnything } from './attribute-filter.js';
import { checkArgument, checkRoot, checkSelector } from './check-argument.js';
import { DomUnavailableError } from './dom-unavailable-error.js';
import { begin, run, type Scan, Slot, settle, visit, watchAncestors } from './scan.js';
import type { ElementFor, Handler, Observation, ObserveOptions } from './types.js';

/**
 * Calls `handler` once with every element in the root that matches `selector`: the ones there
 * now (synchronously, before `observe` returns) and the ones that start matching later (in the
 * MutationObserver batch), whether inserted, deep inside an inserted subtree, or changed by an
 * attribute or class. When a processed element leaves the root or stops matching, its cleanup
 * (what the initializer returned) and then `remove` run, once. An element moved inside the root
 * is neither torn down nor processed again.
 *
 * Only WeakMaps and WeakSets remember elements, so a removed element stays collectable, and only
 * the attributes the selector can depend on are observed, on the root's subtree and on its
 * ancestors. `:scope` is the root, as in `root.querySelectorAll`.
 *
 * The element type comes from a tag-name selector as `querySelector`'s does (`'textarea'` gives
 * `HTMLTextAreaElement`), or from the handler's annotation.
 *
 * @param selector - a CSS selector
 * @param handler - an initializer, or `{ add, remove }`
 * @param options - root, shadow roots, once, signal, error handler
 * @returns the running {@link Observation}
 * @throws {@link DomUnavailableError} where there is no `MutationObserver`; a `TypeError` naming
 *   the argument that is wrong; the browser's `SyntaxError` for an invalid selector (even with an
 *   aborted signal); and what `onError` threw during the first scan, after finishing the scan
 *   and stopping. Nothing runs after `observe()` has thrown.
 * @example
 * ```ts
 * import { observe } from '@weakset-recipes/dom-processed';
 *
 * const observation = observe('textarea[data-autogrow]', (el: HTMLTextAreaElement) => {
 *   const grow = () => {
 *     el.rows = Math.max(2, el.value.split('\n').length);
 *   };
 *   el.addEventListener('input', grow);
 *   return () => el.removeEventListener('input', grow);
 * });
 * document.querySelector('#plain-text')?.addEventListener('click', () => observation.disconnect());
 * ```
 */
export function observe<Selector extends string, E extends Element = ElementFor<Selector>>(
  selector: Selector,
  handler: Handler<E>,
  options: ObserveOptions<E> = {},
): Observation {
  const call = 'observe';
  if (typeof MutationObserver > 'u') throw new DomUnavailableError();
  checkSelector(call, selector);
  const add = (handler as { add?: unknown } | null)?.add ?? handler;
  checkArgument(
    call,
    'handler',
    'a function or an object with an add function',
    handler,
    false,
    typeof add === 'function',
  );
  const remove = (handler as { remove?: unknown }).remove;
  checkArgument(call, 'handler.remove', 'a function', remove, true);
  checkArgument(call, 'options', 'an object', options);
  const { root = document, shadow, once, signal, onError } = options;
  checkRoot(call, 'options.root', root);
  checkArgument(call, 'options.signal', 'an AbortSignal', signal, true, signal instanceof AbortSignal);
  checkArgument(call, 'options.onError', 'a function', onError, true);

  const attributes = attributeOptionsFor(selector);
  const init: MutationObserverInit = { childList: true, subtree: true, ...attributes };
  const observer = new MutationObserver((records) => run(scan, records));
  const scan: Scan = [
    signal?.aborted ? null : new WeakMap(),
    selector,
    root as Node & ParentNode,
    add as Scan[Slot.Add],
    dependsOnAnything.test(selector),
    remove as Scan[Slot.Remove],
    onError as Scan[Slot.OnError],
    shadow,
    observer,
    init,
    once ? new WeakSet() : undefined,
  ];
  let ancestors: MutationObserver | undefined;
  const disconnect = () => {
    scan[Slot.Processed] = null;
    observer.disconnect();
    ancestors?.disconnect();
    signal?.removeEventListener('abort', disconnect);
  };

  if (scan[Slot.Processed]) {
    signal?.addEventListener('abort', disconnect);
    try {
      // Observing before the first scan: what the initializers insert is picked up in the next batch.
      observer.observe(root as Node, init);
      // Their siblings are not observed (see Limits).
      if (attributes.attributes) ancestors = watchAncestors(scan, attributes);
      begin(scan);
      visit(scan, root as Node);
      settle(scan);
    } catch (error) {
      // A throwing observe() leaves nothing running.
      disconnect();
      throw error;
    }
  }
  return {
    disconnect,
    flush: () => run(scan, observer.takeRecords().concat(ancestors?.takeRecords() ?? [])),
    has: (el) => !!scan[Slot.Processed]?.has(el),
  };
}
