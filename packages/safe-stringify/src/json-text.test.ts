import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWriter, JsonText } from './json-text.js';
import { spaceOf } from './normalize.js';
import { acyclicValue, space } from './test-support/arbitraries.js';

/** Writes every container of `data` by hand, innermost first, as serialize.ts does for deep ones. */
function writeAllByHand(data: unknown, indent: unknown): string | undefined {
  const writer = createWriter(undefined, spaceOf(indent));
  const byHand = (node: unknown, depth: number): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
    const keyList = Array.isArray(node) ? undefined : Object.keys(node);
    for (const key of keyList ?? (node as unknown[]).map((_, index) => index)) {
      copy[key] = byHand(copy[key], depth + 1);
    }
    return writer.container(copy, keyList, depth);
  };
  return writer.value(byHand(data, 0), 0);
}

describe('hand-written containers', () => {
  it('lay out any JSON data exactly as JSON.stringify does, with any space', () => {
    fc.assert(
      fc.property(acyclicValue, space, (value, indent) => {
        const text = JSON.stringify(value);
        fc.pre(text !== undefined);
        // JSON data (objects, arrays, primitives) with the keys JSON.stringify wrote, in its order.
        const data: unknown = JSON.parse(text!);
        expect(writeAllByHand(data, indent)).toBe(JSON.stringify(data, null, indent as string));
      }),
      { numRuns: 400 },
    );
  });

  it.each(['$', '$$', '$&', "$'", '$`', '$1'])(
    'indent what JSON.stringify wrote inside them with a space of %j as it is (no replacement patterns)',
    (indent) => {
      const data = { a: { b: [1, { c: 2 }] }, d: [[3]] };
      const writer = createWriter(undefined, indent);
      expect(writer.container(data, ['a', 'd'], 0).text).toBe(JSON.stringify(data, null, indent));
    },
  );

  it('write a value that is already text as it is, and nothing for undefined in an object', () => {
    const writer = createWriter(undefined, 2);
    expect(writer.value(new JsonText('123'), 0)).toBe('123');
    expect(writer.container({ a: undefined, b: new JsonText('1') }, ['a', 'b'], 0).text).toBe(
      '{\n  "b": 1\n}',
    );
    expect(
      writer.container([undefined, () => 1] as unknown as Record<number, unknown>, undefined, 0).text,
    ).toBe('[\n  null,\n  null\n]');
  });
});
