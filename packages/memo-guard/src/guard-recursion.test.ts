import { isCollected } from '@weakset-recipes-internal/testing';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createAsyncContext } from './async-context.js';
import { CycleError } from './cycle-error.js';
import { guardRecursion } from './guard-recursion.js';

interface Node {
  id: number;
  next: Node[];
}

function node(id: number, ...next: Node[]): Node {
  return { id, next };
}

/** Whether this runtime gives the guard an async context to follow call chains with. */
const hasAsyncContext = createAsyncContext() !== undefined;

describe('guardRecursion', () => {
  it('throws a CycleError whose chain runs from the first object back to itself', () => {
    const a = node(1);
    const b = node(2, a);
    a.next.push(b);
    const walk = guardRecursion((current: Node): number => current.next.reduce((sum, n) => sum + walk(n), 1));
    try {
      walk(a);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CycleError);
      expect((error as CycleError).chain).toEqual([a, b, a]);
      expect((error as CycleError).chain[0]).toBe(a);
      expect((error as CycleError).chain[2]).toBe(a);
    }
  });

  it('starts the chain at the repeated object, not at the root', () => {
    const root = node(0);
    const a = node(1);
    const b = node(2, a);
    a.next.push(b);
    root.next.push(a);
    const walk = guardRecursion((current: Node): void => {
      for (const next of current.next) walk(next);
    });
    expect(() => walk(root)).toThrow(CycleError);
    try {
      walk(root);
    } catch (error) {
      expect((error as CycleError).chain).toEqual([a, b, a]);
    }
  });

  it('answers a cycle with onCycle when given', () => {
    const a = node(1);
    a.next.push(a);
    const onCycle = vi.fn((_target: Node, chain: Node[]) => chain.length * 100);
    const walk = guardRecursion(
      (current: Node): number => current.next.reduce((sum, n) => sum + walk(n), 1),
      {
        onCycle,
      },
    );
    expect(walk(a)).toBe(201);
    expect(onCycle).toHaveBeenCalledWith(a, [a, a]);
  });

  it('never reports a shared reference that is not a cycle', () => {
    const leaf = node(9);
    const root = node(0, node(1, leaf), node(2, leaf), leaf);
    const visits = vi.fn();
    const walk = guardRecursion((current: Node): void => {
      visits(current.id);
      for (const next of current.next) walk(next);
    });
    expect(() => walk(root)).not.toThrow();
    expect(visits.mock.calls.filter(([id]) => id === 9)).toHaveLength(3);
  });

  it('releases the guard when fn throws', () => {
    const a = node(1);
    let fail = true;
    const walk = guardRecursion((_current: Node) => {
      if (fail) throw new Error('boom');
      return 'ok';
    });
    expect(() => walk(a)).toThrow('boom');
    fail = false;
    expect(walk(a)).toBe('ok');
  });

  it('passes extra arguments and this through', () => {
    const walk = guardRecursion(function (this: { prefix: string }, current: Node, depth: number): string {
      return `${this.prefix}${current.id}@${depth}`;
    });
    expect(walk.call({ prefix: '#' }, node(5), 3)).toBe('#5@3');
  });

  it('keeps an async call in progress until its promise settles: a call from its chain is a cycle', async () => {
    const a = node(1);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let nested: unknown;
    const load = guardRecursion(async (current: Node): Promise<string> => {
      await gate;
      if (!nested) {
        // The guard answers before fn runs, so the cycle is thrown, not returned as a rejection.
        try {
          load(current);
        } catch (error) {
          nested = error;
        }
      }
      return 'loaded';
    });
    const first = load(a);
    release();
    await expect(first).resolves.toBe('loaded');
    expect(nested).toBeInstanceOf(CycleError);
    expect((nested as CycleError).chain).toEqual([a, a]);
    await expect(load(a)).resolves.toBe('loaded');
  });

  it('releases async calls that settle out of order', async () => {
    const [a, b] = [node(1), node(2)];
    const gates = new Map<Node, () => void>();
    const calls: number[] = [];
    const load = guardRecursion(
      (current: Node) =>
        new Promise<number>((resolve) => {
          calls.push(current.id);
          gates.set(current, () => resolve(current.id));
        }),
    );
    const first = load(a);
    const second = load(b);
    gates.get(b)?.();
    gates.get(a)?.();
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
    const again = [load(b), load(a)];
    gates.get(a)?.();
    gates.get(b)?.();
    await expect(Promise.all(again)).resolves.toEqual([2, 1]);
    expect(calls).toEqual([1, 2, 2, 1]);
  });

  it('releases an async call that rejects, and passes the rejection on', async () => {
    const a = node(1);
    let fail = true;
    const load = guardRecursion(async (_current: Node) => {
      if (fail) throw new Error('nope');
      return 'fine';
    });
    await expect(load(a)).rejects.toThrow('nope');
    fail = false;
    await expect(load(a)).resolves.toBe('fine');
  });

  it('returns a promise that settles like the one fn returned, once the call has ended', async () => {
    const original = Promise.resolve('value');
    const load = guardRecursion((_current: Node) => original);
    const returned = load(node(1));
    expect(returned).not.toBe(original);
    await expect(returned).resolves.toBe('value');
  });

  it('detects a cycle across awaits in async recursion', async () => {
    const a = node(1);
    const b = node(2, a);
    a.next.push(b);
    const walk = guardRecursion(async (current: Node): Promise<number> => {
      await Promise.resolve();
      let total = 1;
      for (const next of current.next) total += await walk(next);
      return total;
    });
    const error = await walk(a).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CycleError);
    // With an async context the chain is the async call chain; without, the awaits lost it.
    expect((error as CycleError).chain).toEqual(hasAsyncContext ? [a, b, a] : [a, a]);
  });

  it('treats a thenable that is not a native promise as a plain value: the call ends when fn returns', async () => {
    const then = vi.fn(() => {
      throw new Error('then runs');
    });
    const walk = guardRecursion((_current: Node) => ({ then }));
    const a = node(1);
    expect(walk(a)).toEqual({ then });
    expect(walk(a)).toEqual({ then });
    expect(then).not.toHaveBeenCalled();
    expect(
      await isCollected(() => {
        const target = node(2);
        walk(target);
        return target;
      }),
    ).toBe(true);
  });

  it('treats an object that only inherits from Promise.prototype as a plain value', () => {
    const fake = Object.create(Promise.prototype) as Promise<number>;
    const walk = guardRecursion((_current: Node) => fake);
    const a = node(1);
    expect(walk(a)).toBe(fake);
    expect(walk(a)).toBe(fake);
  });

  it('keeps no object alive behind a promise that never settles, once that promise is unreachable', async () => {
    const walk = guardRecursion((_current: Node) => new Promise<never>(() => {}));
    expect(
      await isCollected(() => {
        const target = node(1);
        walk(target);
        return target;
      }),
    ).toBe(true);
  });

  it('keeps a separate in-progress set per guarded function', () => {
    const a = node(1);
    const outer = guardRecursion((current: Node): string => inner(current));
    const inner = guardRecursion((current: Node): string => `inner ${current.id}`);
    expect(outer(a)).toBe('inner 1');
  });

  it('types onCycle and the guarded function from fn', () => {
    const guarded = guardRecursion((target: Node, depth: number) => depth + target.id, {
      onCycle: (target, chain) => {
        expectTypeOf(target).toEqualTypeOf<Node>();
        expectTypeOf(chain).toEqualTypeOf<Node[]>();
        return -1;
      },
    });
    expectTypeOf(guarded).toEqualTypeOf<(target: Node, depth: number) => number>();
  });
});

