/** Whether a value has identity: what a WeakMap or WeakSet can hold. */
export const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/** A promise, or anything that behaves like one. */
export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  isObject(value) && typeof (value as PromiseLike<unknown>).then === 'function';
