import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

describe.each(modes)('plain objects and class instances ($name)', ({ clone }) => {
  it('copies nested plain objects into new objects with equal content', () => {
    const source = { a: 1, b: { c: 'two', d: [3, { e: null }] } };
    const copy = clone(source);
    expect(copy).toEqual(source);
    expect(copy).not.toBe(source);
    expect(copy.b).not.toBe(source.b);
    expect(copy.b.d[1]).not.toBe(source.b.d[1]);
  });

  it('keeps key order', () => {
    const source = { z: 1, a: { inner: true }, m: 3, 10: 'ten', 2: 'two' };
    expect(Object.keys(clone(source))).toEqual(Object.keys(source));
  });

  it('keeps the null prototype of Object.create(null) objects', () => {
    const source = Object.assign(Object.create(null) as Record<string, unknown>, { a: { b: 1 } });
    const copy = clone(source);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('keeps the prototype of class instances and copies their own properties', () => {
    class Point {
      constructor(
        public x: number,
        public y: { deep: number },
      ) {}
      length() {
        return this.x + this.y.deep;
      }
    }
    const source = new Point(1, { deep: 2 });
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Point);
    expect(copy.length()).toBe(3);
    expect(copy.y).not.toBe(source.y);
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('copies symbol-keyed properties', () => {
    const key = Symbol('key');
    const source = { [key]: { nested: true }, plain: 1 };
    const copy = clone(source);
    expect(copy[key]).toEqual({ nested: true });
    expect(copy[key]).not.toBe(source[key]);
  });

  it('copies an own __proto__ key as an own property without changing the prototype or polluting', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = clone(source);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns primitives as they are', () => {
    const symbol = Symbol('s');
    for (const value of [
      0,
      -0,
      Number.NaN,
      1n,
      'text',
      true,
      undefined,
      null,
      symbol,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(Object.is(clone(value), value)).toBe(true);
    }
    expect(Object.is(clone({ zero: -0 }).zero, -0)).toBe(true);
  });

  it('does not copy inherited enumerable properties even when Object.prototype is polluted', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.injected = 'bad';
    try {
      const copy = clone({ own: { deep: 1 } });
      expect(Object.keys(copy)).toEqual(['own']);
      expect(Object.keys(copy.own)).toEqual(['deep']);
    } finally {
      delete proto.injected;
    }
  });
});

describe('getters in the default mode', () => {
  it('reads a getter once and copies its value as data', async () => {
    const { clone } = await import('./clone.js');
    let reads = 0;
    const source = {
      get value() {
        reads++;
        return { n: reads };
      },
    };
    const copy = clone(source);
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(copy, 'value')).toEqual({
      value: { n: 1 },
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it('drops non-enumerable own properties', async () => {
    const { clone } = await import('./clone.js');
    const source = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
    expect(Object.getOwnPropertyNames(clone(source))).toEqual(['shown']);
  });
});
