import { attempt } from './attempt.js';
import { attributeOptionsFor, dependsOnAnything } from './attribute-filter.js';
import { DomUnavailableError } from './dom-unavailable-error.js';
import type { AddFn, Handler, Observation, ObserveOptions } from './types.js';

/**
 * Calls `handler` once with every element in the root that matches `selector`: the ones there
 * now (synchronously, before `observe` returns) and the ones that start matching later (in the
 * MutationObserver batch), whether inserted, deep inside an inserted subtree, or changed by an
 * attribute or class. When a processed element leaves the root or stops matching, its cleanup
 * (what the initializer returned) and then `remove` run, once. An element moved inside the root
 * is neither torn down nor processed again.
 *
 * Only WeakMaps and WeakSets remember elements, so a removed element stays collectable, and only
 * the attributes the selector can depend on are observed.
 *
 * @param selector - a CSS selector
 * @param handler - an initializer, or `{ add, remove }`
 * @param options - root, shadow roots, once, signal, error handler
 * @returns the running {@link Observation}
 * @throws {@link DomUnavailableError} where there is no `MutationObserver`, and the browser's
 *   `SyntaxError` for an invalid selector (before anything is observed)
 * @example
 * ```ts
 * import { observe } from '@weakset-recipes/dom-processed';
 *
 * const observation = observe('textarea[data-autosize]', (el) => {
 *   const resize = () => el.setAttribute('rows', String(el.textContent?.split('\n').length ?? 1));
 *   el.addEventListener('input', resize);
 *   return () => el.removeEventListener('input', resize);
 * });
 * // later
 * observation.disconnect();
 * ```
 */
export function observe(selector: string, handler: Handler, options: ObserveOptions = {}): Observation {
  if (typeof MutationObserver > 'u') throw new DomUnavailableError();
  const { root = document, shadow, once, signal, onError } = options;
  const add = (handler as { add?: AddFn }).add ?? handler;
  const remove = (handler as { remove?: unknown }).remove;
  const init: MutationObserverInit = { childList: true, subtree: true, ...attributeOptionsFor(selector) };
  const recheckRoot = dependsOnAnything.test(selector);
  const everProcessed = new WeakSet<Node>();
  // Element -> its cleanup; `null` once disconnected, which silences every later callback.
  let processed: WeakMap<Node, unknown> | null = signal?.aborted ? null : new WeakMap();

  // Containment at batch time, not the records' history: a node removed and put back within one
  // batch is simply still inside. In open shadow trees, the host's containment counts.
  const inRoot = (node: Node | null | undefined | false): boolean =>
    !!node && ((root as Node).contains(node) || inRoot(shadow && (node.getRootNode() as ShadowRoot).host));
  // `recheck`: also tear down what no longer matches or is no longer inside, which needs every
  // element of the subtree; adding needs only the matching ones. Leaves skip querySelectorAll,
  // whose per-call cost dominates batches of small insertions.
  const visit = (node: Node, recheck?: boolean, inside = inRoot(node)): void => {
    // querySelectorAll(selector) finds only matches, so only the node itself needs matches(),
    // unless `*` is needed: to recheck, for shadow hosts, or for selectors matches() must judge.
    const ask = recheck || shadow || recheckRoot;
    const found = (node as Element).firstElementChild
      ? (node as Element).querySelectorAll(ask ? '*' : selector)
      : [];
    // An index loop, the node itself first (index 0), until the NodeList runs out: spreading or
    // iterating the NodeList costs more than all the rest of the per-match work (measured in
    // Chromium). Text and comment nodes fall through harmlessly: no children, no matches(), no
    // shadowRoot.
    for (let index = 0, el = node as Element | undefined; el; el = found[index++]) {
      if (inside && ((index && !ask) || el.matches?.(selector))) {
        if (processed && !processed.has(el) && !(once && everProcessed.has(el))) {
          if (once) everProcessed.add(el);
          // Marked before the call, so an initializer that triggers a flush cannot re-enter.
          processed.set(el, 0);
          processed.set(el, attempt(add, el, onError));
        }
      } else if (recheck && processed?.has(el)) {
        const cleanup = processed.get(el);
        processed.delete(el);
        attempt(cleanup, el, onError);
        attempt(remove, el, onError);
      }
      const shadowRoot = shadow && el.shadowRoot;
      if (shadowRoot) {
        if (inside && processed) observer.observe(shadowRoot, init);
        visit(shadowRoot, recheck, inside);
      }
    }
  };
  // One strategy for every batch. A single querySelectorAll over the root was never measurably
  // faster than looking only at what was added, not even for 10,000 nodes appended at once, and is
  // far slower on many small batches (measured in Chromium): there is nothing to switch to.
  const run = (records: MutationRecord[]) => {
    // Index loops: a NodeList iterator per record cost more than the rest of a small batch.
    for (const record of records) {
      // biome-ignore lint/suspicious/noAssignInExpressions: the shortest index loop keeps the entry within 1 kB.
      for (let index = 0, node: Node | undefined; (node = record.removedNodes[index++]); ) visit(node, true);
      if (record.attributeName) visit(record.target, true);
      // biome-ignore lint/suspicious/noAssignInExpressions: as above.
      for (let index = 0, node: Node | undefined; (node = record.addedNodes[index++]); ) visit(node);
    }
    if (recheckRoot) visit(root as Node, true);
  };
  const observer = new MutationObserver(run);
  const disconnect = () => {
    processed = null;
    observer.disconnect();
    signal?.removeEventListener('abort', disconnect);
  };

  if (processed) {
    // Throws a SyntaxError for an invalid selector before anything is observed.
    root.querySelector(selector);
    // Observing before the first scan: what the initializers insert is picked up in the next batch.
    observer.observe(root as Node, init);
    signal?.addEventListener('abort', disconnect);
    visit(root as Node);
  }
  return {
    disconnect,
    flush: () => run(observer.takeRecords()),
    has: (el) => !!processed?.has(el),
  };
}
