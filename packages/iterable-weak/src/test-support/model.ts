import fc from 'fast-check';
import { expect } from 'vitest';

/*
 * A model-based harness: the same random operation sequences run against a built-in Set or Map
 * (the model) and against one of ours (the real system), with every key and value held by the test
 * so nothing is ever collected. After each operation the two must have returned the same thing and
 * must list the same contents in the same order. Open iterators are stepped in lock-step between
 * mutations, so iteration while adding, deleting and clearing is compared as well.
 */

/** A Set or Map, ours or built-in, seen through the methods both share (extra ones are optional). */
// biome-ignore lint/suspicious/noExplicitAny: the harness calls the same method names on built-ins and ours
export type Collection = any;

export interface Sides {
  collection: Collection;
  iterators: Iterator<unknown>[];
}

/** An operation applied identically to the model and to the real collection; returns what to compare. */
export interface Operation {
  label: string;
  apply(collection: Collection): unknown;
}

/** Names each distinct object or symbol of a result by its index in `pool`, so results compare by identity. */
export function describe(value: unknown, pool: readonly unknown[]): unknown {
  if (Array.isArray(value)) return value.map((item) => describe(item, pool));
  const index = pool.indexOf(value);
  if (index !== -1) return `#${index}`;
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return value;
}

function snapshot(collection: Collection, pool: readonly unknown[]): unknown {
  return { size: collection.size, entries: describe([...collection.entries()], pool) };
}

class Apply implements fc.Command<Sides, Sides> {
  constructor(
    readonly operation: Operation,
    readonly pool: readonly unknown[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Sides, real: Sides): void {
    const expected = capture(() => this.operation.apply(model.collection), model.collection, this.pool);
    const actual = capture(() => this.operation.apply(real.collection), real.collection, this.pool);
    expect(actual, this.operation.label).toEqual(expected);
    expect(snapshot(real.collection, this.pool), `contents after ${this.operation.label}`).toEqual(
      snapshot(model.collection, this.pool),
    );
  }
  toString(): string {
    return this.operation.label;
  }
}

/** The result of `run`, with `this` and thrown errors made comparable across the two sides. */
function capture(run: () => unknown, self: Collection, pool: readonly unknown[]): unknown {
  try {
    const result = run();
    return result === self ? 'this' : describe(result, pool);
  } catch (error) {
    return `threw ${(error as Error).constructor.name}`;
  }
}

type IterationKind = 'keys' | 'values' | 'entries' | 'iterator';

class OpenIterator implements fc.Command<Sides, Sides> {
  constructor(readonly kind: IterationKind) {}
  check(): boolean {
    return true;
  }
  run(model: Sides, real: Sides): void {
    const open = (collection: Collection): Iterator<unknown> =>
      this.kind === 'iterator' ? collection[Symbol.iterator]() : collection[this.kind]();
    model.iterators.push(open(model.collection));
    real.iterators.push(open(real.collection));
  }
  toString(): string {
    return `open ${this.kind}()`;
  }
}

class StepIterator implements fc.Command<Sides, Sides> {
  constructor(
    readonly which: number,
    readonly pool: readonly unknown[],
  ) {}
  check(model: Readonly<Sides>): boolean {
    return model.iterators.length > 0;
  }
  run(model: Sides, real: Sides): void {
    const index = this.which % model.iterators.length;
    const expected = model.iterators[index]!.next();
    const actual = real.iterators[index]!.next();
    expect({ done: actual.done, value: describe(actual.value, this.pool) }, `step iterator ${index}`).toEqual(
      { done: expected.done, value: describe(expected.value, this.pool) },
    );
  }
  toString(): string {
    return `step iterator ${this.which}`;
  }
}

/**
 * `forEach` whose callback performs `mutation` on the collection at visit number `at`: the visits
 * (and whatever the mutation changed) must be the same as the built-in's.
 */
class ForEachMutating implements fc.Command<Sides, Sides> {
  constructor(
    readonly at: number,
    readonly mutation: Operation,
    readonly pool: readonly unknown[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Sides, real: Sides): void {
    const { at, mutation, pool } = this;
    const walk = (collection: Collection) => {
      const visits: unknown[] = [];
      collection.forEach(function (this: unknown, value: unknown, key: unknown, owner: Collection) {
        visits.push(describe([key, value, owner === collection, this], pool));
        if (visits.length === at) mutation.apply(owner);
      }, 'thisArg');
      return visits;
    };
    expect(walk(real.collection), this.toString()).toEqual(walk(model.collection));
    expect(snapshot(real.collection, pool)).toEqual(snapshot(model.collection, pool));
  }
  toString(): string {
    return `forEach, ${this.mutation.label} at visit ${this.at}`;
  }
}

/** The commands every collection gets: its operations, plus iterators and forEach under mutation. */
export function collectionCommands(
  operations: fc.Arbitrary<Operation>,
  pool: readonly unknown[],
): fc.Arbitrary<fc.Command<Sides, Sides>>[] {
  return [
    operations.map((operation) => new Apply(operation, pool)),
    operations.map((operation) => new Apply(operation, pool)),
    fc
      .constantFrom<IterationKind>('keys', 'values', 'entries', 'iterator')
      .map((kind) => new OpenIterator(kind)),
    fc.nat(7).map((which) => new StepIterator(which, pool)),
    fc.nat(7).map((which) => new StepIterator(which, pool)),
    fc
      .tuple(fc.integer({ min: 1, max: 6 }), operations)
      .map(([at, mutation]) => new ForEachMutating(at, mutation, pool)),
  ];
}

/** Runs random command sequences against a fresh model and a fresh real collection. */
export function checkAgainstModel(
  makeModel: () => Collection,
  makeReal: () => Collection,
  commands: fc.Arbitrary<fc.Command<Sides, Sides>>[],
  numRuns = 300,
): void {
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands: 60 }), (sequence) => {
      fc.modelRun(
        () => ({
          model: { collection: makeModel(), iterators: [] },
          real: { collection: makeReal(), iterators: [] },
        }),
        sequence,
      );
    }),
    { numRuns },
  );
}

/**
 * `getOrInsert` and `getOrInsertComputed` as the upsert proposal specifies them, for a built-in
 * Map that does not have them yet (Node 20): the model's side of those operations.
 */
export function modelGetOrInsertComputed(
  map: Collection,
  key: unknown,
  compute: (key: unknown) => unknown,
): unknown {
  if (map.has(key)) return map.get(key);
  // The proposal canonicalizes -0 to +0 before calling back.
  const value = compute(key === 0 ? 0 : key);
  map.set(key, value);
  return value;
}
