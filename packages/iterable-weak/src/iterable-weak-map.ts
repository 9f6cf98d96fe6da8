import { OrderIterator } from './order-iterator.js';
import { initial, requireFunction, weakRefTo } from './weak-key.js';
import { WeakOrder } from './weak-order.js';

/**
 * A `Map` that holds its keys weakly: it can be iterated and counted like a `Map`, yet never keeps
 * a key alive. A key that nothing else references is collected, and its entry silently leaves.
 *
 * Values are held the way a `WeakMap` holds them (ephemeron semantics): a value lives exactly as
 * long as its key, and a value that refers back to its own key does not keep the key alive,
 * because values are kept in a `WeakMap` keyed by the key, never in a strong list. Any value is
 * accepted, primitives included.
 *
 * Everything alive behaves exactly as in a `Map`: insertion order (setting an existing key keeps
 * its place, setting it again after `delete` moves it to the end), return values, `size`, and
 * iteration while setting or deleting. Iteration never yields a collected key. `size` counts the
 * entries not known to be collected: an entry whose key was collected leaves `size` when the
 * `FinalizationRegistry` reports it or when an iteration meets it, whichever comes first.
 *
 * Keys are objects, functions and non-registered symbols (the keys a `WeakMap` takes); anything
 * else is a TypeError.
 *
 * @typeParam K - the keys' type
 * @typeParam V - the values' type
 *
 * @example
 * ```ts
 * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
 *
 * const mounted = new IterableWeakMap<object, { name: string; mountedAt: number }>();
 * const header = {};
 * mounted.set(header, { name: 'Header', mountedAt: Date.now() });
 * for (const [, info] of mounted) console.log(info.name); // components still alive
 * ```
 */
export class IterableWeakMap<K extends WeakKey, V> {
  /** The values by key: one WeakMap lookup for `get` and `has`, and ephemeron semantics for values. */
  readonly #values = new WeakMap<K, V>();
  readonly #order = new WeakOrder<K>();

  /**
   * @param entries - `[key, value]` pairs to set, in order (`null` or nothing: an empty map)
   * @throws TypeError if `entries` is not iterable, or an entry cannot be stored (see `set`)
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * const labels = new IterableWeakMap([[header, 'Header']]);
   * labels.get(header); // 'Header'
   * ```
   */
  constructor(entries?: Iterable<readonly [K, V]> | null) {
    // As the Map constructor does: each entry's 0 and 1 properties, so array-likes are entries too.
    for (const entry of initial(entries, this, 'entries')) this.set(entry[0], entry[1]);
  }

  /**
   * How many entries are not known to be collected. An entry whose key was collected stops
   * counting when the `FinalizationRegistry` reports it or an iteration meets it, whichever is first.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * new IterableWeakMap([[header, 1]]).size; // 1
   * ```
   */
  get size(): number {
    return this.#order.refs.size;
  }

  /**
   * The value stored under `key`, or `undefined`: one WeakMap lookup.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * const renders = new IterableWeakMap([[header, 3]]);
   * renders.get(header); // 3
   * renders.get({}); // undefined
   * ```
   */
  get(key: K): V | undefined {
    return this.#values.get(key);
  }

  /**
   * Whether `key` has an entry (whatever its value, `undefined` included): one WeakMap lookup.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * new IterableWeakMap([[header, undefined]]).has(header); // true
   * ```
   */
  has(key: K): boolean {
    return this.#values.has(key);
  }

  /**
   * Stores `value` under `key`: a new key goes at the end, an existing one keeps its place.
   *
   * @returns this map
   * @throws TypeError if `key` is not an object or a non-registered symbol
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const renders = new IterableWeakMap<object, number>();
   * const header = {};
   * renders.set(header, 1).set(header, 2).size; // 1, and get(header) is 2
   * ```
   */
  set(key: K, value: V): this {
    this.#put(key, value, 'set');
    return this;
  }

