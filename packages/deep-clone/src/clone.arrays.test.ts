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

describe.each(modes)('arrays with unusual keys ($name)', ({ clone }) => {
  it('copies a sparse array of length 2 ** 32 - 1 in what its own keys cost', { timeout: 10_000 }, () => {
    const source: string[] = [];
    source.length = 2 ** 32 - 1;
    source[5] = 'x';
    source[70_000] = 'y';
    const copy = clone(source);
    expect(copy).toHaveLength(2 ** 32 - 1);
    expect(Object.keys(copy)).toEqual(['5', '70000']);
    expect(copy[70_000]).toBe('y');
  });

  it("keeps keys that look like indices but are not: '4294967295' and '5000000000'", () => {
    const source = Object.assign([1, 2], {
      '4294967295': 'past the last index',
      '5000000000': { deep: true },
    });
    const copy = clone(source);
    expect(copy).toHaveLength(2);
    expect(Object.keys(copy)).toEqual(['0', '1', '4294967295', '5000000000']);
    expect(copy['5000000000']).toEqual({ deep: true });
    expect(copy['5000000000']).not.toBe(source['5000000000']);
  });

  it("never runs an index setter of an array subclass's prototype", () => {
    let setterCalls = 0;
    class Guarded extends Array<number> {}
    Object.defineProperty(Guarded.prototype, 0, {
      set() {
        setterCalls++;
      },
    });
    const source = Object.setPrototypeOf([7, 8], Guarded.prototype) as number[];
    const copy = clone(source);
    expect(setterCalls).toBe(0);
    expect(Object.getPrototypeOf(copy)).toBe(Guarded.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, 0)?.value).toBe(7);
  });
});
