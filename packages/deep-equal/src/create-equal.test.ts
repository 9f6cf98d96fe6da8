import { describe, expect, it } from 'vitest';
import { createEqual } from './create-equal.js';
import { difference } from './difference.js';
import type { EqualOptions } from './types.js';

const bad = (options: unknown) => options as EqualOptions;

describe('options', () => {
  it('default to the default mode', () => {
    expect(createEqual()({ a: 1 }, { a: 1 })).toBe(true);
    expect(createEqual({})(Object.freeze({}), {})).toBe(true);
    expect(createEqual({ strict: false, handlers: [] })(Object.freeze({}), {})).toBe(true);
  });

  it.each([
    [
      'a handler that is not a function',
      { handlers: [[Date, 'compare']] },
      /createEqual\(\): options\.handlers\[0\]\[1\] must be a function/,
    ],
    [
      'a key that is not a constructor',
      { handlers: [[{}, () => true]] },
      /options\.handlers\[0\]\[0\] must be a class or constructor function/,
    ],
    ['an arrow function as the key', { handlers: [[() => ({}), () => true]] }, /options\.handlers\[0\]\[0\]/],
    [
      'a second entry that is bad',
      {
        handlers: [
          [Date, () => true],
          [null, () => true],
        ],
      },
      /options\.handlers\[1\]\[0\].*got null/,
    ],
    [
      'an entry that is not a pair',
      { handlers: [Date] },
      /options\.handlers\[0\] must be a \[constructor, handler\] pair/,
    ],
    [
      'handlers that are not iterable',
      { handlers: { Date: () => true } },
      /options\.handlers must be an iterable/,
    ],
    ['a strict that is not a boolean', { strict: 'yes' }, /options\.strict must be true or false, got "yes"/],
    ['an unknown option', { circular: 'throw' }, /unknown option "circular"/],
    ['options that are not an object', 'strict', /options must be an object/],
  ])('reject %s with a TypeError naming it, at createEqual()', (_, options, message) => {
    expect(() => createEqual(bad(options))).toThrow(TypeError);
    expect(() => createEqual(bad(options))).toThrow(message);
  });

  it('are checked by difference() too', () => {
    expect(() => difference(1, 1, bad({ strict: 1 }))).toThrow(/difference\(\): options\.strict/);
  });

  it('accept any iterable of handlers, read once', () => {
    let reads = 0;
    function* entries(): Generator<[typeof Date, () => boolean]> {
      reads++;
      yield [Date, () => true];
    }
    const same = createEqual({ handlers: entries() });
    expect(same(new Date(1), new Date(2))).toBe(true);
    expect(same(new Date(1), new Date(2))).toBe(true);
    expect(reads).toBe(1);
  });
});
