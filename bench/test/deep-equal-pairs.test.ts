import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { payloads } from '../src/suites/deep-clone/payloads.js';
import { changeLastLeaf, pairs } from '../src/suites/deep-equal/pairs.js';

describe('the deep-equal pairs', () => {
  it('are equal, or differ, as they say (by util.isDeepStrictEqual)', () => {
    for (const pair of pairs) {
      const [a, b] = pair.build();
      expect(a, pair.id).not.toBe(b);
      expect(isDeepStrictEqual(a, b), pair.id).toBe(pair.equal);
    }
  });

  it('change the last leaf of a forward depth-first walk', () => {
    const found = Object.fromEntries(
      payloads.map((payload) => [payload.id, changeLastLeaf(payload.build())]),
    );
    expect(found).toEqual({
      small: '$.note',
      large: '$.records.1999.stats.lastSeen',
      api: '$.error',
      rich: '$.nested.flags.has(y)',
      cyclic: '$.children.999.name',
      shared: '$.refs.0.meta.label',
    });
  });

  it('walk Maps, Dates and typed arrays too', () => {
    const value = {
      first: 1,
      map: new Map([['k', { v: 1 }]]),
      bytes: new Uint8Array([1, 2]),
      when: new Date(0),
    };
    expect(changeLastLeaf(value)).toBe('$.when');
    expect(value.when.getTime()).toBe(1);
    const bytes = { list: [new Uint8Array([1, 2])] };
    expect(changeLastLeaf(bytes)).toBe('$.list.0[1]');
    expect(bytes.list[0]![1]).toBe(3);
  });
});
