import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClone } from './create-clone.js';

/** Arbitrary values with every kind the clone promises to copy. */
const richValue = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const configurations = [
  { name: 'preserve', options: {} },
  { name: 'throw', options: { circular: 'throw' } },
  { name: 'preserve + strict', options: { strict: true } },
  { name: 'throw + strict', options: { circular: 'throw', strict: true } },
] as const;

describe.each(configurations)('any value ($name)', ({ options }) => {
  const clone = createClone(options);

  it('comes back deeply and strictly equal', () => {
    fc.assert(
      fc.property(richValue, (value) => {
        // Node 20's isDeepStrictEqual calls two invalid Dates unequal, even one with itself
        // (`isDeepStrictEqual(new Date(NaN), new Date(NaN))` is false); clone.builtins.test.ts
        // checks that an invalid Date clones to an invalid Date.
        fc.pre(!hasInvalidDate(value));
        expect(isDeepStrictEqual(clone(value), value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shares no object with the original', () => {
    fc.assert(
      fc.property(richValue, (value) => {
        const originals = collectObjects(value);
        for (const copied of collectObjects(clone(value))) expect(originals.has(copied)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('graphs with shared references and cycles', () => {
  const clone = createClone();
  it('keep exactly the same shape of identities', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        (edges) => {
          const nodes = edges.map((_, id) => ({ id, out: [] as object[] }));
          edges.forEach((targets, from) => {
            for (const target of targets) nodes[from]?.out.push(nodes[target % nodes.length]!);
          });
          const copy = clone(nodes);
          copy.forEach((node, index) => {
            node.out.forEach((target, position) => {
              const expected = nodes[index]!.out[position] as { id: number };
              expect(target).toBe(copy[expected.id]);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Every object reachable from a value (own property values, Map and Set contents). */
function hasInvalidDate(root: unknown): boolean {
  for (const value of collectObjects(root)) {
    if (value instanceof Date && Number.isNaN(value.getTime())) return true;
  }
  return false;
}

function collectObjects(root: unknown): Set<object> {
  const found = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || found.has(value))
      continue;
    found.add(value);
    if (ArrayBuffer.isView(value)) continue;
    if (value instanceof Map) for (const [k, v] of value) pending.push(k, v);
    if (value instanceof Set) for (const v of value) pending.push(v);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return found;
}