  /**
   * Removes the entry of `key`.
   *
   * @returns whether there was one, whatever the value stored (`0`, `''`, `null` and `undefined` included)
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * const renders = new IterableWeakMap([[header, 0]]);
   * renders.delete(header); // true
   * renders.delete(header); // false
   * ```
   */
  delete(key: K): boolean {
    if (!this.#values.delete(key)) return false;
    this.#order.remove(key);
    return true;
  }

  /**
   * Removes every entry.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const renders = new IterableWeakMap([[{}, 1]]);
   * renders.clear();
   * renders.size; // 0
   * ```
   */
  clear(): void {
    this.#order.clear(this.#values);
  }

  /**
   * The value of `key` if it has an entry; otherwise stores `value` under it (at the end) and
   * returns it. The name and behaviour of `Map.prototype.getOrInsert` (the upsert proposal).
   *
   * @throws TypeError if `key` is not an object or a non-registered symbol
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const listeners = new IterableWeakMap<object, string[]>();
   * const button = {};
   * listeners.getOrInsert(button, []).push('click');
   * listeners.get(button); // ['click']
   * ```
   */
  getOrInsert(key: K, value: V): V {
    return this.#upsert(key, 'getOrInsert', value);
  }

  /**
   * The value of `key` if it has an entry; otherwise calls `callback(key)` and stores its result
   * under `key` (at the end, or in place if the callback set `key` itself) and returns it. The name
   * and behaviour of `Map.prototype.getOrInsertComputed` (the upsert proposal).
   *
   * @throws TypeError if `callback` is not a function or `key` is not an object or a
   * non-registered symbol (checked before `callback` runs)
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const sizes = new IterableWeakMap<{ width: number; height: number }, number>();
   * const box = { width: 3, height: 4 };
   * sizes.getOrInsertComputed(box, ({ width, height }) => width * height); // 12, computed once
   * ```
   */
  getOrInsertComputed(key: K, callback: (key: K) => V): V {
    requireFunction(callback, this, 'getOrInsertComputed');
    return this.#upsert(key, 'getOrInsertComputed', undefined, callback);
  }

  /**
   * Calls `callback(value, key, map)` for each entry alive, in order, as `Map.prototype.forEach`
   * does (entries set during the walk are visited, entries deleted before they are reached are not).
   *
   * @throws TypeError if `callback` is not a function
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const renders = new IterableWeakMap([[{ name: 'Header' }, 2]]);
   * renders.forEach((count, component) => console.log(component.name, count));
   * ```
   */
  forEach(callback: (value: V, key: K, map: IterableWeakMap<K, V>) => void, thisArg?: unknown): void {
    requireFunction(callback, this, 'forEach');
    const order = this.#order.refs;
    for (const ref of order) {
      const key = ref.deref();
      if (key === undefined) order.delete(ref);
      else callback.call(thisArg, this.#values.get(key) as V, key, this);
    }
  }

  /**
   * The keys alive, in order.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = { name: 'Header' };
   * [...new IterableWeakMap([[header, 1]]).keys()]; // [header]
   * ```
   */
  keys(): IterableIterator<K> {
    return new OrderIterator(this.#order.refs, (key: K) => key);
  }

  /**
   * The values of the entries alive, in order.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * [...new IterableWeakMap([[header, 'Header']]).values()]; // ['Header']
   * ```
   */
  values(): IterableIterator<V> {
    const values = this.#values;
    return new OrderIterator(this.#order.refs, (key: K) => values.get(key) as V);
  }

  /**
   * `[key, value]` pairs for the entries alive, in order.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * const header = {};
   * [...new IterableWeakMap([[header, 'Header']]).entries()]; // [[header, 'Header']]
   * ```
   */
  entries(): IterableIterator<[K, V]> {
    const values = this.#values;
    return new OrderIterator(this.#order.refs, (key: K): [K, V] => [key, values.get(key) as V]);
  }

  /**
   * `[key, value]` pairs for the entries alive, in order: `for (const [key, value] of map)`.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * for (const [component, renders] of new IterableWeakMap([[{ name: 'Header' }, 2]])) {
   *   console.log(component.name, renders);
   * }
   * ```
   */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  /**
   * `'IterableWeakMap'`, so `Object.prototype.toString` says `[object IterableWeakMap]`.
   *
   * @example
   * ```ts
   * import { IterableWeakMap } from '@weakset-recipes/iterable-weak';
   *
   * String(new IterableWeakMap()); // '[object IterableWeakMap]'
   * ```
   */
  get [Symbol.toStringTag](): string {
    return 'IterableWeakMap';
  }

  #put(key: K, value: V, method: string): void {
    if (!this.#values.has(key)) this.#order.append(key, this, method, 'key');
    this.#values.set(key, value);
  }

  /** `getOrInsert` (with `value`) and `getOrInsertComputed` (with `compute`). */
  #upsert(key: K, method: string, value: V | undefined, compute?: (key: K) => V): V {
    if (this.#values.has(key)) return this.#values.get(key) as V;
    if (compute) {
      // A key that cannot be held weakly fails before the callback runs (the WeakRef is only a probe).
      weakRefTo(key, this, method, 'key');
      value = compute(key);
    }
    this.#put(key, value as V, method);
    return value as V;
  }
}
