import { check, isObject } from './validate.js';

/**
 * Runs `fn` the first time it is called with an object and returns that first result for the same
 * object ever after. Results are kept in a WeakMap keyed by the object, so remembering a result
 * never keeps the object alive.
 *
 * A call that throws is not remembered: the next call with that object runs `fn` again. A call
 * for the same object made from inside its own first call throws a TypeError instead of running
 * `fn` a second time. `fn` must be a function and the target an object: anything else is a
 * TypeError at that call.
 *
 * @param fn - what to run once per object
 * @returns a function that takes an object and returns `fn`'s first result for it
 *
 * @example
 * ```ts
 * import { once } from '@weakset-recipes/memo-guard';
 *
 * const setUp = once((form: { id: string }) => {
 *   console.log(`wiring ${form.id}`);
 *   return { submit: () => form.id };
 * });
 * const form = { id: 'signup' };
 * setUp(form) === setUp(form); // true, and "wiring signup" was logged once
 * ```
 */
export function once<T extends object, R>(fn: (target: T) => R): (target: T) => R {
  check(typeof fn === 'function', 'once(fn)', 'fn', 'a function', fn);
  const results = new WeakMap<T, R>();
  // Objects whose first call is running, so a re-entrant call cannot run `fn` twice. Kept apart
  // from `results` so that a hit is a single WeakMap lookup, as fast as writing one by hand.
  const running = new WeakSet<T>();
  return function runOnce(target: T): R {
    const known = results.get(target);
    if (known !== undefined || results.has(target)) return known as R;
    // Checked past the hit path, which a primitive never passes: there is nothing to remember it by.
    check(isObject(target), 'once(fn)(target)', 'target', 'an object', target);
    if (running.has(target)) {
      throw new TypeError('once(fn)(target): called again for this target inside its first call');
    }
    running.add(target);
    try {
      const result = fn(target);
      results.set(target, result);
      return result;
    } finally {
      running.delete(target);
    }
  };
}
