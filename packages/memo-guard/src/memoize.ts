import { createCallTrie, notCached, pathOf } from './call-trie.js';
import { withFastPaths } from './fast-paths.js';
import { whenSettled } from './native-promise.js';
import { check, checkOptions, isObject } from './validate.js';

/**
 * Options of {@link memoize}.
 *
 * @example
 * ```ts
 * import { memoize, type MemoizeOptions } from '@weakset-recipes/memo-guard';
 *
 * const options: MemoizeOptions = { maxPrimitive: 100 };
 * const square = memoize((n: number) => n * n, options); // keeps the 100 most recent numbers
 * ```
 */
export interface MemoizeOptions {
  /**
   * How many calls whose arguments are all primitives (`f(1, 'a')`, `f()`) stay cached, the least
   * recently used dropped first; `Infinity` keeps every one. Default 1,000. Calls with an object
   * argument or receiver are not counted: they live as long as their objects.
   *
   * @example
   * ```ts
   * import { memoize } from '@weakset-recipes/memo-guard';
   *
   * const label = memoize((id: number) => `#${id}`, { maxPrimitive: Number.POSITIVE_INFINITY });
   * ```
   */
  maxPrimitive?: number | undefined;
}

/**
 * A memoized function: the same signature as the function it caches (generics included), with
 * `delete` to drop one cached call.
 *
 * @example
 * ```ts
 * import { memoize, type Memoized } from '@weakset-recipes/memo-guard';
 *
 * const area: Memoized<(box: { w: number; h: number }) => number> = memoize((box) => box.w * box.h);
 * const box = { w: 2, h: 3 };
 * area(box); // 6, computed
 * area.delete(box); // true: the next call computes again
 * ```
 */
export type Memoized<F extends (...args: never[]) => unknown> = F & {
  /**
   * Drops the cached result for exactly these arguments. For a call made with an object receiver
   * (`obj.method(x)`), pass the receiver as `this`: `obj.method.delete.call(obj, x)`.
   *
   * @returns whether there was one
   *
   * @example
   * ```ts
   * import { memoize } from '@weakset-recipes/memo-guard';
   *
   * const label = memoize((user: { name: string }, locale: string) => `${user.name} (${locale})`);
   * const user = { name: 'Ada' };
   * label(user, 'en');
   * label.delete(user, 'en'); // true
   * label.delete(user, 'fr'); // false: never cached
   * ```
   */
  delete(...args: Parameters<F>): boolean;
};

/**
 * Caches `fn` by its arguments, any number of them, and by its receiver (`this`) when that is an
 * object, so a memoized method caches per instance. Objects are held weakly and compared by
 * identity, primitives by value with SameValueZero (`NaN` equals `NaN`, `undefined` is a key like
 * any other): an entry with an object lives exactly as long as every object in it, even when the
 * result refers back to them. Calls whose arguments are all primitives are kept up to
 * `maxPrimitive` (default 1,000), the least recently used dropped first.
 *
 * A call that throws is not cached. When `fn` returns a native promise, the memoized function
 * caches and returns a promise that settles the same way, shared while in flight and dropped if it
 * rejects, so the next call tries again; a rejection no caller handles is reported as unhandled, as
 * without `memoize`. Any other thenable is a plain value: its `then` is never read or called.
 * The memoized function has the signature of `fn`, generics included.
 *
 * @param fn - the function to cache
 * @param options - {@link MemoizeOptions}
 * @returns the memoized function, with `delete(...args)` to drop one entry
 *
 * @example
 * ```ts
 * import { memoize } from '@weakset-recipes/memo-guard';
 *
 * const total = memoize((order: { lines: { price: number; qty: number }[] }, taxRate: number) =>
 *   order.lines.reduce((sum, line) => sum + line.price * line.qty, 0) * (1 + taxRate),
 * );
 * const order = { lines: [{ price: 10, qty: 2 }] };
 * total(order, 0.2); // computed
 * total(order, 0.2); // cached: same order object, same rate
 * ```
 */
export function memoize<F extends (...args: never[]) => unknown>(
  fn: F,
  options?: MemoizeOptions,
): Memoized<F> {
  check(typeof fn === 'function', 'memoize(fn)', 'fn', 'a function', fn);
  checkOptions('memoize(fn, options)', options, 'maxPrimitive');
  const maxPrimitive = options?.maxPrimitive ?? 1000;
  check(
    maxPrimitive === Number.POSITIVE_INFINITY || (Number.isInteger(maxPrimitive) && maxPrimitive >= 0),
    'memoize(fn, options)',
    'options.maxPrimitive',
    'a whole number ≥ 0 or Infinity',
    maxPrimitive,
  );

  const trie = createCallTrie(maxPrimitive);

  function compute(self: unknown, receiver: object | undefined, args: IArguments): unknown {
    const result = fn.apply(self, args as unknown as Parameters<F>);
    const settled = whenSettled(result, undefined, (error) => {
      // Dropped so the next call tries again, unless a later call replaced it meanwhile.
      trie.remove(path, settled);
      throw error;
    });
    const path = trie.store(receiver, args, settled ?? result);
    return settled ?? result;
  }

  function lookup(this: unknown): unknown {
    const receiver = isObject(this) ? this : undefined;
    // biome-ignore lint/complexity/noArguments: read in place; forwarded to fn on a miss
    const found = trie.find(receiver, arguments);
    // biome-ignore lint/complexity/noArguments: see above
    return found === notCached ? compute(this, receiver, arguments) : found;
  }

  const memoized = withFastPaths(trie, lookup) as unknown as Memoized<F>;

  memoized.delete = function (this: unknown, ...args: Parameters<F>): boolean {
    // Called as `memoized.delete(…)`, `this` is the memoized function itself: no receiver.
    const receiver = this !== memoized && isObject(this) ? this : undefined;
    return trie.remove(pathOf(receiver, args));
  };

  return memoized;
}
