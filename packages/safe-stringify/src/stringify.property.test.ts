import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configure } from './configure.js';
import { acyclicValue, space } from './test-support/arbitraries.js';
import { nativeModes } from './test-support/modes.js';
import { sortedReference } from './test-support/sorted-reference.js';

// Every comparison is with the JSON.stringify of the engine running the suite.

describe.each(nativeModes)('any acyclic value ($name)', ({ stringify }) => {
  it('is written exactly as JSON.stringify writes it', () => {
    fc.assert(
      fc.property(acyclicValue, (value) => {
        expect(stringify(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 400 },
    );
  });

  it('is written exactly as JSON.stringify writes it, with any space', () => {
    fc.assert(
      fc.property(acyclicValue, space, (value, indent) => {
        expect(stringify(value, null, indent as string)).toBe(JSON.stringify(value, null, indent as string));
      }),
      { numRuns: 300 },
    );
  });

  it('is written exactly as JSON.stringify writes it, with an allow-list or a replacer function', () => {
    const allowList = fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.nat({ max: 5 })), { maxLength: 6 });
    const replacer = (key: string, value: unknown) =>
      typeof value === 'number' ? value * 2 : key === '1' ? undefined : value;
    fc.assert(
      fc.property(acyclicValue, allowList, space, (value, names, indent) => {
        expect(stringify(value, names, indent as string)).toBe(
          JSON.stringify(value, names, indent as string),
        );
        expect(stringify(value, replacer, indent as string)).toBe(
          JSON.stringify(value, replacer, indent as string),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('sorted: true', () => {
  const sorted = configure({ sorted: true });
  const byLengthThenReverse = (a: string, b: string) => a.length - b.length || (a < b ? 1 : a > b ? -1 : 0);
  const sortedBy = configure({ sorted: byLengthThenReverse });

  it('writes JSON.stringify’s output with the keys of every object in code-unit order', () => {
    fc.assert(
      fc.property(acyclicValue, space, (value, indent) => {
        expect(sorted(value, null, indent as string)).toBe(sortedReference(value, indent));
      }),
      { numRuns: 400 },
    );
  });

  it('orders by a comparator when given one', () => {
    fc.assert(
      fc.property(acyclicValue, (value) => {
        expect(sortedBy(value)).toBe(sortedReference(value, undefined, byLengthThenReverse));
      }),
      { numRuns: 200 },
    );
  });
});
