import type { Brand } from './create-brand.js';
import { classBrands } from './registry.js';

/**
 * The brand of a class decorated with {@link branded}, or `undefined` for any other class. Works
 * across copies of this package: a class decorated through the ESM build is found from the CJS
 * build, and the other way round.
 *
 * @param cls - a class
 * @returns its brand, if it was decorated with `@branded`
 *
 * @example
 * ```ts
 * import { type Brand, branded, brandOf } from '@weakset-recipes/brand';
 *
 * @branded
 * class Invoice {}
 *
 * const Invoices: Brand<object> = brandOf(Invoice)!;
 * Invoices.has(new Invoice()); // true
 * Invoices.assert(new Invoice()); // passes
 * brandOf(Date); // undefined
 * ```
 */
// biome-ignore lint/complexity/noBannedTypes: any class, decorated or not, as the API promises
export const brandOf = (cls: Function): Brand<object> | undefined => classBrands.get(cls);
