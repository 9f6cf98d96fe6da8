/**
 * Where two values first differ, as {@link difference} reports it.
 *
 * - `path`: the keys from the roots to the place that differs: property names, array indices
 *   (numbers), typed-array element indices, Map keys that are strings, numbers or symbols (the entry's
 *   iteration index otherwise) and Set iteration indices; `[]` for the roots themselves.
 * - `a`, `b`: the two values at that place (`undefined` on the side where a key is missing).
 * - `reason`: one of `'type'`, `'prototype'`, `'missing key'` (in `a`, not in `b`), `'extra key'` (in
 *   `b`, not in `a`), `'value'`, `'size'` (array length, Map or Set size, byte length), `'bytes'`
 *   (binary contents) or `'descriptor'` (`strict` only: property attributes or extensibility).
 *
 * @example
 * ```ts
 * import { difference, type Difference } from '@weakset-recipes/deep-equal';
 *
 * const found: Difference | undefined = difference({ user: { name: 'Ada' } }, { user: { name: 'Grace' } });
 * found?.path; // ['user', 'name']
 * found?.reason; // 'value'
 * ```
 */
export interface Difference {
  path: readonly PropertyKey[];
  a: unknown;
  b: unknown;
  reason: string;
}

/**
 * A class, or any constructor with a `prototype`, whose instances a handler compares.
 *
 * @example
 * ```ts
 * import type { Constructor } from '@weakset-recipes/deep-equal';
 *
 * class Temperature {
 *   constructor(readonly celsius: number) {}
 * }
 * const type: Constructor<Temperature> = Temperature;
 * ```
 */
export type Constructor<T extends object = object> = abstract new (...args: never[]) => T;

/**
 * Compares two instances of a class in place of the default comparison. `equal` compares values
 * the instances hold, inside the same comparison: a cycle back to a pair under comparison counts
 * as equal, as everywhere else.
 *
 * @example
 * ```ts
 * import type { EqualHandler } from '@weakset-recipes/deep-equal';
 *
 * class Box {
 *   #content: unknown;
 *   constructor(content: unknown) {
 *     this.#content = content;
 *   }
 *   get content(): unknown {
 *     return this.#content;
 *   }
 * }
 * const sameBox: EqualHandler<Box> = (a, b, equal) => equal(a.content, b.content);
 * ```
 */
export type EqualHandler<T extends object = object> = (
  a: T,
  b: T,
  equal: (x: unknown, y: unknown) => boolean,
) => boolean;

/**
 * One entry of {@link EqualOptions.handlers}: a constructor and the handler for its instances.
 *
 * @example
 * ```ts
 * import type { HandlerEntry } from '@weakset-recipes/deep-equal';
 *
 * const byDay: HandlerEntry = [Date, (a, b) => (a as Date).toDateString() === (b as Date).toDateString()];
 * ```
 */
export type HandlerEntry = [type: Constructor, handler: EqualHandler];

/**
 * How {@link createEqual} and {@link difference} compare.
 *
 * @example
 * ```ts
 * import { createEqual, type EqualOptions } from '@weakset-recipes/deep-equal';
 *
 * const options: EqualOptions = { strict: true };
 * const same = createEqual(options);
 * same(Object.freeze({ a: 1 }), { a: 1 }); // false: one is frozen
 * ```
 */
export interface EqualOptions {
  /**
   * `false` (default): own enumerable string and symbol keys are compared by value, as
   * `util.isDeepStrictEqual` does. `true`: every own property is compared by its descriptor
   * (non-enumerable ones too; accessors by the identity of their functions, never called), and
   * frozen, sealed and non-extensible objects only equal objects in the same state: the equality
   * that `clone(x, { strict: true })` from `@weakset-recipes/deep-clone` preserves.
   *
   * @example
   * ```ts
   * import { createEqual } from '@weakset-recipes/deep-equal';
   *
   * const hidden = Object.defineProperty({}, 'id', { value: 1 });
   * createEqual()(hidden, {}); // true: `id` is not enumerable
   * createEqual({ strict: true })(hidden, {}); // false
   * ```
   */
  strict?: boolean;
  /**
   * Pairs of a class and the {@link EqualHandler} that compares its instances, in place of the
   * default comparison. A handler applies to instances of the class and of its subclasses (matched
   * through the prototype chain, nearest class first) when it is the nearest handler of both
   * values; otherwise the values are compared as usual (so a `Money` and a `Euro` whose classes
   * both have handlers differ by prototype, whichever comes first).
   *
   * @example
   * ```ts
   * import { createEqual, handle } from '@weakset-recipes/deep-equal';
   *
   * class Money {
   *   constructor(readonly cents: bigint, readonly rounding: () => bigint) {}
   * }
   * const sameMoney = createEqual({ handlers: [handle(Money, (a, b) => a.cents === b.cents)] });
   * sameMoney(new Money(5n, () => 0n), new Money(5n, () => 1n)); // true: rounding is not compared
   * ```
   */
  handlers?: Iterable<[abstract new (...args: never[]) => object, EqualHandler]>;
}
