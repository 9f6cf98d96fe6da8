import { chain } from './modes.js';

/*
 * The chain checks that clone.deep.test.ts runs at 100,000 levels in every mode and engine, and
 * clone.deep-million.test.ts at 1,000,000 on one: one body for both depths.
 */

interface Link {
  next?: Link;
  level: number;
}

type Clone = <T>(value: T) => T;

/** Clones a linked list `depth` levels deep; says how many levels came back, shared or out of order. */
export function cloneList(clone: Clone, depth: number) {
  let level = 0;
  const source = chain<Link>(
    depth,
    () => ({ level: level++ }),
    (parent, child) => {
      parent.next = child;
    },
  );
  let node: Link | undefined = clone(source);
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
  return { count, sharedWithOriginal, outOfOrder };
}

/** Clones an array chain (each array holds the next) `depth` levels deep; says how many levels came back, and how many shared. */
export function cloneArrayChain(clone: Clone, depth: number) {
  const source = chain<unknown[]>(
    depth,
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
  return { count, sharedWithOriginal };
}
