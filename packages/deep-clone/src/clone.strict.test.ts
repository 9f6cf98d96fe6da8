import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { deepEqual } from './test-support/deep-equal.js';

const strict = { strict: true } as const;

describe('strict: true', () => {
  it('copies non-enumerable and non-writable properties with their descriptors', () => {
    const source = {};
    Object.defineProperty(source, 'hidden', { value: { deep: 1 }, enumerable: false, writable: false });
    const copy = clone(source, strict);
    const descriptor = Object.getOwnPropertyDescriptor(copy, 'hidden');
    expect(descriptor).toMatchObject({ enumerable: false, writable: false, configurable: false });
    expect(descriptor?.value).toEqual({ deep: 1 });
    expect(descriptor?.value).not.toBe((source as { hidden: unknown }).hidden);
  });

  it('copies accessors as accessors without invoking them', () => {
    let calls = 0;
    const source = {
      get computed() {
        calls++;
        return 42;
      },
    };
    const copy = clone(source, strict);
    expect(calls).toBe(0);
    const descriptor = Object.getOwnPropertyDescriptor(copy, 'computed');
    expect(typeof descriptor?.get).toBe('function');
    expect(copy.computed).toBe(42);
  });

  it('keeps frozen, sealed and non-extensible objects so', () => {
    const source = {
      frozen: Object.freeze({ a: 1 }),
      sealed: Object.seal({ b: 2 }),
      closed: Object.preventExtensions({ c: 3 }),
      open: { d: 4 },
      frozenList: Object.freeze([1, 2]),
    };
    const copy = clone(source, strict);
    expect(Object.isFrozen(copy.frozen)).toBe(true);
    expect(Object.isSealed(copy.sealed) && !Object.isFrozen(copy.sealed)).toBe(true);
    expect(!Object.isExtensible(copy.closed) && !Object.isSealed(copy.closed)).toBe(true);
    expect(Object.isExtensible(copy.open)).toBe(true);
    expect(Object.isFrozen(copy.frozenList)).toBe(true);
  });

  it('copies arrays with holes, extra properties and element descriptors', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is under test
    const source = Object.defineProperty([1, , { x: 1 }], 'meta', { value: 'hidden', enumerable: false });
    const copy = clone(source, strict);
    expect(1 in copy).toBe(false);
    expect(copy).toHaveLength(3);
    expect(Object.getOwnPropertyDescriptor(copy, 'meta')).toMatchObject({
      value: 'hidden',
      enumerable: false,
    });
    expect(copy[2]).not.toBe(source[2]);
  });

  it('keeps the shape of class instances exactly', () => {
    class Account {
      #secret = 1;
      constructor(public owner: string) {
        Object.defineProperty(this, 'id', { value: 7, enumerable: false });
      }
      peek() {
        return this.#secret;
      }
    }
    const source = new Account('ada');
    const copy = clone(source, strict);
    expect(copy).toBeInstanceOf(Account);
    expect(Object.getOwnPropertyDescriptor(copy, 'id')).toMatchObject({ value: 7, enumerable: false });
    expect(deepEqual(copy, source)).toBe(true);
  });
});
