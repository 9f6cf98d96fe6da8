import { describe, expect, it } from 'vitest';
import { BrandError } from './brand-error.js';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { compileDecorated } from './test-support/decorate.js';

interface MoneyClass {
  new (cents: bigint): { cents: bigint; plus(other: { cents: bigint }): { cents: bigint } };
  ZERO_LABEL: string;
  of(cents: bigint): { cents: bigint };
}

/** Money, Euro (an undecorated subclass) and Credit (a decorated subclass), compiled by TypeScript. */
function compileMoney() {
  return compileDecorated<{ Money: MoneyClass; Euro: MoneyClass; Credit: MoneyClass }>(
    `
    @branded
    class Money {
      static ZERO_LABEL = 'zero';
      static of(cents) { return new this(cents); }
      constructor(cents) { this.cents = cents; }
      plus(other) { return new Money(this.cents + other.cents); }
    }
    class Euro extends Money {}
    @branded
    class Credit extends Money {}
    `,
    { branded },
    ['Money', 'Euro', 'Credit'],
  );
}

describe('@branded (compiled by TypeScript with standard decorators)', () => {
  it('brands every instance the class constructs', () => {
    const { Money } = compileMoney();
    const money = new Money(5n);
    expect(brandOf(Money)?.has(money)).toBe(true);
    expect(money instanceof Money).toBe(true);
    expect(money.plus(new Money(1n)).cents).toBe(6n);
  });

  it('brands instances that static initializers construct', () => {
    const { Unit } = compileDecorated<{ Unit: { ZERO: object; new (): object } }>(
      '@branded class Unit { static ZERO = new Unit(); }',
      { branded },
      ['Unit'],
    );
    expect(Unit.ZERO instanceof Unit).toBe(true);
  });

  it('keeps the class name and static members', () => {
    const { Money } = compileMoney();
    expect(Money.name).toBe('Money');
    expect(Money.ZERO_LABEL).toBe('zero');
    expect(Money.of(3n) instanceof Money).toBe(true);
  });

  it('makes instanceof a brand check', () => {
    const { Money } = compileMoney();
    const real = new Money(1n);
    expect(Object.create(Money.prototype) instanceof Money).toBe(false);
    expect(Object.setPrototypeOf({ cents: 1n }, Money.prototype) instanceof Money).toBe(false);
    expect({ ...real } instanceof Money).toBe(false);
    expect(structuredClone({ ...real }) instanceof Money).toBe(false);
    expect(new Proxy(real, {}) instanceof Money).toBe(false);
    expect({ [Symbol.toStringTag]: 'Money' } instanceof Money).toBe(false);
    expect((1 as unknown) instanceof Money).toBe(false);
    expect((null as unknown) instanceof Money).toBe(false);
  });

  it('brands instances of subclasses, and keeps subclass instanceof precise', () => {
    const { Money, Euro, Credit } = compileMoney();
    const euro = new Euro(1n);
    const plain = new Money(1n);
    expect(brandOf(Money)?.has(euro)).toBe(true);
    expect(euro instanceof Money).toBe(true);
    expect(euro instanceof Euro).toBe(true);
    expect(plain instanceof Euro).toBe(false);
    expect(Object.create(Euro.prototype) instanceof Euro).toBe(false);
    expect(brandOf(Euro)).toBeUndefined();
    const credit = new Credit(2n);
    expect(credit instanceof Credit && credit instanceof Money).toBe(true);
    expect(brandOf(Credit)?.has(plain)).toBe(false);
    expect(brandOf(Credit)?.name).toBe('Credit');
  });

  it('hands out a frozen, read-only brand: nobody can add to it, delete from it or replace its checks', () => {
    const { Money } = compileMoney();
    const brand = brandOf(Money)!;
    const real = new Money(1n);
    expect(Object.isFrozen(brand)).toBe(true);
    expect(Object.keys(brand).sort()).toEqual(['assert', 'guard', 'has', 'name']);
    expect(() => {
      (brand as { has: unknown }).has = () => true;
    }).toThrow(TypeError);
    expect(() => {
      (brand as { add?: unknown }).add = () => true;
    }).toThrow(TypeError);
    expect(brand.has({ cents: 1n })).toBe(false);
    expect({ cents: 1n } instanceof Money).toBe(false);
    expect(brand.has(real) && real instanceof Money).toBe(true);
    expect(brandOf(Money)).toBe(brand);
  });

  it('asserts and guards through the class brand', () => {
    const { Money } = compileMoney();
    const brand = brandOf(Money)!;
    const cents = brand.guard(function (this: object) {
      return (this as { cents: bigint }).cents;
    });
    expect(cents.call(new Money(4n))).toBe(4n);
    expect(() => cents.call({ cents: 4n })).toThrow(
      new BrandError('Money', 'Expected Money, got an unbranded Object'),
    );
  });
});

describe('@branded applied by hand', () => {
  it('works as a plain function with a decorator context', () => {
    class Plain {
      value = 1;
    }
    const context = { kind: 'class', name: 'Plain' } as ClassDecoratorContext<typeof Plain>;
    const Branded = branded(Plain, context);
    expect(new Branded() instanceof Branded).toBe(true);
    expect(new Plain() instanceof Branded).toBe(false);
    expect(brandOf(Branded)?.has(new Branded())).toBe(true);
  });
});

describe('brandOf', () => {
  it('is undefined for classes that were never decorated', () => {
    expect(brandOf(Date)).toBeUndefined();
    expect(brandOf(class {})).toBeUndefined();
  });
});
