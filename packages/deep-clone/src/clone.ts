import { buildEngine, createClone } from './create-clone.js';
import { resolveOptions } from './options.js';
import type { CloneOptions } from './types.js';

type CloneFunction = <T>(value: T) => T;

// Built on first use, never at import: a bundle that imports only CloneError or handle drops the
// engine. Engines for option sets without handlers are built once too: `clone(v, { circular:
// 'throw' })` in a loop must not pay for setting one up on every call. Eight combinations at most.
let preserveAll: CloneFunction | undefined;
let engines: Map<string, CloneFunction> | undefined;

/**
 * Deep-copies a value. Cycles and shared references come back with the same shape, every built-in
 * type is copied (Map, Set, Date, RegExp, typed arrays, Error, URL, …), prototypes are kept, and
 * there is no depth limit: the first 400 levels are copied by recursion, deeper ones from a stack
 * of its own, so no input can overflow the call stack.
 *
 * @param value - what to copy; primitives come back as they are
 * @param options - see {@link CloneOptions}; for a hot path, build the function once with {@link createClone}
 * @returns the copy
 * @throws {@link CloneError} under `circular: 'throw'` (a cycle) or `unsupported: 'throw'` (a value
 * that cannot be copied), and for a value that cannot be read at all (a revoked Proxy, a detached
 * buffer); a TypeError when an option has a value it does not take
 *
 * @example
 * ```ts
 * import { clone } from '@weakset-recipes/deep-clone';
 *
 * const style = { color: 'red' };
 * const doc = { title: 'Draft', blocks: [{ style }, { style }], parent: null as unknown };
 * doc.parent = doc;
 *
 * const copy = clone(doc);
 * copy.blocks[0]!.style === copy.blocks[1]!.style; // true: still shared
 * copy.parent === copy; // true: still a cycle
 * copy.blocks[0]!.style === style; // false: a real copy
 * ```
 */
export function clone<T>(value: T, options?: CloneOptions): T {
  if (options === undefined) {
    preserveAll ??= createClone();
    return preserveAll(value);
  }
  const resolved = resolveOptions(options, 'clone');
  if (resolved.handlers.size > 0) return buildEngine(resolved)(value);
  const key = `${resolved.preserve}|${resolved.strict}|${resolved.throwUnsupported}`;
  engines ??= new Map();
  let engine = engines.get(key);
  if (!engine) {
    engine = buildEngine(resolved);
    engines.set(key, engine);
  }
  return engine(value);
}
