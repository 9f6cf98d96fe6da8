import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoize } from './memoize.js';

/*
 * memoize against a model: a list of cached calls compared by receiver identity (objects only)
 * and SameValueZero per argument, with the primitive-only calls in least-recently-used order.
 * Random calls and deletes of every shape (0 to 4 arguments, objects anywhere, with and without a
 * receiver, results that are `undefined`) go through memoized functions of every `fn.length`,
 * so the fast paths and the general trie are checked against the same model.
 */

interface Cached {
  receiver: object | undefined;
  args: unknown[];
  value: unknown;
}

interface Model {
  cached: Cached[];
  /** The primitive-only calls, least recently used first. */
  recent: Cached[];
  calls: number;
  readonly maxPrimitive: number;
}

interface Real {
  memoized: ((...args: unknown[]) => unknown) & { delete(...args: unknown[]): boolean };
  calls(): number;
  objects: object[];
}

/** An argument: a primitive, or the index of an object of the run's pool. */
type ArgumentSpec = { primitive: unknown } | { object: number };

const sameValueZero = (a: unknown, b: unknown): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const isObject = (value: unknown): value is object =>
  typeof value === 'object' ? value !== null : typeof value === 'function';

const resolve = (spec: ArgumentSpec, objects: object[]): unknown =>
  'object' in spec ? objects[spec.object] : spec.primitive;

function find(model: Model, receiver: object | undefined, args: unknown[]): Cached | undefined {
  return model.cached.find(
    (entry) =>
      entry.receiver === receiver &&
      entry.args.length === args.length &&
      entry.args.every((arg, index) => sameValueZero(arg, args[index])),
  );
}

const isPrimitiveOnly = (entry: Cached): boolean => !entry.receiver && !entry.args.some(isObject);

function forget(model: Model, entry: Cached): void {
  model.cached.splice(model.cached.indexOf(entry), 1);
  if (model.recent.includes(entry)) model.recent.splice(model.recent.indexOf(entry), 1);
}

/** The receiver a call uses as a key: only an object counts. */
const keyOf = (receiver: unknown): object | undefined => (isObject(receiver) ? receiver : undefined);

class CallCommand implements fc.Command<Model, Real> {
  constructor(
    readonly receiver: ArgumentSpec | undefined,
    readonly args: ArgumentSpec[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const receiver = this.receiver && resolve(this.receiver, real.objects);
    const args = this.args.map((spec) => resolve(spec, real.objects));
    const before = real.calls();
    const result = real.memoized.apply(receiver, args);
    const known = find(model, keyOf(receiver), args);
    if (known) {
      expect(real.calls()).toBe(before);
      expect(result).toBe(known.value);
      if (model.recent.includes(known)) {
        model.recent.splice(model.recent.indexOf(known), 1);
        model.recent.push(known);
      }
      return;
    }
    expect(real.calls()).toBe(before + 1);
    const entry: Cached = { receiver: keyOf(receiver), args, value: result };
    model.cached.push(entry);
    if (isPrimitiveOnly(entry)) {
      model.recent.push(entry);
      while (model.recent.length > model.maxPrimitive) forget(model, model.recent[0]!);
    }
  }
  toString(): string {
    return `call(${JSON.stringify(this.receiver)}, ${JSON.stringify(this.args, replacer)})`;
  }
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(
    readonly receiver: ArgumentSpec | undefined,
    readonly args: ArgumentSpec[],
  ) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const receiver = this.receiver && resolve(this.receiver, real.objects);
    const args = this.args.map((spec) => resolve(spec, real.objects));
    // Called as a method of the memoized function, `delete` takes no receiver.
    const deleted =
      receiver === undefined ? real.memoized.delete(...args) : real.memoized.delete.apply(receiver, args);
    const known = find(model, keyOf(receiver), args);
    expect(deleted).toBe(!!known);
    if (known) forget(model, known);
  }
  toString(): string {
    return `delete(${JSON.stringify(this.receiver)}, ${JSON.stringify(this.args, replacer)})`;
  }
}

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '-0';
  return value === undefined ? 'undefined' : value;
}

const poolSize = 4;
const primitive = fc.constantFrom<unknown>(
  0,
  -0,
  1,
  Number.NaN,
  'a',
  '',
  'u',
  undefined,
  null,
  true,
  1n,
  Symbol.for('s'),
);
const argument: fc.Arbitrary<ArgumentSpec> = fc.oneof(
  primitive.map((value) => ({ primitive: value })),
  fc.nat({ max: poolSize - 1 }).map((index) => ({ object: index })),
);
const receiver = fc.option(argument, { nil: undefined, freq: 3 });
const args = fc.array(argument, { maxLength: 4 });
// Few primitive-only keys, so that calls repeat and the least-recently-used order is exercised.
const fewPrimitives = fc.array(
  fc.constantFrom<unknown>(0, 1, Number.NaN).map((value) => ({ primitive: value })),
  { maxLength: 2 },
);

describe('memoize against a model', () => {
  it('answers every call as the model does: same result for the same key, fn run once per key', () => {
    const commands = fc.commands(
      [
        fc.tuple(receiver, args).map(([self, list]) => new CallCommand(self, list)),
        fc.tuple(receiver, args).map(([self, list]) => new DeleteCommand(self, list)),
        fewPrimitives.map((list) => new CallCommand(undefined, list)),
      ],
      { maxCommands: 60, size: 'max' },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3),
        fc.constantFrom(0, 1, 3, Number.POSITIVE_INFINITY),
        commands,
        (length, maxPrimitive, run) => {
          let calls = 0;
          const body = (list: unknown[]): unknown => {
            calls++;
            // Some results are undefined: they must be cached as well.
            return list[0] === 'u' ? undefined : { call: calls };
          };
          // One function per declared length: memoize picks its fast path by `fn.length`.
          const fns = [
            (...list: unknown[]) => body(list),
            function (_a: unknown) {
              // biome-ignore lint/complexity/noArguments: every argument, whatever the declared length
              return body([...arguments]);
            },
            function (_a: unknown, _b: unknown) {
              // biome-ignore lint/complexity/noArguments: see above
              return body([...arguments]);
            },
            function (_a: unknown, _b: unknown, _c: unknown) {
              // biome-ignore lint/complexity/noArguments: see above
              return body([...arguments]);
            },
          ];
          const memoized = memoize(fns[length] as (...list: unknown[]) => unknown, { maxPrimitive });
          const objects = [{}, {}, () => {}, []].slice(0, poolSize);
          fc.modelRun(
            () => ({
              model: { cached: [], recent: [], calls: 0, maxPrimitive },
              real: { memoized, calls: () => calls, objects },
            }),
            run,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
