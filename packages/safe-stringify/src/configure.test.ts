import { describe, expect, it } from 'vitest';
import { CircularError } from './circular-error.js';
import { configure } from './configure.js';
import type { StringifyOptions } from './types.js';

interface Node {
  name: string;
  children: Node[];
  parent?: Node;
}

/** root → [a → [leaf], b], every child pointing to its parent. */
function family(): Node {
  const root: Node = { name: 'root', children: [] };
  const a: Node = { name: 'a', children: [], parent: root };
  const leaf: Node = { name: 'leaf', children: [], parent: a };
  const b: Node = { name: 'b', children: [], parent: root };
  a.children.push(leaf);
  root.children.push(a, b);
  return root;
}

describe('configure: option checks, when configure is called', () => {
  it.each<[string, unknown, RegExp]>([
    ['circular', 42, /option "circular" must be a string, a function or 'throw', got 42/],
    ['circular', null, /option "circular" .* got null/],
    ['bigint', 'bigint', /option "bigint" must be 'throw', 'string' or 'number', got "bigint"/],
    ['bigint', true, /option "bigint" .* got true/],
    ['sorted', 'asc', /option "sorted" must be a boolean or a comparator function, got "asc"/],
    ['sorted', 1, /option "sorted" .* got 1/],
    ['maxDepth', -1, /option "maxDepth" must be a non-negative integer or Infinity, got -1/],
    ['maxDepth', 1.5, /option "maxDepth" .* got 1.5/],
    ['maxDepth', Number.NaN, /option "maxDepth" .* got NaN/],
    ['maxDepth', Number.NEGATIVE_INFINITY, /option "maxDepth" .* got -Infinity/],
    ['maxDepth', '3', /option "maxDepth" .* got "3"/],
  ])('rejects %s = %o with a TypeError naming the option', (option, value, message) => {
    expect(() => configure({ [option]: value } as StringifyOptions)).toThrow(TypeError);
    expect(() => configure({ [option]: value } as StringifyOptions)).toThrow(message);
  });

  it('rejects an unknown option (a typo would otherwise be ignored)', () => {
    expect(() => configure({ sort: true } as StringifyOptions)).toThrow(
      /configure\(\): option "sort" must be one of circular, bigint, sorted, maxDepth/,
    );
  });

  it('rejects options that are not an object', () => {
    expect(() => configure(null as unknown as StringifyOptions)).toThrow(
      /configure\(\): options must be an object, got null/,
    );
    expect(() => configure('sorted' as unknown as StringifyOptions)).toThrow(TypeError);
  });

  it('accepts every valid value, and undefined for the default', () => {
    const valid: StringifyOptions[] = [
      {},
      { circular: '' },
      { circular: 'throw' },
      { circular: () => null },
      { bigint: 'throw' },
      { bigint: 'string' },
      { bigint: 'number' },
      { sorted: false },
      { sorted: (a, b) => a.localeCompare(b) },
      { maxDepth: 0 },
      { maxDepth: Number.POSITIVE_INFINITY },
      // Written out as undefined (JavaScript callers, or TypeScript without exactOptionalPropertyTypes).
      {
        circular: undefined,
        bigint: undefined,
        sorted: undefined,
        maxDepth: undefined,
      } as unknown as StringifyOptions,
    ];
    for (const options of valid) expect(typeof configure(options)).toBe('function');
  });
});

describe('circular', () => {
  it('writes "[Circular]" by default and any string as a JSON string', () => {
    expect(configure({})(family())).toContain('"parent":"[Circular]"');
    expect(configure({ circular: 'back "up"' })(family())).toContain('"parent":"back \\"up\\""');
  });

  it('calls a function with the path of the ancestor and writes what it returns', () => {
    const paths: (readonly (string | number)[])[] = [];
    const text = configure({
      circular: (path) => {
        paths.push(path);
        return { $ref: path.join('/') };
      },
    })(family());
    // Depth first, in key order: leaf.parent (a), then a.parent and b.parent (the root).
    expect(paths).toEqual([['children', 0], [], []]);
    expect(JSON.parse(text!).children[0].children[0].parent).toEqual({ $ref: 'children/0' });
  });

  it('drops the property when the function returns undefined (null in an array)', () => {
    const list: unknown[] = [1];
    list.push(list);
    const drop = configure({ circular: () => undefined });
    expect(drop(family())).not.toContain('parent');
    expect(drop(list)).toBe('[1,null]');
  });

  it('writes an object the function returns as JSON.stringify would (toJSON of its members included)', () => {
    const node: Record<string, unknown> = { id: 1 };
    node.self = node;
    const marker = { marker: true, when: new Date(0) };
    expect(configure({ circular: () => marker })(node)).toBe(
      '{"id":1,"self":{"marker":true,"when":"1970-01-01T00:00:00.000Z"}}',
    );
  });

  it('throws a CircularError when the function returns an ancestor again', () => {
    const node: Record<string, unknown> = {};
    node.self = node;
    expect(() => configure({ circular: () => node })(node)).toThrow(CircularError);
  });

  it("'throw' raises a CircularError with the path of the property that closes the cycle", () => {
    const strict = configure({ circular: 'throw' });
    let caught: unknown;
    try {
      strict(family());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CircularError);
    expect(caught).toBeInstanceOf(TypeError);
    // The first reference back met, depth first: the leaf's parent.
    expect((caught as CircularError).path).toEqual(['children', 0, 'children', 0, 'parent']);
    expect((caught as CircularError).message).toBe(
      "Cannot stringify a reference back to an ancestor at root.children[0].children[0].parent (circular: 'throw')",
    );
  });

  it("'throw' writes shared objects that are not ancestors", () => {
    const shared = { id: 1 };
    expect(configure({ circular: 'throw' })({ a: shared, b: [shared] })).toBe(
      '{"a":{"id":1},"b":[{"id":1}]}',
    );
  });
});

