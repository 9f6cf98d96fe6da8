import { expectTypeOf } from 'vitest';
import {
  type Constructor,
  createEqual,
  type Difference,
  difference,
  type EqualHandler,
  type EqualOptions,
  equal,
  type HandlerEntry,
  handle,
} from './index.js';

// The API exactly as issue #21 writes it.
expectTypeOf(equal).toEqualTypeOf<(a: unknown, b: unknown) => boolean>();
expectTypeOf(createEqual).parameters.toEqualTypeOf<[options?: EqualOptions]>();
expectTypeOf(createEqual).returns.toEqualTypeOf<(a: unknown, b: unknown) => boolean>();
expectTypeOf(difference).toEqualTypeOf<
  (a: unknown, b: unknown, options?: EqualOptions) => Difference | undefined
>();
expectTypeOf<Difference>().toEqualTypeOf<{
  path: readonly PropertyKey[];
  a: unknown;
  b: unknown;
  reason: string;
}>();
expectTypeOf<EqualOptions['strict']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<
  [
    abstract new (...args: never[]) => object,
    (a: object, b: object, equal: (x: unknown, y: unknown) => boolean) => boolean,
  ]
>().toExtend<NonNullable<EqualOptions['handlers']> extends Iterable<infer E> ? E : never>();

// Handler entries written by hand and made by handle() both fit `handlers`.
class Money {
  constructor(readonly cents: bigint) {}
}
createEqual({ handlers: [[Money, (a, b) => (a as Money).cents === (b as Money).cents]] });
createEqual({ handlers: [handle(Money, (a, b) => a.cents === b.cents)] });
createEqual({ handlers: new Map([[Date, () => true]]) });
expectTypeOf(handle(Money, () => true)).toEqualTypeOf<HandlerEntry>();
// handle() types the instances; a handler for another class does not fit.
handle(Money, (a, b, same) => {
  expectTypeOf(a).toEqualTypeOf<Money>();
  expectTypeOf(same).toEqualTypeOf<(x: unknown, y: unknown) => boolean>();
  return same(a.cents, b.cents);
});
// @ts-expect-error: a Date handler's instances are not Money
handle(Money, (a: Date) => a.getTime() > 0);
// @ts-expect-error: a handler must return a boolean
handle(Money, () => 'yes');
// @ts-expect-error: an unknown option is a type error too
createEqual({ circular: 'throw' });

const ctor: Constructor<Money> = Money;
const compareMoney: EqualHandler<Money> = (a, b) => a.cents === b.cents;
expectTypeOf(ctor).toExtend<Constructor>();
expectTypeOf(compareMoney).toExtend<EqualHandler<Money>>();
