// @not-applicable browsers: pages have no async context (no AsyncLocalStorage) to turn off; guard-recursion.no-context.test.ts covers them
import { describe, expect, it, vi } from 'vitest';
import type { AsyncContext } from './async-context.js';
import { guardRecursion } from './guard-recursion.js';

// The real async context, with its `disable` watched.
const contexts: Array<AsyncContext<unknown>> = [];
vi.mock('./async-context.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./async-context.js')>();
  return {
    createAsyncContext: <T>() => {
      const context = actual.createAsyncContext<T>();
      if (context) {
        vi.spyOn(context, 'disable');
        contexts.push(context as AsyncContext<unknown>);
      }
      return context;
    },
  };
});

interface Node {
  next: Node[];
}

describe('the async context of guardRecursion (Node, Bun and Deno have one)', () => {
  it('is turned off once no followed call is left, so promises elsewhere do not pay for it', async () => {
    const leaf: Node = { next: [] };
    const root: Node = { next: [leaf, leaf] };
    const walk = guardRecursion(async (current: Node): Promise<number> => {
      await Promise.resolve();
      const sizes = await Promise.all(current.next.map(async (next) => walk(next)));
      return sizes.reduce((sum, size) => sum + size, 1);
    });
    expect(contexts).toHaveLength(1);
    const [context] = contexts;
    const first = walk(root);
    expect(context!.disable).not.toHaveBeenCalled();
    await expect(first).resolves.toBe(3);
    expect(context!.disable).toHaveBeenCalledTimes(1);
    // And on again for the next walk, which still follows its chains.
    await expect(walk(root)).resolves.toBe(3);
    expect(context!.disable).toHaveBeenCalledTimes(2);
  });
});
