// @not-applicable browsers: pages have no heap-size API (performance.memory is Chromium-only and quantized)
import { collectGarbage } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { IterableWeakMap } from './iterable-weak-map.js';
import { IterableWeakSet } from './iterable-weak-set.js';
import { WeakValueMap } from './weak-value-map.js';

/*
 * No entry leaks bookkeeping: a million add/delete cycles, and a million members collected, leave
 * the collections empty and the heap where it was. Measured after forced collections (Node, Deno,
 * Bun). A leak of one registration or one WeakRef per cycle would grow the heap by tens of MB.
 */

const rounds = 1_000;
const perRound = 1_000; // rounds × perRound = 1e6 cycles
const allowedGrowth = 4 * 1024 * 1024;

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

describe('a million add/delete cycles leave the heap flat', () => {
  const members = Array.from({ length: perRound }, (_, id) => ({ id }));

  it('IterableWeakSet: add and delete the same members', async () => {
    const set = new IterableWeakSet<object>();
    for (const member of members) set.add(member).delete(member);
    const before = await settledHeap();
    for (let round = 0; round < rounds; round++) {
      for (const member of members) set.add(member);
      for (const member of members) set.delete(member);
    }
    expect(set.size).toBe(0);
    expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
  }, 300_000);

  it('IterableWeakMap: set and delete the same keys', async () => {
    const map = new IterableWeakMap<object, number>();
    for (const member of members) map.set(member, 0).delete(member);
    const before = await settledHeap();
    for (let round = 0; round < rounds; round++) {
      for (const member of members) map.set(member, round);
      for (const member of members) map.delete(member);
    }
    expect(map.size).toBe(0);
    expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
  }, 300_000);

  it('WeakValueMap: the same values under a million different keys, each deleted', async () => {
    const map = new WeakValueMap<number, object>();
    for (const member of members) map.set(-1, member).delete(-1);
    const before = await settledHeap();
    for (let round = 0; round < rounds; round++) {
      for (let index = 0; index < perRound; index++) map.set(round * perRound + index, members[index]!);
      for (let index = 0; index < perRound; index++) map.delete(round * perRound + index);
    }
    expect(map.size).toBe(0);
    expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
  }, 300_000);
});

describe('a million members collected leave the collections empty and the heap flat', () => {
  /**
   * Adds a million fresh members that nothing else keeps, 25,000 per task (a WeakRef keeps its
   * target alive until the task ends), with a full collection every 4 tasks. V8 frees WeakRef
   * targets only in full collections, and a WeakMap's table keeps the largest size it ever had, so
   * the heap is compared between two stretches with the same rhythm: a warm-up of 100,000 members,
   * then the million. Few collections on purpose: each one walks every weak cell, and the suite
   * also runs on loaded CI machines.
   */
  async function churn(add: (member: object, index: number) => void, size: () => number): Promise<void> {
    const stretch = async (rounds: number, first: number) => {
      for (let round = first; round < first + rounds; round++) {
        for (let index = 0; index < 10 * perRound; index++)
          add({ round, index }, round * 10 * perRound + index);
        await nextTick();
        if (round % 5 === 4) collectGarbage();
      }
    };
    await stretch(4, 0);
    await collectUntilEmpty(size);
    const before = await settledHeap();
    await stretch(rounds / 25, 4);
    await collectUntilEmpty(size);
    // A conservative collector (JavaScriptCore) may still see a few objects from the stack.
    expect(size()).toBeLessThanOrEqual(10);
    expect((await settledHeap()) - before).toBeLessThan(allowedGrowth);
  }

  it('IterableWeakSet', async () => {
    const set = new IterableWeakSet<object>();
    await churn(
      (member) => set.add(member),
      () => set.size,
    );
  }, 300_000);

  it('IterableWeakMap', async () => {
    const map = new IterableWeakMap<object, object>();
    await churn(
      (member) => map.set(member, { owner: member }),
      () => map.size,
    );
  }, 300_000);

  it('WeakValueMap', async () => {
    const map = new WeakValueMap<number, object>();
    await churn(
      (member, index) => map.set(index, member),
      () => map.size,
    );
  }, 300_000);
});
