import { type Owner, weakRefTo } from './weak-key.js';

/**
 * The insertion order of a weak collection's members, held weakly: a `Set` of one `WeakRef` per
 * member, so iterating while adding and deleting behaves exactly as a `Set` iterator does (the
 * built-in iterator does the bookkeeping). A member that is collected leaves the order when the
 * `FinalizationRegistry` reports it, or earlier when an iteration meets its empty `WeakRef`.
 *
 * Each object gets one `WeakRef` and one registration for as long as it lives, kept when it is
 * deleted: re-adding it reuses both, so add/delete cycles leave nothing behind. Registering without
 * an unregister token is what makes adding fast (a token made registration several times dearer in
 * V8, measured ad hoc); the price is that a deleted object that stays alive keeps its `WeakRef` and its
 * registration until it is collected.
 */
export class WeakOrder<K extends WeakKey> {
  /** Every object added and still alive, member or not, to its `WeakRef`. */
  readonly #refs = new WeakMap<K, WeakRef<K>>();
  /** The members' `WeakRef`s, in insertion order. */
  readonly refs = new Set<WeakRef<K>>();
  // Deleting from `refs` is a no-op for a member deleted before it was collected.
  readonly #registry = new FinalizationRegistry<WeakRef<K>>((ref) => this.refs.delete(ref));

  /** Appends `key` (not a member yet) at the end; a TypeError, before any change, if it cannot be held weakly. */
  append(key: K, owner: Owner, method: string, argument: string): void {
    let ref = this.#refs.get(key);
    if (ref === undefined) {
      ref = weakRefTo(key, owner, method, argument);
      this.#refs.set(key, ref);
      this.#registry.register(key, ref);
    }
    this.refs.add(ref);
  }

  /** Removes `key`, a member, from the order. */
  remove(key: K): void {
    this.refs.delete(this.#refs.get(key)!);
  }

  /** Removes every member from the order and from `members` (the collection's WeakSet or WeakMap). */
  clear(members: { delete(key: K): boolean }): void {
    for (const ref of this.refs) {
      const key = ref.deref();
      if (key !== undefined) members.delete(key);
    }
    this.refs.clear();
  }
}
