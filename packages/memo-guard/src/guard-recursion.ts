import { type AsyncContext, createAsyncContext } from './async-context.js';
import { CycleError } from './cycle-error.js';
import { createHeldObjects } from './held-objects.js';
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
  onCycle?: ((target: T, chain: T[]) => R) | undefined;
}

/** A call followed along its async chain: its object and the call it was made from. */
interface Call {
  readonly target: object;
  readonly caller: Call | undefined;
  done: boolean;
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
 * Nothing is held strongly past its call: the objects of calls on the JS stack are in a Set that
 * empties as the stack unwinds, those of calls waiting on a promise are held weakly, so a promise
 * that never settles keeps its object only as long as something keeps that promise. A call stays
 * in progress until every call started after it is done: branches a rejected `Promise.all` left
 * running still see it, and a cycle through it is reported rather than walked again.
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

  // The objects of the calls on the JS stack, outermost first: a plain recursion needs nothing
  // more. Strong, but each leaves when its call returns, throws or hands back its promise.
  const running = new Set<object>();
  // Objects still in progress after that: calls waiting on a promise and what they keep.
  const held = createHeldObjects();
  // Set up for an async function at once, for any other on its first promise: a sync function
  // never pays for it. Calls started before it lose their chain at their awaits; a cycle through
  // such a call is caught one lap later, when every call on it has been followed.
  let context: AsyncContext<Call> | undefined = isAsyncFunction(fn) ? createAsyncContext() : undefined;
  // With a context, the innermost followed call on the JS stack; between awaits the context knows.
  let current: Call | undefined;
  // Followed calls not yet done. At 0 the context is turned off until the next call: while on, it
  // tracks every promise of the process (measured ad hoc: an await loop 2.5x slower on Node 20 and
  // 22, 1.3x on Node 24, Bun and Deno), and once off, it costs nothing.
  let followed = 0;

  /** Marks a followed call done. */
  function done(call: Call | undefined): void {
    if (!call) return;
    call.done = true;
    if (!--followed) context!.disable();
  }

  /** The cycle `target` closes, if it is one; an object in progress on another chain is not. */
  function cycleOf(target: T, caller: Call | undefined): T[] | undefined {
    if (context) {
      const path: T[] = [];
      for (let call = caller; call; call = call.caller) {
        path.push(call.target as T);
        if (call.target === target) return [...path.reverse(), target];
      }
    }
    const stack = [...running] as T[];
    const at = stack.indexOf(target);
    if (at >= 0) return [...stack.slice(at), target];
    // Held by a call whose chain is not known here: one that started on another async chain (not
    // a cycle, where chains are followed), or, without an async context, one this call may come
    // from across an await: the conservative answer is a cycle.
    return context ? undefined : [target, ...stack, target];
  }

  /** Ends a call that returned or threw: done, unless calls it started are still held. */
  function finish(call: Call | undefined, target: object, mark: number): void {
    done(call);
    if (held.count() > mark) held.end(held.hold(target, mark));
  }

  return function guarded(this: unknown, target: T): unknown {
    check(isObject(target), 'guardRecursion(fn)(target)', 'target', 'an object', target);
    let caller = context && (current ?? context.getStore());
    // Work a call scheduled to run after it was done (a timer, a late `then`) starts a new chain.
    if (caller?.done) caller = undefined;
    if (running.has(target) || held.has(target)) {
      const chain = cycleOf(target, caller);
      if (chain) {
        if (onCycle) return onCycle(target, chain);
        throw new CycleError(chain);
      }
    }
    const call: Call | undefined = context && { target, caller, done: false };
    if (call) followed++;
    const outer = current;
    const mark = held.count();
    running.add(target);
    current = call;
    let result: unknown;
    try {
      result = call
        ? // `Reflect.apply` passes `this` and every argument through without a closure per call.
          // biome-ignore lint/complexity/noArguments: forwarded as is, no array built
          context!.run(call, Reflect.apply, fn, this, arguments)
        : // biome-ignore lint/complexity/noArguments: forwarded as is, no array built
          fn.apply(this, arguments as unknown as [T, ...A]);
    } catch (error) {
      finish(call, target, mark);
      throw error;
    } finally {
      current = outer;
      running.delete(target);
    }
    // A promise (`whenSettled` rules out fakes): the call goes on until it settles, its object
    // held meanwhile. Tested first, so a plain value makes no closures.
    if (result instanceof Promise) {
      const slot = held.hold(target, mark);
      const settle = (): void => {
        done(call);
        held.end(slot);
      };
      const settled = whenSettled(
        result,
        (value) => {
          settle();
          return value;
        },
        (error) => {
          settle();
          throw error;
        },
      );
      if (settled) {
        context ??= createAsyncContext();
        return settled;
      }
      settle();
      return result;
    }
    finish(call, target, mark);
    return result;
  } as unknown as (target: T, ...args: A) => R;
}
