import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { equal } from './equal.js';

const strictEqual = createEqual({ strict: true });
const strict = { strict: true };
const define = (value: object, key: PropertyKey, descriptor: PropertyDescriptor) =>
  Object.defineProperty(value, key, { configurable: true, enumerable: true, writable: true, ...descriptor });
const accessor = (get: () => unknown) =>
  Object.defineProperty({}, 'x', { get, enumerable: true, configurable: true });

describe('strict: true', () => {
  it('compares non-enumerable properties by value', () => {
    const a = define({}, 'id', { value: 1, enumerable: false });
    expect(equal(a, {})).toBe(true);
    expect(strictEqual(a, {})).toBe(false);
    expect(strictEqual(a, define({}, 'id', { value: 1, enumerable: false }))).toBe(true);
    expect(difference(a, define({}, 'id', { value: 2, enumerable: false }), strict)).toEqual({
      path: ['id'],
      a: 1,
      b: 2,
      reason: 'value',
    });
  });

  it('compares descriptor attributes', () => {
    const readOnly = define({}, 'x', { value: 1, writable: false });
    expect(equal(readOnly, { x: 1 })).toBe(true);
    expect(strictEqual(readOnly, { x: 1 })).toBe(false);
    expect(difference(readOnly, { x: 1 }, strict)).toMatchObject({ path: ['x'], reason: 'descriptor' });
    expect(
      difference(
        define({}, 'x', { value: 1, enumerable: false }),
        define({}, 'x', { value: 1, configurable: false, enumerable: false }),
        strict,
      ),
    ).toMatchObject({ path: ['x'], reason: 'descriptor' });
  });

  it('compares accessors by the identity of their functions, without calling them', () => {
    let calls = 0;
    const get = () => {
      calls++;
      return 1;
    };
    expect(strictEqual(accessor(get), accessor(get))).toBe(true);
    expect(
      strictEqual(
        accessor(get),
        accessor(() => 1),
      ),
    ).toBe(false);
    expect(difference(accessor(get), { x: 1 }, strict)).toMatchObject({ path: ['x'], reason: 'descriptor' });
    expect(calls).toBe(0);
  });

  it('compares frozen, sealed and non-extensible state', () => {
    expect(equal(Object.freeze({ a: 1 }), { a: 1 })).toBe(true);
    expect(strictEqual(Object.freeze({ a: 1 }), { a: 1 })).toBe(false);
    expect(strictEqual(Object.freeze({ a: 1 }), Object.freeze({ a: 1 }))).toBe(true);
    expect(strictEqual(Object.seal({ a: 1 }), Object.freeze({ a: 1 }))).toBe(false);
    expect(strictEqual(Object.preventExtensions({}), {})).toBe(false);
    expect(difference(Object.preventExtensions({}), {}, strict)).toMatchObject({
      path: [],
      reason: 'descriptor',
    });
    expect(strictEqual(Object.freeze([1]), [1])).toBe(false);
    expect(strictEqual(Object.freeze(new Map()), new Map())).toBe(false);
  });

  it('compares array holes, non-enumerable properties and lengths', () => {
    // biome-ignore lint/suspicious/noSparseArray: holes are the point
    expect(strictEqual([1, , 3], [1, , 3])).toBe(true);
    // biome-ignore lint/suspicious/noSparseArray: holes are the point
    expect(difference([1, , 3], [1, undefined, 3], strict)).toMatchObject({ path: [1], reason: 'extra key' });
    expect(strictEqual(define([1], 'label', { value: 'x', enumerable: false }), [1])).toBe(false);
  });

  it('still compares built-in state: Maps, Sets, Dates, bytes, Errors without their stacks', () => {
    expect(strictEqual(new Map([[{ k: 1 }, new Date(1)]]), new Map([[{ k: 1 }, new Date(1)]]))).toBe(true);
    expect(strictEqual(new Set([1]), new Set([2]))).toBe(false);
    expect(strictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(difference(new Uint8Array([1, 2]), new Uint8Array([1, 3]), strict)).toMatchObject({
      path: [1],
      reason: 'bytes',
    });
    expect(strictEqual(new Error('m'), new Error('m'))).toBe(true);
    // Made on one line, at two columns: engines that record positions record different ones.
    const [first, second] = [new Error('m'), new Error('m')];
    expect(strictEqual(first, second)).toBe(true);
    // A position property the program set itself (enumerable) is compared like any other.
    const at = (line: number) => define(new Error('m'), 'line', { value: line, enumerable: true });
    expect(strictEqual(at(1), at(1))).toBe(true);
    expect(strictEqual(at(1), at(2))).toBe(false);
    expect(strictEqual(new Error('m'), new Error('n'))).toBe(false);
    expect(strictEqual(Object('ab'), Object('ab'))).toBe(true);
    expect(strictEqual(/a/g, /a/g)).toBe(true);
  });

  it('compares symbol keys, enumerable or not', () => {
    const key = Symbol('k');
    expect(strictEqual(define({}, key, { value: 1, enumerable: false }), {})).toBe(false);
    expect(
      strictEqual(
        define({}, key, { value: 1, enumerable: false }),
        define({}, key, { value: 1, enumerable: false }),
      ),
    ).toBe(true);
  });
});
