/**
 * Placeholder until the recipe lands.
 *
 * @example
 * ```ts
 * placeholder();
 * ```
 */
export function placeholder(): void {}
