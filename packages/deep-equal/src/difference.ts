import { type Compare, createEngine } from './engine.js';
import { resolveOptions } from './options.js';
import type { Difference, EqualOptions } from './types.js';

/** Engines for option sets without handlers, built once: default [0] and strict [1]. */
const engines: (Compare | undefined)[] = [];

/**
 * Where two values first differ, or `undefined` exactly when they are equal under the same options
 * ({@link equal}, or {@link createEqual} with `options`). "First" is a fixed depth-first order: at
 * each pair, its own checks (type, prototype, size, key sets, bytes) come before its children, and
 * children follow `a`'s key order (Map and Set entries in `a`'s insertion order).
 *
 * @param a - any value
 * @param b - any value
 * @param options - see {@link EqualOptions}
 * @returns the {@link Difference}: its path, the two values there and the reason; or `undefined`
 * @throws TypeError when an option is not what it must be (naming it)
 *
 * @example
 * ```ts
 * import { difference } from '@weakset-recipes/deep-equal';
 *
 * const before = { cart: { items: [{ sku: 'A1', qty: 1 }] } };
 * const after = { cart: { items: [{ sku: 'A1', qty: 2 }] } };
 * difference(before, after); // { path: ['cart', 'items', 0, 'qty'], a: 1, b: 2, reason: 'value' }
 * difference(before, structuredClone(before)); // undefined
 * ```
 */
export function difference(a: unknown, b: unknown, options?: EqualOptions): Difference | undefined {
  const { strict, handlers } = resolveOptions(options, 'difference()');
  if (handlers) return createEngine(strict, handlers)(a, b);
  const slot = strict ? 1 : 0;
  engines[slot] ??= createEngine(strict, undefined);
  return engines[slot](a, b);
}
