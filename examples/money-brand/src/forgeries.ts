import vm from 'node:vm';

/** An undecorated twin of Money, to show what a plain `instanceof` check accepts. */
export class PlainMoney {
  constructor(
    readonly cents: bigint,
    readonly currency: string,
  ) {}
}

type MoneyClass = abstract new (cents: bigint, currency: 'EUR') => { cents: bigint; currency: string };

export interface Forgery {
  name: string;
  /** Forges a look-alike of `real`, an instance of `cls`. */
  make(cls: MoneyClass, real: object): unknown;
}

export const forgeries: Forgery[] = [
  {
    name: 'Object.create(Money.prototype) + fields',
    make: (cls) => Object.assign(Object.create(cls.prototype), { cents: 1250n, currency: 'EUR' }),
  },
  {
    name: 'a JSON round trip',
    make: (_cls, real) =>
      JSON.parse(JSON.stringify(real, (_key, value) => (typeof value === 'bigint' ? String(value) : value))),
  },
  {
    name: 'a Proxy around a real Money',
    make: (_cls, real) => new Proxy(real, {}),
  },
  {
    name: "an object made in node:vm on Money's prototype",
    make: (cls) =>
      vm.runInNewContext('({ __proto__: prototype, cents: 1250n, currency: "EUR" })', {
        prototype: cls.prototype,
      }),
  },
];
