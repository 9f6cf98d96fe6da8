import { clone } from '@weakset-recipes/deep-clone';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { equal } from './equal.js';
import { leafSlots, replacement, richValue } from './test-support/arbitraries.js';

const strictEqual = createEqual({ strict: true });

describe('any value, on every engine', () => {
  it('equals its deep clone, in both modes', () => {
    fc.assert(
      fc.property(richValue, (value) => {
        expect(equal(clone(value), value)).toBe(true);
        expect(strictEqual(clone(value, { strict: true }), value)).toBe(true);
        expect(difference(value, clone(value))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('differs from a clone with one leaf changed, and difference says so', () => {
    fc.assert(
      fc.property(richValue, fc.nat(), replacement, (value, pick, next) => {
        const changed = clone(value);
        const slots = leafSlots(changed);
        fc.pre(slots.length > 0 && slots[pick % slots.length]!(next));
        expect(equal(value, changed)).toBe(false);
        expect(equal(changed, value)).toBe(false);
        expect(strictEqual(value, changed)).toBe(false);
        expect(difference(value, changed)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('gives a difference exactly when equal says false, on unrelated values', () => {
    fc.assert(
      fc.property(richValue, richValue, (a, b) => {
        expect(difference(a, b) === undefined).toBe(equal(a, b));
        expect(equal(a, b)).toBe(equal(b, a));
      }),
      { numRuns: 300 },
    );
  });
});
