// @not-applicable browsers: pages report no heap size to trust (Chromium's performance.memory is coarse on purpose, Firefox and WebKit have none); memoize.test.ts proves per entry with FinalizationRegistry what a cache keeps alive
import { collectGarbage, collectionMethod } from '@weakset-recipes-internal/testing';
import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.js';

/*
 * Heap tests need an engine that collects on request and reports its heap: Node, Bun and Deno
 * (`process.memoryUsage`), each of which must (a missing one fails here rather than skipping).
 */
const { memoryUsage } = (globalThis as { process: { memoryUsage: () => { heapUsed: number } } }).process;

const megabyte = 1024 * 1024;
const calls = 1_000_000;
/**
 * Enough entries that whatever a deleted entry or an evicted level left behind would show far
 * above the 3 MB the tests allow (the leak these tests were written for kept 84 bytes per deleted
 * call: 21 MB here), and few enough to take seconds, not tens of them, on every engine.
 */
const objectCalls = 250_000;

/** The heap in use once garbage is collected, in bytes. */
function settledHeap(): number {
  for (let round = 0; round < 2; round++) collectGarbage();
  return memoryUsage().heapUsed;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('memoize and the heap (Node, Bun and Deno report it)', () => {
  it('runs on an engine that collects garbage on request', () => {
    expect(collectionMethod).toBe('forced');
  });

  it('returns to its baseline after 2.5e5 distinct calls of every shape and 2.5e5 deletes', () => {
    const keys = Array.from({ length: objectCalls }, (_, id) => ({ id }));
    const memoized = memoize((...args: unknown[]) => ({ args: args.length }), {
      maxPrimitive: Number.POSITIVE_INFINITY,
    });
    // Every shape: one object, an object and a primitive, a primitive before an object, primitives only.
    const argsOf = (index: number): unknown[] => {
      const key = keys[index]!;
      switch (index % 4) {
        case 0:
          return [key];
        case 1:
          return [key, index];
        case 2:
          return [index, key];
        default:
          return [index, 'primitive'];
      }
    };
    const baseline = settledHeap();
    for (let index = 0; index < objectCalls; index++) memoized(...argsOf(index));
    const filled = settledHeap();
    let deleted = 0;
    for (let index = 0; index < objectCalls; index++) if (memoized.delete(...argsOf(index))) deleted++;
    const emptied = settledHeap();
    expect(deleted).toBe(objectCalls);
    // The entries cost tens of megabytes while they are cached (so this test can fail) ...
    expect(filled - baseline).toBeGreaterThan(30 * megabyte);
    // ... and nothing is left of them once deleted: no entry, no level of the trie.
    expect(emptied - baseline).toBeLessThan(3 * megabyte);
    // Used after the measure, so that no engine may collect the cache as a dead local before it.
    expect(memoized.delete(...argsOf(0))).toBe(false);
    expect(keys).toHaveLength(objectCalls);
  }, 120_000);

  it('returns to its baseline after 2e5 calls whose promises rejected', async () => {
    const count = 200_000;
    const keys = Array.from({ length: count }, (_, id) => ({ id }));
    const memoized = memoize(async (_key: object, _id: number) => {
      throw new Error('offline');
    });
    const baseline = settledHeap();
    let filled = 0;
    // In a function of its own, so that nothing but the cache holds the promises once it returns.
    const callAll = async (): Promise<number> => {
      const failures = keys.map((key, id) => memoized(key, id).catch(() => 'failed'));
      filled = settledHeap();
      return (await Promise.all(failures)).length;
    };
    expect(await callAll()).toBe(count);
    await nextTask();
    const emptied = settledHeap();
    expect(filled - baseline).toBeGreaterThan(10 * megabyte);
    expect(emptied - baseline).toBeLessThan(3 * megabyte);
    expect(memoized.delete(keys[0]!, 0)).toBe(false);
    expect(keys).toHaveLength(count);
  }, 120_000);

  it('stays flat over 1e6 distinct calls with primitive arguments only (1,000 kept by default)', () => {
    const memoized = memoize((id: number, label: string) => ({ id, label }));
    const baseline = settledHeap();
    let last: unknown;
    for (let id = 0; id < calls; id++) last = memoized(id, 'label');
    expect(settledHeap() - baseline).toBeLessThan(3 * megabyte);
    // Used after the measure, so that no engine may collect the cache as a dead local before it.
    expect(memoized(calls - 1, 'label')).toBe(last);
  }, 120_000);

  it('lets every level of an entry go with its object, whatever primitives come before it (2 x 1.25e5 calls)', () => {
    const memoized = memoize((...args: unknown[]) => ({ length: args.length }));
    const key = { id: -1 };
    const kept = memoized(-1, 'kept', key);
    const round = (first: number) => {
      for (let id = first; id < first + objectCalls / 2; id++) memoized(id, `label ${id}`, { id });
    };
    // The first round grows the engine's own tables to their working size; the second must add
    // nothing, every entry gone with its object (a level per primitive would stay otherwise).
    round(0);
    const afterFirst = settledHeap();
    round(objectCalls / 2);
    // 6 MB, not 3: Deno 2.9 measured 3.0 MB here with nothing kept (CI, 2026-12-03). A level kept per
    // primitive holds a Map and a label string for each of the 125,000 calls, several times more.
    expect(settledHeap() - afterFirst).toBeLessThan(6 * megabyte);
    // Used after the measure, so that no engine may collect the cache as a dead local before it.
    expect(memoized(-1, 'kept', key)).toBe(kept);
  }, 120_000);
});
