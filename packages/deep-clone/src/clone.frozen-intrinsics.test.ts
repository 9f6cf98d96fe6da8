import { beforeAll, describe, expect, it } from 'vitest';
import { modes } from './test-support/modes.js';

/*
 * A common hardening step (Node's --frozen-intrinsics, SES lockdown) freezes the built-in
 * prototypes; assigning a key that Object.prototype holds then throws. Vitest runs each test file
 * in a process (or page) of its own, so the freeze reaches no other file.
 */
beforeAll(() => {
  for (const prototype of [Object.prototype, Array.prototype, Map.prototype, Function.prototype]) {
    Object.freeze(prototype);
  }
});

describe.each(modes)('with Object.prototype frozen ($name)', ({ clone }) => {
  it('copies keys that Object.prototype holds: constructor, toString, valueOf, hasOwnProperty', () => {
    const source = JSON.parse(
      '{"constructor": 1, "toString": {"deep": [1]}, "valueOf": 2, "hasOwnProperty": 3, "__proto__": {"x": 1}}',
    ) as Record<string, unknown>;
    const copy = clone(source);
    expect(Object.keys(copy)).toEqual(Object.keys(source));
    expect(copy.constructor).toBe(1);
    expect(copy.toString).toEqual({ deep: [1] });
    expect(copy.toString).not.toBe(source.toString);
    expect(Object.getOwnPropertyDescriptor(copy, 'hasOwnProperty')?.value).toBe(3);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });

  it('copies the same keys on arrays, class instances and Maps', () => {
    const define = <T extends object>(target: T): T =>
      Object.defineProperty(target, 'toString', {
        value: 'own',
        writable: true,
        enumerable: true,
        configurable: true,
      });
    class Model {}
    const copy = clone({ list: define([1]), model: define(new Model()), map: define(new Map([[1, 2]])) });
    expect(Object.getOwnPropertyDescriptor(copy.list, 'toString')?.value).toBe('own');
    expect(Object.getOwnPropertyDescriptor(copy.model, 'toString')?.value).toBe('own');
    expect(Object.getOwnPropertyDescriptor(copy.map, 'toString')?.value).toBe('own');
    expect(copy.map.get(1)).toBe(2);
  });
});
