const { then } = Promise.prototype;

/**
 * `value.then(onFulfilled, onRejected)` when `value` is a native promise, else `undefined`.
 *
 * Only native promises are followed: any other thenable is a plain value, so a lazy thenable (a
 * query builder that runs when `then` is called) never runs and a `then` getter is never read.
 * `Promise.prototype.then` itself makes the final check (it throws for an object that only
 * inherits from `Promise.prototype`), and never reads the promise's own `then`. Promises of other
 * realms fail `instanceof` and are plain values: a check that finds them costs every object result.
 *
 * The promise returned settles like `value` once the handlers have run. Callers hand that promise
 * on instead of `value`: `value` counts as handled once it has handlers, so a rejection nobody
 * handles is reported for the promise handed on, exactly as it would have been for `value`.
 */
export function whenSettled<T>(
  value: T,
  onFulfilled: ((result: unknown) => unknown) | undefined,
  onRejected: (error: unknown) => never,
): T | undefined {
  if (value instanceof Promise) {
    try {
      return then.call(value, onFulfilled, onRejected) as T;
    } catch {
      // Not a promise after all (Object.create(Promise.prototype)): a plain value.
    }
  }
  return undefined;
}
