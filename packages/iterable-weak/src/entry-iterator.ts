import { IteratorPrototype } from './iterator-prototype.js';

// Made in a pure call so that bundlers drop it, prototype link and all, from an app that never
// iterates this kind of collection (a statement linking the prototype would keep it in every bundle).
/** Walks the entries of a WeakValueMap, yielding `view(key, value)` for each value alive. */
export const EntryIterator = /* @__PURE__ */ (() => {
  class EntryIterator<K, V extends WeakKey, T> {
    readonly #entries: Map<K, WeakRef<V>>;
    readonly #cursor: Iterator<[K, WeakRef<V>]>;
    readonly #view: (key: K, value: V) => T;
    /** Inherited from %IteratorPrototype%: returns the iterator itself. */
    declare [Symbol.iterator]: () => EntryIterator<K, V, T>;

    constructor(entries: Map<K, WeakRef<V>>, view: (key: K, value: V) => T) {
      this.#entries = entries;
      this.#cursor = entries.entries();
      this.#view = view;
    }

    next(): IteratorResult<T, undefined> {
      const cursor = this.#cursor;
      for (let step = cursor.next(); !step.done; step = cursor.next()) {
        const [key, ref] = step.value;
        const value = ref.deref();
        if (value !== undefined) return { done: false, value: this.#view(key, value) };
        this.#entries.delete(key);
      }
      return { done: true, value: undefined };
    }
  }
  Object.setPrototypeOf(EntryIterator.prototype, IteratorPrototype);
  return EntryIterator;
})();
