import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorsAndPatterns, richValue } from './arbitraries.js';
import { deepEqual } from './deep-equal.js';

describe('deepEqual (the tests’ portable oracle)', () => {
  it('calls two values built alike equal, whatever they hold', () => {
    fc.assert(
      fc.property(fc.clone(fc.oneof(richValue, errorsAndPatterns), 2), ([a, b]) => deepEqual(a, b)),
      { numRuns: 300 },
    );
  });

  it('matches Map keys and Set members that are objects by deep equality, in any order', () => {
    // Bun's node:util calls this pair unequal.
    const boxedKeys = () =>
      new Map<unknown, unknown>([
        [new Boolean(false), new String('')],
        [new Boolean(false), false],
      ]);
    expect(deepEqual(boxedKeys(), boxedKeys())).toBe(true);
    expect(
      deepEqual(
        new Map([
          [{ a: 1 }, 1],
          [{ a: 2 }, 2],
        ]),
        new Map([
          [{ a: 2 }, 2],
          [{ a: 1 }, 1],
        ]),
      ),
    ).toBe(true);
    expect(deepEqual(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]]))).toBe(false);
    expect(deepEqual(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]))).toBe(false);
  });

  it('tells the cases apart that a loose comparison mixes up', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is not an undefined
    expect(deepEqual([, 1], [undefined, 1])).toBe(false);
    expect(deepEqual(0, -0)).toBe(false);
    expect(deepEqual([Number.NaN], [Number.NaN])).toBe(true);
    expect(deepEqual(Object.create(null), {})).toBe(false);
    expect(deepEqual(new Float64Array([0]), new Float64Array([-0]))).toBe(false);
    expect(deepEqual(Object(1), 1)).toBe(false);
    expect(deepEqual(Object.assign([1], { extra: 1 }), [1])).toBe(false);
    expect(deepEqual(new Date(Number.NaN), new Date(Number.NaN))).toBe(true);
    expect(deepEqual(Object.assign(/a/g, { lastIndex: 2 }), /a/g)).toBe(false);
    expect(deepEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }))).toBe(false);
    expect(deepEqual(new Error('a'), new Error('a', { cause: undefined }))).toBe(false);
  });

  it('ignores what isDeepStrictEqual ignores: stacks and non-enumerable properties', () => {
    const a = new Error('same');
    const b = new Error('same');
    b.stack = 'elsewhere';
    expect(deepEqual(a, b)).toBe(true);
    expect(deepEqual(Object.defineProperty({}, 'hidden', { value: 1 }), {})).toBe(true);
  });

  it('compares cyclic graphs', () => {
    const cycle = () => {
      const node: Record<string, unknown> = { name: 'n' };
      node.self = node;
      return node;
    };
    expect(deepEqual(cycle(), cycle())).toBe(true);
    const other = cycle();
    other.name = 'm';
    expect(deepEqual(cycle(), other)).toBe(false);
  });
});
