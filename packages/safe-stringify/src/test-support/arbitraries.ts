import { richValueWithoutBigInt } from '@weakset-recipes-internal/testing/arbitraries';
import fc from 'fast-check';

/** Keys JSON.stringify treats specially: integer-like ones (listed first) and a few reserved names. */
const key = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.nat({ max: 20 }).map(String),
  fc.constantFrom('__proto__', 'toJSON', 'constructor', '', '01', '4294967295'),
);

/** Leaves JSON.stringify writes in special ways: -0, NaN, ±Infinity, undefined, functions, symbols. */
const leaf = fc.oneof(
  fc.double(),
  fc.string({ unit: 'binary' }),
  fc.boolean(),
  fc.constantFrom(null, undefined, -0, Number.NaN, Number.POSITIVE_INFINITY, () => 1, Symbol.for('s')),
  fc.date({ noInvalidDate: false }),
);

/** Acyclic values shaped by hand to reach every rule of JSON.stringify. */
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.sparseArray(tie('tree'), { maxLength: 5 }),
    // Built with defineProperty, so `__proto__` is an own data key, as JSON.parse makes it.
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => {
      const object = {};
      for (const [name, value] of entries) {
        Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
      }
      return object;
    }),
    tie('tree').map((inner) => ({ toJSON: (name: string) => ({ name, inner }) })),
    fc.oneof(fc.double(), fc.string(), fc.boolean()).map((primitive) => Object(primitive) as object),
  ),
}));

/**
 * Acyclic values JSON.stringify writes without throwing: fast-check's `anything` with every kind it
 * has but BigInt, and hand-shaped trees with toJSON, holes, reserved keys and values JSON drops.
 */
export const acyclicValue: fc.Arbitrary<unknown> = fc.oneof(richValueWithoutBigInt, tree);

/** Every kind of `space` argument: numbers (clamped, truncated), strings (cut), boxes. */
export const space: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 14 }),
  fc.double({ min: -2, max: 12 }),
  fc.string({ maxLength: 14 }),
  // `$` starts a replacement pattern in String.prototype.replace: indents must never go through one.
  fc.string({ unit: fc.constantFrom('$', '&', "'", '`', '1', ' '), maxLength: 12 }),
  fc.constantFrom(undefined, null, new Number(4), new String('\t\t'), true),
);
