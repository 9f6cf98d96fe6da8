import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClone } from './create-clone.js';
import { collectObjects, errorsAndPatterns, richValue } from './test-support/arbitraries.js';
import { deepEqual } from './test-support/deep-equal.js';

const anyValue = fc.oneof(richValue, errorsAndPatterns);

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
      fc.property(anyValue, (value) => {
        expect(deepEqual(clone(value), value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shares no object with the original', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
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
