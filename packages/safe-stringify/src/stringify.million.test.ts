// @not-applicable node20, node22, node26, bun, deno, browsers: a million levels take seconds per call; one engine (Node 24) is enough to pin the depth, and stringify.deep.test.ts runs every mode 100,000 levels deep (past every engine's native limit) everywhere
import { describe, expect, it } from 'vitest';
import { configure } from './configure.js';
import { stringify } from './stringify.js';
import {
  arrayChain,
  circularErrorPath,
  cyclicObjectChain,
  expectedArrayChain,
  expectedObjectChain,
  objectChain,
} from './test-support/chains.js';

/* The issue's own depth: a 1,000,000-level object chain and array chain, written whole. */

const DEPTH = 1_000_000;
const slow = { timeout: 300_000 };

describe('chains a million levels deep', () => {
  it('an object chain', slow, () => {
    expect(stringify(objectChain(DEPTH))).toBe(expectedObjectChain(DEPTH));
  });

  it('an array chain', slow, () => {
    expect(stringify(arrayChain(DEPTH))).toBe(expectedArrayChain(DEPTH));
  });

  it('an object chain, sorted (the engine alone, no native attempt)', slow, () => {
    expect(configure({ sorted: true })(objectChain(DEPTH))).toBe(
      expectedObjectChain(DEPTH, { sorted: true }),
    );
  });

  it(
    'an object chain whose bottom refers back to the root: "[Circular]", and \'throw\' with the whole path',
    slow,
    () => {
      const cyclic = cyclicObjectChain(DEPTH);
      expect(stringify(cyclic)).toBe(expectedObjectChain(DEPTH, { bottom: '"next":"[Circular]"' }));
      expect(circularErrorPath(() => configure({ circular: 'throw' })(cyclic))).toEqual(
        Array(DEPTH).fill('next'),
      );
    },
  );
});
