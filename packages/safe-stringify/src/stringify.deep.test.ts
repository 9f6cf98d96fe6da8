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
import { chain } from './test-support/modes.js';

/*
 * No depth limit: the expected text of each chain is generated here, as JSON.stringify would write
 * it if it had no stack limit, and compared whole.
 *
 * 100,000 levels: deeper than JSON.stringify reaches, called as `stringify` first calls it (with a
 * space of ''), on every engine of the matrix (V8 gives up near 5,000 levels, JavaScriptCore
 * between 20,000 and 50,000; the first test checks it on the engine running it), so the package's
 * own engine writes these chains, and deep enough that any recursion in it would overflow too,
 * while every engine runs this file in seconds. (Node 26's JSON.stringify without a space writes
 * this depth, and more, by a path `stringify` does not use: see the README's limits.) The million-level chains of the issue run on one engine, in
 * stringify.million.test.ts.
 */

const DEPTH = 100_000;
// Seconds on a quiet machine; on a loaded CI runner or in a browser, more.
const slow = { timeout: 120_000 };

describe('an object chain 100,000 levels deep', () => {
  it('is deeper than JSON.stringify of this engine can write, called with a space', slow, () => {
    expect(() => JSON.stringify(objectChain(DEPTH), null, '')).toThrow();
  });

  it('stringify', slow, () => {
    expect(stringify(objectChain(DEPTH))).toBe(expectedObjectChain(DEPTH));
  });

  it('sorted', slow, () => {
    expect(configure({ sorted: true })(objectChain(DEPTH))).toBe(
      expectedObjectChain(DEPTH, { sorted: true }),
    );
  });

  it('a replacer function and an allow-list', slow, () => {
    const doubled = (key: string, value: unknown) => (key === 'v' ? (value as number) * 2 : value);
    expect(stringify(objectChain(DEPTH), doubled)).toBe(
      expectedObjectChain(DEPTH, { value: (level) => String(level * 2) }),
    );
    expect(stringify(objectChain(DEPTH), ['next', 'v'])).toBe(expectedObjectChain(DEPTH, { sorted: true }));
  });

  it('a reference back to the root at the bottom: "[Circular]", a function, and throw', slow, () => {
    const cyclic = cyclicObjectChain(DEPTH);
    expect(stringify(cyclic)).toBe(expectedObjectChain(DEPTH, { bottom: '"next":"[Circular]"' }));
    expect(configure({ circular: (path) => `#${path.length}` })(cyclic)).toBe(
      expectedObjectChain(DEPTH, { bottom: '"next":"#0"' }),
    );
    expect(circularErrorPath(() => configure({ circular: 'throw' })(cyclic))).toEqual(
      Array(DEPTH).fill('next'),
    );
  });

  it("bigint: 'number' with a BigInt at the bottom (written by hand at every level)", slow, () => {
    const withBigInt = objectChain(DEPTH, (bottom) => {
      bottom.next = 12345678901234567890n as unknown as string;
    });
    expect(configure({ bigint: 'number' })(withBigInt)).toBe(
      expectedObjectChain(DEPTH, { bottom: '"next":12345678901234567890' }),
    );
  });
});

describe('an array chain 100,000 levels deep', () => {
  it('stringify', slow, () => {
    expect(stringify(arrayChain(DEPTH))).toBe(expectedArrayChain(DEPTH));
  });

  it("sorted, and bigint: 'string'", slow, () => {
    expect(configure({ sorted: true })(arrayChain(DEPTH))).toBe(expectedArrayChain(DEPTH));
    const bigints = chain<unknown[]>(DEPTH, (level, next) =>
      next ? [BigInt(level), next] : [BigInt(level)],
    );
    expect(configure({ bigint: 'string' })(bigints)).toBe(expectedArrayChain(DEPTH, (level) => `"${level}"`));
  });
});

describe('deep and indented', () => {
  it('lays out a 2,500-level chain as JSON.stringify does, written by hand above 1,000 levels', () => {
    const depth = 2500;
    const lines = ['['];
    for (let level = 0; level < depth - 1; level++)
      lines.push(`${'\t'.repeat(level + 1)}${level},`, `${'\t'.repeat(level + 1)}[`);
    lines.push(`${'\t'.repeat(depth)}${depth - 1}`);
    for (let level = depth - 1; level >= 0; level--) lines.push(`${'\t'.repeat(level)}]`);
    expect(stringify(arrayChain(depth), null, '\t')).toBe(lines.join('\n'));
  });
});
