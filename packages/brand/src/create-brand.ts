import { BrandError } from './brand-error.js';

/**
 * A set of objects that really belong to one kind, checked by identity, so it cannot be forged:
 * an object is branded only if it was added (or, for a {@link branded} class, constructed by it).
 *
 * @example
 * ```ts
 * import { createBrand, type Brand } from '@weakset-recipes/brand';
 *
 * interface Session { user: string }
 * const Session: Brand<Session> = createBrand<Session>('Session');
 * const session = Session.add({ user: 'ada' });
 * Session.has(session); // true
 * Session.has({ user: 'ada' }); // false: same shape, not the same object
 * ```
 */
export interface Brand<T extends object> {
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
   * Brands an object and returns it, for one-line factories.
   *
   * @throws {@link BrandError} (a TypeError) for a primitive, which cannot be branded:
   * `Expected Point, got a number`
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * const Point = createBrand<{ x: number; y: number }>('Point');
   * const point = (x: number, y: number) => Point.add(Object.freeze({ x, y }));
   * Point.has(point(1, 2)); // true
   * ```
   */
  add<U extends object>(value: U): U;
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
   * Narrows `value` to `T` after the call.
   *
   * @param message - replaces the default message
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
   * Removes the brand from `value`; returns whether it had it.
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * const Live = createBrand<object>('Live');
   * const connection = Live.add({});
   * Live.delete(connection); // true
   * Live.has(connection); // false
   * ```
   */
  delete(value: object): boolean;
  /**
   * Wraps a method so that calling it on a `this` without the brand throws a {@link BrandError}
   * before the method runs, the way built-in methods reject foreign receivers.
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
   * // increment.call({ count: 0 }) throws BrandError: Expected Counter, got an unbranded Object
   * ```
   */
  guard<F extends (this: T, ...args: never[]) => unknown>(method: F): F;
}

/**
 * Creates a brand for objects made by a factory (or anything else): a WeakSet of the objects that
 * really belong, the check the platform uses for its own classes. Brand objects with
 * {@link Brand.add}; {@link Brand.has} then accepts exactly those objects, and no copy, proxy or
 * look-alike of them.
 *
 * @param name - names the brand in error messages
 * @returns a new, empty brand
 *
 * @example
 * ```ts
 * import { createBrand } from '@weakset-recipes/brand';
 *
 * interface Money { readonly cents: bigint; readonly currency: string }
 * const Money = createBrand<Money>('Money');
 * const money = (cents: bigint, currency: string): Money => Money.add(Object.freeze({ cents, currency }));
 *
 * Money.has(money(100n, 'EUR')); // true
 * Money.has({ cents: 100n, currency: 'EUR' }); // false: a look-alike
 * Money.has(structuredClone(money(100n, 'EUR'))); // false: a copy
 * ```
 */
export function createBrand<T extends object>(name: string): Brand<T>;
/**
 * @internal `owns` is a faster check some objects pass on their own (the private field of a
 * {@link branded} class); objects can always be added by hand as well.
 */
export function createBrand<T extends object>(name: string, owns: (value: unknown) => boolean): Brand<T>;
export function createBrand<T extends object>(name: string, owns?: (value: unknown) => boolean): Brand<T> {
  // With `owns` (a class brand), `exceptions` holds the objects whose answer differs from
  // `owns`: added by hand without owning, or owning but deleted. Until the first add or delete
  // there are none, so a class brand's checks cost one private-field test and nothing else.
  const exceptions = new WeakSet<object>();
  let touched = false;
  const has = owns
    ? (value: unknown): value is T => owns(value) !== (touched && exceptions.has(value as object))
    : (value: unknown): value is T => exceptions.has(value as object);
  const brand: Brand<T> = {
    name,
    add(value) {
      if (Object(value) !== value) brand.assert(value);
      touched = true;
      if (owns?.(value)) exceptions.delete(value);
      else exceptions.add(value);
      return value;
    },
    has,
    assert(value, message) {
      if (!has(value)) {
        // Names what it got: `null`, `a string`, or `an unbranded Wallet` (its constructor's name).
        // `Object(value) === value` exactly for objects and functions: the values that have identity.
        const got =
          Object(value) === value
            ? `an unbranded ${(value as { constructor?: { name?: string } }).constructor?.name || 'object'}`
            : value === null
              ? 'null'
              : `a ${typeof value}`;
        throw new BrandError(name, message ?? `Expected ${name}, got ${got}`);
      }
    },
    delete(value) {
      const had = has(value);
      touched = true;
      if (owns?.(value)) exceptions.add(value);
      else exceptions.delete(value);
      return had;
    },
    guard(method) {
      // A rest parameter, not `arguments`: a few bytes smaller, at one small array per call.
      return function (this: unknown, ...args: never[]) {
        brand.assert(this);
        return method.apply(this, args);
      } as typeof method;
    },
  };
  return brand;
}
