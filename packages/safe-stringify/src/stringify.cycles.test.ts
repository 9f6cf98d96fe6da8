import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configure } from './configure.js';
import { stringify } from './stringify.js';

interface GraphNode {
  id: number;
  out: GraphNode[];
}

/** What must be written for a node: a reference back to a node on the current path is "[Circular]". */
function expected(node: GraphNode, path: GraphNode[] = []): unknown {
  if (path.includes(node)) return '[Circular]';
  const inner = [...path, node];
  return { id: node.id, out: node.out.map((target) => expected(target, inner)) };
}

const modes = [
  { name: 'stringify', stringify },
  { name: 'sorted', stringify: configure({ sorted: true }) },
  { name: 'engine only', stringify: configure({ maxDepth: Number.MAX_SAFE_INTEGER }) },
];

describe.each(modes)('cycles and shared references ($name)', ({ stringify }) => {
  it('writes a reference back to an ancestor as "[Circular]", at the root and below', () => {
    const self: Record<string, unknown> = { a: 1 };
    self.self = self;
    expect(stringify(self)).toBe('{"a":1,"self":"[Circular]"}');
    const list: unknown[] = [];
    list.push(list, [list]);
    expect(stringify(list)).toBe('["[Circular]",["[Circular]"]]');
  });

  it('writes a shared object that is not an ancestor in full, every time', () => {
    // The case the usual "seen" WeakSet snippet gets wrong: one address on two orders.
    const address = { street: '12 St James Square', city: 'London' };
    const orders = [
      { id: 1, ship: address },
      { id: 2, ship: address },
    ];
    expect(JSON.parse(stringify({ orders, billing: address })!)).toEqual({
      orders: [
        { id: 1, ship: address },
        { id: 2, ship: address },
      ],
      billing: address,
    });
  });

  it('matches the ancestor-path expansion of any graph, parsed back', () => {
    const graph = fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(graph, (edges) => {
        const nodes: GraphNode[] = edges.map((_, id) => ({ id, out: [] }));
        edges.forEach((targets, from) => {
          for (const target of targets) nodes[from]!.out.push(nodes[target % nodes.length]!);
        });
        expect(JSON.parse(stringify(nodes[0])!)).toEqual(expected(nodes[0]!));
      }),
      { numRuns: 300 },
    );
  });

  it('checks for cycles after toJSON and the replacer, as JSON.stringify does', () => {
    const parent: Record<string, unknown> = { a: 'parent' };
    parent.child = { toJSON: () => parent };
    expect(stringify(parent)).toBe('{"a":"parent","child":"[Circular]"}');
    // A toJSON that returns its own object is not a cycle: the object is not on the path yet.
    expect(
      stringify({
        a: {
          x: 1,
          toJSON() {
            return this;
          },
        },
      }),
    ).toBe('{"a":{"x":1}}');
    const root = { id: 1, next: 0 };
    const replacer = (key: string, value: unknown) => (key === 'next' ? root : value);
    expect(stringify(root, replacer)).toBe('{"id":1,"next":"[Circular]"}');
  });

  it('indents cyclic output as JSON.stringify indents the same value with the cycle cut', () => {
    const node: Record<string, unknown> = { list: [1, { deep: true }] };
    node.self = node;
    expect(stringify(node, null, 2)).toBe(
      JSON.stringify({ list: [1, { deep: true }], self: '[Circular]' }, null, 2),
    );
  });
});
