import { createEqual, handle } from '@weakset-recipes/deep-equal';

class Money {
  readonly #cents: bigint;
  constructor(cents: bigint) {
    this.#cents = cents;
  }
  get cents(): bigint {
    return this.#cents;
  }
}

const sameLedger = createEqual({ handlers: [handle(Money, (a, b) => a.cents === b.cents)] });
sameLedger({ total: new Money(1250n) }, { total: new Money(1250n) }); // true
sameLedger({ total: new Money(1250n) }, { total: new Money(99n) }); // false: private state, compared by the handler

const sameFrozenState = createEqual({ strict: true });
sameFrozenState(Object.freeze({ a: 1 }), { a: 1 }); // false: only one is frozen

export {};
