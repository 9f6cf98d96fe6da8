import { CycleError } from './cycle-error.js';
import { isThenable } from './is-thenable.js';

/**
 * Options of {@link guardRecursion}.
 *
 * @example
 * ```ts
 * import { guardRecursion, type GuardRecursionOptions } from '@weakset-recipes/memo-guard';
 *
 * interface Item { children: Item[] }
 * const options: GuardRecursionOptions<Item, number> = { onCycle: () => 0 };
 * const count = guardRecursion((item: Item): number => 1 + item.children.map(count).reduce((a, b) => a + b, 0), options);
 * ```
 */
export interface GuardRecursionOptions<T extends object, R> {
  /**
   * Called instead of the function when it comes back to an object still in progress; its return
   * value becomes the result of that call. Without it, the call throws a {@link CycleError}.
   *
   * @param target - the object reached again
   * @param chain - the cycle, from the first visit of `target` back to `target`
   *
   * @example
   * ```ts
   * import { guardRecursion } from '@weakset-recipes/memo-guard';
   *
   * interface Page { title: string; links: Page[] }
   * const outline = guardRecursion(
   *   (page: Page): string => `${page.title}(${page.links.map(outline).join(',')})`,
   *   { onCycle: (page) => `↩${page.title}` },
   * );
   * ```
   */
  onCycle?: (target: T, chain: T[]) => R;
}

/**
 * Guards a recursive function against cycles. While `fn` runs on an object, that object is in
 * progress; a nested call on the same object is a cycle, answered by `onCycle(target, chain)` or a
 * {@link CycleError}. An object reached twice through different parents (a shared reference) is
 * not a cycle and is never reported. An object leaves "in progress" when `fn` returns or throws,
 * or, for a promise result, when the promise settles.
 *
 * Each guarded function has its own in-progress set. It holds only objects whose calls are running
 * (alive anyway) and drops each when its call ends, so it keeps nothing alive past its call.
 *
 * @param fn - the recursive function; its first argument is the object to guard on
 * @param options - {@link GuardRecursionOptions}
 * @returns the guarded function
 *
 * @example
 * ```ts
 * import { guardRecursion } from '@weakset-recipes/memo-guard';
 *
 * interface Folder { name: string; children: Folder[] }
 * const size = guardRecursion(
 *   (folder: Folder): number => 1 + folder.children.reduce((sum, child) => sum + size(child), 0),
 *   { onCycle: () => 0 },
 * );
 * const shared: Folder = { name: 'shared', children: [] };
 * size({ name: 'root', children: [shared, shared] }); // 3: shared counted twice, no false alarm
 * ```
 */
export function guardRecursion<T extends object, A extends unknown[], R>(
  fn: (target: T, ...args: A) => R,
  { onCycle }: GuardRecursionOptions<T, R> = {},
): (target: T, ...args: A) => R {
  // A Set rather than a WeakSet: its order is the order the calls started, which is what a chain
  // is read from. It holds only objects whose calls are running (alive anyway, on the stack or in
  // a pending promise's handlers), and each leaves it when its call ends.
  const inProgress = new Set<T>();

  return function guarded(this: unknown, target: T): R {
    if (inProgress.has(target)) {
      // Every call in progress, in start order, and `target` again; the calls before its first are
      // not part of the cycle.
      const chain = [...inProgress, target];
      chain.splice(0, chain.indexOf(target));
      if (onCycle) return onCycle(target, chain);
      throw new CycleError(chain);
    }
    inProgress.add(target);
    let result: R | undefined;
    try {
      // `apply` with `arguments` passes extra arguments through without allocating.
      // biome-ignore lint/complexity/noArguments: see above; measured in the memo-guard benchmark
      result = fn.apply(this, arguments as unknown as [T, ...A]);
      return result;
    } finally {
      // A throw leaves `result` unset, so the object is released at once, as on a return. A promise
      // releases it when it settles; the handlers only release, callers still see the outcome.
      const release = () => inProgress.delete(target);
      if (isThenable(result)) result.then(release, release);
      else release();
    }
  } as unknown as (target: T, ...args: A) => R;
}
