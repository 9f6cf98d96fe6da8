import { describe, expect, it } from 'vitest';
import { CycleError } from './cycle-error.js';
import { guardRecursion } from './guard-recursion.js';
import { memoize } from './memoize.js';
import { once } from './once.js';

// A cast that lets a test make the wrong calls TypeScript would refuse.
const unchecked = (value: unknown): never => value as never;
const identity = (target: object) => target;

/** Every wrong call, and the exact TypeError it throws at that call. */
const wrongCalls: Array<[call: string, run: () => unknown, message: string]> = [
  ['once(string)', () => once(unchecked('notfn')), 'once(fn): fn must be a function, got "notfn"'],
  ['once(undefined)', () => once(unchecked(undefined)), 'once(fn): fn must be a function, got undefined'],
  ['once(fn)(42)', () => once(identity)(unchecked(42)), 'once(fn)(target): target must be an object, got 42'],
  [
    'once(fn)(null)',
    () => once(identity)(unchecked(null)),
    'once(fn)(target): target must be an object, got null',
  ],
  [
    'once(fn)(symbol)',
    () => once(identity)(unchecked(Symbol('s'))),
    'once(fn)(target): target must be an object, got Symbol(s)',
  ],
  ['memoize(string)', () => memoize(unchecked('notfn')), 'memoize(fn): fn must be a function, got "notfn"'],
  ['memoize(object)', () => memoize(unchecked({})), 'memoize(fn): fn must be a function, got an object'],
  ['memoize(array)', () => memoize(unchecked([])), 'memoize(fn): fn must be a function, got an array'],
  [
    'memoize(fn, function)',
    () =>
      memoize(
        identity,
        unchecked(() => {}),
      ),
    'memoize(fn, options): options must be an object, got a function',
  ],
  [
    'memoize(fn, string)',
    () => memoize(identity, unchecked('x')),
    'memoize(fn, options): options must be an object, got "x"',
  ],
  [
    'memoize(fn, { maxPrimitive: -1 })',
    () => memoize(identity, { maxPrimitive: -1 }),
    'memoize(fn, options): options.maxPrimitive must be a whole number ≥ 0 or Infinity, got -1',
  ],
  [
    'memoize(fn, { maxPrimitive: 1.5 })',
    () => memoize(identity, { maxPrimitive: 1.5 }),
    'memoize(fn, options): options.maxPrimitive must be a whole number ≥ 0 or Infinity, got 1.5',
  ],
  [
    'memoize(fn, { maxPrimitive: NaN })',
    () => memoize(identity, { maxPrimitive: Number.NaN }),
    'memoize(fn, options): options.maxPrimitive must be a whole number ≥ 0 or Infinity, got NaN',
  ],
  [
    "memoize(fn, { maxPrimitive: '10' })",
    () => memoize(identity, { maxPrimitive: unchecked('10') }),
    'memoize(fn, options): options.maxPrimitive must be a whole number ≥ 0 or Infinity, got "10"',
  ],
  [
    'memoize(fn, { maxPrimitve: 10 })',
    () => memoize(identity, unchecked({ maxPrimitve: 10 })),
    'memoize(fn, options): unknown option "maxPrimitve" (the one option is maxPrimitive)',
  ],
  [
    'guardRecursion(string)',
    () => guardRecursion(unchecked('notfn')),
    'guardRecursion(fn): fn must be a function, got "notfn"',
  ],
  [
    'guardRecursion(fn, null)',
    () => guardRecursion(identity, unchecked(null)),
    'guardRecursion(fn, options): options must be an object, got null',
  ],
  [
    "guardRecursion(fn, { onCycle: 'x' })",
    () => guardRecursion(identity, { onCycle: unchecked('x') }),
    'guardRecursion(fn, options): options.onCycle must be a function, got "x"',
  ],
  [
    'guardRecursion(fn, { oncycle })',
    () => guardRecursion(identity, unchecked({ oncycle: () => 0 })),
    'guardRecursion(fn, options): unknown option "oncycle" (the one option is onCycle)',
  ],
  [
    'guardRecursion(fn)(42)',
    () => guardRecursion(identity)(unchecked(42)),
    'guardRecursion(fn)(target): target must be an object, got 42',
  ],
  [
    "guardRecursion(fn)('text')",
    () => guardRecursion(identity)(unchecked('text')),
    'guardRecursion(fn)(target): target must be an object, got "text"',
  ],
  [
    'guardRecursion(fn)(10n)',
    () => guardRecursion(identity)(unchecked(10n)),
    'guardRecursion(fn)(target): target must be an object, got 10n',
  ],
  [
    'new CycleError(object)',
    () => new CycleError(unchecked({})),
    'new CycleError(chain): chain must be an array, got an object',
  ],
];

describe('wrong calls', () => {
  it.each(wrongCalls)(
    '%s throws a TypeError that names the call, the argument and what it expected',
    (_, run, message) => {
      expect(run).toThrow(new TypeError(message));
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as TypeError).message).toBe(message);
      }
    },
  );

  it('runs nothing when the target is wrong', () => {
    let runs = 0;
    const counted = (target: object) => {
      runs++;
      return target;
    };
    expect(() => once(counted)(unchecked(1))).toThrow(TypeError);
    expect(() => guardRecursion(counted)(unchecked(1))).toThrow(TypeError);
    expect(runs).toBe(0);
  });

  it('accepts every right call it checks', () => {
    expect(() => memoize(identity, { maxPrimitive: 0 })).not.toThrow();
    expect(() => memoize(identity, { maxPrimitive: Number.POSITIVE_INFINITY })).not.toThrow();
    expect(() => memoize(identity, {})).not.toThrow();
    expect(() => guardRecursion(identity, { onCycle: undefined })).not.toThrow();
    expect(() => new CycleError([])).not.toThrow();
    // A function is an object: a valid target.
    expect(once(identity)(identity)).toBe(identity);
  });
});
