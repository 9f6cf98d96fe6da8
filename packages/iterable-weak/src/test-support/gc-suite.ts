import {
  collectGarbage,
  collectionMethod,
  collectUntil,
  isCollected,
} from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { IterableWeakMap } from '../iterable-weak-map.js';
import { IterableWeakSet } from '../iterable-weak-set.js';
import { WeakValueMap } from '../weak-value-map.js';

// biome-ignore lint/suspicious/noExplicitAny: the same views are read from all three classes
type Collection = any;

/*
 * What the collector may take, and what the collections then report. Shared by gc.test.ts (Node,
 * Bun, Deno: forced collections) and gc.browser.test.ts (Chromium forced; Firefox and WebKit by
 * allocation pressure). Every assertion holds whatever the collector did, except the ones about an
 * object `isCollected` has reported collected, which are then facts.
 */

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

export function gcSuite(): void {
  describe('never keeps what it holds weakly alive', () => {
    it('IterableWeakSet: a member nothing else references is collected', async () => {
      const set = new IterableWeakSet<object>();
      expect(await isCollected(() => set.add({}) && [...set][0]!)).toBe(true);
    });

    it('IterableWeakSet: a member deleted and re-added is still collected', async () => {
      const set = new IterableWeakSet<object>();
      expect(
        await isCollected(() => {
          const member = {};
          set.add(member).delete(member);
          set.add(member);
          return member;
        }),
      ).toBe(true);
    });

    it('IterableWeakMap: a key is collected even when its value refers back to it (ephemeron)', async () => {
      const map = new IterableWeakMap<object, { owner: object }>();
      expect(
        await isCollected(() => {
          const key = {};
          map.set(key, { owner: key });
          return key;
        }),
      ).toBe(true);
    });

    it('IterableWeakMap: a value lives as long as its key, and goes with it', async () => {
      const map = new IterableWeakMap<object, { payload: number[] }>();
      const key = {};
      map.set(key, { payload: [1, 2, 3] });
      // A collection has run (it took an object made with the value, held by nothing): the value stays.
      expect(await isCollected(() => ({ madeWith: 'the value' }))).toBe(true);
      expect(map.get(key)?.payload).toEqual([1, 2, 3]);
      expect(
        await isCollected(() => {
          const temporary = {};
          const value = { payload: [4] };
          map.set(temporary, value);
          return value;
        }),
      ).toBe(true);
    });

    it('WeakValueMap: a value nothing else references is collected, whatever its key', async () => {
      const map = new WeakValueMap<unknown, object>();
      const objectKey = {};
      expect(
        await isCollected(() => {
          const value = { big: new Array(100).fill(0) };
          map.set('id', value).set(objectKey, value).set(Number.NaN, value);
          return value;
        }),
      ).toBe(true);
    });

    it('each collection itself is collected with what it holds', async () => {
      const kept = {};
      expect(await isCollected(() => new IterableWeakSet([kept]))).toBe(true);
      expect(await isCollected(() => new IterableWeakMap([[kept, kept]]))).toBe(true);
      expect(await isCollected(() => new WeakValueMap([['k', kept]]))).toBe(true);
    });
  });

  describe('after a collection', () => {
    it('IterableWeakSet: iteration never yields a collected member, and size follows the finalizer', async () => {
      const kept = [{ id: 'kept-1' }, { id: 'kept-2' }];
      const set = new IterableWeakSet<object>([kept[0]!]);
      expect(
        await isCollected(() => {
          const temporary = { id: 'temporary' };
          set.add(temporary);
          set.add(kept[1]!);
          return temporary;
        }),
      ).toBe(true);
      // The member is gone: nothing may list it, whether or not the finalizer has run yet.
      expect([...set]).toEqual(kept);
      expect(set.size).toBe(2);
    });

    it('IterableWeakSet: size drops when the finalizer runs, without any iteration', async () => {
      const kept = {};
      const set = new IterableWeakSet<object>([kept]);
      expect(await isCollected(() => set.add({}) && [...set][1]!)).toBe(true);
      await collectUntil(() => set.size === 1);
      expect(set.size).toBe(1);
      expect(set.has(kept)).toBe(true);
    });

    it('IterableWeakMap: iteration and forEach skip a collected key; size follows', async () => {
      const kept = {};
      const map = new IterableWeakMap<object, number>([[kept, 0]]);
      expect(
        await isCollected(() => {
          const temporary = {};
          map.set(temporary, 1);
          return temporary;
        }),
      ).toBe(true);
      const visited: unknown[] = [];
      map.forEach((value, key) => {
        visited.push([key, value]);
      });
      expect(visited).toEqual([[kept, 0]]);
      expect([...map.values()]).toEqual([0]);
      expect(map.size).toBe(1);
    });

    it('WeakValueMap: get, has and iteration report a collected value gone; size follows the finalizer', async () => {
      const kept = { id: 'kept' };
      const map = new WeakValueMap<string, object>([['kept', kept]]);
      expect(
        await isCollected(() => {
          const value = { id: 'temporary' };
          map.set('a', value).set('b', value);
          return value;
        }),
      ).toBe(true);
      expect(map.get('a')).toBeUndefined();
      expect(map.has('b')).toBe(false);
      expect(map.delete('b')).toBe(false);
      expect([...map]).toEqual([['kept', kept]]);
      expect(map.size).toBe(1);
    });

    it('WeakValueMap: the finalizer removes every key that held the value, without any lookup', async () => {
      const map = new WeakValueMap<string, object>();
      const kept = {};
      map.set('kept', kept);
      expect(
        await isCollected(() => {
          const value = {};
          map.set('first', value).set('second', value).set('third', value);
          map.set('second', kept);
          return value;
        }),
      ).toBe(true);
      await collectUntil(() => map.size === 2);
      expect(map.size).toBe(2);
      expect([...map.keys()]).toEqual(['kept', 'second']);
    });

    it('WeakValueMap: a key moved to a new value keeps it after the old value is collected', async () => {
      const map = new WeakValueMap<string, object>();
      const replacement = { id: 'new' };
      expect(
        await isCollected(() => {
          const old = { id: 'old' };
          map.set('k', old).set('witness', old);
          map.set('k', replacement);
          return old;
        }),
      ).toBe(true);
      // The old value's finalizer has run once its other key ('witness') leaves, without any lookup.
      await collectUntil(() => map.size === 1);
      expect(map.size).toBe(1);
      expect(map.get('k')).toBe(replacement);
    });

    it('an iteration that meets a collected member drops it from size at once', async () => {
      const set = new IterableWeakSet<object>();
      const kept = {};
      set.add(kept);
      const probe = (() => {
        const temporary = {};
        set.add(temporary);
        return new WeakRef(temporary);
      })();
      await nextTask(); // ends the job: WeakRef targets are kept alive until then
      // One synchronous stretch: a collection, then iteration, with no task between them in which
      // the finalizer could run. Where the collection took the member, the iteration drops it.
      collectGarbage();
      const collected = probe.deref() === undefined;
      const before = set.size;
      const listed = [...set];
      expect(listed).toEqual(collected ? [kept] : [kept, probe.deref()]);
      expect(set.size).toBe(listed.length);
      // Counted until the iteration met it (the finalizer cannot have run within this stretch,
      // unless the collector took the member during the await above and ran it then).
      expect(before).toBeGreaterThanOrEqual(listed.length);
    });

    it('every view skips what was collected a moment ago, before any finalizer ran', async () => {
      const kept = { id: 'kept' };
      type Views = Record<string, (collection: Collection) => unknown[]>;
      const views: Views = {
        keys: (collection) => [...collection.keys()],
        values: (collection) => [...collection.values()],
        entries: (collection) => [...collection.entries()].map((entry: unknown[]) => entry[1]),
        iterator: (collection) =>
          [...collection].map((item: unknown) => (Array.isArray(item) ? item[1] : item)),
        forEach: (collection) => {
          const listed: unknown[] = [];
          collection.forEach((value: unknown) => {
            listed.push(value);
          });
          return listed;
        },
      };
      const collections = Object.keys(views).flatMap((view) => [
        {
          view,
          collection: new IterableWeakSet<object>([kept]) as Collection,
          fill: (c: Collection, o: object) => c.add(o),
        },
        {
          view,
          collection: new IterableWeakMap<object, object>([[kept, kept]]),
          fill: (c: Collection, o: object) => c.set(o, o),
        },
        {
          view,
          collection: new WeakValueMap<number, object>([[-1, kept]]),
          fill: (c: Collection, o: object, index: number) => c.set(index, o),
        },
      ]);
      (() => {
        for (const { collection, fill } of collections)
          for (let index = 0; index < 10; index++) fill(collection, {}, index);
      })();
      await nextTask();
      collectGarbage();
      for (const { view, collection } of collections) {
        const listed = views[view]!(collection);
        const keptItem = view === 'keys' && collection instanceof WeakValueMap ? -1 : kept;
        expect(listed, `${view} of ${collection}`).toContain(keptItem);
        expect(listed.includes(undefined), `${view} of ${collection}`).toBe(false);
        expect(collection.size, `${view} of ${collection}`).toBe(listed.length);
      }
    });

    it('WeakValueMap: set on a key whose value was collected a moment ago appends it, as after a delete', async () => {
      const map = new WeakValueMap<number, object>();
      const probes = (() => {
        const made: WeakRef<object>[] = [];
        for (let key = 0; key < 10; key++) {
          const value = { key };
          map.set(key, value);
          made.push(new WeakRef(value));
        }
        return made;
      })();
      const kept = { key: 10 };
      map.set(10, kept);
      await nextTask(); // ends the job: WeakRef targets are kept alive until then
      // One synchronous stretch: a collection, then the sets, with no task between them in which a
      // finalizer could run. Whether the finalizer ran or not, a collected value's entry is gone.
      collectGarbage();
      const gone = probes.flatMap((probe, key) => (probe.deref() === undefined ? [key] : []));
      const fresh = { key: 'fresh' };
      for (const key of gone) map.set(key, fresh);
      const alive = [...probes.keys(), 10].filter((key) => !gone.includes(key));
      expect([...map.keys()]).toEqual([...alive, ...gone]);
      expect(map.size).toBe(11);
      // Read last, so no engine's liveness analysis lets the collector take it earlier (Bun did).
      expect(map.get(10)).toBe(kept);
      if (collectionMethod === 'forced') expect(gone.length).toBeGreaterThan(0);
    });

    it('WeakValueMap: getOrInsert on a key whose value was just collected stores the new value', async () => {
      const map = new WeakValueMap<string, object>();
      (() => {
        map.set('a', {}).set('b', {});
      })();
      await nextTask();
      collectGarbage();
      const fresh = { id: 'fresh' };
      const other = { id: 'other' };
      const [first, second] = [map.getOrInsert('a', fresh), map.getOrInsertComputed('b', () => other)];
      if (first === fresh) expect([...map.keys()]).toContain('a');
      expect(map.get('a')).toBe(first);
      expect(map.get('b')).toBe(second);
    });

    it('clear() right after a collection leaves nothing behind (weakref 0.2.5 keeps collected entries)', async () => {
      const set = new IterableWeakSet<object>();
      const map = new IterableWeakMap<object, number>();
      const values = new WeakValueMap<number, object>();
      (() => {
        for (let index = 0; index < 50; index++) {
          const temporary = {};
          set.add(temporary);
          map.set(temporary, index);
          values.set(index, temporary);
        }
      })();
      await nextTask();
      collectGarbage();
      set.clear();
      map.clear();
      values.clear();
      expect([set.size, map.size, values.size]).toEqual([0, 0, 0]);
      // Finalizers of what was cleared, whenever they run, must not touch what is added afterwards:
      // a member that stays, and one that goes (the wait ends when its finalizer has run).
      const kept = {};
      set.add(kept);
      map.set(kept, -1);
      values.set(-1, kept);
      (() => {
        const temporary = {};
        set.add(temporary);
        map.set(temporary, -2);
        values.set(-2, temporary);
      })();
      await collectUntil(() => set.size + map.size + values.size === 3);
      expect([set.size, map.size, values.size]).toEqual([1, 1, 1]);
      expect([[...set], [...map], [...values]]).toEqual([[kept], [[kept, -1]], [[-1, kept]]]);
    });
  });
}
