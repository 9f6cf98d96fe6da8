import { describe, expect, it } from 'vitest';
import { configure } from './configure.js';
import { stringify } from './stringify.js';
import type { Stringify } from './types.js';

/** Every option set and argument the package has, each run on the same input. */
const runs: { name: string; run: (value: unknown) => unknown }[] = [
  { name: 'stringify', run: (value) => stringify(value) },
  { name: 'stringify with space', run: (value) => stringify(value, null, 2) },
  { name: 'stringify with a replacer', run: (value) => stringify(value, (_key, item) => item) },
  {
    name: 'stringify with an allow-list',
    run: (value) => stringify(value, ['a', 'b', 'list', 'self', 'shared']),
  },
  { name: 'sorted', run: (value) => configure({ sorted: true })(value) },
  { name: 'maxDepth 1', run: (value) => configure({ maxDepth: 1 })(value) },
  { name: 'circular function', run: (value) => configure({ circular: (path) => path.length })(value) },
  {
    name: "circular 'throw'",
    run: (value) => {
      try {
        return configure({ circular: 'throw' })(value);
      } catch {
        return undefined;
      }
    },
  },
  { name: "bigint 'string'", run: (value) => configure({ bigint: 'string' })(value) },
  { name: "bigint 'number'", run: (value) => configure({ bigint: 'number' })(value, null, '\t') },
];

/** Everything about every object reachable from `root`: own property descriptors, prototype, extensibility. */
function snapshot(root: unknown): Map<object, unknown[]> {
  const seen = new Map<object, unknown[]>();
  const pending = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
      continue;
    const facts: unknown[] = [
      Object.getPrototypeOf(value),
      Object.isExtensible(value),
      Object.isFrozen(value),
    ];
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      facts.push(
        key,
        descriptor.value,
        descriptor.get,
        descriptor.set,
        descriptor.enumerable,
        descriptor.writable,
      );
      pending.push(descriptor.value);
    }
    seen.set(value, facts);
    pending.push(facts[0]);
  }
  return seen;
}

function richInput(): Record<string, unknown> {
  const shared = { id: 'shared', when: new Date(0) };
  const input: Record<string, unknown> = {
    a: 1,
    b: [shared, shared, new Number(2), new String('s'), 10n],
    // biome-ignore lint/suspicious/noSparseArray: a hole is part of the input under test
    list: [1, , { back: undefined as unknown }],
    map: new Map([[1, 2]]),
    [Symbol('symbol key')]: 'skipped',
    get computed() {
      return { at: 'getter' };
    },
    frozen: Object.freeze({ deep: Object.freeze([1, 2]) }),
    shared,
  };
  Object.defineProperty(input, 'hidden', { value: 'non-enumerable', enumerable: false });
  input.self = input;
  (input.list as { back: unknown }[])[2]!.back = input.list;
  return input;
}

describe('the input is left exactly as it was', () => {
  it.each(runs)('deep-equal and reference-identical after $name', ({ run }) => {
    const input = richInput();
    const before = snapshot(input);
    try {
      run(input);
    } catch {
      // Throwing (a BigInt under bigint: 'throw') must leave the input alone too.
    }
    const after = snapshot(input);
    // Compared by identity (Object.is), element by element: the same objects, holding the same values.
    const changed = [...before].filter(([object, facts]) => {
      const now = after.get(object);
      return !now || now.length !== facts.length || facts.some((fact, index) => !Object.is(fact, now[index]));
    });
    expect(after.size).toBe(before.size);
    expect(changed).toEqual([]);
  });

  it.each(runs)(
    'never written to, not even for a moment ($name): every object behind a recording proxy',
    ({ run }) => {
      const writes: string[] = [];
      const wrapped = new Map<object, object>();
      const record =
        (trap: string) =>
        (...args: unknown[]) => {
          writes.push(trap);
          return (Reflect as unknown as Record<string, (...a: unknown[]) => boolean>)[trap]!(...args);
        };
      const wrap = (value: unknown): unknown => {
        if (typeof value !== 'object' || value === null) return value;
        let proxy = wrapped.get(value);
        if (!proxy) {
          proxy = new Proxy(value, {
            get: (target, key) => wrap(Reflect.get(target, key)),
            set: record('set'),
            defineProperty: record('defineProperty'),
            deleteProperty: record('deleteProperty'),
            setPrototypeOf: record('setPrototypeOf'),
            preventExtensions: record('preventExtensions'),
          });
          wrapped.set(value, proxy);
        }
        return proxy;
      };
      // Plain data only: a Date, Map or box behind a proxy fails its own brand checks, and a proxy
      // of a frozen object may not hand out wrapped values.
      const shared = { id: 'shared' };
      const input: Record<string, unknown> = {
        a: 1,
        b: [shared, shared],
        list: [1, { back: undefined }],
        shared,
      };
      input.self = input;
      (input.list as { back: unknown }[])[1]!.back = input.list;
      run(wrap(input));
      expect(writes).toEqual([]);
    },
  );
});

describe('frozen, sealed and proxied inputs', () => {
  function frozenGraph() {
    const leaf = Object.freeze({ value: 1 });
    const root: Record<string, unknown> = { leaf, list: Object.freeze([leaf, leaf]) };
    root.self = root;
    return Object.freeze(root);
  }

  it.each<[string, Stringify]>([
    ['stringify', stringify],
    ['sorted', configure({ sorted: true })],
    ['circular function', configure({ circular: () => 'cycle' })],
  ])('writes a deep-frozen cyclic graph (%s)', (_name, run) => {
    const text = run(frozenGraph());
    expect(JSON.parse(text!).list).toEqual([{ value: 1 }, { value: 1 }]);
    expect(text).toMatch(/"self":"(\[Circular\]|cycle)"/);
  });

  it('writes a proxied graph exactly as the same graph unproxied', () => {
    const input = { a: [1, 2], b: { c: 'd' }, e: new Date(0) };
    const proxied = new Proxy(
      { a: new Proxy(input.a, {}), b: new Proxy(input.b, {}), e: input.e },
      { ownKeys: (target) => Reflect.ownKeys(target).reverse() },
    );
    const cyclic: Record<string, unknown> = { proxied };
    cyclic.self = new Proxy(cyclic, {});
    expect(stringify(proxied)).toBe(JSON.stringify(proxied));
    expect(configure({ maxDepth: 99 })(proxied)).toBe(JSON.stringify(proxied));
    // A proxy of an ancestor is another object: JSON.stringify would see it as one too.
    expect(stringify(cyclic)).toContain('"self":{"proxied"');
  });

  it('throws the TypeError JSON.stringify throws for a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => stringify({ proxy })).toThrow(TypeError);
    expect(() => configure({ sorted: true })({ proxy })).toThrow(TypeError);
  });
});
