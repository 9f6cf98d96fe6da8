import { type AsyncContext, createAsyncContext } from './async-context.js';
import { CycleError } from './cycle-error.js';
import { whenSettled } from './native-promise.js';
import { check, checkOptions, isObject } from './validate.js';

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

/** One call of a guarded function, linked to the call it was made from. */
interface Call {
  readonly target: object;
  readonly caller: Call | undefined;
  /** Whether the async context was set up when the call started, so its awaits keep the chain. */
  readonly followed: boolean;
  running: boolean;
}

const isAsyncFunction = (fn: object): boolean =>
  (fn as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'AsyncFunction';

/**
 * Guards a recursive function against cycles. While `fn` runs on an object, that object is in
 * progress; a nested call on the same object is a cycle, answered by `onCycle(target, chain)` or a
 * {@link CycleError}. An object reached twice through different parents (a shared reference) is
 * not a cycle and is never reported. A call ends when `fn` returns or throws, or, when `fn` returns
 * a native promise, when that promise settles: the guarded function then returns a promise that
 * settles the same way once the call has ended (any other thenable is a plain value).
 *
 * Async functions are followed along each async call chain where the runtime has an async context
 * (`AsyncLocalStorage` in Node ≥ 20.16, Bun and Deno), so calls running side by side
 * (`Promise.all`) never see each other as cycles. Browsers have none: there, a call on an object
 * whose earlier async call is still pending is a cycle, wherever it comes from.
 *
 * Nothing is held strongly past its call: objects in progress are counted in a WeakMap, and a
 * promise that never settles keeps its object only as long as something keeps that promise.
 *
 * @param fn - the recursive function; its first argument is the object to guard on
 * @param options - {@link GuardRecursionOptions}
 * @returns the guarded function; it throws a TypeError when its first argument is not an object
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
  options?: GuardRecursionOptions<T, R>,
): (target: T, ...args: A) => R {
  check(typeof fn === 'function', 'guardRecursion(fn)', 'fn', 'a function', fn);
  checkOptions('guardRecursion(fn, options)', options, 'onCycle');
  const onCycle = options?.onCycle;
  check(
    onCycle === undefined || typeof onCycle === 'function',
    'guardRecursion(fn, options)',
    'options.onCycle',
    'a function',
    onCycle,
  );

  // How many calls are in progress per object. Weak, so a call whose promise never settles does
  // not keep its object alive: the count goes with the object.
  const inProgress = new WeakMap<object, number>();
  // The innermost call on the JS stack; between awaits it is the async context that knows.
  let current: Call | undefined;
  // Set up for an async function at once, for any other on its first promise: a sync function
  // never pays for it (and on Node 20 and 22, AsyncLocalStorage turns on promise hooks).
  let context: AsyncContext<Call> | undefined = isAsyncFunction(fn) ? createAsyncContext() : undefined;
  // Pending calls started before the context was set up: their awaits lost the chain.
  let unfollowed = 0;

  const end = (call: Call): void => {
    call.running = false;
    if (!call.followed) unfollowed--;
    const count = inProgress.get(call.target)! - 1;
    if (count) inProgress.set(call.target, count);
    else inProgress.delete(call.target);
  };

  return function guarded(this: unknown, target: T): unknown {
    check(isObject(target), 'guardRecursion(fn)(target)', 'target', 'an object', target);
    const caller = current ?? context?.getStore();
    const count = inProgress.get(target);
    if (count) {
      // A call on this object is in progress somewhere: a cycle if it is one of our callers.
      const path: T[] = [];
      let call = caller;
      for (; call && !(call.running && call.target === target); call = call.caller)
        path.push(call.target as T);
      // Not among the callers: a shared reference reached from another async chain, unless the
      // chain was lost at an await (no async context), where it may be a cycle and counts as one.
      if (call || !context || unfollowed) {
        const chain = [target, ...path.reverse(), target];
        if (onCycle) return onCycle(target, chain);
        throw new CycleError(chain);
      }
    }
    const call: Call = { target, caller, followed: !!context, running: true };
    inProgress.set(target, (count ?? 0) + 1);
    if (!call.followed) unfollowed++;
    const outer = current;
    current = call;
    let result: unknown;
    try {
      result = context
        ? // `Reflect.apply` passes `this` and every argument through without a closure per call.
          // biome-ignore lint/complexity/noArguments: forwarded as is, no array built
          context.run(call, Reflect.apply, fn, this, arguments)
        : // biome-ignore lint/complexity/noArguments: forwarded as is, no array built
          fn.apply(this, arguments as unknown as [T, ...A]);
    } catch (error) {
      end(call);
      throw error;
    } finally {
      current = outer;
    }
    const settled = whenSettled(
      result,
      (value) => {
        end(call);
        return value;
      },
      (error) => {
        end(call);
        throw error;
      },
    );
    if (!settled) end(call);
    else context ??= createAsyncContext();
    return settled ?? result;
  } as unknown as (target: T, ...args: A) => R;
}
