import { describe, expect, it } from 'vitest';
import { difference } from './difference.js';

describe('difference', () => {
  it('is undefined for equal values', () => {
    expect(
      difference(
        { a: [1, new Map([[{ k: 1 }, new Set([2])]])] },
        { a: [1, new Map([[{ k: 1 }, new Set([2])]])] },
      ),
    ).toBeUndefined();
  });

  it('points at the roots when they differ', () => {
    expect(difference(1, 2)).toEqual({ path: [], a: 1, b: 2, reason: 'value' });
    expect(difference({}, [])).toEqual({ path: [], a: {}, b: [], reason: 'prototype' });
    expect(difference('1', 1)).toEqual({ path: [], a: '1', b: 1, reason: 'type' });
  });

  it("follows a's key order, depth first", () => {
    const a = { first: { deep: 1 }, second: 2 };
    expect(difference(a, { second: 3, first: { deep: 0 } })).toMatchObject({ path: ['first', 'deep'] });
    expect(difference(a, { first: { deep: 1 }, second: 3 })).toMatchObject({ path: ['second'] });
  });

  it("checks a pair's own key set before any of its values", () => {
    expect(difference({ a: { x: 1 }, b: 1 }, { a: { x: 2 }, c: 1 })).toEqual({
      path: ['b'],
      a: 1,
      b: undefined,
      reason: 'missing key',
    });
    expect(difference([1, 2], [3])).toMatchObject({ path: [], reason: 'size' });
  });

  it('is the same at any depth: past the recursion limit, children keep their order', () => {
    const nest = (depth: number, leaf: unknown) => {
      let node: unknown = leaf;
      for (let level = 0; level < depth; level++) node = { before: 1, inner: node, after: { x: 1 } };
      return node;
    };
    const a = nest(2_000, 0);
    const b = nest(2_000, 0);
    // Two differences at the bottom: `inner` comes first in key order, `after` second.
    let node = b as { inner: unknown; after: { x: number } };
    for (let level = 0; level < 1_999; level++) node = node.inner as typeof node;
    node.after.x = 2;
    node.inner = 1;
    const found = difference(a, b);
    expect(found?.path).toHaveLength(2_000);
    expect(found?.path.at(-1)).toBe('inner');
    expect(found).toMatchObject({ a: 0, b: 1, reason: 'value' });
  });

  it('names Map keys as deep-clone paths do: primitive keys as they are, the entry index otherwise', () => {
    const symbol = Symbol('s');
    const map = (value: number) =>
      new Map<unknown, unknown>([
        ['name', { v: 1 }],
        [symbol, { v: 1 }],
        [{ id: 1 }, { v: value }],
      ]);
    expect(difference(map(1), map(2))).toMatchObject({ path: [2, 'v'], a: 1, b: 2 });
    expect(difference(new Map([[symbol, 1]]), new Map([[symbol, 2]]))).toMatchObject({ path: [symbol] });
    expect(difference(new Set(['a', { n: 1 }]), new Set(['a', { n: 2 }]))).toMatchObject({ path: [1, 'n'] });
  });

  it('returns a fresh path each time', () => {
    const first = difference({ a: 1 }, { a: 2 });
    const second = difference({ b: 1 }, { b: 2 });
    expect(first?.path).toEqual(['a']);
    expect(second?.path).toEqual(['b']);
  });
});
