import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { callStackDepth } from './test-support/stack.js';

/*
 * Deeper than the call stack of every engine in the matrix: inside vitest the simplest recursion
 * ends near 10,000 calls in Node, 18,000 in Deno and Chromium, 35,000 in Firefox, 56,000 in WebKit
 * and 64,000 in Bun (the first test checks the engine it runs on), and a recursive comparison,
 * with bigger frames, ends sooner: the peers throw a few thousand levels down. The engine leaves
 * recursion at 400 levels, so every level below that runs on its explicit stack; more levels
 * would run the same code again, only slower (a million levels took 8 to 19 s per chain on a
 * loaded machine, times 9 engines; `pnpm bench` compares object and array chains a million levels
 * deep, once).
 */
const DEPTH = 100_000;

type Chain = { build: (bottom: number) => unknown; keyAt: PropertyKey };

/** Builds a chain `DEPTH` levels deep whose innermost level holds `bottom`, without recursion. */
const chains: Record<string, Chain> = {
  object: {
    build: (bottom) => {
      let node: unknown = { value: bottom };
      for (let level = 1; level < DEPTH; level++) node = { value: level, next: node };
      return node;
    },
    keyAt: 'next',
  },
  array: {
    build: (bottom) => {
      let node: unknown = [bottom];
      for (let level = 1; level < DEPTH; level++) node = [level, node];
      return node;
    },
    keyAt: 1,
  },
  Map: {
    build: (bottom) => {
      let node: unknown = new Map([['value', bottom]]);
      for (let level = 1; level < DEPTH; level++)
        node = new Map<string, unknown>([
          ['value', level],
          ['next', node],
        ]);
      return node;
    },
    keyAt: 'next',
  },
  Set: {
    build: (bottom) => {
      let node: unknown = new Set([bottom]);
      for (let level = 1; level < DEPTH; level++) node = new Set([level, node]);
      return node;
    },
    keyAt: 1,
  },
};

const modes = [
  { name: 'default', options: {} },
  { name: 'strict', options: { strict: true } },
] as const;

it('chains of 100,000 levels are deeper than the call stack of this engine, with room to spare', () => {
  // Measured from inside the test runner, which holds some frames; a quarter more covers them.
  const calls = callStackDepth();
  expect(DEPTH, `the call stack here ends after ${calls} calls`).toBeGreaterThan(1.25 * calls);
});

describe.each(modes)('chains 100,000 levels deep ($name)', ({ options }) => {
  const same = createEqual(options);
  it.each(Object.keys(chains))('compares a %s chain 100,000 levels deep', (kind) => {
    const chain = chains[kind]!;
    expect(same(chain.build(0), chain.build(0))).toBe(true);
    const found = difference(chain.build(0), chain.build(-1), options);
    // DEPTH - 1 links, then the key of the bottom value (a Set member's index, 0).
    expect(found?.path).toHaveLength(DEPTH);
    expect(found?.path.slice(0, 3)).toEqual([chain.keyAt, chain.keyAt, chain.keyAt]);
    expect(found).toMatchObject(
      kind === 'Set' ? { a: 0, b: undefined, reason: 'missing key' } : { a: 0, b: -1, reason: 'value' },
    );
  });
});

it('compares an object chain 100,000 levels deep with handlers given (for other classes)', () => {
  class Unused {}
  const options = { handlers: [[Unused, () => true]] as [typeof Unused, () => boolean][] };
  const chain = chains.object!;
  expect(createEqual(options)(chain.build(0), chain.build(0))).toBe(true);
  expect(difference(chain.build(0), chain.build(-1), options)?.path).toHaveLength(DEPTH);
});

describe('sparse arrays', () => {
  const huge = (index: number, value: unknown) => {
    const array: unknown[] = [];
    array.length = 2 ** 32 - 1;
    array[index] = value;
    return array;
  };

  it('cost what their elements cost, not their length', () => {
    expect(createEqual()(huge(5, 'x'), huge(5, 'x'))).toBe(true);
    expect(createEqual({ strict: true })(huge(5, 'x'), huge(5, 'x'))).toBe(true);
    expect(difference(huge(5, 'x'), huge(6, 'x'))).toMatchObject({ path: [5], reason: 'missing key' });
    expect(difference(huge(2 ** 31, 'x'), huge(2 ** 31, 'y'))).toEqual({
      path: [2 ** 31],
      a: 'x',
      b: 'y',
      reason: 'value',
    });
  });
});
