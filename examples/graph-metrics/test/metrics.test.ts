import { memoize } from '@weakset-recipes/memo-guard';
import { describe, expect, it } from 'vitest';
import { findCycles, visitedTwice } from '../src/cycles.js';
import type { Module } from '../src/graph.js';
import { createMetrics } from '../src/metrics.js';

function module(name: string, size: number, ...imports: Module[]): Module {
  return { name, size, imports };
}

describe('createMetrics with memoize', () => {
  it('counts a shared module once in a bundle and computes it once', () => {
    const shared = module('shared.ts', 100);
    const left = module('left.ts', 10, shared);
    const right = module('right.ts', 20, shared);
    const entry = module('entry.ts', 1, left, right);
    const metrics = createMetrics(memoize);
    expect([...metrics.bundle(entry)].map((reached) => reached.name).sort()).toEqual([
      'entry.ts',
      'left.ts',
      'right.ts',
      'shared.ts',
    ]);
    expect(metrics.bodyRuns.bundle).toBe(4);
  });

  it('cuts the import that closes a cycle instead of looping', () => {
    const a = module('a.ts', 1);
    const b = module('b.ts', 1, a);
    a.imports.push(b);
    const metrics = createMetrics(memoize);
    expect(metrics.depth(a)).toBe(2);
    expect(metrics.depth(b)).toBe(1);
    expect(metrics.bundle(a).size).toBe(2);
  });

  it('changes the hash when a module behind a cut import is renamed', () => {
    const build = (name: string) => {
      const a = module('a.ts', 1);
      const b = module(name, 1, a);
      a.imports.push(b);
      return a;
    };
    expect(createMetrics(memoize).hash(build('b.ts'))).not.toBe(createMetrics(memoize).hash(build('c.ts')));
  });
});

describe('findCycles', () => {
  it('reports each cycle once, and no cycle for a module shared by two parents', () => {
    const leaf = module('leaf.ts', 1);
    const a = module('a.ts', 1, leaf);
    const b = module('b.ts', 1, leaf, a);
    a.imports.push(b);
    const entry = module('entry.ts', 1, a, b, leaf);
    expect(findCycles(entry).map((cycle) => cycle.map((reached) => reached.name))).toEqual([
      ['a.ts', 'b.ts', 'a.ts'],
    ]);
    expect(
      visitedTwice(entry)
        .map((reached) => reached.name)
        .sort(),
    ).toEqual(['a.ts', 'b.ts', 'leaf.ts']);
  });
});
