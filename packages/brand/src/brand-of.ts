import { expectArgument } from './describe.js';
import type { ReadonlyBrand } from './readonly-brand.js';
import { registry } from './registry.js';

/**
 * The brand of a class decorated with {@link branded}, or `undefined` for any other class: a
 * frozen {@link ReadonlyBrand} whose `has` narrows to the class's instances. Nobody can add
 * objects to a class's brand or remove them: only its constructor brands. Works across copies of
 * this package: a class decorated through the ESM build is found from the CJS build, and the other
 * way round.
 *
 * @param cls - a class
 * @returns its brand, if it was decorated with `@branded`
 * @throws a TypeError if `cls` is not a function (an instance, say)
 *
 * @example
 * ```ts
 * import { branded, brandOf, type ReadonlyBrand } from '@weakset-recipes/brand';
 *
 * @branded
 * class Invoice {}
 * const Invoices: ReadonlyBrand<Invoice> = brandOf(Invoice)!;
 * Invoices.has(new Invoice()); // true
 * Invoices.assert(new Invoice()); // passes
 * brandOf(Date); // undefined
 * ```
 */
export function brandOf<C extends abstract new (...args: never) => object>(
  cls: C,
): ReadonlyBrand<InstanceType<C>> | undefined;
// biome-ignore lint/complexity/noBannedTypes: any function, class or not, as the API promises
export function brandOf(cls: Function): ReadonlyBrand<object> | undefined;
// biome-ignore lint/complexity/noBannedTypes: the implementation of the overloads above
export function brandOf(cls: Function): ReadonlyBrand<object> | undefined {
  expectArgument(typeof cls === 'function', 'brandOf(cls)', 'a class', cls);
  return registry()(cls);
}
