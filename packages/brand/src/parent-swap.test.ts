import { describe, expect, it } from 'vitest';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { compileDecorated } from './test-support/decorate.js';

/*
 * `super()` calls whatever the parent of a class is at that moment. If other code could swap in a
 * parent that returns an object of its choosing, the class's private field would be installed on
 * that object, and the brand forged. Each attack swaps, constructs, and puts the parent back.
 */

type Constructor = new (...args: unknown[]) => object;

/** A parent that hands back whatever object it was given, for the brand to be installed on. */
const forgingParent = function (this: unknown, victim: object) {
  return victim;
} as unknown as Constructor;

const forgingProxy = new Proxy(() => {}, {
  construct: (_target, [victim]: unknown[]) => victim as object,
});

const swapError = (name: string) =>
  new TypeError(`new ${name}(): a parent class was replaced after @branded`);

/** Runs `attack` with `cls`'s parent swapped for `parent`, and always puts the original back. */
function withParent(cls: object, parent: object, attack: () => void): void {
  const original = Object.getPrototypeOf(cls) as object;
  Object.setPrototypeOf(cls, parent);
  try {
    attack();
  } finally {
    Object.setPrototypeOf(cls, original);
  }
}

const compiledMoney = () =>
  compileDecorated<{ Money: Constructor & { ZERO: string; of(): object } }>(
    "@branded class Money { static ZERO = 'zero'; static of() { return new this(); } }",
    { branded },
    ['Money'],
  ).Money;
const calledMoney = () =>
  branded(
    class Money {
      static ZERO = 'zero';
      static of() {
        return new this();
      }
      readonly cents: unknown;
      constructor(cents?: unknown) {
        this.cents = cents;
      }
    },
  ) as unknown as Constructor & { ZERO: string; of(): object };

describe.each([
  ['decorated with @branded (compiled by tsc)', compiledMoney],
  ['wrapped by a plain branded(class …) call', calledMoney],
])('a class %s, whose parent is swapped', (_form, makeMoney) => {
  it.each([
    ['for a function that returns its argument', forgingParent],
    ['for a Proxy whose construct trap returns its argument', forgingProxy],
  ])('refuses to construct, and brands nothing, %s', (_how, parent) => {
    const Money = makeMoney();
    const victim = { cents: 1e9 };
    withParent(Money, parent, () => {
      expect(() => new Money(victim)).toThrow(swapError('Money'));
    });
    expect(victim instanceof Money).toBe(false);
    expect(brandOf(Money)?.has(victim)).toBe(false);
  });

  it('brands nothing through an undecorated subclass', () => {
    const Money = makeMoney();
    class Euro extends Money {}
    const victim = { cents: 1e9 };
    withParent(Money, forgingParent, () => {
      expect(() => new Euro(victim)).toThrow(swapError('Money'));
    });
    // The subclass's own parent swapped: `super()` never reaches the branded class.
    withParent(Euro, forgingParent, () => new Euro(victim));
    expect(victim instanceof Money || victim instanceof Euro).toBe(false);
    expect(brandOf(Money)?.has(victim)).toBe(false);
  });

  it('brands nothing when the swapped-in parent puts the original back before returning', () => {
    const Money = makeMoney();
    const original = Object.getPrototypeOf(Money) as object;
    const victim = { cents: 1e9 };
    const restoring = function (this: unknown, target: object) {
      Object.setPrototypeOf(Money, original);
      return target;
    };
    Object.setPrototypeOf(Money, restoring);
    expect(() => new Money(victim)).toThrow(TypeError);
    Object.setPrototypeOf(Money, original);
    expect(brandOf(Money)?.has(victim)).toBe(false);
  });

  it('looks the parent up before the arguments run code, as the standard orders super()', () => {
    const Money = makeMoney();
    const victim = { cents: 1e9 };
    const original = Object.getPrototypeOf(Money) as object;
    // Spreading the arguments into super() runs the array iterator: swap the parent from there.
    const iterator = Object.getPrototypeOf([][Symbol.iterator]()) as { next(): unknown };
    const next = iterator.next;
    iterator.next = function (this: unknown) {
      iterator.next = next;
      Object.setPrototypeOf(Money, forgingParent);
      return next.call(this);
    };
    try {
      const made = new Money(victim);
      expect(made).not.toBe(victim);
    } finally {
      iterator.next = next;
      Object.setPrototypeOf(Money, original);
    }
    expect(brandOf(Money)?.has(victim)).toBe(false);
  });

  it('keeps checking when Object.getPrototypeOf is replaced after decoration', () => {
    const Money = makeMoney();
    const original = Object.getPrototypeOf(Money) as object;
    const { getPrototypeOf } = Object;
    const victim = { cents: 1e9 };
    let thrown: unknown;
    // A replacement that reports the parent as it was, to hide the swap from the check.
    Object.getPrototypeOf = (target: unknown) => (target === Money ? original : getPrototypeOf(target));
    Object.setPrototypeOf(Money, forgingParent);
    try {
      new Money(victim);
    } catch (error) {
      thrown = error;
    } finally {
      Object.getPrototypeOf = getPrototypeOf;
      Object.setPrototypeOf(Money, original);
    }
    expect(thrown).toEqual(swapError('Money'));
    expect(brandOf(Money)?.has(victim)).toBe(false);
  });

  it('stays usable once the parent is back: new, static members, subclasses', () => {
    const Money = makeMoney();
    withParent(Money, forgingParent, () => {});
    const money = new Money();
    expect(money instanceof Money && brandOf(Money)?.has(money)).toBe(true);
    expect(Money.ZERO).toBe('zero');
    expect(Money.of() instanceof Money).toBe(true);
    class Euro extends Money {}
    expect(new Euro() instanceof Euro).toBe(true);
    const viaProxy = Reflect.construct(Money, [], new Proxy(Euro, {})) as object;
    expect(viaProxy instanceof Euro && viaProxy instanceof Money).toBe(true);
  });
});

describe('a @branded class that extends another class', () => {
  it('refuses to construct when the parent of the class it extends is swapped', () => {
    const { Base, Credit } = compileDecorated<{ Base: Constructor; Credit: Constructor }>(
      'class Root {} class Base extends Root {} @branded class Credit extends Base {}',
      { branded },
      ['Base', 'Credit'],
    );
    const undecorated = Object.getPrototypeOf(Credit) as object;
    const victim = { cents: 1e9 };
    for (const cls of [undecorated, Base]) {
      withParent(cls, forgingParent, () => {
        expect(() => new Credit(victim)).toThrow(swapError('Credit'));
      });
    }
    expect(victim instanceof Credit).toBe(false);
    expect(brandOf(Credit)?.has(victim)).toBe(false);
    expect(new Credit() instanceof Credit).toBe(true);
  });

  it('keeps both brands of a decorated class extending a decorated class', () => {
    const { Money, Credit } = compileDecorated<{ Money: Constructor; Credit: Constructor }>(
      '@branded class Money {} @branded class Credit extends Money {}',
      { branded },
      ['Money', 'Credit'],
    );
    const victim = {};
    withParent(Object.getPrototypeOf(Credit) as object, forgingParent, () => {
      expect(() => new Credit(victim)).toThrow(swapError('Credit'));
    });
    expect(victim instanceof Credit || victim instanceof Money).toBe(false);
    const credit = new Credit();
    expect(credit instanceof Credit && credit instanceof Money).toBe(true);
  });
});
