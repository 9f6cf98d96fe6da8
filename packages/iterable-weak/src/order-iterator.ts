import { IteratorPrototype } from './iterator-prototype.js';

/** Walks the WeakRefs of an IterableWeakSet or IterableWeakMap, yielding `view(target)` for each target alive. */
export class OrderIterator<K extends WeakKey, T> {
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

// In its own module, so a bundle of IterableWeakMap alone leaves EntryIterator out.
Object.setPrototypeOf(OrderIterator.prototype, IteratorPrototype);
