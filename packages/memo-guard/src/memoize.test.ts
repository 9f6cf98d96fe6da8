import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, it, vi } from 'vitest';
import { memoize } from './memoize.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('memoize', () => {
  it('caches by object identity and primitive value, over any number of arguments', () => {
    const fn = vi.fn((a: object, b: string, c: number) => ({ a, b, c }));
    const cached = memoize(fn);
    const key = {};
    const first = cached(key, 'x', 1);
    expect(cached(key, 'x', 1)).toBe(first);
    expect(cached(key, 'x', 2)).not.toBe(first);
    expect(cached({}, 'x', 1)).not.toBe(first);
    expect(cached(key, 'y', 1)).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('caches calls with no arguments and with one', () => {
    const none = vi.fn(() => ({}));
    const cachedNone = memoize(none);
    expect(cachedNone()).toBe(cachedNone());
    expect(none).toHaveBeenCalledTimes(1);

    const one = vi.fn((value: unknown) => [value]);
    const cachedOne = memoize(one);
    expect(cachedOne('a')).toBe(cachedOne('a'));
    expect(cachedOne(1)).toBe(cachedOne(1));
    expect(one).toHaveBeenCalledTimes(2);
  });

  it('compares primitives with SameValueZero: NaN equals NaN, -0 equals 0, undefined is a key', () => {
    const fn = vi.fn((value: unknown, other?: unknown) => ({ value, other }));
    const cached = memoize(fn);
    expect(cached(Number.NaN)).toBe(cached(Number.NaN));
    expect(cached(-0)).toBe(cached(0));
    expect(cached(undefined)).toBe(cached(undefined));
    expect(cached('k', undefined)).toBe(cached('k', undefined));
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('tells f(a) from f(a, undefined)', () => {
    const fn = vi.fn((...args: unknown[]) => args.length);
    const cached = memoize(fn);
    const key = {};
    expect(cached(key)).toBe(1);
    expect(cached(key, undefined)).toBe(2);
  });

  it('caches undefined results', () => {
    const fn = vi.fn((_key: object): undefined => undefined);
    const cached = memoize(fn);
    const key = {};
    cached(key);
    cached(key);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not cache thrown errors', () => {
    let calls = 0;
    const cached = memoize((_key: object) => {
      calls++;
      if (calls === 1) throw new Error('first fails');
      return calls;
    });
    const key = {};
    expect(() => cached(key)).toThrow('first fails');
    expect(cached(key)).toBe(2);
    expect(cached(key)).toBe(2);
  });

  it('shares a promise while it is in flight and keeps it once resolved', async () => {
    const fn = vi.fn(async (id: string) => ({ id }));
    const load = memoize(fn);
    const first = load('a');
    expect(load('a')).toBe(first);
    await first;
    expect(load('a')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('evicts a promise that rejects, so the next call tries again', async () => {
    let calls = 0;
    const load = memoize(async (_id: string) => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return calls;
    });
    const failed = load('a');
    expect(load('a')).toBe(failed);
    await expect(failed).rejects.toThrow('offline');
    await Promise.resolve();
    await expect(load('a')).resolves.toBe(2);
  });

  it('does not evict a newer result when an older promise rejects', async () => {
    const rejecters: Array<(error: Error) => void> = [];
    const fn = vi.fn(
      (_key: string) =>
        new Promise<number>((_, fail) => {
          rejecters.push(fail);
        }),
    );
    const load = memoize(fn);
    const old = load('k');
    old.catch(() => {});
    load.delete('k');
    const newer = load('k');
    rejecters[0]?.(new Error('old one failed'));
    await old.catch(() => {});
    await Promise.resolve();
    expect(load('k')).not.toBe(old);
    expect(load('k')).toBe(newer);
  });

  it('deletes one entry and says whether there was one', () => {
    const fn = vi.fn((a: object, b: number) => ({ a, b }));
    const cached = memoize(fn);
    const key = {};
    cached(key, 1);
    cached(key, 2);
    expect(cached.delete(key, 1)).toBe(true);
    expect(cached.delete(key, 1)).toBe(false);
    expect(cached.delete({}, 1)).toBe(false);
    cached(key, 1);
    cached(key, 2);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('deletes the no-argument entry', () => {
    const fn = vi.fn(() => 1);
    const cached = memoize(fn);
    expect(cached.delete()).toBe(false);
    cached();
    expect(cached.delete()).toBe(true);
    cached();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('does not keep object arguments alive, even when the result refers to them', async () => {
    const cached = memoize((key: object, label: string) => ({ key, label }));
    expect(
      await isCollected(() => {
        const key = {};
        cached(key, 'self-referencing result');
        return key;
      }),
    ).toBe(true);
  });

  it('does not keep an inner argument alive either', async () => {
    const outer = {};
    const cached = memoize((a: object, b: object) => [a, b]);
    expect(
      await isCollected(() => {
        const inner = {};
        cached(outer, inner);
        return inner;
      }),
    ).toBe(true);
  });
});

describe('memoize with unusual calls', () => {
  it('caches calls of more than 28 arguments, told apart by which are objects', () => {
    const fn = vi.fn((...args: unknown[]) => ({ count: args.length }));
    const memoized = memoize(fn);
    const key = {};
    const many = Array.from({ length: 30 }, (_, index) => index);
    const withObject = [...many.slice(0, 29), key];
    const first = memoized(...many);
    expect(memoized(...many)).toBe(first);
    expect(memoized(...withObject)).not.toBe(first);
    expect(memoized(...withObject)).toBe(memoized(...withObject));
    expect(memoized(...many.slice(0, 29))).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(3);
    expect(memoized.delete(...withObject)).toBe(true);
  });

  it('keeps the outer result when fn calls itself with the same arguments before it returns', () => {
    for (const arg of [{}, 'primitive']) {
      let depth = 0;
      const memoized: (value: unknown) => { depth: number } = memoize(
        (value: unknown) => {
          depth++;
          // The first run asks for its own arguments once: that inner call is a miss too.
          if (depth === 1) memoized(value);
          return { depth };
        },
        { maxPrimitive: 1 },
      );
      const outer = memoized(arg);
      expect(outer).toEqual({ depth: 2 });
      expect(memoized(arg)).toBe(outer);
    }
  });
});

describe('memoize with a receiver', () => {
  interface Scaler {
    factor: number;
    scale(value: number): { scaled: number };
  }
  const scale = function (this: Scaler, value: number) {
    return { scaled: value * this.factor };
  };

  it('makes an object receiver part of the key, so a memoized method caches per instance', () => {
    const method = vi.fn(scale);
    const memoized = memoize(method);
    const one: Scaler = { factor: 1, scale: memoized };
    const ten: Scaler = { factor: 10, scale: memoized };
    expect(one.scale(2)).toEqual({ scaled: 2 });
    expect(ten.scale(2)).toEqual({ scaled: 20 });
    expect(one.scale(2)).toBe(one.scale(2));
    expect(ten.scale(2)).toBe(ten.scale(2));
    expect(method).toHaveBeenCalledTimes(2);
  });

  it('works for a method shared by every instance of a class, with any number of arguments', () => {
    const cell = memoize(function (this: Grid, row: { y: number }, column: number) {
      return { index: row.y * this.size + column };
    });
    class Grid {
      constructor(readonly size: number) {}
      // One memoized function for every grid: the receiver tells the grids apart.
      cell = cell;
    }
    const small = new Grid(2);
    const large = new Grid(10);
    const row = { y: 3 };
    expect(small.cell(row, 1)).toEqual({ index: 7 });
    expect(large.cell(row, 1)).toEqual({ index: 31 });
    expect(small.cell(row, 1)).toBe(small.cell(row, 1));
  });

  it('ignores a receiver that is not an object: the call is keyed by its arguments alone', () => {
    const fn = vi.fn((value: number) => ({ value }));
    const memoized = memoize(fn);
    const plain = memoized(1);
    expect(memoized.call(5, 1)).toBe(plain);
    expect(memoized.call(null, 1)).toBe(plain);
    expect(memoized.call('text', 1)).toBe(plain);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('deletes a call made with a receiver when delete is called with that receiver', () => {
    const fn = vi.fn(scale);
    const memoized = memoize(fn);
    const one: Scaler = { factor: 1, scale: memoized };
    one.scale(3);
    expect(memoized.delete(3)).toBe(false);
    expect(memoized.delete.call(one, 3)).toBe(true);
    one.scale(3);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('does not keep the receiver alive', async () => {
    const memoized = memoize(scale);
    expect(
      await isCollected(() => {
        const receiver: Scaler = { factor: 2, scale: memoized };
        receiver.scale(1);
        return receiver;
      }),
    ).toBe(true);
  });
});

describe('memoize with primitive arguments only', () => {
  it('keeps at most 1,000 such calls by default, dropping the least recently used', () => {
    const fn = vi.fn((id: number) => ({ id }));
    const memoized = memoize(fn);
    const first = memoized(0);
    for (let id = 1; id < 1000; id++) memoized(id);
    expect(memoized(0)).toBe(first); // used again: now the most recent
    memoized(1000); // one too many: drops 1, the least recently used
    expect(fn).toHaveBeenCalledTimes(1001);
    expect(memoized(0)).toBe(first);
    expect(memoized(2)).toEqual({ id: 2 });
    expect(fn).toHaveBeenCalledTimes(1001);
    memoized(1);
    expect(fn).toHaveBeenCalledTimes(1002);
  });

  it('takes its bound from maxPrimitive; 0 caches no such call, Infinity every one', () => {
    const none = vi.fn((id: number) => ({ id }));
    const memoizedNone = memoize(none, { maxPrimitive: 0 });
    memoizedNone(1);
    memoizedNone(1);
    expect(none).toHaveBeenCalledTimes(2);

    const all = vi.fn((id: number) => ({ id }));
    const memoizedAll = memoize(all, { maxPrimitive: Number.POSITIVE_INFINITY });
    for (let id = 0; id < 3000; id++) memoizedAll(id);
    for (let id = 0; id < 3000; id++) memoizedAll(id);
    expect(all).toHaveBeenCalledTimes(3000);
  });

  it('counts the no-argument call as one of them', () => {
    const fn = vi.fn((...ids: number[]) => ids.length);
    const memoized = memoize(fn, { maxPrimitive: 1 });
    memoized();
    memoized();
    expect(fn).toHaveBeenCalledTimes(1);
    memoized(1);
    memoized();
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('never bounds calls with an object, whatever their primitives', () => {
    const fn = vi.fn((key: object, id: number) => ({ key, id }));
    const memoized = memoize(fn, { maxPrimitive: 1 });
    const key = {};
    const results = Array.from({ length: 50 }, (_, id) => memoized(key, id));
    expect(results.every((result, id) => memoized(key, id) === result)).toBe(true);
    expect(fn).toHaveBeenCalledTimes(50);
  });
});

describe('memoize and thenables', () => {
  it('treats a thenable that is not a native promise as a plain value: its then never runs', async () => {
    const then = vi.fn();
    const query = { then };
    const fn = vi.fn((_key: object) => query);
    const memoized = memoize(fn);
    const key = {};
    expect(memoized(key)).toBe(query);
    await nextTask(); // a `then` called through Promise.resolve would run by now
    expect(memoized(key)).toBe(query);
    expect(then).not.toHaveBeenCalled();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never reads a then getter, so one that throws leaves the call cached like any value', () => {
    const getter = vi.fn(() => {
      throw new Error('then getter');
    });
    const lazy = Object.defineProperty({}, 'then', { get: getter });
    const fn = vi.fn((_key: object) => lazy);
    const memoized = memoize(fn);
    const key = {};
    expect(memoized(key)).toBe(lazy);
    expect(memoized(key)).toBe(lazy);
    expect(getter).not.toHaveBeenCalled();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('treats an object that only inherits from Promise.prototype as a plain value', async () => {
    const fake = Object.create(Promise.prototype) as Promise<number>;
    let calls = 0;
    // Not a vi.fn: a spy itself calls `then` on a result that looks like a promise.
    const memoized = memoize((_key: object) => {
      calls++;
      return fake;
    });
    const key = {};
    expect(memoized(key)).toBe(fake);
    await nextTask();
    expect(memoized(key)).toBe(fake);
    expect(calls).toBe(1);
  });

  it('follows a promise subclass like any native promise', async () => {
    class Deferred<T> extends Promise<T> {}
    let calls = 0;
    const memoized = memoize((_key: object) => {
      calls++;
      return calls === 1 ? Deferred.reject(new Error('first')) : Deferred.resolve(calls);
    });
    const key = {};
    const first = memoized(key);
    expect(first).toBeInstanceOf(Deferred);
    await expect(first).rejects.toThrow('first');
    await expect(memoized(key)).resolves.toBe(2);
  });

  it('returns a promise that settles like the one fn returned, not that promise itself', async () => {
    const original = Promise.resolve('value');
    const memoized = memoize((_key: object) => original);
    const returned = memoized({});
    expect(returned).not.toBe(original);
    await expect(returned).resolves.toBe('value');
  });
});
