import { describe, expectTypeOf, it } from 'vitest';
import { type CircularError, configure, type Replacer, type StringifyOptions, stringify } from './index.js';

describe('public types', () => {
  it('stringify takes what JSON.stringify takes and may return undefined', () => {
    expectTypeOf(stringify).parameters.toEqualTypeOf<
      [
        value: unknown,
        replacer?: ((this: unknown, key: string, value: unknown) => unknown) | (string | number)[] | null,
        space?: string | number,
      ]
    >();
    expectTypeOf(stringify).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf<Replacer>().toEqualTypeOf<
      ((this: unknown, key: string, value: unknown) => unknown) | (string | number)[] | null
    >();
  });

  it('configure returns a function of the same type', () => {
    expectTypeOf(configure({})).toEqualTypeOf<typeof stringify>();
    expectTypeOf(configure).parameter(0).toEqualTypeOf<StringifyOptions>();
  });

  it('options are typed as the issue writes them', () => {
    expectTypeOf<StringifyOptions['circular']>().toEqualTypeOf<
      string | ((path: readonly (string | number)[]) => unknown) | 'throw' | undefined
    >();
    expectTypeOf<StringifyOptions['bigint']>().toEqualTypeOf<'throw' | 'string' | 'number' | undefined>();
    expectTypeOf<StringifyOptions['sorted']>().toEqualTypeOf<
      boolean | ((a: string, b: string) => number) | undefined
    >();
    expectTypeOf<StringifyOptions['maxDepth']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error: not a bigint mode
    configure({ bigint: 'bigint' });
  });

  it('CircularError is a TypeError with a readonly path', () => {
    expectTypeOf<CircularError>().toMatchTypeOf<TypeError>();
    expectTypeOf<CircularError['path']>().toEqualTypeOf<readonly (string | number)[]>();
  });
});
