import { describe, expect, it } from 'vitest';
import { WeakValueMap } from './weak-value-map.js';

describe('WeakValueMap', () => {
  it('holds any key as a Map does (NaN equals NaN, -0 equals 0) in insertion order', () => {
    const [a, b, c] = [{}, {}, {}];
    const map = new WeakValueMap<unknown, object>();
    map.set(Number.NaN, a).set(-0, b).set('x', c).set(Number.NaN, c);
    expect(map.get(Number.NaN)).toBe(c);
    expect(map.get(0)).toBe(b);
    expect([...map.keys()]).toEqual([Number.NaN, 0, 'x']);
    expect(Object.is([...map.keys()][1], 0)).toBe(true);
    expect(map.size).toBe(3);
  });

  it('returns this from set, and from delete whether an entry with a live value was removed', () => {
    const value = {};
    const map = new WeakValueMap<string, object>();
    expect(map.set('k', value)).toBe(map);
    expect(map.delete('k')).toBe(true);
    expect(map.delete('k')).toBe(false);
  });

  it('stores one value under several keys, and moves a key to a new value in place', () => {
    const [shared, other] = [{ id: 'shared' }, { id: 'other' }];
    const map = new WeakValueMap([
      ['a', shared],
      ['b', shared],
      ['c', shared],
    ]);
    map.set('b', other);
    expect([...map]).toEqual([
      ['a', shared],
      ['b', other],
      ['c', shared],
    ]);
    map.delete('a');
    map.set('a', shared);
    expect([...map.keys()]).toEqual(['b', 'c', 'a']);
  });

  it('calls forEach back with (value, key, map) and thisArg', () => {
    const value = {};
    const map = new WeakValueMap([[1, value]]);
    const calls: unknown[][] = [];
    map.forEach(function (this: unknown, entryValue, key, owner) {
      calls.push([entryValue, key, owner, this]);
    }, 'context');
    expect(calls).toEqual([[value, 1, map, 'context']]);
  });

  it('getOrInsert and getOrInsertComputed return the live value or insert (callback gets +0 for -0)', () => {
    const [first, second] = [{ n: 1 }, { n: 2 }];
    const map = new WeakValueMap<number, { n: number }>();
    expect(map.getOrInsert(1, first)).toBe(first);
    expect(map.getOrInsert(1, second)).toBe(first);
    let received: unknown;
    expect(
      map.getOrInsertComputed(-0, (key) => {
        received = key;
        return second;
      }),
    ).toBe(second);
    expect(Object.is(received, 0)).toBe(true);
    expect(map.getOrInsertComputed(0, () => first)).toBe(second);
  });

  it('clear() empties it, and a value stored again afterwards is found', () => {
    const value = {};
    const map = new WeakValueMap([
      ['a', value],
      ['b', value],
    ]);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.has('a')).toBe(false);
    map.set('c', value);
    expect([...map]).toEqual([['c', value]]);
  });

  it.each([
    ['set', (map: WeakValueMap<string, object>, value: object) => map.set('k', value), 'value'],
    [
      'getOrInsert',
      (map: WeakValueMap<string, object>, value: object) => map.getOrInsert('k', value),
      'value',
    ],
    [
      'getOrInsertComputed',
      (map: WeakValueMap<string, object>, value: object) => map.getOrInsertComputed('k', () => value),
      "callback's result",
    ],
  ])(
    'rejects a primitive value in %s with a TypeError naming the method, and stores nothing',
    (method, call, argument) => {
      const map = new WeakValueMap<string, object>();
      for (const [type, value] of [
        ['number', 1],
        ['string', 's'],
        ['null', null],
        ['undefined', undefined],
        ['symbol', Symbol.for('registered')],
      ] as const) {
        expect(() => call(map, value as unknown as object)).toThrow(
          new TypeError(
            `WeakValueMap.${method}: the ${argument} must be an object or a non-registered symbol, got ${type}`,
          ),
        );
      }
      expect(map.size).toBe(0);
    },
  );

  it('takes non-registered symbols as values', () => {
    const token = Symbol('token');
    expect(new WeakValueMap([['k', token]]).get('k')).toBe(token);
  });

  it.each(['forEach', 'getOrInsertComputed'] as const)(
    'rejects a %s callback that is not a function',
    (method) => {
      const map = new WeakValueMap([['k', {}]]);
      const call =
        method === 'forEach'
          ? () => map.forEach('no' as unknown as () => void)
          : () => map.getOrInsertComputed('j', 'no' as unknown as () => object);
      expect(call).toThrow(
        new TypeError(`WeakValueMap.${method}: the callback must be a function, got string`),
      );
      expect(map.size).toBe(1);
    },
  );

  it('is tagged WeakValueMap and iterates entries by default, values() in order', () => {
    const [a, b] = [{}, {}];
    const map = new WeakValueMap([
      [2, a],
      [1, b],
    ]);
    expect(String(map)).toBe('[object WeakValueMap]');
    expect([...map.values()]).toEqual([a, b]);
    expect([...map]).toEqual([...map.entries()]);
  });
  it('reads each entry as Map does: its 0 and 1 properties, so array-likes are entries too', () => {
    const value = {};
    const entries = [{ 0: 'key', 1: value, length: 2 }] as unknown as Iterable<readonly [never, never]>;
    expect([...new WeakValueMap(entries)]).toEqual([...new Map(entries)]);
  });

  it('rejects an entry that is not an object with a TypeError, as Map does', () => {
    expect(() => new Map([1] as unknown as [])).toThrow(TypeError);
    expect(() => new WeakValueMap([1] as unknown as [])).toThrow(TypeError);
  });

  it.each([
    [5, 'number'],
    [{}, 'object'],
  ])(
    'rejects a constructor argument that is not iterable (%s) with a TypeError naming the constructor',
    (entries, type) => {
      expect(() => new WeakValueMap(entries as unknown as [])).toThrow(
        new TypeError(`new WeakValueMap: the entries must be an iterable, null or undefined, got ${type}`),
      );
    },
  );
});
