import { guardRecursion, once } from '@weakset-recipes/memo-guard';
import type { Module } from './graph.js';

/**
 * Walks the graph depth-first from `entry`, the way a module loader does, and returns each import
 * that leads back to a module still being walked, as the chain of modules it closes (`[a, b, a]`).
 * `once` walks every module a single time however many modules import it; `guardRecursion`
 * (outside it, so it sees the re-entry first) tells an import back into the walk (a cycle) from a
 * second import of a module already finished (shared, not a cycle).
 */
export function findCycles(entry: Module): Module[][] {
  const cycles: Module[][] = [];
  const walk: (module: Module) => void = guardRecursion(
    once((module: Module) => {
      for (const imported of module.imports) walk(imported);
    }),
    { onCycle: (_module, chain) => void cycles.push(chain) },
  );
  walk(entry);
  return cycles;
}

/** What a "visited set" check reports as circular: every module reached a second time. */
export function visitedTwice(entry: Module): Module[] {
  const visited = new Set<Module>();
  const reported = new Set<Module>();
  const pending = [entry];
  for (let module = pending.pop(); module; module = pending.pop()) {
    if (visited.has(module)) {
      reported.add(module);
      continue;
    }
    visited.add(module);
    pending.push(...module.imports);
  }
  return [...reported];
}
