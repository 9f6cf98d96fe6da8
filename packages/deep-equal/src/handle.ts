import { checkHandler } from './options.js';
import type { Constructor, EqualHandler, HandlerEntry } from './types.js';

/**
 * Pairs a class with the handler that compares its instances, type-checked, for
 * {@link EqualOptions.handlers}.
 *
 * @param type - the class; instances of it and of its subclasses use the handler
 * @param handler - says whether two instances are equal; see {@link EqualHandler}
 * @returns an entry for `handlers`
 * @throws TypeError when `type` is not a constructor or `handler` not a function
 *
 * @example
 * ```ts
 * import { createEqual, handle } from '@weakset-recipes/deep-equal';
 *
 * class Version {
 *   readonly #parts: number[];
 *   constructor(text: string) {
 *     this.#parts = text.split('.').map(Number);
 *   }
 *   get parts(): number[] {
 *     return this.#parts;
 *   }
 * }
 * const sameRelease = createEqual({
 *   handlers: [handle(Version, (a, b, equal) => equal(a.parts, b.parts))],
 * });
 * sameRelease({ v: new Version('1.2.0') }, { v: new Version('1.2.0') }); // true
 * ```
 */
export function handle<T extends object>(type: Constructor<T>, handler: EqualHandler<T>): HandlerEntry {
  checkHandler('handle()', 'arguments', type, handler);
  return [type, handler as EqualHandler];
}
