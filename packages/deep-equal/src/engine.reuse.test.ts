import { clone } from '@weakset-recipes/deep-clone';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { createEngine } from './engine.js';
import { equal } from './equal.js';
import { richValue } from './test-support/arbitraries.js';

/*
 * `equal`, `difference` and each `createEqual` function keep one engine for all their calls, and
 * clear its state only after a difference or a throw (an equal answer leaves it clean). These
 * tests hold the long-lived engines to a fresh engine per call, over call sequences that take
 * every path that grows state: recursion, the explicit stack past 400 levels, more than 32 pairs
 * in progress, Map and Set matching with failed attempts, and a throwing getter.
 */

type Input = { a: unknown; b: unknown };

/** A chain `levels` deep ending in `leaf`. */
function chain(levels: number, leaf: unknown): object {
  let node: { next?: unknown; leaf?: unknown } = { leaf };
  for (let level = 0; level < levels; level++) node = { next: node };
  return node;
}

/** A ring of `length` nodes, the last pointing back to the first. */
function ring(length: number, mark: number): object {
  const first: { next?: object; mark: number } = { mark };
  let last = first;
  for (let i = 1; i < length; i++) {
    const node = { mark: i === length - 1 ? mark : 0 };
    last.next = node;
    last = node;
  }
  last.next = first;
  return first;
}

const throwing = () => ({
  get boom(): never {
    throw new Error('getter threw');
  },
});

const input: fc.Arbitrary<Input> = fc.oneof(
  richValue.map((value) => ({ a: value, b: clone(value) })),
  fc.record({ a: richValue, b: richValue }),
  fc
    .record({
      levels: fc.integer({ min: 300, max: 700 }),
      x: fc.integer({ min: 0, max: 2 }),
      y: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ levels, x, y }) => ({ a: chain(levels, x), b: chain(levels, y) })),
  fc
    .record({
      length: fc.integer({ min: 20, max: 60 }),
      x: fc.integer({ min: 0, max: 1 }),
      y: fc.integer({ min: 0, max: 1 }),
    })
    .map(({ length, x, y }) => ({ a: ring(length, x), b: ring(length, y) })),
  fc.record({ x: fc.integer({ min: 0, max: 2 }), y: fc.integer({ min: 0, max: 2 }) }).map(({ x, y }) => ({
    a: new Map([
      [{ k: 1 }, [x]],
      [{ k: 2 }, [0]],
    ]),
    b: new Map([
      [{ k: 2 }, [0]],
      [{ k: 1 }, [y]],
    ]),
  })),
  fc.constant({ a: throwing(), b: throwing() }),
);

/** What a comparison answers, or what it threw. */
function outcome<T>(run: () => T): { value: T } | { threw: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: String(error) };
  }
}

describe('an engine used for many calls answers each as a fresh one does', () => {
  it('equal, difference and createEqual, over any sequence of calls', () => {
    const strictEqual = createEqual({ strict: true });
    fc.assert(
      fc.property(fc.array(input, { minLength: 2, maxLength: 8 }), (inputs) => {
        for (const { a, b } of inputs) {
          const fresh = outcome(() => createEngine(false, undefined)(a, b));
          const freshStrict = outcome(() => createEngine(true, undefined)(a, b) === undefined);
          expect(outcome(() => difference(a, b))).toEqual(fresh);
          expect(outcome(() => equal(a, b))).toEqual(
            'threw' in fresh ? fresh : { value: fresh.value === undefined },
          );
          expect(outcome(() => strictEqual(a, b))).toEqual(freshStrict);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a difference found deep in the explicit stack leaves nothing for the next call', () => {
    expect(difference(chain(600, 1), chain(600, 2))?.path).toHaveLength(601);
    expect(difference(chain(5, 1), chain(5, 1))).toBeUndefined();
    expect(difference({ x: 1 }, { x: 2 })).toEqual({ path: ['x'], a: 1, b: 2, reason: 'value' });
  });

  it('a throw in the middle of a comparison leaves nothing for the next call', () => {
    // `equal` and `difference` keep one engine each: the throw and the next calls share it.
    expect(() => equal(chain(450, throwing()), chain(450, throwing()))).toThrow('getter threw');
    expect(equal(ring(40, 1), ring(40, 1))).toBe(true);
    expect(equal([1, { y: 2 }], [1, { y: 3 }])).toBe(false);
    expect(() => difference(chain(450, throwing()), chain(450, throwing()))).toThrow('getter threw');
    expect(difference([1, { y: 2 }], [1, { y: 3 }])).toEqual({ path: [1, 'y'], a: 2, b: 3, reason: 'value' });
  });
});
