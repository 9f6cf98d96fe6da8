import { type Brand, createBrand } from './create-brand.js';
import { classBrands } from './registry.js';

type Extendable = new (...args: unknown[]) => object;

/**
 * A standard (TC39, TypeScript 5) class decorator that brands every instance the class or any
 * subclass constructs, and makes `instanceof` the brand check: `Object.create(Money.prototype)`,
 * copies, proxies and look-alikes are not instances. The class keeps its name and static members;
 * {@link brandOf} returns its brand.
 *
 * Constructed instances carry the brand in a private field the decorated class declares (the
 * fastest unforgeable check there is); objects from elsewhere, another realm for example, can be
 * added to the brand by hand.
 *
 * @example
 * ```ts
 * import { branded } from '@weakset-recipes/brand';
 *
 * @branded
 * class Money {
 *   constructor(readonly cents: bigint) {}
 * }
 *
 * new Money(5n) instanceof Money; // true
 * Object.create(Money.prototype) instanceof Money; // false
 * ({ cents: 5n }) instanceof Money; // false
 * ```
 */
export function branded<C extends abstract new (...args: never[]) => object>(
  value: C,
  _context: ClassDecoratorContext<C>,
): C {
  let has: Brand<object>['has'];
  const { name } = value;
  // A class defined as a computed-key property takes the key as its name: `Money` stays `Money`.
  const Branded = {
    [name]: class extends (value as unknown as Extendable) {
      #brand: undefined;

      static {
        // `#brand in` throws for a primitive, and `has` must never throw. (A constructor that
        // returns a function in place of its instance is not supported.)
        // The class's brand is registered while `has` keeps its check for `instanceof` (the value of
        // a destructuring assignment is the object destructured).
        classBrands.set(
          // biome-ignore lint/complexity/noThisInStatic: `this` is the class being defined
          this,
          // biome-ignore lint/suspicious/noAssignInExpressions: one statement keeps the entry small
          ({ has } = createBrand(
            name,
            (candidate) => typeof candidate === 'object' && candidate !== null && #brand in candidate,
          )),
        );
      }

      // `x instanceof Money` asks the brand; for an undecorated subclass it also asks the prototype
      // chain, as `instanceof` always does, so a plain Money is not an instance of the subclass.
      static override [Symbol.hasInstance](candidate: unknown): boolean {
        return (
          has(candidate) &&
          // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`
          (this === Branded || super[Symbol.hasInstance](candidate))
        );
      }
    },
  }[name]!;
  return Branded as unknown as C;
}
