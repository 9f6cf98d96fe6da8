import { describe, expect, it } from 'vitest';
import {
  arrayChain,
  jsonRecords,
  objectChain,
  payloadById,
  payloads,
} from '../src/suites/deep-clone/payloads.js';
import {
  chainProblem,
  cloneProblem,
  firstDifference,
  sampledRecordsProblem,
} from '../src/suites/deep-clone/validate.js';

/** A JSON round trip: loses sharing, Maps, Dates and the rest. */
function jsonClone(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A tree copy that copies a shared object once per reference (like rfdc or klona). */
function treeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(treeCopy);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, treeCopy(item)]));
  }
  return value;
}

describe('cloneProblem', () => {
  it('accepts structuredClone on every payload, sharing and cycles included', () => {
    for (const payload of payloads) {
      const input = payload.build();
      expect(cloneProblem(input, structuredClone(input), { keepsSharing: true }), payload.id).toBeUndefined();
    }
  });

  it('rejects the input itself', () => {
    const input = { a: 1 };
    expect(cloneProblem(input, input, { keepsSharing: false })).toBe('returned the input itself');
  });

  it('rejects a copy that reuses one of the input’s objects', () => {
    const input = { inner: { a: 1 } };
    expect(cloneProblem(input, { inner: input.inner }, { keepsSharing: false })).toBe(
      "$.inner is the input's own object, not a copy",
    );
  });

  it('rejects lost sharing only where the guarantee requires it', () => {
    const input = payloads.find((payload) => payload.id === 'shared')!.build();
    const copy = treeCopy(input);
    expect(cloneProblem(input, copy, { keepsSharing: true })).toMatch(/shared reference or cycle lost/);
    expect(cloneProblem(input, copy, { keepsSharing: false })).toBeUndefined();
  });

  it('says where a copy stops being deep-equal', () => {
    const input = payloads.find((payload) => payload.id === 'rich')!.build();
    expect(cloneProblem(input, jsonClone(input), { keepsSharing: false })).toMatch(
      /^not deep-equal: \$\.\w+: \w+ became \w+/,
    );
    expect(firstDifference({ a: { b: 1 } }, { a: { b: 2 } })).toBe('$.a.b: 1 became 2');
  });
});

describe('the API response payload', () => {
  type ApiRecord = Record<string, unknown> & { tags: unknown[]; scores: unknown[]; address: object };
  const build = () => payloadById('api').build() as { data: ApiRecord[] };

  it('is 500 records parsed by JSON.parse, the same data at every build but never the same objects', () => {
    const first = build();
    const second = build();
    expect(first.data).toHaveLength(500);
    expect(second).toEqual(first);
    expect(second.data[0]).not.toBe(first.data[0]);
    // Nothing JSON cannot carry: a JSON round trip gives it back unchanged.
    expect(jsonClone(first)).toEqual(first);
  });

  it('has what a real REST response has: nested objects, arrays of strings and numbers, nulls, ISO dates', () => {
    const leaves: unknown[] = [];
    const pending: unknown[] = [build()];
    let nestedObjects = 0;
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value === 'object' && value !== null) {
        nestedObjects++;
        pending.push(...Object.values(value));
      } else leaves.push(value);
    }
    expect(nestedObjects).toBeGreaterThan(500 * 5);
    expect(leaves).toContain(null);
    const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    expect(leaves.filter((leaf) => typeof leaf === 'string' && isoDate.test(leaf)).length).toBeGreaterThan(
      1_000,
    );
    const records = build().data;
    expect(
      records.some((record) => record.tags.length > 0 && record.tags.every((tag) => typeof tag === 'string')),
    ).toBe(true);
    expect(records.every((record) => record.scores.every((score) => typeof score === 'number'))).toBe(true);
    expect(
      records.some((record) => record.manager === null) && records.some((record) => record.manager !== null),
    ).toBe(true);
  });
});

describe('sampledRecordsProblem (the check of copies too big to check in full)', () => {
  const input = jsonRecords(50_000);

  it('accepts a faithful copy', () => {
    expect(sampledRecordsProblem(input, structuredClone(input), 100)).toBeUndefined();
  });

  it('rejects the input, a wrong record count, and a wrong or reused record, the last one included', () => {
    expect(sampledRecordsProblem(input, input, 100)).toBe("returned the input's own objects");
    expect(sampledRecordsProblem(input, { records: input.records.slice(1) }, 100)).toBe(
      '$.records has 9999 records instead of 10000',
    );
    const copy = structuredClone(input);
    (copy.records[9_999] as { kind: string }).kind = 'changed';
    expect(sampledRecordsProblem(input, copy, 100)).toMatch(/^\$\.records\[9999\]: not deep-equal: \$\.kind/);
    const reusing = structuredClone(input);
    reusing.records[0] = input.records[0];
    expect(sampledRecordsProblem(input, reusing, 100)).toBe('$.records[0]: returned the input itself');
  });
});

describe('chainProblem', () => {
  it('accepts a faithful copy of a deep chain without recursing', () => {
    const input = objectChain(200_000);
    let copy: unknown = null;
    // Rebuild the chain back to front: a copy with every level and value, sharing nothing.
    for (let level = 200_000; level >= 1; level--) copy = { value: level, next: copy };
    expect(chainProblem(input, copy, 200_000)).toBeUndefined();
  });

  it('rejects a chain that is too short, holds other values or reuses the input', () => {
    expect(chainProblem(objectChain(3), { value: 1, next: { value: 2, next: null } }, 3)).toBe(
      'level 3 is null',
    );
    expect(chainProblem(arrayChain(2), [1, [5, null]], 2)).toBe('level 2 holds 5');
    const input = arrayChain(2);
    expect(chainProblem(input, input, 2)).toBe("level 1 is the input's own node");
  });
});
