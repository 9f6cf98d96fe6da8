import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

describe.each(modes)('arrays ($name)', ({ clone }) => {
  it('copies elements deeply', () => {
    const source = [1, 'two', { three: [3] }, [4, [5]]];
    const copy = clone(source);
    expect(copy).toEqual(source);
    expect(copy[2]).not.toBe(source[2]);
    expect(copy[3]).not.toBe(source[3]);
  });

  it('keeps holes as holes and stored undefined as undefined', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is under test
    const source = [1, , undefined, 4];
    const copy = clone(source);
    expect(copy).toHaveLength(4);
    expect(1 in copy).toBe(false);
    expect(2 in copy).toBe(true);
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('keeps the length of an array that ends in holes', () => {
    const source: number[] = [];
    source.length = 5;
    source[1] = 1;
    const copy = clone(source);
    expect(copy).toHaveLength(5);
    expect(Object.keys(copy)).toEqual(['1']);
  });

  it('keeps extra named and symbol-keyed properties', () => {
    const tag = Symbol('tag');
    const source = Object.assign([1, 2], { label: { text: 'x' }, [tag]: 'symbolic' });
    const copy = clone(source);
    expect(copy.label).toEqual({ text: 'x' });
    expect(copy.label).not.toBe(source.label);
    expect(copy[tag]).toBe('symbolic');
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('keeps the prototype of array subclasses', () => {
    class Stack<T> extends Array<T> {
      peek() {
        return this[this.length - 1];
      }
    }
    const source = Stack.from([1, 2, 3]) as Stack<number>;
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Stack);
    expect(copy.peek()).toBe(3);
  });
});
