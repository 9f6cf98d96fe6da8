import { type CheckResult, checkOutcome } from '../../harness/contenders.js';

export interface Key {
  id: number;
}

export interface Derived {
  id: number;
}

/**
 * Warms the cache with one pass, then checks that a second pass returns the
 * very same results without calling the wrapped function again: the timed
 * loop then measures cache hits and nothing else.
 */
export function cacheHitCheck(pass: () => Derived[], calls: () => number): CheckResult {
  return checkOutcome(
    () => {
      const first = pass();
      const callsAfterWarmup = calls();
      const second = pass();
      return { first, second, extraCalls: calls() - callsAfterWarmup };
    },
    ({ first, second, extraCalls }) => {
      if (extraCalls > 0) return `recomputed ${extraCalls} of ${second.length} cached results`;
      const differing = second.findIndex((result, index) => result !== first[index]);
      if (differing !== -1) return `returned a different result for key #${differing} on a cache hit`;
      return undefined;
    },
  );
}

export interface GraphNode {
  value: number;
  children: GraphNode[];
}

/** A DAG: 6 branches share a pool of 12 leaves, so a visited-set guard would cry "circular" falsely. */
export function sharedLeafGraph(): { root: GraphNode; visits: number; total: number } {
  const leaves: GraphNode[] = Array.from({ length: 12 }, (_, index) => ({ value: index + 1, children: [] }));
  const branches: GraphNode[] = Array.from({ length: 6 }, (_, branch) => ({
    value: 100 + branch,
    children: Array.from({ length: 6 }, (_, slot) => leaves[(branch * 2 + slot) % leaves.length]!),
  }));
  const root: GraphNode = { value: 1000, children: branches };
  const visits = 1 + branches.length + branches.length * 6;
  const total =
    root.value +
    branches.reduce(
      (sum, branch) => sum + branch.value + branch.children.reduce((inner, leaf) => inner + leaf.value, 0),
      0,
    );
  return { root, visits, total };
}

export function cyclicGraph(): GraphNode {
  const child: GraphNode = { value: 2, children: [] };
  const root: GraphNode = { value: 1, children: [child] };
  child.children.push(root);
  return root;
}

/** Checks a guarded walk sums the DAG right (no false cycle) and refuses a real cycle. */
export function guardCheck(
  walk: (node: GraphNode) => number,
  expectedTotal: number,
  root: GraphNode,
): CheckResult {
  return checkOutcome(
    () => {
      const total = walk(root);
      let cycleRefused = false;
      try {
        walk(cyclicGraph());
      } catch {
        cycleRefused = true;
      }
      return { total, cycleRefused };
    },
    ({ total, cycleRefused }) => {
      if (total !== expectedTotal) return `summed ${total}, expected ${expectedTotal}`;
      if (!cycleRefused) return 'did not stop at a real cycle';
      return undefined;
    },
  );
}
