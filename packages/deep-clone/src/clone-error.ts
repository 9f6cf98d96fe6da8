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
 * Thrown when a value cannot be cloned under the chosen options, or cannot be read at all. `path`
 * holds the keys from the root to the offending value: property names, array indices (numbers),
 * Map keys that are strings, numbers or symbols (iteration indices otherwise) and Set iteration
 * indices. The message shows the first and last ten keys of a longer path.
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
/** Keys a message shows at each end of a long path; the error's `path` keeps every one. */
const SHOWN = 10;
/** Characters a message shows of one long string key. */
const KEY_LENGTH = 50;

/**
 * `root.a[0]["odd key"][Symbol(tag)]`: a path as a reader would write it in code. A path a million
 * keys long shows its first and last keys and counts the rest, so a message stays readable.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = 'root';
  const long = path.length > 2 * SHOWN + 1;
  for (let i = 0; i < path.length; i++) {
    if (long && i === SHOWN) {
      text += `…(${path.length - 2 * SHOWN} more keys)…`;
      i = path.length - SHOWN - 1;
    } else {
      text += formatKey(path[i]);
    }
  }
  return text;
}

function formatKey(key: unknown): string {
  if (typeof key === 'number') return `[${key}]`;
  if (typeof key !== 'string') return `[${String(key)}]`;
  const shown = key.length > KEY_LENGTH ? `${key.slice(0, KEY_LENGTH - 1)}…` : key;
  return identifier.test(shown) ? `.${shown}` : `[${JSON.stringify(shown)}]`;
}
