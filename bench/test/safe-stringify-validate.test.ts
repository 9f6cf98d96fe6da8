import { stringify as flattedStringify, parse } from 'flatted';
import { describe, expect, it } from 'vitest';
import {
  cyclicTree,
  expectedCyclicText,
  payloads,
  sortedText,
} from '../src/suites/safe-stringify/payloads.js';
import { flattedProblem, textProblem } from '../src/suites/safe-stringify/validate.js';

describe('the safe-stringify validators', () => {
  it('accept JSON.stringify on the acyclic payloads and reject any other text', () => {
    for (const id of ['small', 'large'] as const) {
      const input = payloads.find((payload) => payload.id === id)!.build();
      expect(textProblem(id, input, JSON.stringify(input))).toBeUndefined();
      expect(textProblem(id, input, JSON.stringify(input, null, 1))).toMatch(/^differs at character 1/);
      expect(textProblem(id, input, undefined)).toBe('returned undefined, not a string');
    }
  });

  it('expect the acyclic twin with the contender’s own marker on the cyclic tree', () => {
    const tree = cyclicTree() as { records: { parent: unknown }[] };
    expect(tree.records.every((record) => record.parent === tree)).toBe(true);
    const withMarker = expectedCyclicText('[Circular]');
    expect(withMarker).toContain('"parent":"[Circular]"}');
    expect(textProblem('cyclic', tree, withMarker, '[Circular]')).toBeUndefined();
    expect(textProblem('cyclic', tree, withMarker, '[Circular ~]')).toMatch(/^differs/);
  });

  it('expect every key sorted for the sorted payload', () => {
    expect(sortedText({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    const input = payloads.find((payload) => payload.id === 'sorted')!.build();
    expect(textProblem('sorted', input, JSON.stringify(input))).toMatch(/^differs/);
  });

  it('check flatted by parsing its own format back', () => {
    const tree = cyclicTree();
    expect(flattedProblem('cyclic', tree, flattedStringify(tree), parse)).toBeUndefined();
    const small = payloads[0]!.build();
    expect(flattedProblem('small', small, flattedStringify(small), parse)).toBeUndefined();
    expect(flattedProblem('small', small, flattedStringify({ other: true }), parse)).toMatch(/^differs/);
  });
});
