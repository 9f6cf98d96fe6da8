/**
 * How {@link clone} and {@link createClone} copy a value.
 *
 * @example
 * ```ts
 * import { clone, type CloneOptions } from '@weakset-recipes/deep-clone';
 *
 * const options: CloneOptions = { circular: 'throw', unsupported: 'throw' };
 * const copy = clone({ when: new Date(0), tags: new Set(['a']) }, options);
 * ```
 */
export interface CloneOptions {
  /**
   * What to do when the same object is reached twice.
   *
   * - `'preserve'` (default): every object is copied once, so shared references stay shared and cycles
   *   come back as the same cycles in the copy.
   * - `'throw'`: a reference back to an ancestor (a cycle) throws a {@link CloneError} with code
   *   `'CIRCULAR'` and the path of keys to it. Shared references that are not cycles are copied twice.
   *
   * @example
   * ```ts
   * import { clone } from '@weakset-recipes/deep-clone';
   *
   * const shared = { n: 1 };
   * const copy = clone({ a: shared, b: shared }, { circular: 'throw' });
   * copy.a !== copy.b; // true: without cycle tracking, sharing is not kept
   * ```
   */
  circular?: 'preserve' | 'throw';
  /**
   * `false` (default) copies own enumerable properties as data: a getter is read once and its value
   * is copied. `true` copies every own property descriptor as it is (non-enumerable, non-writable and
   * accessor properties, without calling accessors) and keeps frozen, sealed and non-extensible objects so.
   *
   * @example
   * ```ts
   * import { clone } from '@weakset-recipes/deep-clone';
   *
   * const copy = clone(Object.freeze({ a: 1 }), { strict: true });
   * Object.isFrozen(copy); // true
   * ```
   */
  strict?: boolean;
  /**
   * What to do with values that cannot be copied: functions, WeakMap, WeakSet, WeakRef, Promise,
   * FinalizationRegistry, SharedArrayBuffer, generators and iterators.
   *
   * - `'reference'` (default): the copy refers to the same value.
   * - `'throw'`: throws a {@link CloneError} with code `'UNSUPPORTED'` and the path to the value.
   *
   * A value that cannot even be read (a revoked Proxy, a detached ArrayBuffer, a view its
   * resizable buffer shrank under) throws that error whatever this option says.
   *
   * @example
   * ```ts
   * import { clone } from '@weakset-recipes/deep-clone';
   *
   * const onClick = () => {};
   * clone({ onClick }).onClick === onClick; // true
   * ```
   */
  unsupported?: 'reference' | 'throw';
  /**
   * Teaches the clone how to copy your own types: pairs of a class and the {@link CloneHandler} that
   * copies its instances. A handler matches instances whose prototype is exactly `Class.prototype`
   * (register subclasses separately). Build the pairs with {@link handle} to have them type-checked.
   *
   * @example
   * ```ts
   * import { clone, handle } from '@weakset-recipes/deep-clone';
   *
   * class Point {
   *   constructor(readonly x: number, readonly y: number) {}
   * }
   * const copy = clone([new Point(1, 2)], { handlers: [handle(Point, (p) => new Point(p.x, p.y))] });
   * ```
   */
  handlers?: Iterable<HandlerEntry>;
}

/**
 * Copies one instance of a custom type. It receives the original and `cloneChild`, which copies a
 * value the instance holds inside the same run, so shared references and cycles through those
 * children are kept. Return the finished copy.
 *
 * @example
 * ```ts
 * import { clone, handle, type CloneHandler } from '@weakset-recipes/deep-clone';
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
 * const copyBox: CloneHandler<Box> = (box, cloneChild) => new Box(cloneChild(box.content, 'content'));
 * const copy = clone(new Box({ deep: [1] }), { handlers: [handle(Box, copyBox)] });
 * ```
 */
export type CloneHandler<T extends object> = (value: T, cloneChild: CloneChild) => T;

/**
 * Copies a child value inside a {@link CloneHandler}. `key` names the child in error paths; a
 * child copied without one adds nothing to them. If it throws, the clone is as if the call had
 * never been made, so a handler may catch the error and go on.
 *
 * @example
 * ```ts
 * import { handle } from '@weakset-recipes/deep-clone';
 *
 * class Pair {
 *   constructor(readonly left: object, readonly right: object) {}
 * }
 * const pairHandler = handle(Pair, (pair, cloneChild) =>
 *   new Pair(cloneChild(pair.left, 'left'), cloneChild(pair.right, 'right')),
 * );
 * ```
 */
export type CloneChild = <V>(child: V, key?: PropertyKey) => V;

/**
 * A class, or any constructor, whose instances a {@link CloneHandler} copies.
 *
 * @example
 * ```ts
 * import type { Constructor } from '@weakset-recipes/deep-clone';
 *
 * class Temperature {
 *   constructor(readonly celsius: number) {}
 * }
 * const type: Constructor<Temperature> = Temperature;
 * ```
 */
export type Constructor<T extends object> = abstract new (...args: never[]) => T;

/**
 * One entry of {@link CloneOptions.handlers}: a constructor and the handler for its instances.
 *
 * @example
 * ```ts
 * import { handle, type HandlerEntry } from '@weakset-recipes/deep-clone';
 *
 * const entry: HandlerEntry = handle(Date, (date) => new Date(date.getTime()));
 * ```
 */
export type HandlerEntry = readonly [
  type: Constructor<object>,
  handler: (value: never, cloneChild: CloneChild) => object,
];
