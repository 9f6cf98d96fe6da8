import { IteratorPrototype } from './iterator-prototype.js';

// Made in a pure call so that bundlers drop it, prototype link and all, from an app that never
// iterates this kind of collection (a statement linking the prototype would keep it in every bundle).
/** Walks the WeakRefs of an IterableWeakSet or IterableWeakMap, yielding `view(target)` for each target alive. */
export const OrderIterator = /* @__PURE__ */ (() => {
  class OrderIterator<K extends WeakKey, T> {
    readonly #refs: Set<WeakRef<K>>;
    readonly #cursor: Iterator<WeakRef<K>>;
    readonly #view: (key: K) => T;
    /** Inherited from %IteratorPrototype%: returns the iterator itself. */
    declare [Symbol.iterator]: () => OrderIterator<K, T>;

    constructor(refs: Set<WeakRef<K>>, view: (key: K) => T) {
      this.#refs = refs;
      this.#cursor = refs.values();
      this.#view = view;
    }

    next(): IteratorResult<T, undefined> {
      const cursor = this.#cursor;
      for (let step = cursor.next(); !step.done; step = cursor.next()) {
        const key = step.value.deref();
        if (key !== undefined) return { done: false, value: this.#view(key) };
        this.#refs.delete(step.value);
      }
      return { done: true, value: undefined };
    }
  }
  Object.setPrototypeOf(OrderIterator.prototype, IteratorPrototype);
  return OrderIterator;
})();
