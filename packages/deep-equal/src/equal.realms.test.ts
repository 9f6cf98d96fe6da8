// @not-applicable browsers: node:vm makes the second realm here; a browser would need an iframe
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { difference } from './difference.js';
import { equal } from './equal.js';

/** One other realm, with its own Date, Map, Uint8Array and Object.prototype. */
const realm = createContext();
const foreign = <T>(code: string): T => runInContext(code, realm) as T;

describe('built-ins from another realm', () => {
  it('are compared by their state, not as plain objects', () => {
    expect(equal(foreign('new Date(1)'), foreign('new Date(1)'))).toBe(true);
    expect(equal(foreign('new Date(1)'), foreign('new Date(2)'))).toBe(false);
    expect(equal(foreign('new Map([[1, 2]])'), foreign('new Map([[1, 2]])'))).toBe(true);
    expect(equal(foreign('new Map([[1, 2]])'), foreign('new Map([[1, 3]])'))).toBe(false);
    expect(difference(foreign('new Uint8Array([1, 2])'), foreign('new Uint8Array([1, 3])'))).toMatchObject({
      path: [1],
      reason: 'bytes',
    });
    expect(equal(foreign('/a/g'), foreign('/a/i'))).toBe(false);
  });

  it('still compare their plain objects and arrays', () => {
    expect(equal(foreign('({ a: [1, { b: 2 }] })'), foreign('({ a: [1, { b: 2 }] })'))).toBe(true);
    expect(equal(foreign('({ a: [1, { b: 2 }] })'), foreign('({ a: [1, { b: 3 }] })'))).toBe(false);
  });

  it('never equal objects of this realm, whose prototypes differ', () => {
    expect(difference(foreign('new Date(1)'), new Date(1))).toMatchObject({ reason: 'prototype' });
  });
});
