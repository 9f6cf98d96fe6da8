import { describe, expect, it } from 'vitest';
import { IterableWeakMap } from './iterable-weak-map.js';
import { IterableWeakSet } from './iterable-weak-set.js';
import { WeakValueMap } from './weak-value-map.js';

/** What every built-in iterator inherits from: `[Symbol.iterator]() { return this }` and, where the engine has them, the iterator helpers. */
const IteratorPrototype: object = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

const a = { id: 'a' };
const b = { id: 'b' };
const views: [string, () => Iterator<unknown>][] = [
  ['IterableWeakSet values()', () => new IterableWeakSet([a, b]).values()],
  ['IterableWeakSet keys()', () => new IterableWeakSet([a, b]).keys()],
  ['IterableWeakSet entries()', () => new IterableWeakSet([a, b]).entries()],
  ['IterableWeakSet [Symbol.iterator]()', () => new IterableWeakSet([a, b])[Symbol.iterator]()],
  [
    'IterableWeakMap keys()',
    () =>
      new IterableWeakMap([
        [a, 1],
        [b, 2],
      ]).keys(),
  ],
  [
    'IterableWeakMap values()',
    () =>
      new IterableWeakMap([
        [a, 1],
        [b, 2],
      ]).values(),
  ],
  [
    'IterableWeakMap entries()',
    () =>
      new IterableWeakMap([
        [a, 1],
        [b, 2],
      ]).entries(),
  ],
  [
    'WeakValueMap keys()',
    () =>
      new WeakValueMap([
        [1, a],
        [2, b],
      ]).keys(),
  ],
  [
    'WeakValueMap values()',
    () =>
      new WeakValueMap([
        [1, a],
        [2, b],
      ]).values(),
  ],
  [
    'WeakValueMap entries()',
    () =>
      new WeakValueMap([
        [1, a],
        [2, b],
      ]).entries(),
  ],
];

describe.each(views)('%s is an iterator as a built-in one is', (_name, open) => {
  it('inherits from %IteratorPrototype%, so [Symbol.iterator]() returns itself', () => {
    const iterator = open();
    expect(Object.getPrototypeOf(Object.getPrototypeOf(iterator))).toBe(IteratorPrototype);
    expect((iterator as IterableIterator<unknown>)[Symbol.iterator]()).toBe(iterator);
  });

  it('stays done once done, with a fresh result object each step', () => {
    const iterator = open();
    const steps = [iterator.next(), iterator.next(), iterator.next(), iterator.next()];
    expect(steps.map((step) => step.done)).toEqual([false, false, true, true]);
    expect(steps[2]).not.toBe(steps[3]);
    expect(steps[3]).toEqual({ done: true, value: undefined });
  });

  it('has the iterator helpers exactly where a built-in iterator has them', () => {
    const iterator = open() as unknown as { drop?(count: number): { toArray(): unknown[] } };
    expect('drop' in iterator).toBe('drop' in [][Symbol.iterator]());
    if (iterator.drop) expect(iterator.drop(1).toArray()).toHaveLength(1);
  });
});
