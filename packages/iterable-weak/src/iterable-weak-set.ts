import { OrderIterator } from './order-iterator.js';
import { initial, requireFunction } from './weak-key.js';
import { WeakOrder } from './weak-order.js';

/**
 * A `Set` that holds its members weakly: it can be iterated and counted like a `Set`, yet never
 * keeps a member alive. A member that nothing else references is collected and silently leaves.
 *
 * Everything alive behaves exactly as in a `Set`: insertion order (re-adding a member keeps its
 * place, re-adding after `delete` moves it to the end), return values, `size`, and iteration while
 * adding or deleting. Iteration never yields a collected member. `size` counts the members not
 * known to be collected: a collected member leaves `size` when the `FinalizationRegistry` reports
 * it or when an iteration meets it, whichever comes first; until then it is still counted.
 *
 * Members are objects, functions and non-registered symbols (the values a `WeakSet` takes);
 * anything else is a TypeError.
 *
 * @typeParam T - the members' type
 *
 * @example
 * ```ts
 * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
 *
 * const openSockets = new IterableWeakSet<{ id: number; send(message: string): void }>();
 * const socket = { id: 1, send: (message: string) => console.log(`#1 ← ${message}`) };
 * openSockets.add(socket);
 * for (const open of openSockets) open.send('hello'); // every socket still alive, in order
 * openSockets.size; // 1; a socket nobody references any more is collected and leaves
 * ```
 */
export class IterableWeakSet<T extends WeakKey> {
  /** Membership, so `has` is one WeakSet lookup, as fast as a WeakSet's own. */
  readonly #members = new WeakSet<T>();
  readonly #order = new WeakOrder<T>();

  /**
   * @param values - members to add, in order (`null` or nothing: an empty set)
   * @throws TypeError if `values` is not iterable, or one of them is not an object or a
   * non-registered symbol
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const first = { id: 1 };
   * const second = { id: 2 };
   * const seen = new IterableWeakSet([first, second, first]);
   * seen.size; // 2
   * ```
   */
  constructor(values?: Iterable<T> | null) {
    for (const value of initial(values, this, 'values')) this.add(value);
  }

  /**
   * How many members are not known to be collected. A collected member stops counting when the
   * `FinalizationRegistry` reports it or an iteration meets it, whichever is first.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const component = {};
   * new IterableWeakSet([component]).size; // 1
   * ```
   */
  get size(): number {
    return this.#order.refs.size;
  }

  /**
   * Adds `value` at the end, unless it is already a member (then its place is kept).
   *
   * @returns this set
   * @throws TypeError if `value` is not an object or a non-registered symbol
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const mounted = new IterableWeakSet<object>();
   * const header = {};
   * mounted.add(header).add(header).size; // 1
   * ```
   */
  add(value: T): this {
    if (!this.#members.has(value)) {
      this.#order.append(value, this, 'add', 'value');
      this.#members.add(value);
    }
    return this;
  }

  /**
   * Whether `value` is a member: one WeakSet lookup.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const panel = {};
   * const visible = new IterableWeakSet([panel]);
   * visible.has(panel); // true
   * visible.has({}); // false
   * ```
   */
  has(value: T): boolean {
    return this.#members.has(value);
  }

  /**
   * Removes `value`.
   *
   * @returns whether it was a member
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const panel = {};
   * const visible = new IterableWeakSet([panel]);
   * visible.delete(panel); // true
   * visible.delete(panel); // false
   * ```
   */
  delete(value: T): boolean {
    if (!this.#members.delete(value)) return false;
    this.#order.remove(value);
    return true;
  }

  /**
   * Removes every member.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const visible = new IterableWeakSet([{}, {}]);
   * visible.clear();
   * visible.size; // 0
   * ```
   */
  clear(): void {
    this.#order.clear(this.#members);
  }

  /**
   * Calls `callback(value, value, set)` for each member alive, in order, as `Set.prototype.forEach` does
   * (members added during the walk are visited, members deleted before they are reached are not).
   *
   * @throws TypeError if `callback` is not a function
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const subscribers = new IterableWeakSet([{ notify: (news: string) => console.log(news) }]);
   * subscribers.forEach((subscriber) => subscriber.notify('release 1.0'));
   * ```
   */
  forEach(callback: (value: T, key: T, set: IterableWeakSet<T>) => void, thisArg?: unknown): void {
    requireFunction(callback, this, 'forEach');
    const order = this.#order.refs;
    for (const ref of order) {
      const member = ref.deref();
      if (member === undefined) order.delete(ref);
      else callback.call(thisArg, member, member, this);
    }
  }

  /**
   * The members alive, in order. The same as {@link IterableWeakSet.values}, as in a `Set`.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const first = { id: 1 };
   * [...new IterableWeakSet([first]).keys()]; // [first]
   * ```
   */
  keys(): IterableIterator<T> {
    return this.values();
  }

  /**
   * The members alive, in order. A member collected meanwhile is skipped (and leaves `size`).
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const first = { id: 1 };
   * const second = { id: 2 };
   * [...new IterableWeakSet([first, second]).values()].map((member) => member.id); // [1, 2]
   * ```
   */
  values(): IterableIterator<T> {
    return new OrderIterator(this.#order.refs, (member: T) => member);
  }

  /**
   * `[member, member]` pairs for the members alive, in order, as `Set.prototype.entries` yields.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * const first = { id: 1 };
   * [...new IterableWeakSet([first]).entries()]; // [[first, first]]
   * ```
   */
  entries(): IterableIterator<[T, T]> {
    return new OrderIterator(this.#order.refs, (member: T): [T, T] => [member, member]);
  }

  /**
   * The members alive, in order: `for (const member of set)`.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * for (const member of new IterableWeakSet([{ id: 1 }])) console.log(member.id);
   * ```
   */
  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }

  /**
   * `'IterableWeakSet'`, so `Object.prototype.toString` says `[object IterableWeakSet]`.
   *
   * @example
   * ```ts
   * import { IterableWeakSet } from '@weakset-recipes/iterable-weak';
   *
   * String(new IterableWeakSet()); // '[object IterableWeakSet]'
   * ```
   */
  get [Symbol.toStringTag](): string {
    return 'IterableWeakSet';
  }
}
