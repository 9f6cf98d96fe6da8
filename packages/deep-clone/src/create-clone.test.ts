import { describe, expect, expectTypeOf, it } from 'vitest';
import { clone } from './clone.js';
import { createClone } from './create-clone.js';

describe('createClone', () => {
  it('returns a function that keeps its options', () => {
    const strictClone = createClone({ strict: true });
    const frozen = strictClone(Object.freeze({ a: 1 }));
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(clone(Object.freeze({ a: 1 })))).toBe(false);
  });

  it('is reentrant: a getter may clone during a clone', () => {
    const inner = { deep: { value: 1 } };
    const source = {
      shared: inner,
      get snapshot() {
        return clone({ inner, again: inner });
      },
      also: inner,
    };
    const copy = clone(source);
    expect(copy.shared).toBe(copy.also);
    expect(copy.snapshot.inner).toBe(copy.snapshot.again);
    expect(copy.snapshot.inner).not.toBe(copy.shared);
  });

  it('recovers after an error and keeps no state between calls', () => {
    const cloneOrThrow = createClone({ circular: 'throw' });
    const looped: Record<string, unknown> = {};
    looped.self = looped;
    expect(() => cloneOrThrow(looped)).toThrow();
    const shared = { n: 1 };
    const copy = cloneOrThrow({ a: shared, b: shared });
    expect(copy).toEqual({ a: { n: 1 }, b: { n: 1 } });
  });

  it('preserves the static type of what it copies', () => {
    const copyOf = createClone();
    expectTypeOf(copyOf({ a: 1, b: [new Date()] })).toEqualTypeOf<{ a: number; b: Date[] }>();
    expectTypeOf(clone(new Map<string, number>())).toEqualTypeOf<Map<string, number>>();
  });

  it('reuses one engine per option set', () => {
    const shared = { n: 1 };
    const options = { circular: 'throw' } as const;
    const first = clone({ a: shared, b: shared }, options);
    const second = clone({ a: shared, b: shared }, { ...options });
    expect(first).toEqual(second);
  });
});
