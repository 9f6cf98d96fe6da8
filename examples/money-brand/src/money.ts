import { branded, brandOf, type ReadonlyBrand } from '@weakset-recipes/brand';

export type Currency = 'EUR' | 'USD';

const symbols: Record<Currency, string> = { EUR: '€', USD: '$' };

/** What `toJSON` writes: bigint has no JSON form, so the cents travel as a string. */
export interface MoneyJson {
  cents: string;
  currency: string;
}

/**
 * An amount in integer cents. `@branded` remembers every instance this constructor made, so a
 * look-alike (a copy, a proxy, an object on Money's prototype) is never taken for a Money, and
 * `instanceof Money` becomes that brand check.
 */
@branded
export class Money {
  constructor(
    readonly cents: bigint,
    readonly currency: Currency,
  ) {}

  /** The honest way back from JSON: validate, then construct, so the result is branded. */
  static fromJSON(json: unknown): Money {
    const { cents, currency } = (json ?? {}) as Partial<MoneyJson>;
    if (typeof cents !== 'string' || !/^-?\d+$/.test(cents) || !(currency === 'EUR' || currency === 'USD')) {
      throw new TypeError(
        `Money.fromJSON: expected { cents: "<integer>", currency: "EUR" | "USD" }, got ${JSON.stringify(json)}`,
      );
    }
    return money(BigInt(cents), currency);
  }

  plus(other: Money): Money {
    assertMoney(other);
    if (other.currency !== this.currency) {
      throw new RangeError(`Cannot add ${other.format()} to ${this.format()}: currencies differ`);
    }
    return money(this.cents + other.cents, this.currency);
  }

  format(): string {
    const sign = this.cents < 0n ? '-' : '';
    const cents = this.cents < 0n ? -this.cents : this.cents;
    return `${sign}${symbols[this.currency]}${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
  }

  toJSON(): MoneyJson {
    return { cents: String(this.cents), currency: this.currency };
  }
}

/**
 * Makes a Money from outside the class body. Inside it, esbuild (so tsx and Vite) binds the name
 * `Money` to the class before decoration (evanw/esbuild#3968), and `new Money()` there would make
 * an unbranded instance; tsc binds it to the decorated class, as the standard says.
 */
function money(cents: bigint, currency: Currency): Money {
  return new Money(cents, currency);
}

function moneyBrand(): ReadonlyBrand<Money> {
  const brand = brandOf(Money);
  if (!brand) throw new Error('Money has no brand: is the @branded decorator missing?');
  return brand;
}

// Declared with its type: TypeScript only uses `assert` as an assertion through a typed name.
const MoneyBrand: ReadonlyBrand<Money> = moneyBrand();

/** Throws a BrandError naming what it got, unless `value` was made by `new Money()`. */
export function assertMoney(value: unknown): asserts value is Money {
  MoneyBrand.assert(value);
}

export function isMoney(value: unknown): value is Money {
  return MoneyBrand.has(value);
}
