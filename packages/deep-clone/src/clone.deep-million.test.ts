// @not-applicable node22, node24, node26, bun, deno, browsers: the README's million-level figure, proven once (on the default Node run); clone.deep.test.ts runs 100,000 levels, past every engine's stack, everywhere
import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { cloneArrayChain, cloneList } from './test-support/deep-chains.js';

const DEPTH = 1_000_000;

// A few seconds on a quiet machine; several times that on a loaded CI runner.
const slow = { timeout: 180_000 };

describe('chains a million levels deep (default options)', () => {
  it('clones a linked list of 1,000,000 levels, every level copied in order', slow, () => {
    expect(cloneList(clone, DEPTH)).toEqual({ count: DEPTH, sharedWithOriginal: 0, outOfOrder: 0 });
  });

  it('clones an array chain of 1,000,000 levels', slow, () => {
    expect(cloneArrayChain(clone, DEPTH)).toEqual({ count: DEPTH, sharedWithOriginal: 0 });
  });
});
