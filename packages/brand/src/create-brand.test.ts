import { describe, expect, expectTypeOf, it } from 'vitest';
import { BrandError } from './brand-error.js';
import { type Brand, createBrand } from './create-brand.js';

interface Money {
  readonly cents: bigint;
  readonly currency: string;
}

function moneyBrand() {
  // An explicit type: TypeScript only treats `assert` as an assertion on an annotated name.
  const Money: Brand<Money> = createBrand<Money>('Money');
  const money = (cents: bigint, currency = 'EUR'): Money => Money.add(Object.freeze({ cents, currency }));
  return { Money, money };
}

describe('createBrand', () => {
  it('holds exactly what add was given', () => {
    const { Money, money } = moneyBrand();
    const real = money(5n);
    expect(Money.has(real)).toBe(true);
    expect(Money.has({ cents: 5n, currency: 'EUR' })).toBe(false);
    expect(Money.name).toBe('Money');
  });

  it('returns the value from add, for one-line factories', () => {
    const Token = createBrand<object>('Token');
    const token = {};
    expect(Token.add(token)).toBe(token);
  });

  it('is frozen: its methods cannot be replaced, and they work detached from the brand', () => {
    const Token: Brand<object> = createBrand<object>('Token');
    expect(Object.isFrozen(Token)).toBe(true);
    for (const key of ['has', 'add', 'delete', 'assert', 'guard', 'name'] as const) {
      expect(() => {
        (Token as unknown as Record<string, unknown>)[key] = () => true;
      }, key).toThrow(TypeError);
    }
    const { add, has, assert } = Token;
    const token = add({});
    expect(has(token) && !has({})).toBe(true);
    expect(() => assert({})).toThrow(BrandError);
  });

  it('answers false for primitives and never throws from has', () => {
    const { Money } = moneyBrand();
    for (const value of [undefined, null, 0, 'Money', Symbol('x'), 1n, true])
      expect(Money.has(value)).toBe(false);
  });

  it.each([
    ['Object.create(prototype)', (real: Money) => Object.create(Object.getPrototypeOf(real)) as unknown],
    [
      'Object.setPrototypeOf',
      (real: Money) => Object.setPrototypeOf({ ...real }, Object.getPrototypeOf(real)),
    ],
    ['a spread copy', (real: Money) => ({ ...real })],
    ['Object.assign into a fake', (real: Money) => Object.assign({}, real)],
    ['structuredClone', (real: Money) => structuredClone(real)],
    ['a Proxy around the real object', (real: Money) => new Proxy(real, {})],
    [
      'a spoofed Symbol.toStringTag',
      () => ({ [Symbol.toStringTag]: 'Money', cents: 5n, currency: 'EUR' }) as unknown,
    ],
  ])('rejects a forgery: %s', (_name, forge) => {
    const made = moneyBrand();
    const Money: Brand<Money> = made.Money;
    const { money } = made;
    const real = money(5n);
    expect(Money.has(forge(real))).toBe(false);
    expect(() => Money.assert(forge(real))).toThrow(BrandError);
  });

  it('asserts with a BrandError that names the brand and what it got', () => {
    const Money: Brand<Money> = moneyBrand().Money;
    class Wallet {}
    const cases: Array<[unknown, string]> = [
      [{}, 'Expected Money, got an unbranded Object'],
      [new Wallet(), 'Expected Money, got an unbranded Wallet'],
      [Object.create(null), 'Expected Money, got an unbranded object'],
      [null, 'Expected Money, got null'],
      ['5 EUR', 'Expected Money, got a string'],
    ];
    for (const [value, message] of cases) {
      try {
        Money.assert(value);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BrandError);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as BrandError).brand).toBe('Money');
        expect((error as BrandError).message).toBe(message);
      }
    }
  });

  it('asserts with a custom message', () => {
    const Money: Brand<Money> = moneyBrand().Money;
    expect(() => Money.assert({}, 'pay() needs real money')).toThrow(
      new BrandError('Money', 'pay() needs real money'),
    );
  });

  it('passes assert for a branded value', () => {
    const made = moneyBrand();
    const Money: Brand<Money> = made.Money;
    const { money } = made;
    expect(() => Money.assert(money(1n))).not.toThrow();
  });

  it('deletes a brand and says whether it was there', () => {
    const { Money, money } = moneyBrand();
    const real = money(1n);
    expect(Money.delete(real)).toBe(true);
    expect(Money.has(real)).toBe(false);
    expect(Money.delete(real)).toBe(false);
  });

  it('guards a method against a foreign this, passing arguments and this through', () => {
    interface Account {
      balance: number;
      deposit(amount: number, note?: string): string;
    }
    const Account = createBrand<Account>('Account');
    const deposit = Account.guard(function (this: Account, amount: number, note = '') {
      this.balance += amount;
      return `${this.balance}${note}`;
    });
    const account = Account.add({ balance: 1, deposit });
    expect(account.deposit(2, '!')).toBe('3!');
    expect(() => deposit.call({ balance: 0, deposit }, 5)).toThrow(
      new BrandError('Account', 'Expected Account, got an unbranded Object'),
    );
  });

  it('keeps brands independent', () => {
    const A = createBrand<object>('A');
    const B = createBrand<object>('B');
    const value = A.add({});
    expect(B.has(value)).toBe(false);
  });

  it('narrows with has and assert', () => {
    const { Money } = moneyBrand();
    const Checked: Brand<Money> = Money;
    const value: unknown = Money.add(Object.freeze({ cents: 1n, currency: 'EUR' }));
    if (Money.has(value)) expectTypeOf(value).toEqualTypeOf<Money>();
    Checked.assert(value);
    expectTypeOf(value).toEqualTypeOf<Money>();
    expectTypeOf(Money).toEqualTypeOf<Brand<Money>>();
  });

  it('gives nominal types: a branded type is not assignable from its look-alike', () => {
    const verified: unique symbol = Symbol('verified');
    type Verified<T> = T & { readonly [verified]: true };
    interface User {
      name: string;
    }
    const Verified = createBrand<Verified<User>>('Verified');
    const greet = (user: Verified<User>) => `hello ${user.name}`;
    const candidate: unknown = Verified.add({ name: 'ada' } as Verified<User>);
    // @ts-expect-error a plain User is not a Verified<User>
    greet({ name: 'mallory' });
    if (Verified.has(candidate)) expect(greet(candidate)).toBe('hello ada');
    expectTypeOf<User>().not.toMatchTypeOf<Verified<User>>();
  });
});
