import { describe, expect, it } from 'vitest';
import { nativeModes } from './test-support/modes.js';

type Replacer = ((this: unknown, key: string, value: unknown) => unknown) | (string | number)[] | null;

/** Each case is checked against the JSON.stringify of the engine running the test. */
function same(
  stringify: (value: unknown, replacer?: Replacer, space?: string | number) => string | undefined,
) {
  return (value: unknown, replacer?: Replacer, space?: unknown) => {
    expect(stringify(value, replacer, space as string | number)).toBe(
      JSON.stringify(value, replacer as string[], space as string | number),
    );
  };
}

describe.each(nativeModes)('identical to JSON.stringify ($name)', ({ stringify }) => {
  const check = same(stringify);

  it('writes primitives and the root values JSON.stringify writes or drops', () => {
    for (const value of ['', 'a"b\\c\n\u0007', '\ud800 lone', '😀', 0, 1.5, 1e21, 5e-324, true, false, null])
      check(value);
    for (const value of [undefined, () => 1, Symbol('s')]) check(value);
  });

  it('writes -0 as 0 and NaN and ±Infinity as null', () => {
    check([-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    check({ a: -0, b: Number.NaN, c: Number.NEGATIVE_INFINITY });
    check(-0);
  });

  it('drops undefined, functions and symbols from objects and writes null for them in arrays', () => {
    check({ u: undefined, f() {}, s: Symbol('x'), kept: 1 });
    check([undefined, () => 0, Symbol('x'), 1]);
  });

  it('writes holes of sparse arrays as null, and ignores named properties on arrays', () => {
    // biome-ignore lint/suspicious/noSparseArray: the case under test
    const sparse = [1, , 3];
    sparse.length = 6;
    check(sparse);
    check(Object.assign([1, 2], { extra: 'ignored' }));
  });

  it('skips non-enumerable and symbol-keyed properties', () => {
    const value = { shown: 1, [Symbol('hidden')]: 2 };
    Object.defineProperty(value, 'hidden', { value: 3, enumerable: false });
    check(value);
  });

  it('keeps key order: integer-like keys first, ascending, then insertion order', () => {
    check({ b: 1, 2: 'two', a: 2, 1: 'one', '01': 'not an index', 4294967295: 'not an index either' });
  });

  it('writes an own __proto__ key as data, and objects without a prototype', () => {
    check(JSON.parse('{"__proto__":{"polluted":true},"a":1}'));
    check(Object.assign(Object.create(null), { a: 1 }));
  });

  it('calls toJSON with its key (property name, array index as a string, "" for the root)', () => {
    const keys: string[] = [];
    const withKey = {
      toJSON: (key: string) => {
        keys.push(key);
        return `k:${key}`;
      },
    };
    check({ a: withKey, list: [withKey, withKey] });
    check(withKey);
    keys.length = 0;
    stringify({ a: withKey, list: [withKey, withKey] });
    stringify(withKey);
    expect(keys).toEqual(['a', '0', '1', '']);
    check({ when: new Date(Date.UTC(2024, 0, 2)), invalid: new Date(Number.NaN) });
    const callable = Object.assign(() => 1, { toJSON: () => 'function with toJSON' });
    check({ callable });
  });

  it('runs toJSON before the replacer, and does not call toJSON on what toJSON returns', () => {
    const inner = { toJSON: () => 'never called' };
    check({ a: { toJSON: () => inner } });
    check({ a: { toJSON: () => ({ b: 1 }) } }, (key, value) => (key === 'b' ? 2 : value));
  });

  it('calls a replacer with the holder as this, the key and the value, the root first', () => {
    const calls: unknown[] = [];
    const replacer = function (this: unknown, key: string, value: unknown) {
      calls.push([this, key, value]);
      return typeof value === 'number' ? value * 10 : value;
    };
    const input = { a: 1, list: [2, { b: 3 }] };
    const text = stringify(input, replacer);
    const ours = calls.splice(0);
    expect(text).toBe(JSON.stringify(input, replacer));
    expect(ours.length).toBe(calls.length);
    ours.forEach((call, index) => {
      const [holder, key, value] = call as [Record<string, unknown>, string, unknown];
      const [nativeHolder, nativeKey, nativeValue] = calls[index] as [
        Record<string, unknown>,
        string,
        unknown,
      ];
      expect(key).toBe(nativeKey);
      expect(value).toBe(nativeValue);
      // The root's holder is a fresh `{ "": value }` in both; every other holder is the input's object.
      if (index === 0) expect(holder).toEqual({ '': input });
      else expect(holder).toBe(nativeHolder);
    });
  });

  it('uses what a replacer returns, including objects, undefined and a new root', () => {
    check({ a: 1, b: 2 }, (key, value) => (key === 'a' ? undefined : value));
    check({ a: 1 }, (key, value) => (key === '' ? [value, 'wrapped'] : value));
    check([1, 2], (key, value) => (key === '0' ? { replaced: true } : value));
    check({ a: 1 }, () => undefined);
  });

  it('applies allow-lists at every level, in their order, with numbers and boxed names, each once', () => {
    const value = { b: 1, a: { b: 2, c: 3 }, 1: 'one', c: [{ a: 1, b: 2 }] };
    check(value, ['b', 'a']);
    check(value, ['a', 'b', 'a', 1, 'c']);
    check(value, [new String('a') as unknown as string, new Number(1) as unknown as number, 'c', 'b']);
    check(value, []);
    check({ 2: 'two', b: 'b', 1: 'one' }, ['b', '2', 1]);
    check({ a: 1 }, ['__proto__', 'a']);
  });

  it('ignores a replacer that is neither a function nor an array', () => {
    check({ a: 1 }, { a: true } as unknown as Replacer);
    check({ a: 1 }, 'a' as unknown as Replacer);
  });

  it('unboxes numbers, strings, booleans and calls their valueOf and toString as JSON.stringify does', () => {
    check([new Number(3), new String('s'), new Boolean(false), Object(Symbol('s'))]);
    check({ n: new Number(-0), s: new String(''), nan: new Number(Number.NaN) });
    const number = Object.assign(new Number(1), { valueOf: () => 42 });
    const string = Object.assign(new String('a'), { toString: () => 'from toString' });
    check({ number, string });
  });

  it('writes Map, Set, RegExp, Error, typed arrays and class instances as JSON.stringify does', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
      get sum() {
        return this.x + this.y;
      }
    }
    check({
      map: new Map([[1, 2]]),
      set: new Set([1]),
      regexp: /a/g,
      error: new Error('boom'),
      bytes: new Uint8Array([1, 2]),
      point: new Point(1, 2),
    });
  });

  it('writes shared objects in full each time they appear', () => {
    const shared = { id: 1 };
    check({ a: shared, b: [shared, shared], c: { d: shared } });
  });

  it.each([
    ['a number of spaces', 2],
    ['more than 10 spaces, clamped to 10', 20],
    ['a fraction, truncated', 3.9],
    ['zero', 0],
    ['a negative number', -4],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '\t'],
    ['a string longer than 10, cut to 10', '--------------'],
    ['an empty string', ''],
    ['a boxed number', new Number(3)],
    ['a boxed string', new String('..')],
    ['a boxed boolean (ignored)', new Boolean(true)],
    ['an object (ignored)', { length: 2 }],
  ])('indents with space = %s', (_name, space) => {
    const value = { a: [1, { b: 2 }, [], {}], c: 'x', d: { e: null } };
    check(value, null, space);
    check(value, ['a', 'b', 'c'], space);
    check([[], {}], null, space);
  });

  it('throws the TypeError JSON.stringify throws for a BigInt', () => {
    const nativeError = (() => {
      try {
        JSON.stringify({ a: 1n });
      } catch (error) {
        return error as Error;
      }
    })();
    expect(() => stringify({ a: 1n })).toThrow(nativeError!.constructor as typeof TypeError);
    expect(() => stringify({ a: 1n })).toThrow(nativeError!.message);
  });

  it('uses BigInt.prototype.toJSON when there is one, as JSON.stringify does', () => {
    const prototype = BigInt.prototype as { toJSON?: () => string };
    prototype.toJSON = function (this: bigint) {
      return `${this}n`;
    };
    try {
      check({ a: 10n, b: [Object(2n)] });
    } finally {
      delete prototype.toJSON;
    }
  });
});
