import { describe, expect, it } from 'vitest';
import { IterableWeakSet } from './iterable-weak-set.js';

describe('IterableWeakSet', () => {
  it('lists members in insertion order, keeps the place of a re-added member, moves one re-added after delete', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const set = new IterableWeakSet([a, b, c]);
    set.add(a);
    expect([...set]).toEqual([a, b, c]);
    set.delete(a);
    set.add(a);
    expect([...set]).toEqual([b, c, a]);
    expect(set.size).toBe(3);
  });

  it('returns this from add and whether it removed from delete', () => {
    const member = {};
    const set = new IterableWeakSet<object>();
    expect(set.add(member)).toBe(set);
    expect(set.delete(member)).toBe(true);
    expect(set.delete(member)).toBe(false);
    expect(set.delete({})).toBe(false);
  });

  it('answers has, delete and forEach-free lookups about primitives as a Set does: no member, no error', () => {
    const set = new IterableWeakSet<object>([{}]);
    const loose = set as unknown as IterableWeakSet<WeakKey> & {
      has(value: unknown): boolean;
      delete(value: unknown): boolean;
    };
    expect(loose.has(1)).toBe(false);
    expect(loose.delete('x')).toBe(false);
  });

  it('yields the same members from values(), keys() and [Symbol.iterator], and [m, m] pairs from entries()', () => {
    const [a, b] = [{}, {}];
    const set = new IterableWeakSet([a, b]);
    expect([...set.values()]).toEqual([a, b]);
    expect([...set.keys()]).toEqual([a, b]);
    expect([...set.entries()]).toEqual([
      [a, a],
      [b, b],
    ]);
  });

  it('calls forEach back with (member, member, set) and thisArg', () => {
    const member = {};
    const set = new IterableWeakSet([member]);
    const calls: unknown[][] = [];
    set.forEach(function (this: unknown, value, key, owner) {
      calls.push([value, key, owner, this]);
    }, 'context');
    expect(calls).toEqual([[member, member, set, 'context']]);
  });

  it('empties with clear(), and keeps working after it (members added later are listed)', () => {
    const [a, b] = [{}, {}];
    const set = new IterableWeakSet([a]);
    const iterator = set.values();
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has(a)).toBe(false);
    set.add(b).add(a);
    expect([...iterator]).toEqual([b, a]);
  });

  it('takes non-registered symbols, well-known ones included', () => {
    const token = Symbol('token');
    const set = new IterableWeakSet<symbol>([token, Symbol.iterator]);
    expect([...set]).toEqual([token, Symbol.iterator]);
  });

  it.each([
    ['number', 42],
    ['string', 'id'],
    ['null', null],
    ['undefined', undefined],
    ['boolean', true],
    ['bigint', 1n],
    ['symbol', Symbol.for('registered')],
  ])('rejects a %s with a TypeError naming IterableWeakSet.add, and changes nothing', (type, value) => {
    const member = {};
    const set = new IterableWeakSet<object>([member]);
    expect(() => set.add(value as unknown as object)).toThrow(
      new TypeError(
        `IterableWeakSet.add: the value must be an object or a non-registered symbol, got ${type}`,
      ),
    );
    expect([...set]).toEqual([member]);
    expect(set.size).toBe(1);
  });

  it('rejects a forEach callback that is not a function before calling anything', () => {
    const set = new IterableWeakSet([{}]);
    expect(() => set.forEach(undefined as unknown as () => void)).toThrow(
      new TypeError('IterableWeakSet.forEach: the callback must be a function, got undefined'),
    );
  });

  it('stops a constructor at the first bad member with the same TypeError', () => {
    expect(() => new IterableWeakSet([{}, 1 as unknown as object])).toThrow(TypeError);
  });

  it.each([
    [5, 'number'],
    [{}, 'object'],
    [true, 'boolean'],
  ])(
    'rejects a constructor argument that is not iterable (%s) with a TypeError naming the constructor',
    (values, type) => {
      expect(() => new IterableWeakSet(values as unknown as Iterable<object>)).toThrow(
        new TypeError(`new IterableWeakSet: the values must be an iterable, null or undefined, got ${type}`),
      );
    },
  );

  it('is tagged IterableWeakSet and its iterators are iterable iterators', () => {
    const set = new IterableWeakSet([{}]);
    expect(Object.prototype.toString.call(set)).toBe('[object IterableWeakSet]');
    const iterator = set.values();
    expect(iterator[Symbol.iterator]()).toBe(iterator);
    expect(iterator.next().done).toBe(false);
    expect(iterator.next()).toEqual({ value: undefined, done: true });
    set.add({});
    expect(iterator.next().done).toBe(true);
  });

  it('gives its iterators the prototype every built-in iterator has (iterator helpers where the engine has them)', () => {
    const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(new Set().values())) as object;
    const iterator = new IterableWeakSet([{ id: 1 }]).values();
    expect(Object.prototype.isPrototypeOf.call(iteratorPrototype, iterator)).toBe(true);
    const helpers = iterator as unknown as {
      map?: (fn: (value: { id: number }) => number) => Iterable<number>;
    };
    if (typeof helpers.map === 'function') expect([...helpers.map((member) => member.id)]).toEqual([1]);
  });
});
