import { describe, expect, it } from 'vitest';
import { modes } from './test-support/modes.js';

/** A class that claims to be a built-in through Symbol.toStringTag. */
function impostor(tag: string) {
  return class Impostor {
    data = { kept: tag };
    get [Symbol.toStringTag](): string {
      return tag;
    }
  };
}

const tags = ['Map', 'Set', 'Number', 'URL', 'ArrayBuffer', 'Date', 'RegExp', 'Error', 'Promise', 'WeakMap'];
const generatorTags = ['Generator', 'AsyncGenerator', 'Array Iterator'];

describe.each(modes)('built-ins are recognized by their internal slots ($name)', ({ clone }) => {
  it.each([...tags, ...generatorTags])(
    'copies a class whose Symbol.toStringTag says %s as the class it is',
    (tag) => {
      const Impostor = impostor(tag);
      const source = new Impostor();
      const copy = clone(source);
      expect(copy).not.toBe(source);
      expect(copy).toBeInstanceOf(Impostor);
      expect(copy.data).toEqual({ kept: tag });
      expect(copy.data).not.toBe(source.data);
    },
  );

  it.each([
    ['Map', Map],
    ['Set', Set],
    ['Date', Date],
    ['RegExp', RegExp],
    ['Uint8Array', Uint8Array],
    ['ArrayBuffer', ArrayBuffer],
    ['Number', Number],
    ['URL', URL],
    ['WeakMap', WeakMap],
  ] as const)(
    'copies Object.create(%s.prototype), which has no slots, as an ordinary object',
    (_name, type) => {
      const source = Object.assign(Object.create(type.prototype) as object, { own: { n: 1 } });
      const copy = clone(source) as { own: unknown };
      // (`expect(copy).not.toBe(source)` would have vitest read the Map's size, which throws here.)
      expect(copy === source).toBe(false);
      expect(Object.getPrototypeOf(copy)).toBe(type.prototype);
      expect(copy.own).toEqual({ n: 1 });
    },
  );

  it('recognizes a built-in made with a subclass prototype (Reflect.construct)', () => {
    class Registry extends Map<string, number> {}
    const source = Reflect.construct(Map, [[['a', 1]]], Registry) as Registry;
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Registry);
    expect(copy.get('a')).toBe(1);
  });

  it('gives the same answer for the same value, whatever was cloned before', () => {
    class Foo {
      name = 'foo';
    }
    const describe = (value: object) => ({
      prototype: Object.getPrototypeOf(value),
      tag: Object.prototype.toString.call(value),
      own: Object.keys(value),
    });
    const odd = Object.setPrototypeOf(new Date(1), Foo.prototype) as object;
    const before = describe(clone(odd));
    clone(new Foo());
    expect(describe(clone(odd))).toEqual(before);
    const alsoOdd = Object.setPrototypeOf(new Map([[1, 2]]), Foo.prototype) as object;
    const first = describe(clone(alsoOdd));
    clone([new Foo(), new Foo()]);
    expect(describe(clone(alsoOdd))).toEqual(first);
  });

  it('copies a Proxy of a Map or a Date through its traps: an object with the prototype, without the slots', () => {
    const map = new Proxy(new Map([['a', 1]]), {});
    const date = new Proxy(new Date(0), {});
    const copy = clone({ map, date });
    expect(Object.getPrototypeOf(copy.map)).toBe(Map.prototype);
    expect(Object.getPrototypeOf(copy.date)).toBe(Date.prototype);
    // What the Proxy shows: Map and Date methods refuse it, and they refuse the copy the same way.
    expect(() => Map.prototype.get.call(map, 'a')).toThrow(TypeError);
    expect(() => Map.prototype.get.call(copy.map, 'a')).toThrow(TypeError);
  });

  it('copies a Proxy of a plain object through its traps', () => {
    const source = new Proxy({ a: { b: 1 } }, {});
    const copy = clone(source);
    expect(copy).toEqual({ a: { b: 1 } });
    expect(copy.a).not.toBe(source.a);
  });
});
