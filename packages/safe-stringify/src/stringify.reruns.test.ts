import { describe, expect, it } from 'vitest';
import { CircularError } from './circular-error.js';
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
  // A function of its own per test: where a failed attempt is slow, a cycle makes the function
  // skip its next attempts (tested below), and `stringify` is one function for the whole file.
  it('for what JSON.stringify read before it met a cycle', () => {
    const { reads, value, replacer } = counted();
    value.self = value;
    expect(configure({})(value, replacer)).toBe(
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
    expect(() => configure({})(value)).toThrow('failure 2');
    expect(reads).toBe(2);
  });
});

/**
 * JavaScriptCore (Bun; Safari and WebKitGTK), told apart here by the runtime's name, independently
 * of how configure.ts tells it: its user agent says AppleWebKit without Chrome.
 */
const onJavaScriptCore =
  'Bun' in globalThis ||
  (typeof navigator !== 'undefined' &&
    /AppleWebKit/.test(navigator.userAgent) &&
    !/Chrome|Chromium/.test(navigator.userAgent));

describe('after a cycle, on an engine whose failed attempt is slow (JavaScriptCore)', () => {
  /** A value that refers to itself, and how often its getter has run. */
  function countedCycle() {
    let reads = 0;
    const value: Record<string, unknown> = {
      get before() {
        reads++;
        return 1;
      },
    };
    value.self = value;
    return { value, reads: () => reads };
  }
  /** How often the getter of a cyclic value runs in one call: 2 with a first attempt, 1 without. */
  function readsOfCyclic(run: (value: unknown) => unknown): number {
    const { value, reads } = countedCycle();
    expect(run(value)).toBe('{"before":1,"self":"[Circular]"}');
    return reads();
  }
  const acyclic = (run: (value: unknown) => unknown, calls: number) => {
    for (let call = 0; call < calls; call++) expect(run({ call })).toBe(`{"call":${call}}`);
  };
  const afterSkip = onJavaScriptCore ? 1 : 2;
  /**
   * Plays a sequence of calls on one function: 'tried' is a cyclic value written after a first
   * attempt (its getter read twice), 'skipped' one written with the attempt skipped on
   * JavaScriptCore (read once there; twice elsewhere, where nothing is skipped), a number that many
   * acyclic values.
   */
  const play = (steps: readonly ('tried' | 'skipped' | number)[]) => {
    const run = configure({});
    for (const [index, step] of steps.entries()) {
      if (typeof step === 'number') acyclic(run, step);
      else expect(readsOfCyclic(run), `step ${index}: ${step}`).toBe(step === 'tried' ? 2 : afterSkip);
    }
  };

  it('skips the first attempt for the next 16 calls, and tries it again after them', () => {
    // The 16th call since the last cycle still skips it; the 17th tries again.
    play(['tried', 'skipped', 15, 'skipped', 16, 'tried']);
  });

  it('doubles the calls it skips after each failed attempt', () => {
    // A cycle met while skipping starts the (doubled) count again.
    play(['tried', 16, 'tried', 16, 'skipped', 31, 'skipped', 32, 'tried']);
  });

  it("counts a cycle that circular: 'throw' reports, and keeps each configured function's count apart", () => {
    const throwing = configure({ circular: 'throw' });
    const first = countedCycle();
    expect(() => throwing(first.value)).toThrow(CircularError);
    expect(first.reads()).toBe(2);
    const second = countedCycle();
    expect(() => throwing(second.value)).toThrow(CircularError);
    expect(second.reads()).toBe(afterSkip);
    expect(readsOfCyclic(configure({}))).toBe(2);
  });

  // On JavaScriptCore the acyclic calls below run inside a skip window, so the engine writes them
  // instead of JSON.stringify; elsewhere JSON.stringify does, and the test holds trivially.
  it('writes acyclic values exactly as JSON.stringify does while it skips the attempt', () => {
    const run = configure({ bigint: 'string' });
    expect(readsOfCyclic(run)).toBe(2);
    // A hole at index 3, a function and undefined: `null` in an array, as JSON.stringify writes them.
    const list: unknown[] = [undefined, () => 1, Number.NaN];
    list[4] = 'x';
    const value = { n: -0, list, date: new Date(0), boxed: new String('s'), nested: { a: [{}] } };
    const replacer = (key: string, item: unknown) => (key === 'n' ? 'replaced' : item);
    for (const space of [undefined, 2, '\t']) {
      expect(run(value, null, space)).toBe(JSON.stringify(value, null, space));
      expect(run(value, replacer, space)).toBe(JSON.stringify(value, replacer, space));
      expect(run(value, ['n', 'nested', 'a'], space)).toBe(
        JSON.stringify(value, ['n', 'nested', 'a'], space),
      );
    }
    expect(run({ id: 1n })).toBe('{"id":"1"}');
    // Still inside the window opened by the first cycle (11 calls so far): the writes above were the
    // engine's on JavaScriptCore, not JSON.stringify's.
    expect(readsOfCyclic(run)).toBe(afterSkip);
  });
});
