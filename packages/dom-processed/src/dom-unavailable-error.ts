/**
 * Thrown by {@link observe} where there is no DOM to observe (server-side rendering, plain Node).
 * Importing the package there is fine; only observing throws.
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
   * Names what is missing and who needed it.
   *
   * @example
   * ```ts
   * import { DomUnavailableError } from '@weakset-recipes/dom-processed';
   *
   * // 'MutationObserver is not available: observe() needs a DOM'
   * console.log(new DomUnavailableError().message);
   * ```
   */
  override message = 'MutationObserver is not available: observe() needs a DOM';
}
