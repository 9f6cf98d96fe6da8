import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

describe.each(modes)('Date, RegExp, boxed primitives, URL ($name)', ({ clone }) => {
  it('copies a Date to a new Date at the same time', () => {
    const source = new Date('2024-02-29T12:00:00Z');
    const copy = clone(source);
    expect(copy).not.toBe(source);
    expect(copy.getTime()).toBe(source.getTime());
    expect(Number.isNaN(clone(new Date(Number.NaN)).getTime())).toBe(true);
  });

  it("copies a Date's time value, not what an overridden valueOf or toPrimitive says", () => {
    class Deadline extends Date {
      override valueOf(): number {
        return 0;
      }
    }
    Object.defineProperty(Deadline.prototype, Symbol.toPrimitive, { value: () => 0 });
    const source = new Deadline('2030-01-01T00:00:00Z');
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Deadline);
    expect(Date.prototype.getTime.call(copy)).toBe(Date.UTC(2030, 0, 1));
  });

  it('copies a RegExp with its source, flags and lastIndex', () => {
    const source = /a(b+)c/giu;
    source.exec('xxabbc');
    const copy = clone(source);
    expect(copy).not.toBe(source);
    expect(copy.source).toBe(source.source);
    expect(copy.flags).toBe(source.flags);
    expect(copy.lastIndex).toBe(source.lastIndex);
    expect(copy.lastIndex).toBeGreaterThan(0);
  });

  it('copies boxed primitives as boxed primitives', () => {
    const values = [
      Object(1),
      Object('text'),
      Object(false),
      Object(10n),
      Object(Symbol.for('s')),
    ] as object[];
    for (const source of values) {
      const copy = clone(source);
      expect(copy).not.toBe(source);
      expect(typeof copy).toBe('object');
      expect(copy.valueOf()).toBe(source.valueOf());
      expect(deepEqual(copy, source)).toBe(true);
    }
  });

  it('keeps extra properties of a boxed string without touching its indices', () => {
    const source = Object.assign(Object('ab') as object, { note: { n: 1 } });
    const copy = clone(source);
    expect(String(copy)).toBe('ab');
    expect((copy as { note: unknown }).note).toEqual({ n: 1 });
  });

  it('rebuilds URL and URLSearchParams, whose state is not in own properties', () => {
    const url = new URL('https://example.com/a/b?x=1&y=2#top');
    const params = new URLSearchParams('q=clone&lang=en');
    const copy = clone({ url, params });
    expect(copy.url).not.toBe(url);
    expect(copy.url.href).toBe(url.href);
    expect(copy.params).not.toBe(params);
    expect(copy.params.toString()).toBe(params.toString());
    copy.url.searchParams.set('x', '9');
    expect(url.searchParams.get('x')).toBe('1');
  });

  it('keeps extra properties on a Date', () => {
    const source = Object.assign(new Date(0), { zone: { name: 'UTC' } });
    const copy = clone(source);
    expect(copy.zone).toEqual({ name: 'UTC' });
    expect(copy.zone).not.toBe(source.zone);
  });
});
