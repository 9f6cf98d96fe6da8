import { describe, expect, it } from 'vitest';
import { allowListOf, spaceOf } from './normalize.js';

describe('spaceOf', () => {
  it('unboxes a boxed number or string once, calling its valueOf or toString', () => {
    let calls = 0;
    const boxed = Object.assign(new Number(3), {
      valueOf: () => {
        calls++;
        return 4;
      },
    });
    expect(spaceOf(boxed)).toBe(4);
    expect(calls).toBe(1);
    expect(spaceOf(new String('ab'))).toBe('ab');
  });

  it('keeps numbers and strings as they are (JSON.stringify clamps them) and turns anything else into ""', () => {
    expect(spaceOf(0.5)).toBe(0.5);
    expect(spaceOf('              ')).toBe('              ');
    for (const ignored of [undefined, null, true, {}, [], new Boolean(true), Symbol('s')])
      expect(spaceOf(ignored)).toBe('');
  });
});

describe('allowListOf', () => {
  it('keeps strings, numbers and boxed numbers or strings as strings, each once, in first-seen order', () => {
    expect(
      allowListOf(['b', 1, 'a', 'b', new String('c'), new Number(2), '1', true, null, {}, Symbol('x')]),
    ).toEqual(['b', '1', 'a', 'c', '2']);
  });

  it('reads a sparse or proxied array by index, as JSON.stringify does', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is part of the case
    expect(allowListOf([, 'a'])).toEqual(['a']);
    expect(allowListOf(new Proxy(['x', 'y'], {}))).toEqual(['x', 'y']);
  });
});
