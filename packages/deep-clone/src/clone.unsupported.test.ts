import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';
import { CloneError } from './clone-error.js';

function uncopyableValues(): Array<[string, object]> {
  function* generator() {}
  return [
    ['function', () => 1],
    ['class', class Widget {}],
    ['WeakMap', new WeakMap()],
    ['WeakSet', new WeakSet()],
    ['WeakRef', new WeakRef({})],
    ['Promise', Promise.resolve(1)],
    ['FinalizationRegistry', new FinalizationRegistry(() => {})],
    // Pages that are not cross-origin isolated (the browser test runs) have no SharedArrayBuffer;
    // Node, Bun and Deno always do.
    ...(typeof SharedArrayBuffer === 'function'
      ? [['SharedArrayBuffer', new SharedArrayBuffer(8)] as [string, object]]
      : []),
    ['generator', generator()],
    ['iterator', new Map().entries()],
  ];
}

describe("unsupported: 'reference' (default)", () => {
  it.each(uncopyableValues())('keeps a %s by reference', (_name, value) => {
    const copy = clone({ nested: { value } });
    expect(copy.nested.value).toBe(value);
  });

  it('keeps a function at the root by reference', () => {
    const fn = () => 1;
    expect(clone(fn)).toBe(fn);
  });
});

describe("unsupported: 'throw'", () => {
  it.each(uncopyableValues())('throws UNSUPPORTED with the path to a %s', (name, value) => {
    try {
      clone({ list: [0, { value }] }, { unsupported: 'throw' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CloneError);
      const cloneError = error as CloneError;
      expect(cloneError.code).toBe('UNSUPPORTED');
      expect(cloneError.path).toEqual(['list', 1, 'value']);
      expect(cloneError.message).toContain('root.list[1].value');
      expect(cloneError.message.toLowerCase()).toContain(name === 'class' ? 'function' : name.toLowerCase());
    }
  });

  it('names a function by its name and reports the root as an empty path', () => {
    function onSave() {}
    expect(() => clone(onSave, { unsupported: 'throw' })).toThrow(
      "Cannot clone function onSave at root (unsupported: 'throw')",
    );
    try {
      clone(onSave, { unsupported: 'throw' });
    } catch (error) {
      expect((error as CloneError).path).toEqual([]);
    }
  });

  it('combines with circular: throw and strict', () => {
    const key = Symbol('handler');
    expect(() =>
      clone({ [key]: () => 1 }, { unsupported: 'throw', circular: 'throw', strict: true }),
    ).toThrow(CloneError);
  });
});
