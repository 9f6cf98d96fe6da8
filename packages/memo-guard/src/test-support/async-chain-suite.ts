import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CycleError } from '../cycle-error.js';
import { guardRecursion } from '../guard-recursion.js';

export interface Node {
  id: number;
  next: Node[];
}

export const node = (id: number, ...next: Node[]): Node => ({ id, next });

/** Lets other async work run in between: `ticks` turns of the microtask queue. */
async function pause(ticks: number): Promise<void> {
  for (let tick = 0; tick < ticks; tick++) await Promise.resolve();
}

/**
 * An async walk that visits children side by side, as a crawler or a loader does. Each child is
 * walked in an async arrow, so a cycle thrown for one child rejects that child's promise instead
 * of leaving its siblings' promises unhandled.
 */
function parallelWalk(delay: (current: Node) => number = () => 1) {
  const walk = guardRecursion(async (current: Node): Promise<number> => {
    await pause(delay(current));
    const sizes = await Promise.all(current.next.map(async (next) => walk(next)));
    return sizes.reduce((sum, size) => sum + size, 1);
  });
  return walk;
}

const errorOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** Whether a cycle is reachable from `start`, by a depth-first search with an explicit path. */
function reachesCycle(start: Node): boolean {
  const onPath = new Set<Node>();
  const done = new Set<Node>();
  const visit = (current: Node): boolean => {
    if (onPath.has(current)) return true;
    if (done.has(current)) return false;
    onPath.add(current);
    const found = current.next.some(visit);
    onPath.delete(current);
    done.add(current);
    return found;
  };
  return visit(start);
}

const graphs = fc
  .array(fc.array(fc.nat({ max: 6 }), { maxLength: 3 }), { minLength: 1, maxLength: 7 })
  .map((edges) => {
    const nodes = edges.map((_, id) => node(id));
    edges.forEach((targets, from) => {
      for (const target of targets) if (target < nodes.length) nodes[from]!.next.push(nodes[target]!);
    });
    return nodes;
  });

/**
 * The async behaviour of guardRecursion, checked against what the runtime offers: with an async
 * context (Node, Bun, Deno) each async call chain is followed; without one (browsers) a call on an
 * object whose async call is pending is a cycle, wherever it comes from.
 */