describe('guardRecursion on random graphs', () => {
  it('reports a cycle exactly when the current path has one', () => {
    const graphs = fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(graphs, (edges) => {
        const nodes = edges.map((_, id) => node(id));
        edges.forEach((targets, from) => {
          for (const target of targets) if (target < nodes.length) nodes[from]!.next.push(nodes[target]!);
        });
        const start = nodes[0]!;
        const expected = referenceCycle(start);
        const walk = guardRecursion((current: Node): void => {
          for (const next of current.next) walk(next);
        });
        let reported: Node[] | undefined;
        try {
          walk(start);
        } catch (error) {
          if (!(error instanceof CycleError)) throw error;
          reported = error.chain as Node[];
        }
        expect(reported).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/** The first cycle a depth-first walk meets, by an explicit path stack: the reference to compare with. */
function referenceCycle(start: Node): Node[] | undefined {
  const path: Node[] = [];
  const visit = (current: Node): Node[] | undefined => {
    const at = path.indexOf(current);
    if (at >= 0) return [...path.slice(at), current];
    path.push(current);
    for (const next of current.next) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    return undefined;
  };
  return visit(start);
}

describe('guardRecursion and garbage collection', () => {
  it('keeps no object alive once its call has returned, thrown or settled', async () => {
    const walk = guardRecursion((node: { fail?: boolean; later?: boolean }) => {
      if (node.fail) throw new Error('failed');
      return node.later ? Promise.resolve(1) : 1;
    });
    for (const make of [() => ({}), () => ({ fail: true }), () => ({ later: true })]) {
      expect(
        await isCollected(() => {
          const node = make();
          try {
            walk(node);
          } catch {
            // the throwing case: the object must be released all the same
          }
          return node;
        }),
      ).toBe(true);
    }
  });
});
