// @not-applicable node22, node24, node26, bun, deno, browsers: the README's million-level figure, proven once (on the default Node run); clone.deep.test.ts runs 100,000 levels, past every engine's stack, everywhere
import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { chain } from './test-support/modes.js';

const DEPTH = 1_000_000;

interface Link {
  next?: Link;
  level: number;
}

// A few seconds on a quiet machine; several times that on a loaded CI runner.
const slow = { timeout: 180_000 };

describe('chains a million levels deep (default options)', () => {
  it('clones a linked list of 1,000,000 levels, every level copied in order', slow, () => {
    let level = 0;
    const source = chain<Link>(
      DEPTH,
      () => ({ level: level++ }),
      (parent, child) => {
        parent.next = child;
      },
    );
    const copy = clone(source);
    let node: Link | undefined = copy;
    let original: Link | undefined = source;
    let count = 0;
    let sharedWithOriginal = 0;
    let outOfOrder = 0;
    while (node) {
      if (node === original) sharedWithOriginal++;
      if (node.level !== count) outOfOrder++;
      node = node.next;
      original = original?.next;
      count++;
    }
    expect({ count, sharedWithOriginal, outOfOrder }).toEqual({
      count: DEPTH,
      sharedWithOriginal: 0,
      outOfOrder: 0,
    });
  });

  it('clones an array chain of 1,000,000 levels', slow, () => {
    const source = chain<unknown[]>(
      DEPTH,
      () => [],
      (parent, child) => {
        parent.push(child);
      },
    );
    let node = clone(source);
    let original = source;
    let count = 1;
    let sharedWithOriginal = 0;
    while (node.length > 0) {
      if (node === original) sharedWithOriginal++;
      node = node[0] as unknown[];
      original = original[0] as unknown[];
      count++;
    }
    expect({ count, sharedWithOriginal }).toEqual({ count: DEPTH, sharedWithOriginal: 0 });
  });
});
