/**
 * Placeholder.
 * @example
 * ```ts
 * clone({ a: 1 });
 * ```
 */
export function clone<T>(value: T): T {
  return value;
}