export function asyncChainSuite(followsChains: boolean): void {
  describe(followsChains ? 'with an async context' : 'without an async context', () => {
    it(`${followsChains ? 'never reports' : 'reports'} a leaf shared by two parents walked with Promise.all`, async () => {
      const leaf = node(9);
      const root = node(0, node(1, leaf), node(2, leaf));
      const error = await errorOf(parallelWalk()(root));
      if (followsChains) {
        expect(error).toBeUndefined();
        await expect(parallelWalk()(root)).resolves.toBe(5);
      } else {
        expect(error).toBeInstanceOf(CycleError);
        // The second visit comes after an await: the calls between are not known.
        expect((error as CycleError).chain).toEqual([leaf, leaf]);
      }
    });

    it(`${followsChains ? 'runs' : 'refuses'} two walks of one object side by side`, async () => {
      const root = node(0, node(1));
      const walk = parallelWalk();
      const first = walk(root);
      if (followsChains) {
        await expect(Promise.all([first, walk(root)])).resolves.toEqual([2, 2]);
      } else {
        expect(() => walk(root)).toThrow(CycleError);
        await expect(first).resolves.toBe(2);
      }
    });

    it('reports a real cycle between parallel branches', async () => {
      const a = node(1);
      const b = node(2, a);
      a.next.push(b, node(3));
      const error = await errorOf(parallelWalk()(a));
      expect(error).toBeInstanceOf(CycleError);
      expect((error as CycleError).chain).toEqual(followsChains ? [a, b, a] : [a, a]);
    });

    it('stops branches left running by a rejection from going round the cycle again', async () => {
      const a = node(1);
      const fast = node(2, a);
      const slow = node(3, a);
      a.next.push(fast, slow);
      let visits = 0;
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 1));
      const walk = guardRecursion(async (current: Node): Promise<number> => {
        // A cap, so that a guard that lets the walk loop fails this test instead of hanging it.
        if (++visits > 100) return 0;
        if (current === slow) await nextTask();
        // The slow branch goes on after the fast branch's cycle has made `a`'s walk reject.
        const sizes = await Promise.all(current.next.map(async (next) => walk(next)));
        return sizes.length;
      });
      await expect(walk(a)).rejects.toBeInstanceOf(CycleError);
      for (let task = 0; task < 5; task++) await nextTask();
      // a, the fast branch, the slow one; the slow branch's call on `a` is a cycle, not a new lap.
      expect(visits).toBe(3);
    });

    it('follows a function that returns promises without being async, from its first promise on', async () => {
      const leaf = node(9);
      const root = node(0, node(1, leaf), node(2, leaf));
      const walk: (current: Node) => Promise<number> = guardRecursion((current: Node) =>
        Promise.resolve().then(() =>
          Promise.all(current.next.map(async (next) => walk(next))).then((sizes) =>
            sizes.reduce((sum, size) => sum + size, 1),
          ),
        ),
      );
      if (followsChains) {
        await expect(walk(root)).resolves.toBe(5);
        await expect(walk(root)).resolves.toBe(5);
      } else {
        await expect(walk(root)).rejects.toBeInstanceOf(CycleError);
      }
    });

    it('catches a cycle through calls started before the first promise, one lap later at most', async () => {
      const a = node(1);
      const root = node(0, a);
      a.next.push(root);
      const walk: (current: Node) => Promise<number> = guardRecursion((current: Node) =>
        Promise.resolve().then(() => Promise.all(current.next.map(async (next) => walk(next))).then(() => 1)),
      );
      const first = await errorOf(walk(root));
      expect(first).toBeInstanceOf(CycleError);
      // The first call's awaits ran before the async context was set up: its chain is lost there.
      expect((first as CycleError).chain).toEqual(followsChains ? [a, root, a] : [root, root]);
      const second = await errorOf(walk(root));
      expect((second as CycleError).chain).toEqual(followsChains ? [root, a, root] : [root, root]);
    });

    it('keeps a sync recursion inside an async chain exact', async () => {
      const inner = node(2);
      const outer = node(1, inner);
      inner.next.push(outer);
      const top = node(0, outer);
      let chain: Node[] | undefined;
      const walk = guardRecursion(
        (current: Node, depth: number): number | Promise<number> => {
          // One async hop at the top, then a plain recursion in its continuation.
          if (depth === 0) return pause(1).then(() => walk(outer, 1));
          return current.next.reduce((sum, next) => sum + (walk(next, depth + 1) as number), 1);
        },
        {
          onCycle: (_target, found) => {
            chain = found;
            return 0;
          },
        },
      );
      await expect(walk(top, 0)).resolves.toBe(2);
      expect(chain).toEqual([outer, inner, outer]);
    });

    it(`${followsChains ? 'reports a cycle exactly when one is reachable' : 'reports every reachable cycle'}, in parallel async walks of random graphs`, async () => {
      await fc.assert(
        fc.asyncProperty(graphs, fc.func(fc.nat({ max: 3 })), async (nodes, delayOf) => {
          const start = nodes[0]!;
          const error = await errorOf(parallelWalk((current) => delayOf(current.id))(start));
          if (error !== undefined && !(error instanceof CycleError)) throw error;
          if (reachesCycle(start)) expect(error).toBeInstanceOf(CycleError);
          else if (followsChains) expect(error).toBeUndefined();
          if (error instanceof CycleError) {
            const chain = error.chain as Node[];
            expect(chain[0]).toBe(chain.at(-1));
            // With chains followed, the chain is a real path of the graph.
            if (followsChains) {
              for (let index = 1; index < chain.length; index++) {
                expect(chain[index - 1]!.next).toContain(chain[index]);
              }
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  });
}
