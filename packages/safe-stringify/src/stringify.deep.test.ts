import { describe, expect, it } from 'vitest';
import { CircularError } from './circular-error.js';
import { configure } from './configure.js';
import { stringify } from './stringify.js';
import { chain } from './test-support/modes.js';

/*
 * No depth limit: the expected text of each chain is generated here, as JSON.stringify would write
 * it if it had no stack limit, and compared whole.
 */

const DEPTH = 1_000_000;
// A million levels take seconds on a quiet machine; on a loaded CI runner or in a browser, more.
const slow = { timeout: 300_000 };

interface Link {
  v: unknown;
  next?: Link | string;
}

const objectChain = (depth: number, last: (node: Link) => void = () => {}): Link => {
  let bottom: Link | undefined;
  const head = chain<Link>(depth, (level, next) => {
    const node: Link = next ? { v: level, next } : { v: level };
    bottom ??= node;
    return node;
  });
  last(bottom!);
  return head;
};

const arrayChain = (depth: number): unknown[] =>
  chain<unknown[]>(depth, (level, next) => (next ? [level, next] : [level]));

/** `{"v":0,"next":{"v":1,…{"v":<depth-1><bottom>}…}}`, or with the keys the other way round. */
function expectedObjectChain(
  depth: number,
  { sorted = false, bottom = '', value = (level: number) => String(level) } = {},
): string {
  const parts: string[] = [];
  for (let level = 0; level < depth - 1; level++)
    parts.push(sorted ? '{"next":' : `{"v":${value(level)},"next":`);
  const last = value(depth - 1);
  parts.push(
    sorted ? `{${bottom ? `${bottom},` : ''}"v":${last}}` : `{"v":${last}${bottom ? `,${bottom}` : ''}}`,
  );
  for (let level = depth - 2; level >= 0; level--) parts.push(sorted ? `,"v":${value(level)}}` : '}');
  return parts.join('');
}

function expectedArrayChain(depth: number, leaf = (level: number) => String(level)): string {
  const parts: string[] = [];
  for (let level = 0; level < depth - 1; level++) parts.push(`[${leaf(level)},`);
  parts.push(`[${leaf(depth - 1)}]`, ']'.repeat(depth - 1));
  return parts.join('');
}

describe('an object chain a million levels deep', () => {
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
    let bottom: Link | undefined;
    const cyclic = objectChain(DEPTH, (node) => {
      bottom = node;
    });
    bottom!.next = cyclic;
    expect(stringify(cyclic)).toBe(expectedObjectChain(DEPTH, { bottom: '"next":"[Circular]"' }));
    expect(configure({ circular: (path) => `#${path.length}` })(cyclic)).toBe(
      expectedObjectChain(DEPTH, { bottom: '"next":"#0"' }),
    );
    let caught: unknown;
    try {
      configure({ circular: 'throw' })(cyclic);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CircularError);
    const { path } = caught as CircularError;
    expect(path.length).toBe(DEPTH);
    expect(path.every((key) => key === 'next')).toBe(true);
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

describe('an array chain a million levels deep', () => {
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
