import { describe, expect, it } from 'vitest';
import { roundOrder } from '../src/harness/order.js';

describe('roundOrder', () => {
  it('rotates the start and reverses every other round', () => {
    expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['a', 'c', 'b']);
    expect(roundOrder(['a', 'b', 'c'], 2)).toEqual(['c', 'a', 'b']);
  });

  it('puts every contender first at some round', () => {
    const firsts = new Set([0, 1, 2, 3, 4, 5].map((round) => roundOrder(['a', 'b', 'c'], round)[0]));
    expect(firsts).toEqual(new Set(['a', 'b', 'c']));
  });

  it('handles no contenders', () => {
    expect(roundOrder([], 3)).toEqual([]);
  });
});
