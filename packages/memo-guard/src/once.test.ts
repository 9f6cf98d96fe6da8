import { isCollected } from '@weakset-recipes-internal/testing';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { once } from './once.js';

describe('once', () => {
  it('runs fn the first time it sees an object and returns that first result ever after', () => {
    const fn = vi.fn((target: { n: number }) => ({ doubled: target.n * 2 }));
    const setUp = once(fn);
    const target = { n: 2 };
    const first = setUp(target);
    expect(setUp(target)).toBe(first);
    expect(setUp(target)).toEqual({ doubled: 4 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs again for a different object, even an equal one', () => {
    const fn = vi.fn((target: object) => target);
    const setUp = once(fn);
    setUp({ a: 1 });
    setUp({ a: 1 });
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('remembers an undefined result', () => {
    const fn = vi.fn(() => undefined);
    const setUp = once(fn);
    const target = {};
    setUp(target);
    setUp(target);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('accepts functions as objects', () => {
    const setUp = once((target: () => void) => target.length);
    expect(setUp(() => {})).toBe(0);
  });

  it('throws a TypeError for a primitive', () => {
    const setUp = once((target: object) => target);
    expect(() => setUp(1 as unknown as object)).toThrow(TypeError);
    expect(() => setUp(null as unknown as object)).toThrow(TypeError);
    expect(() => setUp('text' as unknown as object)).toThrow(TypeError);
  });

  it('does not remember a call that threw', () => {
    let attempts = 0;
    const setUp = once(() => {
      attempts++;
      if (attempts === 1) throw new Error('flaky');
      return attempts;
    });
    const target = {};
    expect(() => setUp(target)).toThrow('flaky');
    expect(setUp(target)).toBe(2);
    expect(setUp(target)).toBe(2);
  });

  it('refuses a re-entrant call for the same object instead of running twice', () => {
    const fn = vi.fn((target: object): unknown => setUp(target));
    const setUp = once(fn);
    expect(() => setUp({})).toThrow(
      new TypeError('once(fn)(target): called again for this target inside its first call'),
    );
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps the types of the target and the result', () => {
    const setUp = once((el: { id: string }) => el.id.length);
    expectTypeOf(setUp).toEqualTypeOf<(target: { id: string }) => number>();
  });

  it('does not keep the object alive, even when the result refers to it', async () => {
    const remember = once((target: object) => ({ target }));
    expect(
      await isCollected(() => {
        const target = {};
        remember(target);
        return target;
      }),
    ).toBe(true);
  });
});

describe('the garbage-collection probe', () => {
  it('sees an object that is still held as alive', async () => {
    const held: object[] = [];
    expect(
      await isCollected(() => {
        const target = {};
        held.push(target);
        return target;
      }, 5),
    ).toBe(false);
    expect(held).toHaveLength(1);
  });
});
