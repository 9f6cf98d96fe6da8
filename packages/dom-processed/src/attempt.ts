/**
 * Calls `fn` with the element if it is a function (an initializer may return anything, even a
 * promise, where a cleanup is expected) and hands what it throws to `onError`, so one element
 * never stops the others. Unhandled, errors go to `reportError`, which shows them like uncaught
 * errors (window `error` event, devtools) without interrupting anything, or to `console.error`
 * where it does not exist.
 *
 * @example
 * ```ts
 * attempt(() => { throw new Error('boom'); }, document.body, (error, el) => console.warn(el, error));
 * ```
 */
export function attempt(
  fn: unknown,
  el: Element,
  onError: ((error: unknown, el: Element) => void) | undefined = globalThis.reportError ?? console.error,
): unknown {
  if (typeof fn === 'function') {
    try {
      return fn(el);
    } catch (error) {
      onError(error, el);
    }
  }
}
