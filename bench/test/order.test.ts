import { describe, expect, it } from 'vitest';
import { balancedRounds, roundOrder, roundsPerPeriod } from '../src/harness/order.js';

/** Every round of one period, for `count` contenders named 0…count-1. */
function period(count: number): number[][] {
  const items = Array.from({ length: count }, (_, index) => index);
  return Array.from({ length: roundsPerPeriod(count) }, (_, round) => roundOrder(items, round));
}

describe('roundOrder', () => {
  it('orders every contender exactly once per round', () => {
    for (let count = 1; count <= 9; count++) {
      for (const order of period(count))
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    }
  });

  it('puts every contender in every position equally often over a period', () => {
    for (let count = 2; count <= 9; count++) {
      const seen = new Map<string, number>();
      for (const order of period(count))
        for (const [position, item] of order.entries()) {
          const key = `${item}@${position}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
      expect(seen.size).toBe(count * count);
      expect(new Set(seen.values()).size).toBe(1);
    }
  });

  it('runs every contender right after each of the others equally often over a period', () => {
    for (let count = 2; count <= 9; count++) {
      const followers = new Map<string, number>();
      for (const order of period(count)) {
        for (let position = 1; position < count; position++) {
          const pair = `${order[position - 1]}>${order[position]}`;
          followers.set(pair, (followers.get(pair) ?? 0) + 1);
        }
      }
      expect(followers.size).toBe(count * (count - 1));
      expect(new Set(followers.values()).size).toBe(1);
    }
  });

  it('repeats after a period', () => {
    expect(roundOrder(['a', 'b', 'c', 'd'], 5)).toEqual(roundOrder(['a', 'b', 'c', 'd'], 1));
    expect(roundOrder(['a', 'b', 'c'], 7)).toEqual(roundOrder(['a', 'b', 'c'], 1));
  });

  it('handles no contenders', () => {
    expect(roundOrder([], 3)).toEqual([]);
  });
});

describe('balancedRounds', () => {
  it('rounds up to whole periods', () => {
    expect(balancedRounds(25, 7)).toBe(28);
    expect(balancedRounds(25, 6)).toBe(30);
    expect(balancedRounds(12, 4)).toBe(12);
    expect(balancedRounds(3, 0)).toBe(3);
  });
});
