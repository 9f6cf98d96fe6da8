import { expectTypeOf } from 'vitest';
import { type Brand, createBrand } from './create-brand.js';
import type { ReadonlyBrand } from './readonly-brand.js';

interface Money {
  readonly cents: bigint;
  readonly currency: string;
}
declare const value: unknown;

const Money: Brand<Money> = createBrand<Money>('Money');

// `add` accepts a Money only, and returns what it was given, with its own type.
const frozen = Money.add(Object.freeze({ cents: 1n, currency: 'EUR' }));
expectTypeOf(frozen).toExtend<Money>();
class Coin implements Money {
  readonly cents = 1n;
  readonly currency = 'EUR';
}
expectTypeOf(Money.add(new Coin())).toEqualTypeOf<Coin>();
// @ts-expect-error a look-alike missing a field is not a Money
Money.add({ cents: 1n });
// @ts-expect-error an unrelated object is not a Money
Money.add(new Date());

// `has` and `assert` narrow to Money.
if (Money.has(value)) expectTypeOf(value).toEqualTypeOf<Money>();
Money.assert(value);
expectTypeOf(value).toEqualTypeOf<Money>();

// A brand is a read-only brand with `add` and `delete`: it can be handed out as one.
const view: ReadonlyBrand<Money> = Money;
expectTypeOf(view).not.toHaveProperty('add');

// `guard` keeps the method's type and checks its `this`.
const cents = Money.guard(function (this: Money, factor: number) {
  return Number(this.cents) * factor;
});
expectTypeOf(cents).toEqualTypeOf<(this: Money, factor: number) => number>();
// @ts-expect-error a method whose `this` is not a Money cannot be guarded by the Money brand
Money.guard(function (this: Date) {
  return this.getTime();
});

// A name is required.
// @ts-expect-error createBrand needs a name
createBrand<Money>();
