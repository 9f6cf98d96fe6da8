import { createEngine } from './engine.js';
import { resolveOptions } from './options.js';
import type { EqualOptions } from './types.js';

/**
 * Builds an equality function with its options checked and resolved once, for hot paths and for
 * options such as `strict` and `handlers`. The function is reentrant (a getter or handler may
 * compare again) and keeps no reference to what it compared.
 *
 * @param options - see {@link EqualOptions}
 * @returns a function that says whether two values are deeply equal
 * @throws TypeError when an option is not what it must be (naming it): a handler that is not a
 *   function, a handler key that is not a constructor, a `strict` that is not a boolean
 *
 * @example
 * ```ts
 * import { createEqual } from '@weakset-recipes/deep-equal';
 *
 * const sameState = createEqual({ strict: true });
 * sameState(Object.freeze({ todos: [] }), Object.freeze({ todos: [] })); // true
 * sameState(Object.freeze({ todos: [] }), { todos: [] }); // false: only one is frozen
 * ```
 */
export function createEqual(options?: EqualOptions): (a: unknown, b: unknown) => boolean {
  const { strict, handlers } = resolveOptions(options, 'createEqual()');
  const compare = createEngine(strict, handlers);
  return (a, b) => compare(a, b) === undefined;
}
