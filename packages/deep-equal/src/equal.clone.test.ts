import { clone } from '@weakset-recipes/deep-clone';
import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

/** One of everything @weakset-recipes/deep-clone copies (see its README's "What is copied"). */
function everything(): Record<string, unknown> {
  const symbol = Symbol('key');
  const shared = { shared: true };
  const cyclic: { name: string; self?: unknown; list: unknown[] } = { name: 'cycle', list: [] };
  cyclic.self = cyclic;
  cyclic.list.push(cyclic, shared);
  const extras = Object.assign([1, 2], { label: 'extra', [symbol]: 'symbol on an array' });
  const buffer = new ArrayBuffer(16);
  new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const regexp = /x+/gi;
  regexp.lastIndex = 3;
  const hiddenId = Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false });
  const accessor = Object.defineProperty({}, 'computed', {
    get: () => 42,
    enumerable: true,
    configurable: true,
  });
  return {
    plain: { a: 1, b: 'two', c: [true, null, undefined], [symbol]: 'symbol value' },
    nullPrototype: Object.assign(Object.create(null), { a: 1 }),
    instance: new Point(1, 2),
    array: [1, [2, [3]]],
    // biome-ignore lint/suspicious/noSparseArray: holes are the point
    sparse: [1, , 3],
    extras,
    map: new Map<unknown, unknown>([
      ['a', 1],
      [{ objectKey: true }, { value: [1] }],
      [7, new Set([1])],
    ]),
    set: new Set<unknown>([1, 'two', { three: 3 }]),
    date: new Date(Date.UTC(2024, 1, 29)),
    invalidDate: new Date(Number.NaN),
    regexp,
    buffer,
    bytes: new Uint8Array(buffer, 2, 4),
    floats: new Float64Array([0.5, -0, Number.NaN]),
    bigints: new BigInt64Array([1n, -1n]),
    view: new DataView(buffer, 4, 8),
    error: new Error('failed', { cause: { code: 7 } }),
    typeError: new TypeError('bad type'),
    aggregate: new AggregateError([new Error('one')], 'many'),
    boxed: [Object(1), Object('s'), Object(true), Object(1n), Object(symbol)],
    url: new URL('https://example.com/path?q=1#top'),
    params: new URLSearchParams('a=1&b=2'),
    primitives: [0, -0, Number.NaN, 1n, symbol, 'text', null, undefined],
    protoKey: JSON.parse('{"__proto__": {"polluted": false}}'),
    shared: [shared, shared],
    cyclic,
    functions: { run: () => 1 },
    weak: new WeakMap(),
    promise: Promise.resolve(1),
    hiddenId,
    accessor,
    frozen: Object.freeze({ frozen: true }),
    sealed: Object.seal({ sealed: true }),
  };
}

const modes = [
  { name: 'default', clone: <T>(value: T) => clone(value), options: {} },
  { name: 'strict', clone: <T>(value: T) => clone(value, { strict: true }), options: { strict: true } },
] as const;

describe.each(modes)('against @weakset-recipes/deep-clone ($name)', ({ clone: copy, options }) => {
  const same = createEqual(options);
  const values = everything();

  it.each(Object.keys(values))('a copy of %s equals the original', (name) => {
    const value = values[name];
    const copied = copy(value);
    expect(same(copied, value)).toBe(true);
    expect(same(value, copied)).toBe(true);
    expect(difference(value, copied, options)).toBeUndefined();
  });

  it('a copy of all of it at once equals the original', () => {
    const all = everything();
    expect(same(copy(all), all)).toBe(true);
  });
});

describe('where the two modes part', () => {
  it('a default-mode copy loses what only strict sees', () => {
    const strictEqual = createEqual({ strict: true });
    const values = everything();
    for (const name of ['hiddenId', 'accessor', 'frozen', 'sealed']) {
      expect(strictEqual(clone(values[name]), values[name]), name).toBe(false);
    }
  });
});
