import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { equal } from './equal.js';

interface Node {
  value: number;
  next?: Node;
  prev?: Node;
}

/** A ring of `length` nodes carrying `values` in turn. */
function ring(length: number, values: number[] = [0]): Node {
  const nodes: Node[] = Array.from({ length }, (_, index) => ({ value: values[index % values.length]! }));
  nodes.forEach((node, index) => {
    node.next = nodes[(index + 1) % length]!;
  });
  return nodes[0]!;
}

const strictEqual = createEqual({ strict: true });

describe('cycles', () => {
  it('compares two self-references as equal', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    const b: { self?: unknown } = {};
    b.self = b;
    expect(equal(a, b)).toBe(true);
    expect(strictEqual(a, b)).toBe(true);
  });

  it('calls graphs equal when they unfold to the same infinite tree, whatever their cycle lengths', () => {
    expect(equal(ring(1), ring(2))).toBe(true);
    expect(equal(ring(2), ring(3))).toBe(true);
    expect(equal(ring(2, [1, 2]), ring(4, [1, 2]))).toBe(true);
    expect(difference(ring(3), ring(5))).toBeUndefined();
  });

  it('compares long rings of different lengths (pairs in progress past the scanned ones)', () => {
    expect(equal(ring(40), ring(60))).toBe(true);
    expect(equal(ring(40, [1, 2]), ring(60, [1, 2]))).toBe(true);
    expect(equal(ring(41, [1, 2]), ring(60, [1, 2]))).toBe(false);
    // The comparison must end although no pair is ever revisited before 120 levels.
    expect(difference(ring(40, [1, 2, 3, 4]), ring(60, [1, 2, 3, 4]))).toBeUndefined();
  });

  it('tells rings with different data apart', () => {
    expect(equal(ring(2, [1, 2]), ring(3, [1, 2]))).toBe(false);
    // a reads 1, 2, 1, 2, …; b reads 1, 2, 1, 1, 2, 1, …: the fourth node differs.
    expect(difference(ring(2, [1, 2]), ring(3, [1, 2]))).toEqual({
      path: ['next', 'next', 'next', 'value'],
      a: 2,
      b: 1,
      reason: 'value',
    });
  });

  it('tells a cycle from a finite chain with the same values', () => {
    const chain: Node = { value: 0, next: { value: 0, next: { value: 0 } } };
    expect(equal(ring(1), chain)).toBe(false);
    expect(difference(ring(1), chain)).toMatchObject({
      path: ['next', 'next', 'next'],
      reason: 'missing key',
    });
  });

  it('compares cycles through arrays, Maps and Sets', () => {
    const build = () => {
      const root: { list: unknown[]; map: Map<string, unknown>; set: Set<unknown> } = {
        list: [],
        map: new Map(),
        set: new Set(),
      };
      root.list.push(root);
      root.map.set('root', root);
      root.set.add(root);
      return root;
    };
    expect(equal(build(), build())).toBe(true);
    const other = build();
    other.map.set('extra', 1);
    expect(difference(build(), other)).toMatchObject({ path: ['map'], reason: 'size' });
  });

  it('matches cyclic Map keys by structure', () => {
    const key = () => {
      const node: { id: number; self?: unknown } = { id: 1 };
      node.self = node;
      return node;
    };
    expect(
      equal(
        new Map([
          [key(), 'x'],
          [{ id: 2 }, 'y'],
        ]),
        new Map([
          [{ id: 2 }, 'y'],
          [key(), 'x'],
        ]),
      ),
    ).toBe(true);
  });

  it('compares a doubly linked list of 20,000 nodes in linear time', () => {
    const list = (length: number) => {
      const head: Node = { value: 0 };
      let tail = head;
      for (let index = 1; index < length; index++) {
        const node: Node = { value: index, prev: tail };
        tail.next = node;
        tail = node;
      }
      return head;
    };
    expect(equal(list(20_000), list(20_000))).toBe(true);
    const other = list(20_000);
    let node = other;
    while (node.next) node = node.next;
    node.value = -1;
    const found = difference(list(20_000), other);
    expect(found?.path).toHaveLength(20_000);
    expect(found).toMatchObject({ a: 19_999, b: -1, reason: 'value' });
  });

  it('does not mistake a shared object for a cycle', () => {
    const shared = { n: 1 };
    expect(equal({ a: shared, b: shared }, { a: { n: 1 }, b: { n: 1 } })).toBe(true);
    expect(equal({ a: shared, b: shared }, { a: { n: 1 }, b: { n: 2 } })).toBe(false);
  });

  it('compares an object with itself at once, whatever it holds', () => {
    const a: { self?: unknown; fn: () => void } = { fn: () => {} };
    a.self = a;
    expect(equal(a, a)).toBe(true);
  });
});

