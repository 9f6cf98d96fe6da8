import { describe, expect, it, vi } from 'vitest';
import { guardRecursion } from './guard-recursion.js';
import { memoize } from './memoize.js';

interface Module {
  name: string;
  size: number;
  imports: Module[];
}

function mod(name: string, size: number, ...imports: Module[]): Module {
  return { name, size, imports };
}

describe('memoize + guardRecursion', () => {
  it('computes derived values over a cyclic graph, each node once', () => {
    const shared = mod('shared', 5);
    const a = mod('a', 1, shared);
    const b = mod('b', 2, a, shared);
    a.imports.push(b);
    const app = mod('app', 10, a, b);

    const compute = vi.fn((module: Module): number =>
      module.imports.reduce((sum, dependency) => sum + bundleSize(dependency), module.size),
    );
    // Memoized outside, guarded inside: a repeat visit is a cache hit, a cycle counts as 0.
    const bundleSize: (module: Module) => number = memoize(guardRecursion(compute, { onCycle: () => 0 }));

    expect(bundleSize(app)).toBe(10 + (1 + 5 + (2 + 0 + 5)) + 7);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
