/** One pair and the answer util.isDeepStrictEqual's rules give for it, written out by hand. */
export interface Case {
  name: string;
  a: unknown;
  b: unknown;
  equal: boolean;
  /** For unequal pairs: where `difference` must point and why. */
  path?: PropertyKey[];
  reason?: string;
}

const same = (name: string, a: unknown, b: unknown): Case => ({ name, a, b, equal: true });
const differ = (name: string, a: unknown, b: unknown, reason: string, path: PropertyKey[] = []): Case => ({
  name,
  a,
  b,
  equal: false,
  reason,
  path,
});

const symbol = Symbol('tag');
const hidden = (value: object, key: PropertyKey, content: unknown) =>
  Object.defineProperty(value, key, {
    value: content,
    enumerable: false,
    writable: true,
    configurable: true,
  });
const withExtra = <T extends object>(value: T, extra: Record<PropertyKey, unknown>): T =>
  Object.assign(value, extra);
function args(..._values: unknown[]): IArguments {
  // biome-ignore lint/complexity/noArguments: an arguments object is the point
  return arguments;
}
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
class OtherPoint {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
const fn = () => 1;
const weak = new WeakMap();
const promise = Promise.resolve(1);

export const primitiveCases: Case[] = [
  same('equal numbers', 1, 1),
  same('NaN and NaN', Number.NaN, Number.NaN),
  differ('0 and -0', 0, -0, 'value'),
  differ('-0 and 0 nested', [-0], [0], 'value', [0]),
  same('-0 and -0', -0, -0),
  differ('different strings', 'a', 'b', 'value'),
  differ('number and string', 1, '1', 'type'),
  differ('null and undefined', null, undefined, 'type'),
  differ('null and an object', null, {}, 'type'),
  differ('an object and null', {}, null, 'type'),
  same('equal bigints', 10n, 10n),
  differ('bigint and number', 1n, 1, 'type'),
  same('the same symbol', symbol, symbol),
  differ('two symbols with one description', Symbol('x'), Symbol('x'), 'value'),
  same('the same function', fn, fn),
  differ(
    'two functions with one body',
    () => 1,
    () => 1,
    'value',
  ),
  differ('a function and an object', fn, {}, 'type'),
];

export const objectCases: Case[] = [
  same('empty objects', {}, {}),
  same('keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }),
  differ('a value differs', { a: 1, b: 2 }, { a: 1, b: 3 }, 'value', ['b']),
  differ('a key is missing', { a: 1, b: 2 }, { a: 1 }, 'missing key', ['b']),
  differ('an extra key', { a: 1 }, { a: 1, b: 2 }, 'extra key', ['b']),
  differ('same count, another key', { a: 1, b: 2 }, { a: 1, c: 2 }, 'missing key', ['b']),
  differ('undefined value against a missing key', { a: undefined }, {}, 'missing key', ['a']),
  differ('nested', { a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }, 'value', ['a', 'b', 'c']),
  same('symbol keys', { [symbol]: 1 }, { [symbol]: 1 }),
  differ('symbol key values', { [symbol]: 1 }, { [symbol]: 2 }, 'value', [symbol]),
  differ('a missing symbol key', { [symbol]: 1 }, {}, 'missing key', [symbol]),
  same('non-enumerable keys are ignored', hidden({ a: 1 }, 'b', 2), { a: 1 }),
  same('non-enumerable symbols are ignored', hidden({}, symbol, 1), {}),
  differ('enumerable on one side only', { x: 1, y: 2 }, hidden({ y: 2 }, 'x', 1), 'missing key', ['x']),
  differ('a null prototype against Object.prototype', Object.create(null), {}, 'prototype'),
  same(
    'null prototypes',
    Object.assign(Object.create(null), { a: 1 }),
    Object.assign(Object.create(null), { a: 1 }),
  ),
  same('class instances', new Point(1, 2), new Point(1, 2)),
  differ('class instances with another value', new Point(1, 2), new Point(1, 3), 'value', ['y']),
  differ('two classes with the same fields', new Point(1, 2), new OtherPoint(1, 2), 'prototype'),
  differ('a class instance against a plain object', new Point(1, 2), { x: 1, y: 2 }, 'prototype'),
  same('an own __proto__ key', JSON.parse('{"__proto__": {"a": 1}}'), JSON.parse('{"__proto__": {"a": 1}}')),
  differ(
    'an own __proto__ key differs',
    JSON.parse('{"__proto__": 1}'),
    JSON.parse('{"__proto__": 2}'),
    'value',
    ['__proto__'],
  ),
  differ('arguments against a plain object', args(1), { 0: 1 }, 'type'),
  same('two arguments objects', args(1, 2), args(1, 2)),
  differ('an own non-enumerable Symbol.toStringTag', hidden({}, Symbol.toStringTag, 'X'), {}, 'type'),
];

export const arrayCases: Case[] = [
  same('equal arrays', [1, 'a', null], [1, 'a', null]),
  differ('another length', [1, 2, 3], [1, 2], 'size'),
  differ('an element', [1, 2, 3], [1, 9, 3], 'value', [1]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  same('holes in the same places', [1, , 3], [1, , 3]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  differ('a hole against undefined', [1, , 3], [1, undefined, 3], 'extra key', [1]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  differ('undefined against a hole', [undefined], [,], 'missing key', [0]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  same('new Array(3) and [,,,]', new Array(3), [, , ,]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  differ('holes in other places after the first', [, 1, , 3], [, 1, 2, ,], 'missing key', [3]),
  // biome-ignore lint/suspicious/noSparseArray: holes are the point
  differ('an element after a hole', [, 1, 2], [, 1, 3], 'value', [2]),
  same('equal extra properties', withExtra([1], { label: 'x' }), withExtra([1], { label: 'x' })),
  differ('an extra property', withExtra([1], { label: 'x' }), [1], 'missing key', ['label']),
  differ('an extra property on b', [1], withExtra([1], { label: 'x' }), 'extra key', ['label']),
  differ('extra properties differ', withExtra([1], { label: 'x' }), withExtra([1], { label: 'y' }), 'value', [
    'label',
  ]),
  differ('a symbol on an array', withExtra([1], { [symbol]: 1 }), [1], 'missing key', [symbol]),
  differ('an array against an object', [], {}, 'prototype'),
  differ('an array against an object with its prototype', [], Object.create(Array.prototype), 'type'),
  differ('an object with the array prototype against an array', Object.create(Array.prototype), [], 'type'),
  differ('nested', [[1, [2]]], [[1, [3]]], 'value', [0, 1, 0]),
];

export const collectionCases: Case[] = [
  same(
    'Maps in another order',
    new Map([
      ['a', 1],
      ['b', 2],
    ]),
    new Map([
      ['b', 2],
      ['a', 1],
    ]),
  ),
  differ('a Map value', new Map([['a', 1]]), new Map([['a', 2]]), 'value', ['a']),
  differ('a missing Map key', new Map([['a', 1]]), new Map([['b', 1]]), 'missing key', ['a']),
  differ('Map sizes', new Map([['a', 1]]), new Map(), 'size'),
  same('Map object keys matched by structure', new Map([[{ id: 1 }, 'x']]), new Map([[{ id: 1 }, 'x']])),
  same(
    'several object keys in another order',
    new Map([
      [{ id: 1 }, 'x'],
      [{ id: 2 }, 'y'],
    ]),
    new Map([
      [{ id: 2 }, 'y'],
      [{ id: 1 }, 'x'],
    ]),
  ),
  differ(
    'object keys match, values do not',
    new Map([
      [{ id: 1 }, 'x'],
      [{ id: 2 }, 'y'],
    ]),
    new Map([
      [{ id: 1 }, 'y'],
      [{ id: 2 }, 'x'],
    ]),
    'missing key',
    [0],
  ),
  differ('a lone object key differs', new Map([[{ id: 1 }, 'x']]), new Map([[{ id: 2 }, 'x']]), 'value', [
    0,
    'id',
  ]),
  differ('a number key and its path', new Map([[7, { v: 1 }]]), new Map([[7, { v: 2 }]]), 'value', [7, 'v']),
  differ('a boolean key is shown by index', new Map([[true, 1]]), new Map([[true, 2]]), 'value', [0]),
  same('NaN keys', new Map([[Number.NaN, 1]]), new Map([[Number.NaN, 1]])),
  same('boxed keys', new Map([[Object(1), 1]]), new Map([[Object(1), 1]])),
  differ(
    'a boxed key against a primitive key',
    new Map([[Object(1), 1]]),
    new Map([[1, 1]]),
    'missing key',
    [0],
  ),
  same('Sets in another order', new Set([1, 2, 3]), new Set([3, 2, 1])),
  differ('a missing Set member', new Set([1, 2]), new Set([1, 3]), 'missing key', [1]),
  differ('Set sizes', new Set([1]), new Set([1, 2]), 'size'),
  same('Set object members by structure', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])),
  differ(
    'a Set object member without a match',
    new Set([{ a: 1 }, { a: 2 }]),
    new Set([{ a: 2 }, { a: 3 }]),
    'missing key',
    [0],
  ),
  same('structurally equal members twice', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 1 }])),
  differ('a primitive member against a boxed one', new Set([1]), new Set([Object(1)]), 'missing key', [0]),
  differ('extra properties on a Map', withExtra(new Map(), { x: 1 }), new Map(), 'missing key', ['x']),
  differ('a Map against a Set', new Map(), new Set(), 'prototype'),
  differ('a Map against an object with its prototype', new Map(), Object.create(Map.prototype), 'type'),
  same('two objects that only inherit from Map', Object.create(Map.prototype), Object.create(Map.prototype)),
];

const regexpAt = (lastIndex: number) => Object.assign(/a/g, { lastIndex });
const errorWith = (message: string, options?: { cause?: unknown }) => new Error(message, options);

export const builtinCases: Case[] = [
  same('Dates with one time', new Date(5), new Date(5)),
  differ('Dates with another time', new Date(5), new Date(6), 'value'),
  same('invalid Dates', new Date(Number.NaN), new Date(Number.NaN)),
  differ('a Date with an extra property', withExtra(new Date(5), { tz: 'UTC' }), new Date(5), 'missing key', [
    'tz',
  ]),
  differ('a Date against an object with its prototype', new Date(0), Object.create(Date.prototype), 'type'),
  same(
    'two objects that only inherit from Date',
    Object.create(Date.prototype),
    Object.create(Date.prototype),
  ),
  same('RegExps', /a+/gi, /a+/gi),
  differ('RegExp sources', /a/, /b/, 'value'),
  differ('RegExp flags', /a/g, /a/i, 'value'),
  differ('RegExp lastIndex', regexpAt(1), regexpAt(0), 'value', ['lastIndex']),
  same('boxed numbers', Object(1), Object(1)),
  differ('boxed 0 and -0', Object(0), Object(-0), 'value'),
  same('boxed NaN', Object(Number.NaN), Object(Number.NaN)),
  same('boxed strings', Object('ab'), Object('ab')),
  differ('boxed strings differ', Object('ab'), Object('ac'), 'value'),
  differ('boxed string against boxed number', Object('1'), Object(1), 'prototype'),
  same('boxed booleans', Object(true), Object(true)),
  same('boxed bigints', Object(1n), Object(1n)),
  same('one boxed symbol', Object(symbol), Object(symbol)),
  differ('boxed symbols differ', Object(Symbol('a')), Object(Symbol('a')), 'value'),
  differ('a boxed value against its primitive', Object(1), 1, 'type'),
  differ(
    'a boxed string with an extra property',
    withExtra(Object('a'), { x: 1 }),
    Object('a'),
    'missing key',
    ['x'],
  ),
  same('URLs', new URL('https://a.example/x?y=1'), new URL('https://a.example/x?y=1')),
  differ('URLs differ', new URL('https://a.example/'), new URL('https://b.example/'), 'value'),
  same('URLSearchParams', new URLSearchParams('a=1&b=2'), new URLSearchParams('a=1&b=2')),
  differ('URLSearchParams differ', new URLSearchParams('a=1'), new URLSearchParams('a=2'), 'value'),
  same('the same WeakMap', weak, weak),
  differ('two empty WeakMaps', new WeakMap(), new WeakMap(), 'value'),
  differ('two empty WeakSets', new WeakSet(), new WeakSet(), 'value'),
  same('the same Promise', promise, promise),
  differ('two Promises of one value', Promise.resolve(1), Promise.resolve(1), 'value'),
  same('Errors', errorWith('m'), errorWith('m')),
  differ('Error messages', errorWith('a'), errorWith('b'), 'value', ['message']),
  differ('Error classes', new TypeError('m'), new RangeError('m'), 'prototype'),
  differ('Error names', hidden(errorWith('m'), 'name', 'Custom'), errorWith('m'), 'value', ['name']),
  differ(
    'an own enumerable Error name',
    withExtra(errorWith('m'), { name: 'Error' }),
    errorWith('m'),
    'missing key',
    ['name'],
  ),
  same('Error causes', errorWith('m', { cause: { id: 1 } }), errorWith('m', { cause: { id: 1 } })),
  differ(
    'Error causes differ',
    errorWith('m', { cause: { id: 1 } }),
    errorWith('m', { cause: { id: 2 } }),
    'value',
    ['cause', 'id'],
  ),
  differ(
    'a cause of undefined against none',
    errorWith('m', { cause: undefined }),
    errorWith('m'),
    'missing key',
    ['cause'],
  ),
  differ('AggregateError errors', new AggregateError([1], 'm'), new AggregateError([2], 'm'), 'value', [
    'errors',
    0,
  ]),
  differ(
    'an enumerable Error property',
    withExtra(errorWith('m'), { code: 'E1' }),
    errorWith('m'),
    'missing key',
    ['code'],
  ),
];

export const binaryCases: Case[] = [
  same('typed arrays', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3])),
  differ('a typed array element', new Uint8Array([1, 2, 3]), new Uint8Array([1, 9, 3]), 'bytes', [1]),
  differ('typed array lengths', new Uint8Array(2), new Uint8Array(3), 'size'),
  differ('typed array types', new Uint16Array(1), new Int16Array(1), 'prototype'),
  differ('Float64Array 0 and -0', new Float64Array([1, 0]), new Float64Array([1, -0]), 'bytes', [1]),
  same('Float64Array NaN', new Float64Array([Number.NaN]), new Float64Array([Number.NaN])),
  differ(
    'a later word of an aligned array',
    new Int32Array([1, 2, 3, 4]),
    new Int32Array([1, 2, 3, 5]),
    'bytes',
    [3],
  ),
  same('views at different offsets', new Uint8Array(new ArrayBuffer(8), 3, 2), new Uint8Array(2)),
  differ(
    'an unaligned view',
    new Uint8Array(new Uint8Array([0, 1, 2, 3, 4, 5]).buffer, 1, 5),
    new Uint8Array([1, 2, 3, 4, 6]),
    'bytes',
    [4],
  ),
  same('ArrayBuffers', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer),
  differ('ArrayBuffer bytes', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer, 'bytes', [1]),
  differ('ArrayBuffer lengths', new ArrayBuffer(1), new ArrayBuffer(2), 'size'),
  same('DataViews', new DataView(new ArrayBuffer(4)), new DataView(new ArrayBuffer(4))),
  differ(
    'DataView bytes',
    new DataView(new Uint8Array([0, 0, 7]).buffer),
    new DataView(new ArrayBuffer(3)),
    'bytes',
    [2],
  ),
  differ(
    'a DataView with an extra property',
    withExtra(new DataView(new ArrayBuffer(1)), { x: 1 }),
    new DataView(new ArrayBuffer(1)),
    'missing key',
    ['x'],
  ),
  differ('a typed array against an array', new Uint8Array([1]), [1], 'prototype'),
];

export const allCases: Case[] = [
  ...primitiveCases,
  ...objectCases,
  ...arrayCases,
  ...collectionCases,
  ...builtinCases,
  ...binaryCases,
];
