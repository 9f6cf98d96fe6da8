import vm from 'node:vm';
import { Money } from './money.js';

/** What the plugin in the other realm reports about the amounts it was handed. */
export interface PluginReport {
  /** `amount instanceof Object`, inside the plugin's realm: a prototype check against its own Object. */
  seenAsObject: boolean[];
  /** `amount instanceof Money` inside the plugin's realm, with the Money class the host lent it. */
  seenAsMoney: boolean[];
  /** Whether the plugin's own fake, made there with `Object.create(Money.prototype)`, passed. */
  fakeAccepted: boolean;
  /** The amounts the plugin accepted, in an array of its realm. */
  accepted: unknown[];
}

// A plugin runs in its own realm (here node:vm; in a browser, an iframe): its own globals, its
// own Object and Array. It gets the host's Money class to check amounts with.
const pluginSource = `
(function plugin(amounts, Money) {
  const fake = Object.assign(Object.create(Money.prototype), { cents: 1n, currency: 'EUR' });
  return {
    seenAsObject: amounts.map((amount) => amount instanceof Object),
    seenAsMoney: amounts.map((amount) => amount instanceof Money),
    fakeAccepted: fake instanceof Money,
    accepted: Array.from(amounts.filter((amount) => amount instanceof Money)),
  };
})`;

export function runPluginInAnotherRealm(amounts: unknown[]): PluginReport {
  const plugin = vm.runInNewContext(pluginSource, {}, { filename: 'plugin.js' }) as (
    amounts: unknown[],
    money: typeof Money,
  ) => PluginReport;
  return plugin(amounts, Money);
}
