import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { handle } from './handle.js';

/**
 * The 'preserve' engine remembers originals in Maps of 4,096 entries, moves each full one aside
 * and merges them all into one after 16 (see create-clone.ts). These graphs cross every boundary.
 */
class Box {
  constructor(readonly items: object[]) {}
}
const boxHandler = handle(Box, (box, cloneChild) => new Box(cloneChild(box.items, 'items')));

describe.each([
  ['past the first full map', 5_000],
  ['past the merge of 16 full maps', 70_000],
])('a graph %s', (_, count) => {
  it('keeps every shared reference, early ones and late ones', () => {
    const nodes = Array.from({ length: count }, (__, id) => ({ id }));
    // The same objects again at the end, after the maps that first saw them were moved aside.
    const source = { nodes, again: [nodes[0], nodes[count >> 1], nodes[count - 1]] };
    const copy = clone(source);
    expect(copy.nodes).toHaveLength(count);
    expect(copy.again[0]).toBe(copy.nodes[0]);
    expect(copy.again[1]).toBe(copy.nodes[count >> 1]);
    expect(copy.again[2]).toBe(copy.nodes[count - 1]);
    expect(copy.nodes[count - 1]).not.toBe(nodes[count - 1]);
    expect(copy.nodes[count - 1]).toEqual({ id: count - 1 });
  });

  it('finds the real copy of a handled value whose children filled a map meanwhile', () => {
    const box = new Box(Array.from({ length: count }, (__, id) => ({ id })));
    const copy = clone({ box, same: box }, { handlers: [boxHandler] });
    expect(copy.box).toBeInstanceOf(Box);
    expect(copy.same).toBe(copy.box);
    expect(copy.box.items).toHaveLength(count);
  });

  it('keeps a cycle back to the root', () => {
    const root: { children: { parent: object }[] } = { children: [] };
    for (let id = 0; id < count; id++) root.children.push({ parent: root });
    const copy = clone(root);
    expect(copy.children[count - 1]?.parent).toBe(copy);
    expect(copy.children[0]?.parent).toBe(copy);
  });
});
