import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { createClone } from './create-clone.js';
import { handle } from './handle.js';

/** Calls TypeScript would reject, as JavaScript callers (or `as any`) make them. */
const loose = <T>(value: unknown): T => value as T;

const wrongCalls: Array<[call: string, run: () => unknown, message: string]> = [
  [
    "createClone({ circular: 'error' })",
    () => createClone(loose({ circular: 'error' })),
    "createClone(): options.circular must be 'preserve' or 'throw', got 'error'",
  ],
  [
    "createClone({ unsupported: 'Throw' })",
    () => createClone(loose({ unsupported: 'Throw' })),
    "createClone(): options.unsupported must be 'reference' or 'throw', got 'Throw'",
  ],
  [
    "createClone({ strict: 'yes' })",
    () => createClone(loose({ strict: 'yes' })),
    "createClone(): options.strict must be true or false, got 'yes'",
  ],
  [
    'createClone({ handlers: {} })',
    () => createClone(loose({ handlers: {} })),
    'createClone(): options.handlers must be an iterable of [Class, handler] pairs, each made by handle(), got an object',
  ],
  [
    'createClone({ handlers: [Date] })',
    () => createClone(loose({ handlers: [Date] })),
    'createClone(): options.handlers[0] must be a [Class, handler] pair made by handle(), got a function',
  ],
  [
    'createClone({ handlers: [handle(Date, fn), [Date]] })',
    () => createClone(loose({ handlers: [handle(Date, (date) => date), [Date]] })),
    'createClone(): options.handlers[1] must be a [Class, handler] pair made by handle(), got an array',
  ],
  [
    "createClone({ circlar: 'throw' })",
    () => createClone(loose({ circlar: 'throw' })),
    "createClone(): unknown option 'circlar'; the options are circular, strict, unsupported, handlers",
  ],
  ['createClone(null)', () => createClone(loose(null)), 'createClone(): options must be an object, got null'],
  [
    "createClone('throw')",
    () => createClone(loose('throw')),
    "createClone(): options must be an object, got 'throw'",
  ],
  [
    "clone(value, { circular: 'error' })",
    () => clone({}, loose({ circular: 'error' })),
    "clone(): options.circular must be 'preserve' or 'throw', got 'error'",
  ],
  [
    "clone(primitive, { unsupported: 'Throw' })",
    () => clone(1, loose({ unsupported: 'Throw' })),
    "clone(): options.unsupported must be 'reference' or 'throw', got 'Throw'",
  ],
  ['clone(value, null)', () => clone({}, loose(null)), 'clone(): options must be an object, got null'],
  [
    'handle(null, fn)',
    () => handle(loose<typeof Date>(null), (value) => value),
    'handle(): type must be a class or constructor with a prototype, got null',
  ],
  [
    'handle(arrowFunction, fn)',
    () =>
      handle(
        loose<typeof Date>(() => {}),
        (value) => value,
      ),
    'handle(): type must be a class or constructor with a prototype, got a function',
  ],
  ["handle(Date, 'fn')", () => handle(Date, loose('fn')), "handle(): handler must be a function, got 'fn'"],
  [
    'handle(Date, undefined)',
    () => handle(Date, loose(undefined)),
    'handle(): handler must be a function, got undefined',
  ],
];

describe('wrong calls throw a TypeError at the call, naming the argument and what it takes', () => {
  it.each(wrongCalls)('%s', (_call, run, message) => {
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).message).toBe(message);
  });

  it('accepts every value the options take', () => {
    const entries = [handle(Date, (date) => new Date(date.getTime()))];
    for (const circular of ['preserve', 'throw'] as const) {
      for (const unsupported of ['reference', 'throw'] as const) {
        for (const strict of [true, false]) {
          expect(() => clone({ a: 1 }, { circular, unsupported, strict, handlers: entries })).not.toThrow();
        }
      }
    }
    // An option set to undefined is an option left out.
    expect(() =>
      clone({ a: 1 }, loose({ circular: undefined, strict: undefined, handlers: undefined })),
    ).not.toThrow();
    expect(() => createClone({ handlers: new Set(entries) })).not.toThrow();
    expect(() => createClone({})).not.toThrow();
  });
});
