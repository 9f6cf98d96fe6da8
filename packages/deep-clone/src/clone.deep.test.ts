import { describe, expect, it } from 'vitest';
import { cloneArrayChain, cloneList } from './test-support/deep-chains.js';
import { chain, modes } from './test-support/modes.js';

/**
 * Deeper than any engine's call stack: a recursive copy of a linked list overflows below 10,000
 * levels in V8 (Node, Deno, Chromium) and below 50,000 in JavaScriptCore (Bun, WebKit) and
 * SpiderMonkey (Firefox), measured in each engine's vitest worker. The first test checks it on the
 * engine at hand, so the depth keeps proving what it is meant to. A million levels, the README's
 * figure, run on one engine only in clone.deep-million.test.ts (seconds per chain, times every
 * mode and engine, would cost minutes of CI).
 */
const DEPTH = 100_000;

interface Link {
  next?: Link;
  level: number;
}

// Seconds on a loaded CI runner, where a quiet machine takes a fraction of one.
const slow = { timeout: 60_000 };

it(`a recursive copy of a ${DEPTH.toLocaleString('en-US')}-level list overflows this engine's call stack`, () => {
  const recursiveCopy = (link: Link): Link =>
    link.next ? { level: link.level, next: recursiveCopy(link.next) } : { level: link.level };
  const list = chain<Link>(
    DEPTH,
    () => ({ level: 0 }),
    (parent, child) => {
      parent.next = child;
    },
  );
  // RangeError in V8 and JavaScriptCore, InternalError ("too much recursion") in SpiderMonkey.
  expect(() => recursiveCopy(list)).toThrow(/call stack|recursion/);
});

describe.each(modes)("chains 100,000 levels deep, past every engine's call stack ($name)", ({ clone }) => {
  it('clones an object chain', slow, () => {
    expect(cloneList(clone, DEPTH)).toEqual({ count: DEPTH, sharedWithOriginal: 0, outOfOrder: 0 });
  });

  it('clones an array chain', slow, () => {
    expect(cloneArrayChain(clone, DEPTH)).toEqual({ count: DEPTH, sharedWithOriginal: 0 });
  });

  it('clones a Map chain', slow, () => {
    const source = chain<Map<string, unknown>>(
      DEPTH,
      () => new Map(),
      (parent, child) => {
        parent.set('next', child);
      },
    );
    let node: Map<string, unknown> | undefined = clone(source);
    let count = 0;
    while (node) {
      node = node.get('next') as Map<string, unknown> | undefined;
      count++;
    }
    expect(count).toBe(DEPTH);
  });

  it('clones a Set chain', slow, () => {
    const source = chain<Set<unknown>>(
      DEPTH,
      () => new Set(),
      (parent, child) => {
        parent.add(child);
      },
    );
    let node: Set<unknown> | undefined = clone(source);
    let count = 0;
    while (node) {
      node = node.values().next().value as Set<unknown> | undefined;
      count++;
    }
    expect(count).toBe(DEPTH);
  });
});

describe('where structuredClone gives up', () => {
  it('clones a linked list deeper than structuredClone can on this engine', slow, async () => {
    const { clone } = await import('./clone.js');
    const list = (depth: number) =>
      chain<Link>(
        depth,
        () => ({ level: 0 }),
        (parent, child) => {
          parent.next = child;
        },
      );
    // V8 gives up below 10,000 levels, JavaScriptCore between 10,000 and 100,000.
    const beyondStructuredClone = [10_000, 100_000, 1_000_000].find((depth) => {
      try {
        structuredClone(list(depth));
        return false;
      } catch (error) {
        return error instanceof RangeError;
      }
    });
    const depth = beyondStructuredClone ?? 1_000_000;
    let node: Link | undefined = clone(list(depth));
    let count = 0;
    for (; node; node = node.next) count++;
    expect(count).toBe(depth);
  });
});
