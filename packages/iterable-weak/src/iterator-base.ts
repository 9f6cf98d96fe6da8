/**
 * A constructor whose prototype is %IteratorPrototype%, the prototype every built-in iterator
 * inherits. Extending it gives our iterators `[Symbol.iterator]() { return this }` and, on engines
 * with iterator helpers (Node 22+, current browsers), `map`, `filter`, `take`, `toArray`… exactly
 * as `new Set().values()` has them. A hand-written `next()` rather than a generator: on
 * JavaScriptCore (Bun, Safari) a generator costs about twice as much per member (measured ad hoc).
 */
export const IteratorBase = /* @__PURE__ */ (() => {
  function Iterator(): void {}
  Iterator.prototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
  return Iterator as unknown as abstract new <T>() => IterableIterator<T>;
})();

/** Which view of an entry an iterator yields: `keys()`, `values()` or `entries()`. */
export type IterationKind = 0 | 1 | 2;
export const KEYS: IterationKind = 0;
export const VALUES: IterationKind = 1;
export const ENTRIES: IterationKind = 2;

/** The result every iterator returns once it is exhausted (a fresh object each time, as built-ins do). */
export function done(): IteratorReturnResult<undefined> {
  return { value: undefined, done: true };
}
