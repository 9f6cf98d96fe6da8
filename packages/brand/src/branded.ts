import { expectArgument } from './describe.js';
import { brandChecks } from './readonly-brand.js';
import { registry } from './registry.js';

type Extendable = new (...args: unknown[]) => object;

/**
 * A standard (TC39, TypeScript 5) class decorator that brands every instance the class or any
 * subclass constructs, and makes `instanceof` the brand check: `Object.create(Money.prototype)`,
 * copies, proxies and look-alikes are not instances. The class keeps its name and static members;
 * {@link brandOf} returns its brand, read-only: only the constructor brands.
 *
 * Without decorator syntax (Vite 8, plain JavaScript), call it as a function on the class:
 * `const Money = branded(class Money {})`, with `type Money = InstanceType<typeof Money>` for the
 * instance type.
 *
 * Constructed instances carry the brand in a private field the returned class declares (the
 * fastest unforgeable check there is). The returned class refuses to construct once the parent of
 * any class it extends has been replaced, so a swapped-in parent cannot hand it an object to brand.
 *
 * @param value - the class
 * @param _context - the decorator context: given by the compiler, not needed in a plain call
 * @returns a subclass of `value` with the same name, whose instances carry the brand
 * @throws a TypeError if `value` is not a class (`@branded` on a method or a field, say)
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
 *
 * @example
 * The same without decorator syntax:
 * ```ts
 * import { branded } from '@weakset-recipes/brand';
 *
 * const Money = branded(
 *   class Money {
 *     constructor(readonly cents: bigint) {}
 *   },
 * );
 * type Money = InstanceType<typeof Money>;
 *
 * const price: Money = new Money(5n);
 * price instanceof Money; // true
 * ```
 */
export function branded<C extends abstract new (...args: never) => object>(
  value: C,
  _context?: ClassDecoratorContext<C>,
): C {
  expectArgument(typeof value === 'function' && value.prototype, 'branded(value)', 'a class', value);
  // Read once, at decoration: code that replaces `Object.getPrototypeOf` later cannot blind the check.
  const { name } = value,
    { getPrototypeOf } = Object;
  // The classes `super()` goes through, as they were at decoration: `value`, then each class it
  // extends, down to the first that extends nothing.
  const ancestors: object[] = [];
  let has: (candidate: unknown) => candidate is object;
  // A class defined as a computed-key property takes the key as its name: `Money` stays `Money`.
  const Branded = {
    [name]: class extends (value as unknown as Extendable) {
      #brand: undefined;

      constructor(...args: unknown[]) {
        // `super()` calls whatever the parent is now: a parent swapped in by other code could
        // return any object, and this class would brand it. The check runs where no other code
        // can run before `super()` looks the parent up (that lookup precedes the arguments).
        // The first link is checked on its own: on V8 a loop that runs even once made construction
        // about a quarter slower (measured on Node 20 and 24), and for a class that extends nothing
        // this loop runs zero times.
        let replaced = getPrototypeOf(Branded) !== value;
        for (let index = 1; index < ancestors.length; index++)
          replaced ||= getPrototypeOf(ancestors[index - 1]!) !== ancestors[index];
        if (replaced) throw new TypeError(`new ${name}(): a parent class was replaced after @branded`);
        super(...args);
      }

      static {
        // A class whose parent is Function.prototype extends nothing: the walk stops there (or at
        // the end of the chain, for a class from another realm).
        for (let cls: object | null = value; cls && cls !== Function.prototype; cls = getPrototypeOf(cls))
          ancestors.push(cls);
        // `#brand in` throws for a primitive, and `has` must never throw. (`#brand in
        // Object(candidate)` is shorter, and 15-20% slower on V8, measured.) A constructor that
        // returns a function in place of its instance is not supported.
        has = (candidate): candidate is object =>
          typeof candidate === 'object' && candidate !== null && #brand in candidate;
        // biome-ignore lint/complexity/noThisInStatic: `this` is the class being defined
        registry()(this, brandChecks(name, has));
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
