import { expectTypeOf } from 'vitest';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import type { ReadonlyBrand } from './readonly-brand.js';

declare const Money: new (cents: bigint) => { readonly cents: bigint };
declare class Euro {
  readonly cents: bigint;
  readonly currency: 'EUR';
  constructor(cents: bigint);
}
declare const value: unknown;
declare const other: unknown;

// `has` narrows to the instance type of the class it was asked about.
if (brandOf(Euro)?.has(value)) expectTypeOf(value).toEqualTypeOf<Euro>();
if (brandOf(Money)?.has(value)) expectTypeOf(value).toEqualTypeOf<{ readonly cents: bigint }>();
expectTypeOf(brandOf(Euro)).toEqualTypeOf<ReadonlyBrand<Euro> | undefined>();

// So does `assert`, through a name declared with its type.
const Euros: ReadonlyBrand<Euro> = brandOf(Euro)!;
Euros.assert(value);
expectTypeOf(value).toEqualTypeOf<Euro>();

// Abstract classes, built-ins and plain functions are accepted too.
declare abstract class Shape {
  abstract area(): number;
}
expectTypeOf(brandOf(Shape)).toEqualTypeOf<ReadonlyBrand<Shape> | undefined>();
expectTypeOf(brandOf(Date)).toEqualTypeOf<ReadonlyBrand<Date> | undefined>();
expectTypeOf(brandOf(function legacy() {})).toEqualTypeOf<ReadonlyBrand<object> | undefined>();

// The view is read-only: it has no `add` or `delete`.
// @ts-expect-error a class's brand cannot be added to
brandOf(Euro)?.add(value);
// @ts-expect-error nor deleted from
brandOf(Euro)?.delete(value);

// `branded`, called as a function, returns the class it was given, with its static side.
const Plain = branded(
  class Plain {
    static readonly unit = 'cents' as const;
    constructor(readonly amount: number) {}
  },
);
type Plain = InstanceType<typeof Plain>;
expectTypeOf(Plain.unit).toEqualTypeOf<'cents'>();
expectTypeOf(new Plain(1)).toEqualTypeOf<Plain>();
if (brandOf(Plain)?.has(other)) expectTypeOf(other).toEqualTypeOf<Plain>();
// @ts-expect-error only classes can be branded
branded({});
