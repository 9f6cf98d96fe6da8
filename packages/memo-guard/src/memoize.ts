import { isThenable } from './is-thenable.js';

/**
 * One node of the cache trie: the call whose arguments end here (if cached), and the nodes for one
 * more argument. Object (and function) arguments are held by a WeakMap, primitives by a Map, which
 * compares with SameValueZero. Every node below an object argument hangs off that object's WeakMap
 * entry, so a cached result that refers to its own arguments does not keep them alive.
 */
interface Node {
  cached?: boolean;
  value?: unknown;
  objects?: WeakMap<object, Node>;
  primitives?: Map<unknown, Node>;
}

/**
 * A memoized function, with `delete` to drop one cached call.
 *
 * @example
 * ```ts
 * import { memoize, type Memoized } from '@weakset-recipes/memo-guard';
 *
 * const area: Memoized<[{ w: number; h: number }], number> = memoize((box) => box.w * box.h);
 * const box = { w: 2, h: 3 };
 * area(box); // 6, computed
 * area.delete(box); // true: the next call computes again
 * ```
 */
export type Memoized<A extends unknown[], R> = ((...args: A) => R) & {
  /**
   * Drops the cached result for exactly these arguments.
   *
   * @returns whether there was one
   *
   * @example
   * ```ts
   * import { memoize } from '@weakset-recipes/memo-guard';
   *
   * const label = memoize((user: { name: string }, locale: string) => `${user.name} (${locale})`);
   * const user = { name: 'Ada' };
   * label(user, 'en');
   * label.delete(user, 'en'); // true
   * label.delete(user, 'fr'); // false: never cached
   * ```
   */
  delete(...args: A): boolean;
};

/** The node for `args`, or, without `create`, `undefined` where nothing was ever cached. */
function find(root: Node, args: ArrayLike<unknown>, create?: boolean): Node | undefined {
  let node: Node | undefined = root;
  for (let index = 0; node && index < args.length; index++) {
    const key = args[index];
    // A WeakMap answers `undefined` for a primitive, so a lookup needs no type test.
    let next: Node | undefined = node.objects?.get(key as object) ?? node.primitives?.get(key);
    if (!next && create) {
      next = {};
      // `Object(key) === key` exactly for objects and functions: the keys a WeakMap can hold.
      const store =
        Object(key) === key
          ? // biome-ignore lint/suspicious/noAssignInExpressions: each map is created on first use
            (node.objects ??= new WeakMap())
          : // biome-ignore lint/suspicious/noAssignInExpressions: each map is created on first use
            (node.primitives ??= new Map());
      store.set(key as object, next);
    }
    node = next;
  }
  return node;
}

/**
 * Caches `fn` by its arguments, any number of them. Object arguments are held weakly (a WeakMap per
 * argument position, nested like a trie), primitives by value with SameValueZero (`NaN` equals
 * `NaN`, `undefined` is a key like any other), so a cache entry lives exactly as long as every
 * object in its arguments: a result that refers to its own arguments does not keep them alive.
 *
 * A call that throws is not cached. A returned promise is cached and shared while it is in flight;
 * if it rejects, it is dropped so the next call tries again.
 *
 * @param fn - the function to cache
 * @returns the memoized function, with `delete(...args)` to drop one entry
 *
 * @example
 * ```ts
 * import { memoize } from '@weakset-recipes/memo-guard';
 *
 * const total = memoize((order: { lines: { price: number; qty: number }[] }, taxRate: number) =>
 *   order.lines.reduce((sum, line) => sum + line.price * line.qty, 0) * (1 + taxRate),
 * );
 * const order = { lines: [{ price: 10, qty: 2 }] };
 * total(order, 0.2); // computed
 * total(order, 0.2); // cached: same order object, same rate
 * ```
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): Memoized<A, R> {
  const root: Node = {};

  function compute(this: unknown, ...args: A): R {
    const result = fn.apply(this, args);
    const node = find(root, args, true)!;
    node.cached = true;
    node.value = result;
    if (isThenable(result)) {
      // Shared while in flight; dropped on rejection (unless a later call replaced it meanwhile),
      // so a failure is not remembered. Every caller awaiting the promise still gets the error.
      Promise.resolve(result).catch(() => {
        if (node.value === result) forget(node);
      });
    }
    return result;
  }

  // The hit path reads `arguments` in place and hands it to `apply` on a miss: both patterns V8
  // optimizes without allocating, where a rest parameter would allocate on every call.
  const memoized = function memoized(this: unknown): R {
    // Walks the trie inline: `find` would cost a call and an `arguments` escape on every hit.
    // biome-ignore lint/complexity/noArguments: read in place, no array on the hit path
    const args = arguments;
    let node: Node | undefined = root;
    for (let index = 0; node && index < args.length; index++) {
      const key = args[index];
      node = node.objects?.get(key) ?? node.primitives?.get(key);
    }
    if (node?.cached) return node.value as R;
    return compute.apply(this, args as unknown as A);
  } as Memoized<A, R>;

  memoized.delete = (...args: A): boolean => {
    const node = find(root, args);
    return !!node?.cached && forget(node);
  };

  return memoized;
}

function forget(node: Node): true {
  node.cached = false;
  node.value = undefined;
  return true;
}
