import { EntryIterator } from './entry-iterator.js';
import { initial, requireFunction, weakRefTo } from './weak-key.js';

/** Marks a value's `WeakRef` that no key holds in its first slot. */
const NO_KEY: unique symbol = Symbol('no key');

/**
 * The one `WeakRef` of a value, with the keys whose entries hold it, so the `FinalizationRegistry`
 * can remove exactly those entries once the value is collected. Almost every value sits under one
 * key (`key`); `more` is made only for a value stored under several keys at once.
 */
interface ValueRef<K, V extends WeakKey> extends WeakRef<V> {
  key: K | typeof NO_KEY;
  more?: Set<K>;
}

function link<K, V extends WeakKey>(ref: ValueRef<K, V>, key: K): void {
  if (ref.key === NO_KEY) ref.key = key;
  // biome-ignore lint/suspicious/noAssignInExpressions: the set of extra keys is made on first use
  else (ref.more ??= new Set()).add(key);
}

function unlink<K, V extends WeakKey>(ref: ValueRef<K, V>, key: K): void {
  const first = ref.key;
  // SameValueZero, the key equality of a Map: NaN equals NaN (and -0 equals 0, as === says).
  // biome-ignore lint/suspicious/noSelfCompare: the NaN test
  if (first === key || (first !== first && key !== key)) ref.key = NO_KEY;
  else ref.more?.delete(key);
}

/**
 * A `Map` that holds its keys strongly (any value, compared as a `Map` compares them) and its
 * values weakly: the cache that forgets an entry once nobody else holds the value. It can be
 * iterated and counted like a `Map`, and never keeps a value alive.
 *
 * Everything alive behaves exactly as in a `Map`: insertion order (setting an existing key keeps
 * its place, setting it again after `delete` moves it to the end), return values, `size`, and
 * iteration while setting or deleting. An entry whose value was collected is gone: `get` returns
 * `undefined`, `has` and `delete` return `false`, iteration skips it, and setting its key again
 * adds a new entry at the end, as after a `delete`. `size` counts the entries not known to be
 * collected: such an entry leaves `size` when the `FinalizationRegistry` reports its value, or when
 * an iteration, `get`, `has`, `delete`, `set` or `getOrInsert*` meets it, whichever comes first.
 *
 * Values are objects, functions and non-registered symbols (what a `WeakRef` can hold); anything
 * else is a TypeError.
 *
 * @typeParam K - the keys' type (any)
 * @typeParam V - the values' type
 *
 * @example
 * ```ts
 * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
 *
 * interface Doc { id: string; text: string }
 * const parsed = new WeakValueMap<string, Doc>();
 * const parse = (id: string, source: string): Doc =>
 *   parsed.getOrInsertComputed(id, () => ({ id, text: source.trim() }));
 * const doc = parse('a', ' hello ');
 * parse('a', 'ignored') === doc; // true while someone still holds doc
 * ```
 */
