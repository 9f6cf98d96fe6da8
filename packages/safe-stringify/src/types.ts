/**
 * The second argument of {@link stringify}, as `JSON.stringify` takes it: a function called for
 * every property (`this` is the object holding it), or an allow-list of the property names to
 * write (numbers count as their string form), or `null` for neither.
 *
 * @example
 * ```ts
 * import { stringify, type Replacer } from '@weakset-recipes/safe-stringify';
 *
 * const hidePasswords: Replacer = (key, value) => (key === 'password' ? '***' : value);
 * stringify({ user: 'ada', password: 'hunter2' }, hidePasswords); // '{"user":"ada","password":"***"}'
 * stringify({ id: 1, name: 'ada', secret: 'x' }, ['id', 'name']); // '{"id":1,"name":"ada"}'
 * ```
 */
export type Replacer = ((this: unknown, key: string, value: unknown) => unknown) | (string | number)[] | null;

/**
 * A stringify function: {@link stringify} itself, or one made by {@link configure}.
 *
 * @example
 * ```ts
 * import { configure, type Stringify } from '@weakset-recipes/safe-stringify';
 *
 * const toLogLine: Stringify = configure({ bigint: 'string' });
 * toLogLine({ id: 10n }); // '{"id":"10"}'
 * ```
 */
export type Stringify = (value: unknown, replacer?: Replacer, space?: string | number) => string | undefined;

/**
 * Options of {@link configure}. Every option is checked when `configure` is called: a wrong one is
 * a `TypeError` naming it.
 *
 * @example
 * ```ts
 * import { configure, type StringifyOptions } from '@weakset-recipes/safe-stringify';
 *
 * const options: StringifyOptions = { circular: 'throw', sorted: true };
 * const strict = configure(options);
 * strict({ b: 1, a: 2 }); // '{"a":2,"b":1}'
 * ```
 */
export interface StringifyOptions {
  /**
   * What a reference back to an ancestor (a cycle) becomes. A string is written as a JSON string
   * (default `'[Circular]'`); a function is called with the path of the ancestor the reference
   * points to and its result is written in place (as a replacer's result would be; `undefined`
   * drops the property); `'throw'` throws a {@link CircularError} with the path of the property
   * that holds the reference. A shared object that is not an ancestor is never a cycle.
   *
   * @example
   * ```ts
   * import { configure } from '@weakset-recipes/safe-stringify';
   *
   * const node: { name: string; parent?: unknown } = { name: 'root' };
   * node.parent = node;
   * configure({ circular: (path) => ({ $ref: path.join('.') || '#' }) })(node);
   * // '{"name":"root","parent":{"$ref":"#"}}'
   * ```
   */
  circular?: string | ((path: readonly (string | number)[]) => unknown) | 'throw';
  /**
   * What a BigInt becomes: `'throw'` (default) throws the `TypeError` `JSON.stringify` throws,
   * `'string'` writes it as a JSON string (`"123"`), `'number'` as a bare number (`123`, every digit
   * kept). A `toJSON` on `BigInt.prototype` and the replacer run first, as in `JSON.stringify`.
   *
   * @example
   * ```ts
   * import { configure } from '@weakset-recipes/safe-stringify';
   *
   * configure({ bigint: 'number' })({ balance: 12345678901234567890n }); // '{"balance":12345678901234567890}'
   * ```
   */
  bigint?: 'throw' | 'string' | 'number';
  /**
   * Writes the keys of every object in sorted order: `true` for code-unit order (what
   * `Array.prototype.sort` does by default), or a comparator. Keys are sorted after `toJSON` and
   * the replacer have run, so the order is that of what is written. Default `false`: the order
   * `JSON.stringify` uses.
   *
   * @example
   * ```ts
   * import { configure } from '@weakset-recipes/safe-stringify';
   *
   * configure({ sorted: true })({ b: 1, a: { d: 1, c: 2 } }); // '{"a":{"c":2,"d":1},"b":1}'
   * ```
   */
  sorted?: boolean | ((a: string, b: string) => number);
  /**
   * How many levels of objects to write: the root is depth 0, and an object or array deeper than
   * `maxDepth` is written as the string `'[Object]'` or `'[Array]'`. A non-negative integer, or
   * `Infinity` (default).
   *
   * @example
   * ```ts
   * import { configure } from '@weakset-recipes/safe-stringify';
   *
   * configure({ maxDepth: 1 })({ a: { b: { c: 1 } }, list: [[1]] }); // '{"a":{"b":"[Object]"},"list":["[Array]"]}'
   * ```
   */
  maxDepth?: number;
}
