import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BrandError } from './brand-error.js';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';
import type { ReadonlyBrand } from './readonly-brand.js';

class Wallet {}
const Money = branded(class Money {});
const brands: Array<[string, () => ReadonlyBrand<object>]> = [
  ['a createBrand brand', () => createBrand<object>('Money')],
  ['the brand of a @branded class', () => brandOf(Money)!],
];

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** What `assert` threw for `value`, failing the test if it threw nothing. */
function assertionError(brand: ReadonlyBrand<object>, value: unknown): unknown {
  try {
    brand.assert(value);
  } catch (error) {
    return error;
  }
  return expect.unreachable(`assert(${String(value)}) passed`);
}

describe.each(brands)('assert on %s', (_kind, makeBrand) => {
  it.each<[string, () => unknown, string]>([
    ['undefined', () => undefined, 'Expected Money, got undefined'],
    ['null', () => null, 'Expected Money, got null'],
    ['a string', () => '5 EUR', 'Expected Money, got a string'],
    ['a symbol', () => Symbol('Money'), 'Expected Money, got a symbol'],
    ['a plain object', () => ({}), 'Expected Money, got an unbranded Object'],
    ['an instance of another class', () => new Wallet(), 'Expected Money, got an unbranded Wallet'],
    ['an object without a prototype', () => Object.create(null), 'Expected Money, got an unbranded object'],
    ['a function', () => () => {}, 'Expected Money, got an unbranded Function'],
    ['a revoked proxy', revokedProxy, 'Expected Money, got a revoked Proxy'],
    [
      'an object whose constructor getter throws',
      () => ({
        get constructor() {
          throw new Error('no');
        },
      }),
      'Expected Money, got an unbranded object',
    ],
    [
      'an object whose constructor has a symbol as its name',
      () => ({ constructor: { name: Symbol('Money') } }),
      'Expected Money, got an unbranded object',
    ],
    [
      'a proxy whose get trap throws',
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
          },
        ),
      'Expected Money, got an unbranded object',
    ],
    [
      'a proxy around an array whose get trap throws',
      () =>
        new Proxy([], {
          get() {
            throw new Error('trap');
          },
        }),
      'Expected Money, got an unbranded Array',
    ],
  ])('throws a BrandError for %s, never the engine’s own error', (_what, make, message) => {
    const error = assertionError(makeBrand(), make());
    expect(error).toBeInstanceOf(BrandError);
    expect((error as BrandError).message).toBe(message);
    expect((error as BrandError).brand).toBe('Money');
  });

  it('never throws from has, and throws only a BrandError from assert, whatever it is given', () => {
    const brand = makeBrand();
    // (A revoked proxy is in the table above: fast-check itself cannot hold one, it probes values with `in`.)
    const hostile = fc.constantFrom<unknown>(
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('trap');
          },
        },
      ),
      { constructor: { name: 42 } },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withBigInt: true, withMap: true, withSet: true }), hostile),
        (value) => {
          expect(brand.has(value)).toBe(false);
          expect(assertionError(brand, value)).toBeInstanceOf(BrandError);
        },
      ),
    );
  });
});
