import { branded, brandOf } from '@weakset-recipes/brand';
import { runPlainChecks } from './coin.js';

/** A class decorated with the standard decorator syntax. */
@branded
export class Money {
  static readonly currency = 'EUR';

  constructor(readonly cents: number) {}

  /** Constructs through the class's own name, inside its body: toolchains differ on what it means there. */
  static insideBody(cents: number): Money {
    return new Money(cents);
  }
}

/** What a user of `@branded` relies on, each answered by the build that is being checked. */
export interface Checks {
  brandsInstances: boolean;
  rejectsForgeries: boolean;
  brandOfFindsIt: boolean;
  keepsNameAndStatics: boolean;
  brandsNewInsideBody: boolean;
  plainCallWorks: boolean;
}

export function runChecks(): Checks {
  const money = new Money(5);
  return {
    brandsInstances: money instanceof Money,
    rejectsForgeries: !(Object.create(Money.prototype) instanceof Money),
    brandOfFindsIt: brandOf(Money)?.has(money) === true,
    keepsNameAndStatics: Money.name === 'Money' && Money.currency === 'EUR',
    brandsNewInsideBody: Money.insideBody(1) instanceof Money,
    ...runPlainChecks(),
  };
}