export class WeakValueMap<K, V extends WeakKey> {
  /** The entries, in insertion order: key → the value's `WeakRef`. */
  readonly #entries = new Map<K, ValueRef<K, V>>();
  /**
   * Every value stored and still alive to its one `WeakRef`, kept when its entries are deleted: a
   * value stored again reuses its `WeakRef` and its registration, so set/delete cycles leave nothing
   * behind (registering without an unregister token is what keeps `set` fast).
   */
  readonly #refs = new WeakMap<V, ValueRef<K, V>>();
  readonly #registry = new FinalizationRegistry<ValueRef<K, V>>((ref) => {
    if (ref.key !== NO_KEY) this.#forget(ref.key, ref);
    ref.more?.forEach((key) => {
      this.#forget(key, ref);
    });
  });

  /**
   * @param entries - `[key, value]` pairs to set, in order (`null` or nothing: an empty map)
   * @throws TypeError if `entries` is not iterable, or an entry cannot be stored (see `set`)
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const config = { port: 8080 };
   * const byName = new WeakValueMap([['config', config]]);
   * byName.get('config'); // config
   * ```
   */
  constructor(entries?: Iterable<readonly [K, V]> | null) {
    // As the Map constructor does: each entry's 0 and 1 properties, so array-likes are entries too.
    for (const entry of initial(entries, this, 'entries')) this.set(entry[0], entry[1]);
  }

  /**
   * How many entries are not known to be collected. An entry whose value was collected stops
   * counting when the `FinalizationRegistry` reports it or when an iteration, `get`, `has` or
   * `delete` meets it, whichever is first.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const user = { name: 'Ada' };
   * new WeakValueMap([[1, user]]).size; // 1
   * ```
   */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * The value stored under `key` if it is still alive, else `undefined`.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const user = { name: 'Ada' };
   * const users = new WeakValueMap([[1, user]]);
   * users.get(1); // user
   * users.get(2); // undefined
   * ```
   */
  get(key: K): V | undefined {
    return this.#live(key);
  }

  /**
   * Whether `key` has an entry whose value is still alive.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const user = { name: 'Ada' };
   * new WeakValueMap([[1, user]]).has(1); // true
   * ```
   */
  has(key: K): boolean {
    return this.#live(key) !== undefined;
  }

  /**
   * Stores `value` under `key`: a new key goes at the end, an existing one keeps its place.
   *
   * @returns this map
   * @throws TypeError if `value` is not an object or a non-registered symbol
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const users = new WeakValueMap<number, { name: string }>();
   * const ada = { name: 'Ada' };
   * users.set(1, ada).get(1); // ada
   * ```
   */
  set(key: K, value: V): this {
    this.#put(key, value, 'set', 'value');
    return this;
  }

  /**
   * Removes the entry of `key`.
   *
   * @returns whether there was an entry with a value still alive
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const users = new WeakValueMap([[1, { name: 'Ada' }]]);
   * users.delete(1); // true (while the value is alive)
   * users.delete(1); // false
   * ```
   */
  delete(key: K): boolean {
    const ref = this.#entries.get(key);
    if (ref === undefined) return false;
    this.#entries.delete(key);
    unlink(ref, key);
    return ref.deref() !== undefined;
  }

  /**
   * Removes every entry.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const users = new WeakValueMap([[1, { name: 'Ada' }]]);
   * users.clear();
   * users.size; // 0
   * ```
   */
  clear(): void {
    this.#entries.forEach(unlink);
    this.#entries.clear();
  }

  /**
   * The value of `key` if it is alive; otherwise stores `value` under `key` (at the end) and
   * returns it. The name and behaviour of `Map.prototype.getOrInsert` (the upsert proposal).
   *
   * @throws TypeError if `value` must be stored and is not an object or a non-registered symbol
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const rooms = new WeakValueMap<string, { members: string[] }>();
   * rooms.getOrInsert('lobby', { members: [] }).members.push('ada');
   * ```
   */
  getOrInsert(key: K, value: V): V {
    return this.#upsert(key, 'getOrInsert', value);
  }

  /**
   * The value of `key` if it is alive; otherwise calls `callback(key)` and stores its result under
   * `key` (at the end, or in place if the callback set `key` itself) and returns it. The name and
   * behaviour of `Map.prototype.getOrInsertComputed` (the upsert proposal).
   *
   * @throws TypeError if `callback` is not a function, or returns something that is not an object
   * or a non-registered symbol (then nothing is stored)
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const templates = new WeakValueMap<string, { source: string }>();
   * const compile = (source: string) => templates.getOrInsertComputed(source, () => ({ source }));
   * compile('<p>hi</p>') === compile('<p>hi</p>'); // true while the first result is held
   * ```
   */
  getOrInsertComputed(key: K, callback: (key: K) => V): V {
    requireFunction(callback, this, 'getOrInsertComputed');
    return this.#upsert(key, 'getOrInsertComputed', undefined, callback);
  }

  /**
   * Calls `callback(value, key, map)` for each entry whose value is alive, in order, as
   * `Map.prototype.forEach` does.
   *
   * @throws TypeError if `callback` is not a function
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const users = new WeakValueMap([[1, { name: 'Ada' }]]);
   * users.forEach((user, id) => console.log(id, user.name));
   * ```
   */
  forEach(callback: (value: V, key: K, map: WeakValueMap<K, V>) => void, thisArg?: unknown): void {
    requireFunction(callback, this, 'forEach');
    const entries = this.#entries;
    for (const [key, ref] of entries) {
      const value = ref.deref();
      if (value === undefined) entries.delete(key);
      else callback.call(thisArg, value, key, this);
    }
  }

  /**
   * The keys of the entries whose value is alive, in order.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const ada = { name: 'Ada' };
   * [...new WeakValueMap([[1, ada]]).keys()]; // [1]
   * ```
   */
  keys(): IterableIterator<K> {
    return new EntryIterator(this.#entries, (key: K) => key);
  }

  /**
   * The values alive, in order.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const ada = { name: 'Ada' };
   * [...new WeakValueMap([[1, ada]]).values()]; // [ada]
   * ```
   */
  values(): IterableIterator<V> {
    return new EntryIterator(this.#entries, (_key: K, value: V) => value);
  }

  /**
   * `[key, value]` pairs for the entries whose value is alive, in order.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * const ada = { name: 'Ada' };
   * [...new WeakValueMap([[1, ada]]).entries()]; // [[1, ada]]
   * ```
   */
  entries(): IterableIterator<[K, V]> {
    return new EntryIterator(this.#entries, (key: K, value: V): [K, V] => [key, value]);
  }

  /**
   * `[key, value]` pairs for the entries whose value is alive, in order: `for (const [key, value] of map)`.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * for (const [id, user] of new WeakValueMap([[1, { name: 'Ada' }]])) console.log(id, user.name);
   * ```
   */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  /**
   * `'WeakValueMap'`, so `Object.prototype.toString` says `[object WeakValueMap]`.
   *
   * @example
   * ```ts
   * import { WeakValueMap } from '@weakset-recipes/iterable-weak';
   *
   * String(new WeakValueMap()); // '[object WeakValueMap]'
   * ```
   */
  get [Symbol.toStringTag](): string {
    return 'WeakValueMap';
  }

  /** The value under `key` if alive; an entry met with its value collected leaves at once. */
  #live(key: K): V | undefined {
    const ref = this.#entries.get(key);
    if (ref === undefined) return undefined;
    const value = ref.deref();
    if (value === undefined) this.#entries.delete(key);
    return value;
  }

  /** `getOrInsert` (with `value`) and `getOrInsertComputed` (with `compute`). */
  #upsert(key: K, method: string, value: V | undefined, compute?: (key: K) => V): V {
    const existing = this.#live(key);
    if (existing !== undefined) return existing;
    // A Map canonicalizes -0 to +0 before calling back, as Map.prototype.getOrInsertComputed does.
    if (compute) value = compute((key === 0 ? 0 : key) as K);
    this.#put(key, value as V, method, compute ? "callback's result" : 'value');
    return value as V;
  }

  #put(key: K, value: V, method: string, argument: string): void {
    let ref = this.#refs.get(value);
    if (ref === undefined) {
      ref = weakRefTo(value, this, method, argument) as ValueRef<K, V>;
      ref.key = NO_KEY;
      this.#refs.set(value, ref);
      this.#registry.register(value, ref);
    }
    const previous = this.#entries.get(key);
    if (previous === ref) return;
    if (previous !== undefined) {
      unlink(previous, key);
      // An entry whose value was collected is gone even before its finalizer runs: the key is then
      // new, and goes at the end as after a delete, whenever the collector ran.
      if (previous.deref() === undefined) this.#entries.delete(key);
    }
    link(ref, key);
    this.#entries.set(key, ref);
  }

  /** Removes the entry of `key` if it still holds `ref` (the value it had when `ref` was collected). */
  #forget(key: K, ref: ValueRef<K, V>): void {
    if (this.#entries.get(key) === ref) this.#entries.delete(key);
  }
}
