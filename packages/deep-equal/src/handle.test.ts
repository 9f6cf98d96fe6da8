import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import { handle } from './handle.js';

class Money {
  readonly #cents: bigint;
  constructor(cents: bigint) {
    this.#cents = cents;
  }
  get cents(): bigint {
    return this.#cents;
  }
}
class Euro extends Money {}
class Box {
  #content: unknown;
  constructor(content: unknown) {
    this.#content = content;
  }
  get content(): unknown {
    return this.#content;
  }
  set content(value: unknown) {
    this.#content = value;
  }
}

const byCents = handle(Money, (a, b) => a.cents === b.cents);

describe('handlers', () => {
  it('compare instances in place of the default (private state the default cannot see)', () => {
    const same = createEqual({ handlers: [byCents] });
    expect(createEqual()(new Money(1n), new Money(2n))).toBe(true);
    expect(same(new Money(1n), new Money(2n))).toBe(false);
    expect(same({ total: new Money(5n) }, { total: new Money(5n) })).toBe(true);
    expect(
      difference({ total: new Money(1n) }, { total: new Money(2n) }, { handlers: [byCents] }),
    ).toMatchObject({
      path: ['total'],
      reason: 'value',
    });
  });

  it('match subclasses through the prototype chain, nearest class first', () => {
    expect(createEqual({ handlers: [byCents] })(new Euro(1n), new Euro(2n))).toBe(false);
    const euroAlwaysEqual = handle(Euro, () => true);
    expect(createEqual({ handlers: [byCents, euroAlwaysEqual] })(new Euro(1n), new Euro(2n))).toBe(true);
    expect(createEqual({ handlers: [byCents, euroAlwaysEqual] })(new Money(1n), new Money(2n))).toBe(false);
  });

  it('apply across subclasses when both values are instances, and fall back to prototypes otherwise', () => {
    const same = createEqual({ handlers: [byCents] });
    expect(same(new Euro(1n), new Money(1n))).toBe(true);
    expect(difference(new Money(1n), { cents: 1n }, { handlers: [byCents] })).toMatchObject({
      reason: 'prototype',
    });
  });

  it('keep equality symmetric when a class and its subclass have handlers of their own', () => {
    const euroAlwaysEqual = handle(Euro, () => true);
    const same = createEqual({ handlers: [byCents, euroAlwaysEqual] });
    // Each value's nearest handler differs: neither applies, and the prototypes differ.
    expect(same(new Euro(1n), new Money(1n))).toBe(false);
    expect(same(new Money(1n), new Euro(1n))).toBe(false);
    expect(difference(new Money(1n), new Euro(1n), { handlers: [byCents, euroAlwaysEqual] })).toMatchObject({
      path: [],
      reason: 'prototype',
    });
  });

  it('recurse with the same cycle memory through `equal`', () => {
    const sameBox = createEqual({ handlers: [handle(Box, (a, b, equal) => equal(a.content, b.content))] });
    const a = new Box(null);
    a.content = { back: a, n: 1 };
    const b = new Box(null);
    b.content = { back: b, n: 1 };
    expect(sameBox(a, b)).toBe(true);
    const c = new Box(null);
    c.content = { back: c, n: 2 };
    expect(sameBox(a, c)).toBe(false);
  });

  it('can try several comparisons: a failed `equal` inside leaves no trace', () => {
    const either = handle(Box, (a, b, equal) => equal(a.content, 'no match') || equal(a.content, b.content));
    expect(createEqual({ handlers: [either] })(new Box([1]), new Box([1]))).toBe(true);
    expect(difference({ x: new Box([1]), y: 1 }, { x: new Box([1]), y: 2 }, { handlers: [either] })).toEqual({
      path: ['y'],
      a: 1,
      b: 2,
      reason: 'value',
    });
  });

  it('may replace the comparison of a built-in', () => {
    const byDay = handle(Date, (a, b) => a.toDateString() === b.toDateString());
    expect(createEqual({ handlers: [byDay] })(new Date(2024, 0, 1, 8), new Date(2024, 0, 1, 20))).toBe(true);
  });

  it('are checked by handle() where they are made', () => {
    expect(() => handle(42 as never, () => true)).toThrow(TypeError);
    expect(() => handle(Money, 'nope' as never)).toThrow(/handle\(\): arguments\[1\] must be a function/);
  });
});
