import { expectArgument } from './describe.js';
import { brandChecks, type ReadonlyBrand } from './readonly-brand.js';

/**
 * A set of objects that really belong to one kind, checked by identity, so it cannot be forged:
 * an object is branded only if it was added. The brand object is frozen, and its methods do not
 * use `this`: keep the brand (with `add` and `delete`) in the module that vouches for its
 * objects, and hand out a {@link ReadonlyBrand}.
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
export interface Brand<T extends object> extends ReadonlyBrand<T> {
  /**
   * Brands an object and returns it, for one-line factories. Accepts only a `T`.
   *
   * @throws a TypeError for a primitive, which cannot be branded:
   * `Point.add(value): expected an object, got a number (a primitive cannot be branded)`
   *
   * @example
   * ```ts
   * import { createBrand } from '@weakset-recipes/brand';
   *
   * const Point = createBrand<{ readonly x: number; readonly y: number }>('Point');
   * const point = (x: number, y: number) => Point.add(Object.freeze({ x, y }));
   * Point.has(point(1, 2)); // true
   * ```
   */
  add<U extends T>(value: U): U;
  /**
   * Removes the brand from `value`; returns whether it had it.
   *
   * @throws a TypeError for a primitive, which is never branded
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
}

/**
 * Creates a brand for objects made by a factory (or anything else): a WeakSet of the objects that
 * really belong, the check the platform uses for its own classes. Brand objects with
 * {@link Brand.add}; {@link ReadonlyBrand.has} then accepts exactly those objects, and no copy,
 * proxy or look-alike of them.
 *
 * @param name - names the brand in error messages
 * @returns a new, empty, frozen brand
 * @throws a TypeError if `name` is not a non-empty string
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
export function createBrand<T extends object>(name: string): Brand<T> {
  expectArgument(typeof name === 'string' && name, 'createBrand(name)', 'a non-empty string', name);
  const members = new WeakSet<object>();
  const object = (value: unknown, call: string): object => {
    expectArgument(
      Object(value) === value,
      `${name}.${call}(value)`,
      'an object',
      value,
      ' (a primitive cannot be branded)',
    );
    return value as object;
  };
  return brandChecks(name, (value: unknown): value is T => members.has(value as object), {
    add<U extends T>(value: U): U {
      members.add(object(value, 'add'));
      return value;
    },
    delete: (value: object): boolean => members.delete(object(value, 'delete')),
  });
}
