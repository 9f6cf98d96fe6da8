/** The shape of `branded` from @weakset-recipes/brand: a standard (TC39) class decorator. */
export type ClassDecorator = <C extends abstract new (...args: never[]) => object>(
  value: C,
  context: ClassDecoratorContext<C>,
) => C | undefined;

/**
 * Applies `@branded` with the standard decorator syntax, compiled by
 * tsx/esbuild exactly as a user's TypeScript 5 code would be (no
 * experimentalDecorators).
 */
export function decoratedMoneyClass(branded: ClassDecorator) {
  @branded
  class DecoratedMoney {
    constructor(readonly amount: number) {}
  }
  return DecoratedMoney;
}

/**
 * The same class as {@link decoratedMoneyClass}, undecorated: what construction costs without
 * the brand.
 */
export function undecoratedMoneyClass() {
  class DecoratedMoney {
    constructor(readonly amount: number) {}
  }
  return DecoratedMoney;
}
