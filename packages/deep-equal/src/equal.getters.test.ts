import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { equal } from './equal.js';

/** An object whose `value` getter counts its reads. */
function counted(value: unknown) {
  const reads = { count: 0 };
  const object = {
    get value() {
      reads.count++;
      return value;
    },
  };
  return { object, reads };
}

describe('getters (default mode)', () => {
  it('are read once per property per comparison', () => {
    const a = counted({ deep: [1, 2] });
    const b = counted({ deep: [1, 2] });
    expect(equal(a.object, b.object)).toBe(true);
    expect([a.reads.count, b.reads.count]).toEqual([1, 1]);
  });

  it('are read once when the comparison fails on them', () => {
    const a = counted(1);
    const b = counted(2);
    expect(difference(a.object, b.object)).toEqual({ path: ['value'], a: 1, b: 2, reason: 'value' });
    expect([a.reads.count, b.reads.count]).toEqual([1, 1]);
  });

  it('are read once in a cycle, where the pair comes back', () => {
    const a = counted(1);
    const b = counted(1);
    const left = Object.assign(a.object, { self: a.object });
    const right = Object.assign(b.object, { self: b.object });
    expect(equal(left, right)).toBe(true);
    expect([a.reads.count, b.reads.count]).toEqual([1, 1]);
  });

  it('are read once per candidate tried when an object Set member is matched (README, Limits)', () => {
    const a = counted(2);
    expect(equal(new Set([a.object, { value: 1 }]), new Set([{ value: 1 }, { value: 2 }]))).toBe(true);
    // Tried against { value: 1 } (no match), then against { value: 2 }.
    expect(a.reads.count).toBe(2);
  });

  it('are never read under strict', () => {
    const a = counted(1);
    expect(createEqual({ strict: true })(a.object, a.object)).toBe(true);
    expect(createEqual({ strict: true })(a.object, counted(1).object)).toBe(false);
    expect(a.reads.count).toBe(0);
  });
});

describe('reentrancy', () => {
  it('lets a getter compare again in the middle of a comparison', () => {
    const inner = {
      get nested() {
        return equal({ x: [1] }, { x: [1] }) && !equal({ x: 1 }, { x: 2 });
      },
    };
    expect(equal({ a: inner, b: [1] }, { a: { nested: true }, b: [1] })).toBe(true);
    expect(difference({ a: inner, b: [1] }, { a: { nested: true }, b: [2] })).toMatchObject({
      path: ['b', 0],
    });
  });

  it('starts clean after a getter threw', () => {
    const throwing = {
      get boom(): never {
        throw new Error('boom');
      },
    };
    const cyclic: { self?: unknown; boom?: unknown } = {};
    cyclic.self = { deep: { deeper: throwing } };
    expect(() => equal(cyclic, { self: { deep: { deeper: { boom: 1 } } } })).toThrow('boom');
    expect(equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(difference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual({
      path: ['a', 1, 'b'],
      a: 2,
      b: 3,
      reason: 'value',
    });
  });
});
