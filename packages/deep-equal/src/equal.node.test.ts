// @not-applicable browsers, bun: compares against node:util's isDeepStrictEqual, which browsers lack and Bun 1.4 gets wrong for boxed-primitive Map keys
import { isDeepStrictEqual } from 'node:util';
import { clone } from '@weakset-recipes/deep-clone';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difference } from './difference.js';
import { equal } from './equal.js';
import { leafSlots, replacement, richValue } from './test-support/arbitraries.js';
import { allCases } from './test-support/cases.js';

// Node 20 and 22 call two invalid Dates unequal, even a Date with itself; Node 24 and later agree
// with this package (equal). equal.cases.test.ts pins this package's answer on every engine.
const nodeSplitsInvalidDates = !isDeepStrictEqual(new Date(Number.NaN), new Date(Number.NaN));

function hasInvalidDate(root: unknown): boolean {
  const pending = [root];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Date && Number.isNaN(value.getTime())) return true;
    if (value instanceof Map) for (const [key, item] of value) pending.push(key, item);
    else if (value instanceof Set) pending.push(...value);
    else if (!ArrayBuffer.isView(value)) pending.push(...Object.values(value));
  }
  return false;
}

/** Two Sets that mix primitives, boxed primitives and objects, on which some runtimes' oracle throws. */
const mixedSets = () =>
  [
    new Set([undefined, false, 0, {}, new Number(0)]),
    new Set([new Number(0), new String(''), new Boolean(false), [], {}]),
  ] as const;

/**
 * Node 22.23's and Deno 2.9's `isDeepStrictEqual` throw a TypeError ("Cannot read properties of
 * undefined") on some pairs of such Sets; Node 20, 24 and 26 answer them. Where the oracle has that
 * bug, a pair it throws on has no answer to agree with and is discarded; anywhere else its error fails the test.
 */
const oracleThrowsOnMixedSets = (() => {
  try {
    isDeepStrictEqual(...mixedSets());
    return false;
  } catch {
    return true;
  }
})();

function oracle(a: unknown, b: unknown): boolean {
  try {
    return isDeepStrictEqual(a, b);
  } catch (error) {
    if (oracleThrowsOnMixedSets && error instanceof TypeError) fc.pre(false);
    throw error;
  }
}

function agree(a: unknown, b: unknown): void {
  if (nodeSplitsInvalidDates) fc.pre(!hasInvalidDate(a) && !hasInvalidDate(b));
  const expected = oracle(a, b);
  expect(equal(a, b)).toBe(expected);
  expect(equal(b, a)).toBe(expected);
  expect(difference(a, b) === undefined).toBe(expected);
}

describe('agreement with util.isDeepStrictEqual (Node only)', () => {
  it('on a value and its deep clone', () => {
    fc.assert(
      fc.property(richValue, (value) => agree(value, clone(value))),
      { numRuns: 500 },
    );
  });

  it('on a value and a clone with one leaf changed', () => {
    fc.assert(
      fc.property(richValue, fc.nat(), replacement, (value, pick, next) => {
        const changed = clone(value);
        const slots = leafSlots(changed);
        fc.pre(slots.length > 0 && slots[pick % slots.length]!(next));
        agree(value, changed);
      }),
      { numRuns: 1000 },
    );
  });

  it("answers a pair of mixed Sets that some runtimes' isDeepStrictEqual throws on: unequal, as Node 20, 24 and 26 say", () => {
    const [a, b] = mixedSets();
    if (!oracleThrowsOnMixedSets) expect(isDeepStrictEqual(a, b)).toBe(false);
    expect(equal(a, b)).toBe(false);
    expect(equal(b, a)).toBe(false);
    expect(difference(a, b)).toBeDefined();
  });

  it('on two unrelated values', () => {
    fc.assert(
      fc.property(richValue, richValue, (a, b) => agree(a, b)),
      { numRuns: 500 },
    );
  });
});

describe('the hand-written cases agree with util.isDeepStrictEqual (Node only)', () => {
  // Where this package answers as newer Node versions do, or differently on purpose (README, Limits).
  const deviations = new Set<string>();
  // Node keeps URLSearchParams state out of properties, so any two are equal there (not in Deno).
  if (isDeepStrictEqual(new URLSearchParams('a=1'), new URLSearchParams('a=2'))) {
    deviations.add('URLSearchParams differ');
  }
  if (nodeSplitsInvalidDates) deviations.add('invalid Dates');
  // Node 20 compares WeakMap and WeakSet as plain objects, and ignores `cause`; Node 20 and 22
  // compare Promises as plain objects.
  if (isDeepStrictEqual(new WeakMap(), new WeakMap())) {
    deviations.add('two empty WeakMaps').add('two empty WeakSets');
  }
  if (isDeepStrictEqual(Promise.resolve(1), Promise.resolve(1))) deviations.add('two Promises of one value');
  if (isDeepStrictEqual(new Error('x', { cause: undefined }), new Error('x'))) {
    deviations.add('a cause of undefined against none');
  }

  it.each(allCases.filter((entry) => !deviations.has(entry.name)))('$name', ({ a, b, equal: expected }) => {
    expect(isDeepStrictEqual(a, b)).toBe(expected);
  });

  it('leave out only cases that exist', () => {
    const named = allCases.map((entry) => entry.name);
    for (const name of deviations) expect(named).toContain(name);
  });
});
