// Run by main.test.ts through tsx in a child process: vitest's transform leaves standard
// decorators in place, and Node 20 cannot parse `@branded` itself.
import vm from 'node:vm';
import { BrandError } from '@weakset-recipes/brand';
import { assertMoney, isMoney, Money } from '../src/money.js';

function thrown(action: () => unknown): string {
  try {
    action();
    return 'nothing thrown';
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

const price = new Money(1999n, 'USD');
const copy = structuredClone(new Money(100n, 'EUR'));
const foreign = vm.runInNewContext('({ cents: 100n, currency: "EUR", format() { return "€1.00"; } })');

const results = {
  constructedIsMoney: isMoney(price),
  sumIsMoney: isMoney(price.plus(new Money(1n, 'USD'))),
  revivedIsMoney: isMoney(Money.fromJSON({ cents: '-5', currency: 'EUR' })),
  revivedFormat: Money.fromJSON({ cents: '-5', currency: 'EUR' }).format(),
  cloneInstanceOf: copy instanceof Money,
  cloneRejected: thrown(() => assertMoney(copy)),
  cloneErrorIsBrandError: (() => {
    try {
      assertMoney(copy);
      return false;
    } catch (error) {
      return error instanceof BrandError && error.brand === 'Money';
    }
  })(),
  foreignRejected: thrown(() => assertMoney(foreign)),
  malformedJson: thrown(() => Money.fromJSON({ cents: 1.5, currency: 'EUR' })),
  mixedCurrencies: thrown(() => new Money(1n, 'EUR').plus(new Money(1n, 'USD'))),
};
process.stdout.write(JSON.stringify(results));
