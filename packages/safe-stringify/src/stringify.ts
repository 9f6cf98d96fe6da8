import { configure } from './configure.js';
import type { Replacer } from './types.js';

// Pure: a bundle that imports only CircularError (or only configure) leaves this call out.
const withDefaults = /* @__PURE__ */ configure({});

/**
 * `JSON.stringify` that survives cycles and any depth. For every value `JSON.stringify` writes
 * without throwing, the output is the same, byte for byte (same `replacer`, same `space`). A
 * reference back to an ancestor (a cycle) is written as `"[Circular]"`; a shared object that is
 * not an ancestor is written in full each time, as `JSON.stringify` does; there is no depth limit;
 * the input is never modified. For other options, see {@link configure}.
 *
 * It first lets `JSON.stringify` try (native speed); if that throws a `TypeError` or `RangeError`
 * (a cycle, a BigInt, a structure too deep for the call stack, or one thrown by your own code),
 * the value is read again by this package's engine, so getters, `toJSON` and the replacer run
 * again for what was read before the error. On JavaScriptCore (Bun, Safari), where a try that meets
 * a cycle is slow, the calls after one that met a cycle skip the try for a while (the README's "When
 * your code runs twice" gives the rule); this function's count is shared by the whole program.
 *
 * @param value - what to write
 * @param replacer - a function called for every property, or an allow-list of property names, as `JSON.stringify` takes them
 * @param space - the indent: a number of spaces (at most 10) or a string (its first 10 characters)
 * @returns the JSON text, or `undefined` when `value` itself is not written (undefined, a function, a symbol)
 * @throws TypeError for a BigInt (as `JSON.stringify` does; see the `bigint` option of {@link configure})
 *
 * @example
 * ```ts
 * import { stringify } from '@weakset-recipes/safe-stringify';
 *
 * const address = { city: 'London' };
 * const user: Record<string, unknown> = { name: 'Ada', home: address, work: address };
 * user.self = user;
 * stringify(user);
 * // '{"name":"Ada","home":{"city":"London"},"work":{"city":"London"},"self":"[Circular]"}'
 * ```
 */
export function stringify(value: unknown, replacer?: Replacer, space?: string | number): string | undefined {
  return withDefaults(value, replacer, space);
}
