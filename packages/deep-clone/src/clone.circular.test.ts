import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { CloneError } from './clone-error.js';
import { modes } from './test-support/modes.js';

interface Node {
  name: string;
  parent?: Node;
  children: Node[];
  self?: Node;
}

describe("circular: 'preserve' (default)", () => {
  it('keeps shared references shared', () => {
    const style = { color: 'red' };
    const source = { a: style, b: style, list: [style] };
    const copy = clone(source);
    expect(copy.a).toBe(copy.b);
    expect(copy.list[0]).toBe(copy.a);
    expect(copy.a).not.toBe(style);
  });

  it('points a child back at the copied parent', () => {
    const root: Node = { name: 'root', children: [] };
    const child: Node = { name: 'child', parent: root, children: [] };
    child.self = child;
    root.children.push(child);
    const copy = clone(root);
    expect(copy.children[0]?.parent).toBe(copy);
    expect(copy.children[0]?.self).toBe(copy.children[0]);
    expect(copy.children[0]).not.toBe(child);
  });

  it('keeps cycles through Map keys, Map values and Set members', () => {
    const map = new Map<unknown, unknown>();
    const set = new Set<unknown>();
    const holder = { map, set };
    map.set(holder, map);
    set.add(set).add(holder);
    const copy = clone(holder);
    expect(copy.map.get(copy)).toBe(copy.map);
    expect(copy.set.has(copy.set)).toBe(true);
    expect(copy.set.has(copy)).toBe(true);
  });

  it('shares one copy of an object reached through an error cause and a property', () => {
    const shared = { id: 1 };
    const copy = clone({ error: new Error('x', { cause: shared }), shared });
    expect(copy.error.cause).toBe(copy.shared);
  });
});

describe("circular: 'throw'", () => {
  it('throws CIRCULAR with the path of keys to the back-reference', () => {
    const a: { b: { back?: unknown } } = { b: {} };
    a.b.back = a;
    const error = catchError(() => clone({ a }, { circular: 'throw' }));
    expect(error).toBeInstanceOf(CloneError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('CIRCULAR');
    expect(error.path).toEqual(['a', 'b', 'back']);
    expect(error.message).toContain('root.a.b.back');
  });

  it('reports a self-reference at the root', () => {
    const root: Record<string, unknown> = {};
    root.self = root;
    expect(catchError(() => clone(root, { circular: 'throw' })).path).toEqual(['self']);
  });

  it('reports array indices as numbers and cycles through collections', () => {
    const list: unknown[] = [];
    list.push({ inner: list });
    expect(catchError(() => clone({ list }, { circular: 'throw' })).path).toEqual(['list', 0, 'inner']);

    const map = new Map<string, unknown>();
    map.set('loop', { map });
    expect(catchError(() => clone(map, { circular: 'throw' })).path).toEqual(['loop', 'map']);

    const set = new Set<unknown>();
    set.add('first').add([set]);
    expect(catchError(() => clone(set, { circular: 'throw' })).path).toEqual([1, 0]);
  });

  it('copies shared references that are not cycles twice, without an error', () => {
    const leaf = { n: 1 };
    const copy = clone({ left: { leaf }, right: { leaf }, again: leaf }, { circular: 'throw' });
    expect(copy.left.leaf).toEqual(leaf);
    expect(copy.left.leaf).not.toBe(copy.right.leaf);
    expect(copy.again).not.toBe(copy.left.leaf);
  });

  it('tells a diamond from a cycle deep below the recursion limit', () => {
    let bottom: Record<string, unknown> = {};
    const top = bottom;
    for (let i = 0; i < 5_000; i++) bottom = bottom.next = {};
    const shared = { leaf: true };
    bottom.left = { shared };
    bottom.right = { shared };
    expect(() => clone(top, { circular: 'throw' })).not.toThrow();
    bottom.back = top;
    const error = catchError(() => clone(top, { circular: 'throw' }));
    expect(error.code).toBe('CIRCULAR');
    expect(error.path).toHaveLength(5_001);
    expect(error.path.at(-1)).toBe('back');
  });
});

describe.each(modes.filter((mode) => !mode.keepsSharing))('sharing without tracking ($name)', ({ clone }) => {
  it('still shares the buffer of views', () => {
    const buffer = new ArrayBuffer(8);
    const copy = clone([new Uint8Array(buffer), new Uint16Array(buffer)]);
    expect(copy[0]?.buffer).toBe(copy[1]?.buffer);
  });
});

function catchError(run: () => unknown): CloneError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloneError) return error;
    throw error;
  }
  throw new Error('expected a CloneError');
}