interface GraphNode {
  value: number;
  next?: GraphNode;
  alt?: GraphNode;
}

/** A random graph: each node has a value and two edges (`-1`: no edge), cycles everywhere. */
const graph = fc.integer({ min: 1, max: 6 }).chain((size) =>
  fc.array(
    fc.record({
      value: fc.integer({ min: 0, max: 1 }),
      next: fc.integer({ min: -1, max: size - 1 }),
      alt: fc.integer({ min: -1, max: size - 1 }),
    }),
    { minLength: size, maxLength: size },
  ),
);

type Spec = { value: number; next: number; alt: number }[];

function build(spec: Spec): GraphNode {
  const nodes: GraphNode[] = spec.map(({ value }) => ({ value }));
  spec.forEach(({ next, alt }, index) => {
    if (next >= 0) nodes[index]!.next = nodes[next]!;
    if (alt >= 0) nodes[index]!.alt = nodes[alt]!;
  });
  return nodes[0]!;
}

/**
 * The oracle: the largest bisimulation between two graphs, by refinement. Start from every pair
 * of nodes with the same value and the same edges present; drop a pair while one of its edges
 * leads to a dropped pair. Node 0 of each is the root.
 */
function bisimilar(a: Spec, b: Spec): boolean {
  const related = a.map((x) =>
    b.map((y) => x.value === y.value && x.next < 0 === y.next < 0 && x.alt < 0 === y.alt < 0),
  );
  const holds = (i: number, j: number) => (i < 0 && j < 0) || (i >= 0 && j >= 0 && related[i]![j]!);
  for (let changed = true; changed; ) {
    changed = false;
    a.forEach((x, i) => {
      b.forEach((y, j) => {
        if (related[i]![j] && !(holds(x.next, y.next) && holds(x.alt, y.alt))) {
          related[i]![j] = false;
          changed = true;
        }
      });
    });
  }
  return related[0]![0]!;
}

/**
 * `spec` unfolded over `copies` copies of each node, each edge leading to a chosen copy of its
 * target: bisimilar to `spec` by construction, with cycles of other lengths. Then, when `change`
 * is given, one node's value or edge changed (bisimilar or not: the oracle says).
 */
const unfolded = (spec: Spec) =>
  fc
    .record({
      copies: fc.integer({ min: 1, max: 3 }),
      picks: fc.array(fc.nat(), { minLength: 2 * 3 * spec.length, maxLength: 2 * 3 * spec.length }),
      change: fc.option(
        fc.record({ at: fc.nat(), what: fc.constantFrom('value', 'next', 'alt'), to: fc.nat() }),
      ),
    })
    .map(({ copies, picks, change }): Spec => {
      const size = spec.length;
      const copyOf = (target: number, pick: number) => (target < 0 ? -1 : target + size * (pick % copies));
      const nodes = Array.from({ length: size * copies }, (_, index) => {
        const { value, next, alt } = spec[index % size]!;
        return { value, next: copyOf(next, picks[2 * index]!), alt: copyOf(alt, picks[2 * index + 1]!) };
      });
      if (change) {
        const node = nodes[change.at % nodes.length]!;
        if (change.what === 'value') node.value = 1 - node.value;
        else node[change.what] = (change.to % (nodes.length + 1)) - 1;
      }
      return nodes;
    });

describe('cycles, against a bisimulation oracle', () => {
  it('calls two random graphs equal exactly when they are bisimilar', () => {
    const pairs = graph.chain((a) => fc.tuple(fc.constant(a), fc.oneof(graph, unfolded(a))));
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const expected = bisimilar(a, b);
        expect(equal(build(a), build(b))).toBe(expected);
        expect(strictEqual(build(a), build(b))).toBe(expected);
        expect(difference(build(a), build(b)) === undefined).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
