import { type Compare, createEngine } from './engine.js';

let compare: Compare | undefined;

/**
 * Whether two values are deeply equal, as `util.isDeepStrictEqual` defines it: same prototypes,
 * same own enumerable string and symbol keys, primitives by `Object.is` (`NaN` equals `NaN`,
 * `0` and `-0` differ), built-ins by their contents (Map and Set members unordered, object keys
 * and members matched structurally). Cycles compare by shape: a pair met again while it is being
 * compared counts as equal, so every comparison ends. No depth limit.
 *
 * @param a - any value
 * @param b - any value
 * @returns true when `a` and `b` are deeply equal
 *
 * @example
 * ```ts
 * import { equal } from '@weakset-recipes/deep-equal';
 *
 * const a: { name: string; self?: unknown } = { name: 'loop' };
 * a.self = a;
 * const b: { name: string; self?: unknown } = { name: 'loop' };
 * b.self = b;
 * equal(a, b); // true: the same shape of cycle
 * equal(new Map([[{ id: 1 }, 'x']]), new Map([[{ id: 1 }, 'x']])); // true: keys matched by structure
 * equal([0], [-0]); // false
 * ```
 */
export function equal(a: unknown, b: unknown): boolean {
  compare ??= createEngine(false, undefined);
  return compare(a, b) === undefined;
}
