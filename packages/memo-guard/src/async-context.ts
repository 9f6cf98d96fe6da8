/** The part of `AsyncLocalStorage` the recursion guard uses. */
export interface AsyncContext<T> {
  getStore(): T | undefined;
  run<A extends unknown[], R>(store: T, callback: (...args: A) => R, ...args: A): R;
  /** Stops tracking until the next `run`: then no promise pays for it (see guardRecursion). */
  disable(): void;
}

interface AsyncHooksModule {
  AsyncLocalStorage: new <T>() => AsyncContext<T>;
}

interface RuntimeGlobals {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

/**
 * A new async context (an `AsyncLocalStorage`) where the runtime has one, else `undefined`.
 *
 * Node (≥ 20.16), Bun and Deno hand out built-in modules through `process.getBuiltinModule`, so
 * nothing here imports `node:async_hooks`: the bundle stays platform-neutral and a browser build
 * resolves no Node module. Browsers have no async context yet (the TC39 AsyncContext proposal).
 */
export function createAsyncContext<T>(): AsyncContext<T> | undefined {
  const hooks = (globalThis as RuntimeGlobals).process?.getBuiltinModule?.('node:async_hooks') as
    | AsyncHooksModule
    | undefined;
  return hooks?.AsyncLocalStorage && new hooks.AsyncLocalStorage<T>();
}
