import { describe, expect, it } from 'vitest';
import { brandOf } from './brand-of.js';
import { branded } from './branded.js';
import { createBrand } from './create-brand.js';

/*
 * Every public function checks its arguments at the call and throws a TypeError that names the
 * function, the argument and what it expected. One row per wrong call, with the exact message.
 */

const Token = createBrand<object>('Token');
const Money = branded(class Money {});
const call = <T>(run: () => T) => run;

const wrongCalls: Array<[string, () => unknown, string]> = [
  [
    'createBrand()',
    call(() => createBrand(undefined as never)),
    'createBrand(name): expected a non-empty string, got undefined',
  ],
  [
    'createBrand(42)',
    call(() => createBrand(42 as never)),
    'createBrand(name): expected a non-empty string, got a number',
  ],
  [
    "createBrand('')",
    call(() => createBrand('')),
    'createBrand(name): expected a non-empty string, got a string',
  ],
  [
    'createBrand({})',
    call(() => createBrand({} as never)),
    'createBrand(name): expected a non-empty string, got an object',
  ],
  [
    'Token.add(42)',
    call(() => Token.add(42 as never)),
    'Token.add(value): expected an object, got a number (a primitive cannot be branded)',
  ],
  [
    'Token.add(null)',
    call(() => Token.add(null as never)),
    'Token.add(value): expected an object, got null (a primitive cannot be branded)',
  ],
  [
    "Token.add('id')",
    call(() => Token.add('id' as never)),
    'Token.add(value): expected an object, got a string (a primitive cannot be branded)',
  ],
  [
    'Token.delete(42)',
    call(() => Token.delete(42 as never)),
    'Token.delete(value): expected an object, got a number (a primitive cannot be branded)',
  ],
  [
    'Token.assert({}, 42)',
    call(() => Token.assert({}, 42 as never)),
    'Token.assert(message): expected a string, got a number',
  ],
  [
    "Token.guard('method')",
    call(() => Token.guard('method' as never)),
    'Token.guard(method): expected a function, got a string',
  ],
  [
    'brandOf(Money).guard({})',
    call(() => brandOf(Money)!.guard({} as never)),
    'Money.guard(method): expected a function, got an object',
  ],
  [
    'brandOf(new Money())',
    call(() => brandOf(new Money() as never)),
    'brandOf(cls): expected a class, got an object',
  ],
  ["brandOf('Money')", call(() => brandOf('Money' as never)), 'brandOf(cls): expected a class, got a string'],
  ['brandOf()', call(() => brandOf(undefined as never)), 'brandOf(cls): expected a class, got undefined'],
  ['branded(42)', call(() => branded(42 as never)), 'branded(value): expected a class, got a number'],
  ['branded({})', call(() => branded({} as never)), 'branded(value): expected a class, got an object'],
  [
    'branded(() => {})',
    call(() => branded((() => ({})) as never)),
    'branded(value): expected a class, got a function',
  ],
  [
    '@branded on a method',
    call(() =>
      branded(
        class {
          method() {}
        }.prototype.method as never,
        { kind: 'method' } as never,
      ),
    ),
    'branded(value): expected a class, got a function',
  ],
  [
    '@branded on a field',
    call(() => branded(undefined as never, { kind: 'field' } as never)),
    'branded(value): expected a class, got undefined',
  ],
];

describe('a wrong call', () => {
  it.each(wrongCalls)(
    '%s throws a TypeError naming the call, the argument and what it expected',
    (_call, run, message) => {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect(thrown?.constructor).toBe(TypeError);
      expect((thrown as TypeError).message).toBe(message);
    },
  );
});
