import fc from 'fast-check';

/**
 * fast-check's `anything` with every kind of value it can make: Maps, Sets, Dates, typed arrays,
 * sparse arrays, null prototypes, boxed primitives, `Object`-wrapped strings and any Unicode, four
 * levels deep. Shared by the property tests of deep-clone, deep-equal and safe-stringify, so the
 * three packages are held to the same inputs.
 */
const everyKind = {
  maxDepth: 4,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
} as const;

/** Acyclic values of every kind `anything` makes, BigInt included. */
export const richValue: fc.Arbitrary<unknown> = fc.anything({ ...everyKind, withBigInt: true });

/** The same without BigInt: values `JSON.stringify` writes without throwing. */
export const richValueWithoutBigInt: fc.Arbitrary<unknown> = fc.anything(everyKind);
