/**
 * Thrown under `circular: 'throw'` when a value refers back to one of its ancestors. `path` holds
 * the keys from the root to the property that holds the reference: property names as strings,
 * array indices as numbers (`[]` would be the root itself).
 *
 * @example
 * ```ts
 * import { CircularError, configure } from '@weakset-recipes/safe-stringify';
 *
 * const a: { b: { back?: unknown } } = { b: {} };
 * a.b.back = a;
 * try {
 *   configure({ circular: 'throw' })({ a });
 * } catch (error) {
 *   if (error instanceof CircularError) {
 *     error.path; // ['a', 'b', 'back']
 *     error.message; // "Cannot stringify a reference back to an ancestor at root.a.b.back (circular: 'throw')"
 *   }
 * }
 * ```
 */
export class CircularError extends TypeError {
  /**
   * Keys from the root to the property that refers back to an ancestor.
   *
   * @example
   * ```ts
   * import { CircularError, configure } from '@weakset-recipes/safe-stringify';
   *
   * const list: unknown[] = [1];
   * list.push({ owner: list });
   * try {
   *   configure({ circular: 'throw' })({ list });
   * } catch (error) {
   *   if (error instanceof CircularError) error.path; // ['list', 1, 'owner']
   * }
   * ```
   */
  readonly path: readonly (string | number)[];

  /**
   * @param path - keys from the root to the property that holds the reference
   * @param message - the full message; by default it says where, as `root.a[0].back`
   */
  constructor(path: readonly (string | number)[], message = `${describe(path)} (circular: 'throw')`) {
    super(message);
    this.name = 'CircularError';
    this.path = path;
  }
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `Cannot stringify … at root.a[0]["odd key"]`: the path as code would write it (deep-clone's format). */
function describe(path: readonly (string | number)[]): string {
  let text = 'Cannot stringify a reference back to an ancestor at root';
  for (const key of path) {
    text +=
      typeof key === 'number' ? `[${key}]` : identifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}
