import { describe, expect, it } from 'vitest';
import { configure } from './configure.js';
import { stringify } from './stringify.js';

/*
 * When user code runs twice, exactly as the README says: only when the first JSON.stringify
 * attempt throws a TypeError or a RangeError, and then for what that attempt had read before it threw.
 */

function counted() {
  const reads = { before: 0, after: 0, toJSON: 0, replacer: 0 };
  const value: Record<string, unknown> = {
    get before() {
      reads.before++;
      return 'read before the cycle';
    },
    withToJSON: {
      toJSON() {
        reads.toJSON++;
        return 'toJSON';
      },
    },
    self: undefined,
    get after() {
      reads.after++;
      return 'read after the cycle';
    },
  };
  const replacer = (_key: string, item: unknown) => {
    reads.replacer++;
    return item;
  };
  return { reads, value, replacer };
}

describe('user code runs once', () => {
  it('for an acyclic value: each getter, toJSON and replacer call once, as in JSON.stringify', () => {
    const { reads, value, replacer } = counted();
    stringify(value, replacer);
    const ours = { ...reads };
    const native = counted();
    JSON.stringify(native.value, native.replacer);
    expect(ours).toEqual(native.reads);
    expect(ours).toEqual({ before: 1, after: 1, toJSON: 1, replacer: 5 });
  });

  it.each([
    ['sorted', configure({ sorted: true })],
    ['maxDepth', configure({ maxDepth: 10 })],
  ])('with %s, even for a cyclic value: those options never try JSON.stringify first', (_name, run) => {
    const { reads, value, replacer } = counted();
    value.self = value;
    run(value, replacer);
    expect(reads).toEqual({ before: 1, after: 1, toJSON: 1, replacer: 5 });
  });

  it('when user code throws an error that is not a TypeError or RangeError: it is not retried', () => {
    let reads = 0;
    const failure = new Error('from a getter');
    const value = {
      get first() {
        reads++;
        return 1;
      },
      get broken(): never {
        throw failure;
      },
    };
    expect(() => stringify(value)).toThrow(failure);
    expect(reads).toBe(1);
  });
});

describe('user code runs twice', () => {
  it('for what JSON.stringify read before it met a cycle', () => {
    const { reads, value, replacer } = counted();
    value.self = value;
    expect(stringify(value, replacer)).toBe(
      '{"before":"read before the cycle","withToJSON":"toJSON","self":"[Circular]","after":"read after the cycle"}',
    );
    // JSON.stringify read `before`, called toJSON and the replacer, then threw at `self`.
    expect(reads).toEqual({ before: 2, after: 1, toJSON: 2, replacer: 1 + 3 + 5 });
  });

  it('for what JSON.stringify read before it met a BigInt (bigint: string)', () => {
    const { reads, value } = counted();
    value.self = 1n;
    expect(configure({ bigint: 'string' })(value)).toContain('"self":"1"');
    expect(reads).toEqual({ before: 2, after: 1, toJSON: 2, replacer: 0 });
  });

  it('when user code throws a TypeError: it runs again, and the error comes out of the second run', () => {
    let reads = 0;
    const value = {
      get first() {
        reads++;
        return 1;
      },
      get broken(): never {
        throw new TypeError(`failure ${reads}`);
      },
    };
    expect(() => stringify(value)).toThrow('failure 2');
    expect(reads).toBe(2);
  });
});
