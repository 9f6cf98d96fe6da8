import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

describe.each(modes)('Map and Set ($name)', ({ clone, options }) => {
  it('copies Map keys and values deeply, in insertion order', () => {
    const objectKey = { id: 1 };
    const source = new Map<unknown, unknown>([
      ['b', { value: 2 }],
      [objectKey, [1, 2]],
      [3, 'three'],
    ]);
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Map);
    expect([...copy.keys()][0]).toBe('b');
    const [copiedKey] = [...copy.keys()].filter((key) => typeof key === 'object');
    expect(copiedKey).toEqual(objectKey);
    expect(copiedKey).not.toBe(objectKey);
    expect(copy.get('b')).not.toBe(source.get('b'));
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('copies Set members deeply, in insertion order', () => {
    const member = { id: 1 };
    const source = new Set<unknown>([3, member, 'x']);
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Set);
    expect([...copy]).toEqual([3, { id: 1 }, 'x']);
    expect(copy.has(member)).toBe(false);
    expect(deepEqual(copy, source)).toBe(true);
  });

  it('treats a function in a Set as anywhere else: its unsupported rule, at its path', () => {
    const handler = () => {};
    const source = new Set<unknown>([1, 'two', null, handler]);
    if (options.unsupported === 'throw') {
      expect(() => clone({ handlers: source })).toThrow(
        expect.objectContaining({ code: 'UNSUPPORTED', path: ['handlers', 3] }),
      );
    } else {
      expect([...clone(source)]).toEqual([1, 'two', null, handler]);
    }
  });

  it('keeps subclasses and extra properties of collections', () => {
    class Registry extends Map<string, number> {
      total() {
        return [...this.values()].reduce((sum, n) => sum + n, 0);
      }
    }
    const source = Object.assign(new Registry([['a', 1]]), { label: { name: 'r' } });
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Registry);
    expect(copy.total()).toBe(1);
    expect(copy.label).toEqual({ name: 'r' });
    expect(copy.label).not.toBe(source.label);
  });
});

describe.each(modes)('Map and Set subclasses that override set and add ($name)', ({ clone }) => {
  it('fills a read-only Map with the built-in set, never its own', () => {
    class ReadOnlyMap<K, V> extends Map<K, V> {
      override set(): this {
        throw new TypeError('read-only');
      }
    }
    const source = new ReadOnlyMap<string, object>();
    Map.prototype.set.call(source, 'a', { n: 1 });
    const copy = clone(source);
    expect(copy).toBeInstanceOf(ReadOnlyMap);
    expect(copy.get('a')).toEqual({ n: 1 });
    expect(() => copy.set()).toThrow('read-only');
  });

  it('keeps the keys and members a transforming subclass would change', () => {
    class CaseFoldingMap extends Map<string, number> {
      override set(key: string, value: number): this {
        return super.set(key.toLowerCase(), value);
      }
    }
    class StringSet extends Set<unknown> {
      override add(value: unknown): this {
        return super.add(String(value));
      }
    }
    const map = new CaseFoldingMap();
    Map.prototype.set.call(map, 'MixedCase', 1);
    const set = new StringSet();
    Set.prototype.add.call(set, 1);
    const copy = clone({ map, set });
    expect([...copy.map.keys()]).toEqual(['MixedCase']);
    expect([...copy.set]).toEqual([1]);
  });
});
