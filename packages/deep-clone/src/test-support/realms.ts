import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal.js';
import { modes } from './modes.js';

/**
 * The realm suite: values made in another realm (a `node:vm` context, an iframe) carry that
 * realm's prototypes, none of which the clone's table holds; they are recognized by their slots.
 * `evaluate` runs code in a fresh realm and returns its result.
 */
export function describeAnotherRealm(where: string, evaluate: (code: string) => unknown): void {
  describe.each(modes)(`values from another realm (${where}, $name)`, ({ clone, options }) => {
    it('copies plain objects, arrays and built-ins with their own realm’s prototypes', () => {
      const foreign = evaluate(`({
        a: { b: [1, 2] },
        when: new Date(5),
        tags: new Set(['x']),
        byId: new Map([[1, { n: 1 }]]),
        pattern: /a+/g,
        failure: new RangeError('bad', { cause: { why: 1 } }),
        bytes: new Uint8Array([1, 2, 3]),
        boxed: Object('text'),
      })`) as Record<string, object>;
      const copy = clone(foreign);
      expect(copy).not.toBe(foreign);
      for (const key of Object.keys(foreign)) {
        expect(Object.getPrototypeOf(copy[key]), key).toBe(Object.getPrototypeOf(foreign[key]));
        expect(copy[key], key).not.toBe(foreign[key]);
      }
      expect(deepEqual(copy, foreign)).toBe(true);
      expect((copy.when as Date).getTime()).toBe(5);
      expect((copy.failure as Error).message).toBe('bad');
      expect([...(copy.bytes as Uint8Array)]).toEqual([1, 2, 3]);
    });

    it('copies class instances of that realm, and keeps what cannot be copied by reference', () => {
      const foreign = evaluate(`(() => {
        class Point { constructor() { this.x = 1; this.deep = { y: 2 }; } }
        return { point: new Point(), cache: new WeakMap() };
      })()`) as { point: { deep: object }; cache?: object };
      if (options.unsupported === 'throw') {
        expect(() => clone(foreign)).toThrow("Cannot clone a WeakMap at root.cache (unsupported: 'throw')");
        delete foreign.cache;
      }
      const copy = clone(foreign);
      expect(Object.getPrototypeOf(copy.point)).toBe(Object.getPrototypeOf(foreign.point));
      expect(copy.point.deep).toEqual({ y: 2 });
      expect(copy.point.deep).not.toBe(foreign.point.deep);
      expect(copy.cache).toBe(foreign.cache);
    });
  });
}
