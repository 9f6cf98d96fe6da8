import fc from 'fast-check';
import { describe, it } from 'vitest';
import { IterableWeakMap } from './iterable-weak-map.js';
import { IterableWeakSet } from './iterable-weak-set.js';
import {
  type Collection,
  checkAgainstModel,
  collectionCommands,
  modelGetOrInsertComputed,
  type Operation,
} from './test-support/model.js';
import { WeakValueMap } from './weak-value-map.js';

// Every key and value below is held by the test for the whole run: nothing is ever collected, so
// ours must behave exactly as the built-in.
const objects = Array.from({ length: 6 }, (_, id) => ({ id }));
const symbols = [Symbol('first'), Symbol('second')];
const weakKeys: readonly WeakKey[] = [...objects, ...symbols];

const weakKey = fc.constantFrom(...weakKeys);
/** Map values, falsy ones included: `delete` must not care what is stored. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(0, -0, '', null, undefined, false, Number.NaN),
  fc.integer(),
  fc.constantFrom(...objects),
);

const isModel = (collection: Collection) => collection instanceof Set || collection instanceof Map;

function call(label: string, apply: (collection: Collection) => unknown): Operation {
  return { label, apply };
}

const setOperations: fc.Arbitrary<Operation> = fc.oneof(
  weakKey.map((key) => call(`add(${String(weakKeys.indexOf(key))})`, (set) => set.add(key))),
  weakKey.map((key) => call(`delete(${weakKeys.indexOf(key)})`, (set) => set.delete(key))),
  weakKey.map((key) => call(`has(${weakKeys.indexOf(key)})`, (set) => set.has(key))),
  fc.constant(call('clear()', (set) => set.clear())),
  fc.constant(call('size', (set) => set.size)),
);

function mapOperations(keys: fc.Arbitrary<unknown>, values: fc.Arbitrary<unknown>, pool: readonly unknown[]) {
  const name = (key: unknown) => (pool.includes(key) ? `#${pool.indexOf(key)}` : String(key));
  return fc.oneof(
    fc
      .tuple(keys, values)
      .map(([key, value]) => call(`set(${name(key)}, ${name(value)})`, (map) => map.set(key, value))),
    keys.map((key) => call(`get(${name(key)})`, (map) => map.get(key))),
    keys.map((key) => call(`has(${name(key)})`, (map) => map.has(key))),
    keys.map((key) => call(`delete(${name(key)})`, (map) => map.delete(key))),
    fc.constant(call('clear()', (map) => map.clear())),
    fc.constant(call('size', (map) => map.size)),
    fc
      .tuple(keys, values)
      .map(([key, value]) =>
        call(`getOrInsert(${name(key)}, ${name(value)})`, (map) =>
          isModel(map) ? modelGetOrInsertComputed(map, key, () => value) : map.getOrInsert(key, value),
        ),
      ),
    // The callback may itself set the key (then the result goes in place) or delete another one.
    fc.tuple(keys, values, fc.option(keys, { nil: undefined })).map(([key, value, other]) =>
      call(`getOrInsertComputed(${name(key)}, → ${name(value)}, touching ${name(other)})`, (map) => {
        const compute = (received: unknown) => {
          if (!Object.is(received, key === 0 ? 0 : key)) throw new Error('callback got the wrong key');
          if (other !== undefined) map.set(other, value);
          return value;
        };
        return isModel(map)
          ? modelGetOrInsertComputed(map, key, compute)
          : map.getOrInsertComputed(key, compute);
      }),
    ),
  );
}

describe('against the built-in model (fast-check commands, nothing collected)', () => {
  it('IterableWeakSet behaves as a Set: order, re-adds, return values, size, iteration while mutating', () => {
    checkAgainstModel(
      () => new Set(),
      () => new IterableWeakSet(),
      collectionCommands(setOperations, weakKeys),
    );
  });

  it('IterableWeakMap behaves as a Map, falsy values included', () => {
    const pool = [...weakKeys];
    checkAgainstModel(
      () => new Map(),
      () => new IterableWeakMap(),
      collectionCommands(mapOperations(weakKey, anyValue, pool), pool),
    );
  });

  it('WeakValueMap behaves as a Map, with any key (NaN, -0, objects) and values held weakly', () => {
    const objectKey = { key: true };
    const keys = fc.constantFrom<unknown>(0, -0, Number.NaN, '', 'a', undefined, null, true, 1n, objectKey);
    const values = fc.constantFrom<WeakKey>(...weakKeys);
    const pool = [...weakKeys, objectKey];
    checkAgainstModel(
      () => new Map(),
      () => new WeakValueMap(),
      collectionCommands(mapOperations(keys, values, pool), pool),
    );
  });

  it('the constructors take what Set and Map take: an iterable, null or nothing', () => {
    fc.assert(
      fc.property(fc.array(weakKey), fc.array(fc.tuple(weakKey, anyValue)), (members, entries) => {
        const set = [...new IterableWeakSet(members)];
        const map = [...new IterableWeakMap(entries)];
        const valueMap = [...new WeakValueMap(entries.map(([key, value]) => [value, key] as const))];
        return (
          JSON.stringify(set.map((key) => weakKeys.indexOf(key))) ===
            JSON.stringify([...new Set(members)].map((key) => weakKeys.indexOf(key))) &&
          map.length === new Map(entries).size &&
          map.every(([key, value], index) => {
            const expected = [...new Map(entries)][index]!;
            return key === expected[0] && Object.is(value, expected[1]);
          }) &&
          valueMap.length === new Map(entries.map(([key, value]) => [value, key])).size
        );
      }),
    );
  });
});
