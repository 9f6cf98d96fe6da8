import { check } from './validate.js';

/**
 * Thrown by a {@link guardRecursion} function that comes back to an object it is still working on.
 * `chain` runs from the first visit of that object, through the objects in progress since, back to
 * the object itself: `[a, b, a]` for `a → b → a`.
 *
 * @example
 * ```ts
 * import { CycleError, guardRecursion } from '@weakset-recipes/memo-guard';
 *
 * interface Task { name: string; after: Task[] }
 * const a: Task = { name: 'a', after: [] };
 * const b: Task = { name: 'b', after: [a] };
 * a.after.push(b);
 *
 * const depth = guardRecursion((task: Task): number => 1 + Math.max(0, ...task.after.map(depth)));
 * try {
 *   depth(a);
 * } catch (error) {
 *   if (error instanceof CycleError) error.chain; // [a, b, a]
 * }
 * ```
 */
export class CycleError extends Error {
  /**
   * The cycle: the repeated object, every object in progress after it, and the repeated object again.
   *
   * @example
   * ```ts
   * import { CycleError } from '@weakset-recipes/memo-guard';
   *
   * const node = { id: 1 };
   * new CycleError([node, node]).chain.length; // 2: a node that reaches itself
   * ```
   */
  declare readonly chain: object[];

  /** Always `'CycleError'`. */
  override name = 'CycleError';

  /**
   * @param chain - the cycle, first object repeated at the end
   */
  constructor(chain: object[]) {
    check(Array.isArray(chain), 'new CycleError(chain)', 'chain', 'an array', chain);
    super(`Cycle of ${chain.length - 1}: back to an object in progress`);
    this.chain = chain;
  }
}
