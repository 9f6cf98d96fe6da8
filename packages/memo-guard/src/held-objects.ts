/** An object kept in progress past the synchronous part of its call. */
interface Slot {
  /** Held weakly: the call may wait on a promise that never settles. */
  readonly ref: WeakRef<object>;
  /** Whether this slot put the object in progress (an earlier slot may already hold it). */
  readonly first: boolean;
  done: boolean;
}

/**
 * The objects a guarded function keeps in progress after the synchronous part of their call:
 * calls waiting on a promise, and calls done before some call they started. A call started
 * after another is released before it: an object stays in progress until every call started
 * after its own is done. A call whose promise has settled can have left calls running
 * (`Promise.all` rejects at the first failure); if one of them comes back to its object, that
 * must still be a cycle, or the walk would go round the cycle again, lap after lap.
 *
 * Synchronous calls never get here: they end in the order they started, and a call that is done
 * with nothing left running after it is released at once.
 */
export interface HeldObjects {
  /** How many slots there are: a call notes it when it starts, to hold its object below later ones. */
  count(): number;
  has(target: object): boolean;
  /** Holds `target` below the slots added since `count()` was `at`; `end` the slot to let it go. */
  hold(target: object, at: number): Slot;
  end(slot: Slot): void;
}

export function createHeldObjects(): HeldObjects {
  const slots: Slot[] = [];
  const held = new WeakSet<object>();
  return {
    count: () => slots.length,
    has: (target) => slots.length > 0 && held.has(target),
    hold(target, at) {
      const slot: Slot = { ref: new WeakRef(target), first: !held.has(target), done: false };
      held.add(target);
      slots.splice(at, 0, slot);
      return slot;
    },
    end(slot) {
      slot.done = true;
      for (let last = slots.at(-1); last?.done; last = slots.at(-1)) {
        slots.pop();
        const target = last.first && last.ref.deref();
        if (target) held.delete(target);
      }
    },
  };
}
