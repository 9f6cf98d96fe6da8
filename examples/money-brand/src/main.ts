import { BrandError } from '@weakset-recipes/brand';
import { forgeries, PlainMoney } from './forgeries.js';
import { assertMoney, isMoney, Money } from './money.js';
import { runPluginInAnotherRealm } from './realm.js';

function outcome(check: () => unknown): string {
  try {
    check();
    return 'accepted';
  } catch (error) {
    if (error instanceof BrandError) return `rejected: ${error.name}: ${error.message}`;
    throw error;
  }
}

export function main(print: (line: string) => void = console.log): boolean {
  const price = new Money(1250n, 'EUR');
  const shipping = new Money(300n, 'EUR');
  const plainPrice = new PlainMoney(1250n, 'EUR');
  let forgeriesAccepted = 0;

  print(`A real Money: ${price.format()} + ${shipping.format()} = ${price.plus(shipping).format()}`);
  print('');
  print('Forgeries, checked by `instanceof` on a plain class and by the @branded Money:');
  for (const forgery of forgeries) {
    const plainForgery = forgery.make(PlainMoney, plainPrice);
    const moneyForgery = forgery.make(Money, price);
    const branded = outcome(() => price.plus(moneyForgery as Money));
    if (branded === 'accepted' || isMoney(moneyForgery) || moneyForgery instanceof Money) forgeriesAccepted++;
    print(`  • ${forgery.name}`);
    print(`      instanceof PlainMoney → ${plainForgery instanceof PlainMoney ? 'accepted' : 'rejected'}`);
    print(`      price.plus(forgery)   → ${branded}`);
  }

  print('');
  print('Real instances across a realm: a plugin in node:vm (its own Object and Array) gets the Money class');
  const jsonCopy = JSON.parse(JSON.stringify(price));
  const report = runPluginInAnotherRealm([price, shipping, jsonCopy]);
  const yesNo = (answers: boolean[]) => answers.map((answer) => (answer ? 'yes' : 'no')).join(', ');
  print('  amounts handed over                       → price, shipping, a JSON copy of price');
  print(
    `  amount instanceof Object, in the plugin   → ${yesNo(report.seenAsObject)} (its Object is another one)`,
  );
  print(`  amount instanceof Money, in the plugin    → ${yesNo(report.seenAsMoney)}`);
  print(`  its own Object.create(Money.prototype)    → ${report.fakeAccepted ? 'accepted' : 'rejected'}`);
  const accepted = report.accepted.map((amount) => {
    assertMoney(amount);
    return amount.format();
  });
  print(`  what it accepted, back in the host        → ${accepted.join(', ')} (assertMoney passes)`);

  print('');
  const revived = Money.fromJSON(JSON.parse(JSON.stringify(price)));
  print(`The honest way back from JSON, Money.fromJSON → ${revived.format()}, isMoney: ${isMoney(revived)}`);

  const realmOk =
    !report.fakeAccepted && report.seenAsMoney.join() === 'true,true,false' && accepted.length === 2;
  return forgeriesAccepted === 0 && realmOk;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main() ? 0 : 1;
}
