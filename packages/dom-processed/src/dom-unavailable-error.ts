/**
 * Thrown by {@link observe} and {@link processOnce} where there is no DOM to work on (server-side
 * rendering, plain Node). Importing the package there is fine; only calling them throws.
 *
 * @example
 * ```ts
 * import { DomUnavailableError, observe } from '@weakset-recipes/dom-processed';
 *
 * try {
 *   observe('.widget', () => {});
 * } catch (error) {
 *   if (error instanceof DomUnavailableError) console.log(error.message);
 * }
 * ```
 */
export class DomUnavailableError extends Error {
  /**
   * `'DomUnavailableError'`, for logs and `String(error)`.
   *
   * @example
   * ```ts
   * import { DomUnavailableError } from '@weakset-recipes/dom-processed';
   *
   * console.log(new DomUnavailableError().name); // 'DomUnavailableError'
   * ```
   */
  override name = 'DomUnavailableError';

  /**
   * @param call - the function that needed a DOM, named in the message
   * @example
   * ```ts
   * import { DomUnavailableError } from '@weakset-recipes/dom-processed';
   *
   * // 'MutationObserver is not available: processOnce() needs a DOM'
   * console.log(new DomUnavailableError('processOnce').message);
   * ```
   */
  constructor(call: 'observe' | 'processOnce' = 'observe') {
    super(`MutationObserver is not available: ${call}() needs a DOM`);
  }
}