describe('bigint', () => {
  const value = { small: 1n, big: -(2n ** 70n), boxed: Object(5n), list: [0n] };

  it("'string' writes a JSON string, 'number' every digit as a number", () => {
    expect(configure({ bigint: 'string' })(value)).toBe(
      '{"small":"1","big":"-1180591620717411303424","boxed":"5","list":["0"]}',
    );
    expect(configure({ bigint: 'number' })(value)).toBe(
      '{"small":1,"big":-1180591620717411303424,"boxed":5,"list":[0]}',
    );
    expect(configure({ bigint: 'number' })(7n)).toBe('7');
    expect(configure({ bigint: 'string' })(7n)).toBe('"7"');
  });

  it("'number' lays out indented output as JSON.stringify would with numbers there", () => {
    const asNumbers = { small: 1, list: [0, { n: 2 }] };
    expect(configure({ bigint: 'number' })({ small: 1n, list: [0n, { n: 2n }] }, null, 2)).toBe(
      JSON.stringify(asNumbers, null, 2),
    );
  });

  it("'throw' (the default) throws JSON.stringify's own TypeError", () => {
    let nativeMessage = '';
    try {
      JSON.stringify(value);
    } catch (error) {
      nativeMessage = (error as Error).message;
    }
    expect(() => configure({ bigint: 'throw' })(value)).toThrow(TypeError);
    expect(() => configure({ sorted: true })(value)).toThrow(nativeMessage);
  });

  it('lets the replacer turn a BigInt into something else first', () => {
    const replacer = (_key: string, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item);
    expect(configure({ bigint: 'throw' })({ a: 1n }, replacer)).toBe('{"a":"1n"}');
  });
});

describe('sorted', () => {
  it('orders keys at every level, integer-like keys included, after toJSON and the replacer', () => {
    const value = { b: 1, 10: 'ten', 9: 'nine', a: { z: { toJSON: () => ({ y: 1, x: 2 }) } } };
    expect(configure({ sorted: true })(value)).toBe('{"10":"ten","9":"nine","a":{"z":{"x":2,"y":1}},"b":1}');
    const renamed = (key: string, item: unknown) => (key === 'b' ? { d: 1, c: 2 } : item);
    expect(configure({ sorted: true })({ b: 1, a: 2 }, renamed)).toBe('{"a":2,"b":{"c":2,"d":1}}');
  });

  it('orders by UTF-16 code units, as Array.prototype.sort does (not by locale)', () => {
    const names = ['b', 'B', 'a', 'é', 'e\u0301', '😀', '\uffff', 'ä', 'aa', 'A', '_', ''];
    const value = Object.fromEntries(names.map((name) => [name, 1]));
    const expected = `{${[...names]
      .sort()
      .map((name) => `${JSON.stringify(name)}:1`)
      .join(',')}}`;
    expect(configure({ sorted: true })(value)).toBe(expected);
  });

  it('uses a comparator when given one', () => {
    const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    expect(configure({ sorted: descending })({ a: 1, c: { x: 1, y: 2 }, b: 2 })).toBe(
      '{"c":{"y":2,"x":1},"b":2,"a":1}',
    );
  });

  it('sorts an allow-list, and indents as JSON.stringify does', () => {
    expect(configure({ sorted: true })({ b: 1, a: 2, c: 3 }, ['c', 'b', 'a'])).toBe('{"a":2,"b":1,"c":3}');
    expect(configure({ sorted: true })({ b: [1], a: {} }, null, '\t')).toBe(
      '{\n\t"a": {},\n\t"b": [\n\t\t1\n\t]\n}',
    );
  });
});

describe('maxDepth', () => {
  const value = { level0: { level1: { level2: {} } }, list: [[[]]] };

  it('counts object levels from the root (depth 0) and writes deeper ones as [Object] or [Array]', () => {
    expect(configure({ maxDepth: 0 })(value)).toBe('{"level0":"[Object]","list":"[Array]"}');
    expect(configure({ maxDepth: 1 })(value)).toBe('{"level0":{"level1":"[Object]"},"list":["[Array]"]}');
    expect(configure({ maxDepth: 3 })(value)).toBe(JSON.stringify(value));
    expect(configure({ maxDepth: 0 })([1, 2])).toBe('[1,2]');
  });

  it('does not list the keys of an object it cuts', () => {
    let listed = 0;
    const deep = new Proxy(
      { a: 1 },
      {
        ownKeys: (target) => {
          listed++;
          return Reflect.ownKeys(target);
        },
      },
    );
    expect(configure({ maxDepth: 0 })({ deep })).toBe('{"deep":"[Object]"}');
    expect(listed).toBe(0);
  });

  it('applies to what toJSON returns, and not to boxed primitives or dates', () => {
    expect(
      configure({ maxDepth: 0 })({ a: { toJSON: () => 'plain' }, b: new Number(2), c: new Date(0) }),
    ).toBe('{"a":"plain","b":2,"c":"1970-01-01T00:00:00.000Z"}');
  });
});
