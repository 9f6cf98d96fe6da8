import { describe, expectTypeOf, it } from 'vitest';
import { type Memoized, type MemoizeOptions, memoize } from './memoize.js';

describe('memoize types', () => {
  it('keeps the signature of the function', () => {
    const cached = memoize((a: { id: number }, b: string) => a.id + b);
    expectTypeOf(cached).parameters.toEqualTypeOf<[{ id: number }, string]>();
    expectTypeOf(cached).returns.toEqualTypeOf<string>();
    expectTypeOf(cached.delete).parameters.toEqualTypeOf<[{ id: number }, string]>();
    expectTypeOf(cached.delete).returns.toEqualTypeOf<boolean>();
  });

  it('keeps a generic function generic', () => {
    const first = memoize(<T>(items: T[]): T | undefined => items[0]);
    expectTypeOf(first([1, 2])).toEqualTypeOf<number | undefined>();
    expectTypeOf(first(['a'])).toEqualTypeOf<string | undefined>();
    const pair = memoize(<K extends object, V>(key: K, value: V): [K, V] => [key, value]);
    expectTypeOf(pair({ id: 1 }, true)).toEqualTypeOf<[{ id: number }, boolean]>();
  });

  it('keeps the receiver type of a method', () => {
    const scale = memoize(function (this: { factor: number }, value: number) {
      return value * this.factor;
    });
    expectTypeOf(scale).thisParameter.toEqualTypeOf<{ factor: number }>();
    const scaler = { factor: 2, scale };
    expectTypeOf(scaler.scale(1)).toEqualTypeOf<number>();
  });

  it('types the options and the Memoized type', () => {
    expectTypeOf<MemoizeOptions>().toEqualTypeOf<{ maxPrimitive?: number | undefined }>();
    const area: Memoized<(box: { w: number; h: number }) => number> = memoize((box) => box.w * box.h);
    expectTypeOf(area).returns.toEqualTypeOf<number>();
    // @ts-expect-error: an option that does not exist
    memoize((n: number) => n, { maxSize: 10 });
    // @ts-expect-error: a function is required
    memoize('notfn');
  });
});
