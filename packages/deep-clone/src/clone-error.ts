/**
 * Why a clone failed: `'CIRCULAR'` for a cycle under `circular: 'throw'`, `'UNSUPPORTED'` for a value
 * that cannot be copied under `unsupported: 'throw'`.
 *
 * @example
 * ```ts
 * import type { CloneErrorCode } from '@weakset-recipes/deep-clone';
 *
 * const code: CloneErrorCode = 'CIRCULAR';
 * ```
 */
export type CloneErrorCode = 'CIRCULAR' | 'UNSUPPORTED';

/**
 * Thrown when a value cannot be cloned under the chosen options. `path` holds the keys from the
 * root to the offending value: property names, array indices (numbers), Map keys that are
 * strings, numbers or symbols (iteration indices otherwise) and Set iteration indices.
 *
 * @example
 * ```ts
 * import { clone, CloneError } from '@weakset-recipes/deep-clone';
 *
 * const a: { b: { back?: unknown } } = { b: {} };
 * a.b.back = a;
 * try {
 *   clone({ a }, { circular: 'throw' });
 * } catch (error) {
 *   if (error instanceof CloneError) {
 *     error.code; // 'CIRCULAR'
 *     error.path; // ['a', 'b', 'back']
 *   }
 * }
 * ```
 */
export class CloneError extends TypeError {
  /**
   * What went wrong.
   *
   * @example
   * ```ts
   * import { clone, CloneError } from '@weakset-recipes/deep-clone';
   *
   * try {
   *   clone({ run() {} }, { unsupported: 'throw' });
   * } catch (error) {
   *   if (error instanceof CloneError && error.code === 'UNSUPPORTED') console.log(error.message);
   * }
   * ```
   */
  readonly code: CloneErrorCode;
  /**
   * Keys from the root to the value that failed (`[]` for the root itself).
   *
   * @example
   * ```ts
   * import { clone, CloneError } from '@weakset-recipes/deep-clone';
   *
   * try {
   *   clone({ list: [0, Promise.resolve()] }, { unsupported: 'throw' });
   * } catch (error) {
   *   if (error instanceof CloneError) error.path; // ['list', 1]
   * }
   * ```
   */
  readonly path: PropertyKey[];

  /**
   * @param code - what went wrong
   * @param path - keys from the root to the offending value
   * @param message - the full message
   */
  constructor(code: CloneErrorCode, path: PropertyKey[], message: string) {
    super(message);
    this.name = 'CloneError';
    this.code = code;
    this.path = path;
  }
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `root.a[0]["odd key"][Symbol(tag)]`: a path as a reader would write it in code. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = 'root';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else text += identifier.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}
