import { describe, expect, it } from 'vitest';
import { IterableWeakMap } from './iterable-weak-map.js';

describe('IterableWeakMap', () => {
  it('counts set(k, 1); set(k, 2) once and keeps the first place (the TC39 explainer sketch counts it twice)', () => {
    const [k, other] = [{}, {}];
    const map = new IterableWeakMap<object, number>();
    map.set(k, 1).set(other, 0).set(k, 2);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      [k, 2],
      [other, 0],
    ]);
  });

  it.each([0, '', null, undefined, false, Number.NaN])(
    'deletes an entry whose value is %s and says so',
    (value) => {
      const key = {};
      const map = new IterableWeakMap<object, unknown>([[key, value]]);
      expect(map.has(key)).toBe(true);
      expect(map.delete(key)).toBe(true);
      expect(map.has(key)).toBe(false);
      expect(map.size).toBe(0);
      expect([...map]).toEqual([]);
      expect(map.delete(key)).toBe(false);
    },
  );

  it('iterates after a delete without throwing (the TC39 explainer sketch throws)', () => {
    const [a, b] = [{}, {}];
    const map = new IterableWeakMap([
      [a, 'a'],
      [b, 'b'],
    ]);
    map.delete(a);
    expect([...map.keys()]).toEqual([b]);
    expect([...map.values()]).toEqual(['b']);
  });

  it('calls forEach back with (value, key, map) and thisArg', () => {
    const key = {};
    const map = new IterableWeakMap([[key, 7]]);
    const calls: unknown[][] = [];
    map.forEach(function (this: unknown, value, entryKey, owner) {
      calls.push([value, entryKey, owner, this]);
    }, 'context');
    expect(calls).toEqual([[7, key, map, 'context']]);
  });

  it('getOrInsert returns the stored value, even a falsy one, or inserts at the end', () => {
    const [a, b] = [{}, {}];
    const map = new IterableWeakMap<object, number>([[a, 0]]);
    expect(map.getOrInsert(a, 5)).toBe(0);
    expect(map.getOrInsert(b, 5)).toBe(5);
    expect([...map]).toEqual([
      [a, 0],
      [b, 5],
    ]);
  });

  it('getOrInsertComputed calls back once with the key and stores the result; a throw stores nothing', () => {
    const key = { width: 2 };
    const map = new IterableWeakMap<{ width: number }, number>();
    const calls: unknown[] = [];
    expect(
      map.getOrInsertComputed(key, function (this: unknown, received) {
        calls.push([received, this]);
        return received.width * 10;
      }),
    ).toBe(20);
    expect(map.getOrInsertComputed(key, () => 0)).toBe(20);
    expect(calls).toEqual([[key, undefined]]);
    const other = { width: 3 };
    expect(() =>
      map.getOrInsertComputed(other, () => {
        throw new Error('nope');
      }),
    ).toThrow('nope');
    expect(map.has(other)).toBe(false);
  });

  it('getOrInsertComputed keeps the place of a key the callback set itself, as the proposal says', () => {
    const [a, b] = [{}, {}];
    const map = new IterableWeakMap<object, string>();
    map.getOrInsertComputed(a, () => {
      map.set(a, 'inner');
      map.set(b, 'b');
      return 'outer';
    });
    expect([...map]).toEqual([
      [a, 'outer'],
      [b, 'b'],
    ]);
  });

  it('clear() empties it; an open iterator then lists only what is set afterwards', () => {
    const [a, b] = [{}, {}];
    const map = new IterableWeakMap([[a, 1]]);
    const entries = map.entries();
    map.clear();
    expect(map.has(a)).toBe(false);
    expect(map.get(a)).toBeUndefined();
    map.set(b, 2);
    expect([...entries]).toEqual([[b, 2]]);
  });

  it('takes non-registered symbols as keys and any value', () => {
    const token = Symbol('token');
    const map = new IterableWeakMap<symbol, unknown>([[token, 'x']]);
    expect(map.get(token)).toBe('x');
  });

  it.each([
    ['set', (map: IterableWeakMap<object, number>, key: object) => map.set(key, 1)],
    ['getOrInsert', (map: IterableWeakMap<object, number>, key: object) => map.getOrInsert(key, 1)],
    [
      'getOrInsertComputed',
      (map: IterableWeakMap<object, number>, key: object) => map.getOrInsertComputed(key, () => 1),
    ],
  ])(
    'rejects a primitive key in %s with a TypeError naming the method, and changes nothing',
    (method, call) => {
      const map = new IterableWeakMap<object, number>();
      for (const [type, key] of [
        ['number', 1],
        ['null', null],
        ['symbol', Symbol.for('registered')],
      ] as const) {
        expect(() => call(map, key as unknown as object)).toThrow(
          new TypeError(
            `IterableWeakMap.${method}: the key must be an object or a non-registered symbol, got ${type}`,
          ),
        );
      }
      expect(map.size).toBe(0);
    },
  );

  it('rejects a bad key before calling the getOrInsertComputed callback', () => {
    let called = false;
    const map = new IterableWeakMap<object, number>();
    expect(() =>
      map.getOrInsertComputed('x' as unknown as object, () => {
        called = true;
        return 1;
      }),
    ).toThrow(TypeError);
    expect(called).toBe(false);
  });

  it.each(['forEach', 'getOrInsertComputed'] as const)(
    'rejects a %s callback that is not a function',
    (method) => {
      const map = new IterableWeakMap([[{}, 1]]);
      const call =
        method === 'forEach'
          ? () => map.forEach(42 as unknown as () => void)
          : () => map.getOrInsertComputed({}, 42 as unknown as () => number);
      expect(call).toThrow(
        new TypeError(`IterableWeakMap.${method}: the callback must be a function, got number`),
      );
    },
  );

  it('is tagged IterableWeakMap and iterates entries by default', () => {
    const key = {};
    const map = new IterableWeakMap([[key, 'v']]);
    expect(Object.prototype.toString.call(map)).toBe('[object IterableWeakMap]');
    expect([...map]).toEqual([...map.entries()]);
  });
  it('reads each entry as Map does: its 0 and 1 properties, so array-likes are entries too', () => {
    const key = {};
    const entries = [{ 0: key, 1: 'value', length: 2 }] as unknown as Iterable<readonly [never, never]>;
    expect([...new IterableWeakMap(entries)]).toEqual([...new Map(entries)]);
  });

  it('rejects an entry that is not an object with a TypeError, as Map does', () => {
    expect(() => new Map([1] as unknown as [])).toThrow(TypeError);
    expect(() => new IterableWeakMap([1] as unknown as [])).toThrow(TypeError);
  });

  it.each([
    [5, 'number'],
    [{}, 'object'],
  ])(
    'rejects a constructor argument that is not iterable (%s) with a TypeError naming the constructor',
    (entries, type) => {
      expect(() => new IterableWeakMap(entries as unknown as [])).toThrow(
        new TypeError(`new IterableWeakMap: the entries must be an iterable, null or undefined, got ${type}`),
      );
    },
  );
});
