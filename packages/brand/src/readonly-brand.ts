import { BrandError } from './brand-error.js';
import { describeUnbranded, expectArgument } from './describe.js';

/**
 * The checks of a brand, without the power to change it: what {@link brandOf} returns for a
 * `@branded` class, and what a module that made a brand with {@link createBrand} can hand out.
 * Frozen: its methods cannot be replaced. They do not use `this`, so they can be destructured.
 *
 * @example
 * A module that issues tokens keeps the brand, and exports its checks only:
 * ```ts
 * import { type Brand, createBrand, type ReadonlyBrand } from '@weakset-recipes/brand';
 *
 * interface Token { readonly secret: string }
 * const Tokens: Brand<Token> = createBrand<Token>('Token');
 * export const issue = (secret: string): Token => Tokens.add(Object.freeze({ secret }));
 *
 * const { name, has, assert, guard } = Tokens;
 * export const TokenCheck: ReadonlyBrand<Token> = Object.freeze({ name, has, assert, guard });
 *
 * TokenCheck.has(issue('s3')); // true
 * 'add' in TokenCheck; // false
 * ```
 */
export interface ReadonlyBrand<T extends object> {
  /**
   * The brand's name, used in error messages.
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * createBrand<object>('Token').name; // 'Token'
   * ```
   */
  readonly name: string;
  /**
   * Whether `value` carries the brand. Never throws; `false` for primitives. Narrows `value` to `T`.
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * const Admin = createBrand<{ name: string }>('Admin');
   * const admin = Admin.add({ name: 'root' });
   * const subject: unknown = admin;
   * if (Admin.has(subject)) subject.name; // typed as { name: string }
   * ```
   */
  has(value: unknown): value is T;
  /**
   * Throws a {@link BrandError} naming the brand and what it got unless `value` carries the brand.
   * Narrows `value` to `T` after the call (TypeScript needs the brand declared with an explicit
   * type for that, as below).
   *
   * @param message - replaces the default message
   * @throws {@link BrandError} `Expected Token, got an unbranded Object` (or `got null`, `got a
   * string`, `got a revoked Proxy`); a TypeError if `message` is given and is not a string
   *
   * @example
   * ```ts
   * import { type Brand, createBrand } from '@weakset-recipes/brand';
   *
   * const Token: Brand<{ secret: string }> = createBrand<{ secret: string }>('Token');
   * function use(token: unknown): string {
   *   Token.assert(token, 'use() needs a Token from issue()');
   *   return token.secret;
   * }
   * use(Token.add({ secret: 's3' })); // 's3'
   * ```
   */
  assert(value: unknown, message?: string): asserts value is T;
  /**
   * Wraps a method so that calling it on a `this` without the brand throws a {@link BrandError}
   * before the method runs, the way built-in methods reject foreign receivers.
   *
   * @throws a TypeError if `method` is not a function
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * interface Counter { count: number; increment(): number }
   * const Counter = createBrand<Counter>('Counter');
   * const increment = Counter.guard(function (this: Counter) {
   *   return ++this.count;
   * });
   * const counter = Counter.add({ count: 0, increment });
   * counter.increment(); // 1
   * // increment.call({ count: 0, increment }) throws BrandError: Expected Counter, got an unbranded Object
   * ```
   */
  guard<F extends (this: T, ...args: never[]) => unknown>(method: F): F;
}

/**
 * The frozen checks for a brand named `name` whose membership test is `has`, with `extra` members
 * (a {@link createBrand} brand's `add` and `delete`) frozen in beside them.
 */
export function brandChecks<T extends object, Extra extends object = object>(
  name: string,
  has: (value: unknown) => value is T,
  extra?: Extra,
): ReadonlyBrand<T> & Extra {
  function assert(value: unknown, message?: string): asserts value is T {
    expectArgument(
      message === undefined || typeof message === 'string',
      `${name}.assert(message)`,
      'a string',
      message,
    );
    if (!has(value))
      throw new BrandError(name, message ?? `Expected ${name}, got ${describeUnbranded(value)}`);
  }
  return Object.freeze({
    name,
    has,
    assert,
    guard<F extends (this: T, ...args: never[]) => unknown>(method: F): F {
      expectArgument(typeof method === 'function', `${name}.guard(method)`, 'a function', method);
      // A rest parameter, not `arguments`: a few bytes smaller, at one small array per call.
      return function (this: unknown, ...args: never[]) {
        assert(this);
        return method.apply(this, args);
      } as F;
    },
    ...extra,
  }) as ReadonlyBrand<T> & Extra;
}
