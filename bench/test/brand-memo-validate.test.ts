import { describe, expect, it } from 'vitest';
import { hitPattern, mixedSample } from '../src/suites/brand/samples.js';
import { countAndForgery } from '../src/suites/brand/validate.js';
import {
  cacheHitCheck,
  type Derived,
  type GraphNode,
  guardCheck,
  sharedLeafGraph,
} from '../src/suites/memo-guard/validate.js';

describe('brand samples', () => {
  it('mix hits and misses half and half, the same way every time', () => {
    const pattern = hitPattern(4096);
    expect(pattern).toEqual(hitPattern(4096));
    const hits = pattern.filter(Boolean).length;
    expect(hits).toBeGreaterThan(1900);
    expect(hits).toBeLessThan(2200);
    expect(mixedSample(4096, () => new Date()).hits).toBe(hits);
  });
});

describe('countAndForgery', () => {
  it('accepts the right count with the forgery refused', () => {
    expect(
      countAndForgery(
        () => 10,
        10,
        () => false,
      ),
    ).toEqual({ verdict: 'ok' });
  });

  it('calls a wrong count or an accepted forgery wrong, and a throw throws', () => {
    expect(countAndForgery(() => 9, 10)).toEqual({ verdict: 'wrong', detail: 'counted 9 hits, expected 10' });
    expect(
      countAndForgery(
        () => 10,
        10,
        () => true,
      ).verdict,
    ).toBe('wrong');
    expect(
      countAndForgery(() => {
        throw new TypeError('boom');
      }, 10),
    ).toEqual({ verdict: 'throws', detail: 'TypeError: boom' });
  });
});

describe('cacheHitCheck', () => {
  const keys = [{ id: 1 }, { id: 2 }];

  it('accepts a cache that returns the same results without recomputing', () => {
    const cache = new WeakMap<object, Derived>();
    let calls = 0;
    const lookup = (key: { id: number }) => {
      let cached = cache.get(key);
      if (!cached) {
        calls++;
        cached = { id: key.id };
        cache.set(key, cached);
      }
      return cached;
    };
    expect(
      cacheHitCheck(
        () => keys.map(lookup),
        () => calls,
      ),
    ).toEqual({ verdict: 'ok' });
  });

  it('rejects a "cache" that recomputes', () => {
    let calls = 0;
    const recompute = (key: { id: number }) => {
      calls++;
      return { id: key.id };
    };
    expect(
      cacheHitCheck(
        () => keys.map(recompute),
        () => calls,
      ),
    ).toEqual({
      verdict: 'wrong',
      detail: 'recomputed 2 of 2 cached results',
    });
  });
});

describe('guardCheck', () => {
  const { root, total } = sharedLeafGraph();

  it('accepts an in-progress guard', () => {
    const inProgress = new WeakSet<GraphNode>();
    const walk = (node: GraphNode): number => {
      if (inProgress.has(node)) throw new Error('cycle');
      inProgress.add(node);
      try {
        return node.value + node.children.reduce((sum, child) => sum + walk(child), 0);
      } finally {
        inProgress.delete(node);
      }
    };
    expect(guardCheck(walk, total, root)).toEqual({ verdict: 'ok' });
  });

  it('rejects a visited-set guard, which calls a shared leaf a cycle', () => {
    const visited = new WeakSet<GraphNode>();
    const walk = (node: GraphNode): number => {
      if (visited.has(node)) throw new Error('cycle');
      visited.add(node);
      return node.value + node.children.reduce((sum, child) => sum + walk(child), 0);
    };
    expect(guardCheck(walk, total, root).verdict).toBe('throws');
  });

  it('rejects a walk with no guard at all', () => {
    // Without a guard a cycle recurses until a budget (standing in for the stack) runs out.
    let budget = 1000;
    const walk = (node: GraphNode): number => {
      if (--budget < 0) return 0;
      return node.value + node.children.reduce((sum, child) => sum + walk(child), 0);
    };
    expect(guardCheck(walk, total, root)).toMatchObject({ verdict: 'wrong' });
  });
});
