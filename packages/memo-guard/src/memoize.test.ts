import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { memoize } from './memoize.js';

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

  it('passes this through', () => {
    const counter = {
      step: 2,
      next: memoize(function (this: { step: number }, value: number) {
        return value + this.step;
      }),
    };
    expect(counter.next(1)).toBe(3);
  });

  it('keeps the signature of the function', () => {
    const cached = memoize((a: { id: number }, b: string) => a.id + b);
    expectTypeOf(cached).parameters.toEqualTypeOf<[{ id: number }, string]>();
    expectTypeOf(cached).returns.toEqualTypeOf<string>();
    expectTypeOf(cached.delete).parameters.toEqualTypeOf<[{ id: number }, string]>();
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
