import { collectGarbage } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { IterableWeakMap } from '../iterable-weak-map.js';
import { IterableWeakSet } from '../iterable-weak-set.js';
import { WeakValueMap } from '../weak-value-map.js';

/*
 * No entry leaks bookkeeping: `cycles` add/delete cycles, and `cycles` members collected, leave the
 * collections empty and the heap where it was, measured after forced collections (Node, Bun, Deno).
 * Shared by leak.test.ts (100,000 cycles, every server engine but Node 24) and leak-million.test.ts (the issue's
 * million, on one engine). A leak of one `WeakRef`, one registration or one `Set` entry per cycle
 * costs at least 50 bytes, so 100,000 cycles would grow the heap by 5 MB or more, past the
 * allowance each file sets; a kept `Set` or `Map` entry also shows in `size`.
 */

const perRound = 1_000;
const perTask = 10_000;

function heapUsed(): number {
  const engine = globalThis as { process?: { memoryUsage(): { heapUsed: number } } };
  return engine.process!.memoryUsage().heapUsed;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The heap after collections and finalizers have settled. */
async function settledHeap(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    collectGarbage();
    await nextTask();
  }
  return heapUsed();
}

async function collectUntilEmpty(size: () => number): Promise<void> {
  for (let round = 0; round < 100 && size() > 0; round++) {
    collectGarbage();
    await nextTask();
  }
}

type Kind = 'IterableWeakSet' | 'IterableWeakMap' | 'WeakValueMap';

/**
 * @param cycles - how many add/delete cycles, and how many members collected, per collection (a multiple of 50,000)
 * @param collectedKinds - the collections whose members are collected `cycles` times (all three unless said)
 */
export function leakSuite(
  cycles: number,
  allowedGrowth: number,
  timeout: number,
  collectedKinds: readonly Kind[] = ['IterableWeakSet', 'IterableWeakMap', 'WeakValueMap'],
): void {
  const rounds = cycles / perRound;

  describe(`${cycles.toLocaleString('en')} add/delete cycles leave the heap flat`, () => {
    const members = Array.from({ length: perRound }, (_, id) => ({ id }));

    it(
      'IterableWeakSet: add and delete the same members',
      async () => {
        const set = new IterableWeakSet<object>();
        for (const member of members) set.add(member).delete(member);
        const before = await settledHeap();
        for (let round = 0; round < rounds; round++) {
          for (const member of members) set.add(member);
          for (const member of members) set.delete(member);
        }
        expect(set.size).toBe(0);
        expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
      },
      timeout,
    );

    it(
      'IterableWeakMap: set and delete the same keys',
      async () => {
        const map = new IterableWeakMap<object, number>();
        for (const member of members) map.set(member, 0).delete(member);
        const before = await settledHeap();
        for (let round = 0; round < rounds; round++) {
          for (const member of members) map.set(member, round);
          for (const member of members) map.delete(member);
        }
        expect(map.size).toBe(0);
        expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
      },
      timeout,
    );

    it(
      'WeakValueMap: the same values under as many different keys, each deleted',
      async () => {
        const map = new WeakValueMap<number, object>();
        for (const member of members) map.set(-1, member).delete(-1);
        const before = await settledHeap();
        for (let round = 0; round < rounds; round++) {
          for (let index = 0; index < perRound; index++) map.set(round * perRound + index, members[index]!);
          for (let index = 0; index < perRound; index++) map.delete(round * perRound + index);
        }
        expect(map.size).toBe(0);
        expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
      },
      timeout,
    );
  });

  describe(`${cycles.toLocaleString('en')} members collected leave the collections empty and the heap flat`, () => {
    /**
     * Adds fresh members that nothing else keeps, 10,000 per task (a WeakRef keeps its target
     * alive until the task ends), with a full collection every 5 tasks. V8 frees WeakRef targets
     * only in full collections, and a WeakMap's or a Set's table keeps the largest size it ever
     * had, so the heap is compared after a warm-up of one full rhythm (5 tasks: the most members
     * alive at once), then after all the members. Few collections on purpose: each one walks
     * every weak cell.
     */
    async function churn(add: (member: object, index: number) => void, size: () => number): Promise<void> {
      const stretch = async (tasks: number, first: number) => {
        for (let task = first; task < first + tasks; task++) {
          for (let index = 0; index < perTask; index++) add({ task, index }, task * perTask + index);
          await nextTick();
          if (task % 5 === 4) collectGarbage();
        }
      };
      const tasks = cycles / perTask;
      await stretch(5, 0);
      await collectUntilEmpty(size);
      const before = await settledHeap();
      await stretch(tasks, 5);
      await collectUntilEmpty(size);
      // A conservative collector (JavaScriptCore) may still see a few objects from the stack.
      expect(size()).toBeLessThanOrEqual(10);
      expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
    }

    const fills: Record<Kind, () => Promise<void>> = {
      IterableWeakSet: () => {
        const set = new IterableWeakSet<object>();
        return churn(
          (member) => set.add(member),
          () => set.size,
        );
      },
      IterableWeakMap: () => {
        const map = new IterableWeakMap<object, object>();
        return churn(
          (member) => map.set(member, { owner: member }),
          () => map.size,
        );
      },
      WeakValueMap: () => {
        const map = new WeakValueMap<number, object>();
        return churn(
          (member, index) => map.set(index, member),
          () => map.size,
        );
      },
    };
    for (const kind of collectedKinds) it(kind, fills[kind], timeout);
  });
}
