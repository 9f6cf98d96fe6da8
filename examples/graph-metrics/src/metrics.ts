import { guardRecursion } from '@weakset-recipes/memo-guard';
import type { Module } from './graph.js';

/** A memoizer: `memoize` from memo-guard, or a hand-written one to compare it with. */
export type Memoizer = <R>(fn: (module: Module) => R) => (module: Module) => R;

export interface Metrics {
  /** The longest import chain from the module, counting the module itself. */
  depth: (module: Module) => number;
  /** Every module the module pulls in, itself included, each once. */
  bundle: (module: Module) => ReadonlySet<Module>;
  /** Changes when the module, or anything it imports, changes. */
  hash: (module: Module) => string;
  /** How many times each metric's body ran; a cache hit does not count. */
  bodyRuns: { depth: number; bundle: number; hash: number };
}

/**
 * The derived values, each a recursive function made safe for cycles and fast on shared modules
 * by the same two wrappers: memoized outside (a module reached again is a cache hit), guarded
 * inside (an import back to a module still being computed is cut, as an ES module loader cuts it,
 * and counts as nothing).
 *
 * Because the walk from the entry decides which import closes each cycle, every value is the value
 * for the graph with those imports cut: ask the entry first.
 */
export function createMetrics(memo: Memoizer): Metrics {
  const bodyRuns = { depth: 0, bundle: 0, hash: 0 };

  const depth: (module: Module) => number = memo(
    guardRecursion(
      (module: Module) => {
        bodyRuns.depth++;
        // Arrow wrappers, not `.map(depth)`: map's index and array would become memo keys too.
        return 1 + Math.max(0, ...module.imports.map((imported) => depth(imported)));
      },
      { onCycle: () => 0 },
    ),
  );

  const bundle: (module: Module) => ReadonlySet<Module> = memo(
    guardRecursion(
      (module: Module) => {
        bodyRuns.bundle++;
        const modules = new Set<Module>([module]);
        for (const imported of module.imports) for (const reached of bundle(imported)) modules.add(reached);
        return modules;
      },
      { onCycle: () => new Set<Module>() },
    ),
  );

  const hash: (module: Module) => string = memo(
    guardRecursion(
      (module: Module) => {
        bodyRuns.hash++;
        const parts = [module.name, String(module.size), ...module.imports.map((imported) => hash(imported))];
        return fnv1a(parts.join('|'));
      },
      // The cut import still counts by name, so renaming it changes the hash.
      { onCycle: (target) => `cycle:${target.name}` },
    ),
  );

  return { depth, bundle, hash, bodyRuns };
}

/** 32-bit FNV-1a, as 8 hex digits: small, stable and good enough to tell versions apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
