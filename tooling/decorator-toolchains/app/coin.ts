import { branded, brandOf } from '@weakset-recipes/brand';

/** The decorator-free form alone: no decorator syntax anywhere in this module. */
export const Coin = branded(
  class Coin {
    constructor(readonly value: number) {}
  },
);
export type Coin = InstanceType<typeof Coin>;

export function runPlainChecks(): { plainCallWorks: boolean } {
  const coin: Coin = new Coin(1);
  return {
    plainCallWorks:
      coin instanceof Coin &&
      !(Object.create(Coin.prototype) instanceof Coin) &&
      brandOf(Coin)?.has(coin) === true,
  };
}
