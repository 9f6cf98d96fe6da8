import { describe, isConstructor } from './options.js';
import type { CloneHandler, Constructor, HandlerEntry } from './types.js';

/**
 * Pairs a class with the handler that copies its instances, type-checked, for
 * {@link CloneOptions.handlers}.
 *
 * @param type - the class; instances whose prototype is exactly `type.prototype` use the handler
 * @param handler - makes the copy; see {@link CloneHandler}
 * @returns an entry for `handlers`
 * @throws TypeError when `type` is not a class (or constructor) or `handler` is not a function
 *
 * @example
 * ```ts
 * import { createClone, handle } from '@weakset-recipes/deep-clone';
 *
 * class Money {
 *   readonly #cents: bigint;
 *   constructor(cents: bigint) {
 *     this.#cents = cents;
 *   }
 *   get cents(): bigint {
 *     return this.#cents;
 *   }
 * }
 * const cloneLedger = createClone({ handlers: [handle(Money, (money) => new Money(money.cents))] });
 * const copy = cloneLedger({ total: new Money(1250n) });
 * copy.total.cents; // 1250n: the private field came along through the handler
 * ```
 */
export function handle<T extends object>(type: Constructor<T>, handler: CloneHandler<T>): HandlerEntry {
  if (!isConstructor(type)) {
    throw new TypeError(
      `handle(): type must be a class or constructor with a prototype, got ${describe(type)}`,
    );
  }
  if (typeof handler !== 'function') {
    throw new TypeError(`handle(): handler must be a function, got ${describe(handler)}`);
  }
  return [type, handler as (value: never, cloneChild: Parameters<CloneHandler<T>>[1]) => object];
}
