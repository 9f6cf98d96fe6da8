import { createClone } from './create-clone.js';
import type { CloneOptions } from './types.js';

type CloneFunction = <T>(value: T) => T;

// Engines for option sets without handlers, built once: `clone(v, { circular: 'throw' })` in a
// loop must not pay for setting an engine up on every call. Eight combinations at most.
const engines = new Map<string, CloneFunction>();

function engineFor(options: CloneOptions): CloneFunction {
  if (options.handlers) return createClone(options);
  const key = `${options.circular}|${options.strict}|${options.unsupported}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createClone(options);
    engines.set(key, engine);
  }
  return engine;
}

const preserveAll = createClone();

/**
 * Deep-copies a value. Cycles and shared references come back with the same shape, every built-in
 * type is copied (Map, Set, Date, RegExp, typed arrays, Error, URL, …), prototypes are kept, and
 * there is no depth limit: the first 400 levels are copied by recursion, deeper ones on an explicit
 * stack, so no depth overflows the call stack.
 *
 * @param value - what to copy; primitives come back as they are
 * @param options - see {@link CloneOptions}; for a hot path, build the function once with {@link createClone}
 * @returns the copy
 * @throws {@link CloneError} under `circular: 'throw'` (a cycle) or `unsupported: 'throw'` (a value that cannot be copied)
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
  return options === undefined ? preserveAll(value) : engineFor(options)(value);
}
