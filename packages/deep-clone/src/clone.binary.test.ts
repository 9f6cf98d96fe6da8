import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

const typedArrays = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
] as const;

describe.each(modes)('ArrayBuffer, typed arrays, DataView ($name)', ({ clone }) => {
  it('copies an ArrayBuffer byte for byte into new memory', () => {
    const source = new Uint8Array([1, 2, 3]).buffer;
    const copy = clone(source);
    expect(copy).not.toBe(source);
    expect([...new Uint8Array(copy)]).toEqual([1, 2, 3]);
  });

  it.each(typedArrays)('copies a %o into new memory', (TypedArray) => {
    const source = new TypedArray([1, 2, 3]);
    const copy = clone(source);
    expect(copy).toBeInstanceOf(TypedArray);
    expect(copy.buffer).not.toBe(source.buffer);
    expect(deepEqual(copy, source)).toBe(true);
    source[0] = 9;
    expect(copy[0]).toBe(1);
  });

  it('copies BigInt typed arrays', () => {
    const source = { signed: new BigInt64Array([-1n, 2n]), unsigned: new BigUint64Array([3n]) };
    const copy = clone(source);
    expect([...copy.signed]).toEqual([-1n, 2n]);
    expect([...copy.unsigned]).toEqual([3n]);
  });

  it('gives views that shared one buffer one shared copied buffer, at the same offsets', () => {
    const buffer = new ArrayBuffer(16);
    const bytes = new Uint8Array(buffer, 4, 8);
    const words = new Uint32Array(buffer, 8, 2);
    const view = new DataView(buffer, 2, 10);
    const copy = clone({ bytes, words, view });
    expect(copy.bytes.buffer).toBe(copy.words.buffer);
    expect(copy.view.buffer).toBe(copy.bytes.buffer);
    expect(copy.bytes.buffer).not.toBe(buffer);
    expect(copy.bytes.byteOffset).toBe(4);
    expect(copy.words.byteOffset).toBe(8);
    expect(copy.view.byteOffset).toBe(2);
    expect(copy.view.byteLength).toBe(10);
    copy.words[0] = 0xffffffff;
    expect(copy.bytes[4]).toBe(0xff);
    expect(bytes[4]).toBe(0);
  });

  it('copies a DataView with its contents', () => {
    const source = new DataView(new ArrayBuffer(4));
    source.setInt16(1, -2);
    const copy = clone(source);
    expect(copy).toBeInstanceOf(DataView);
    expect(copy.getInt16(1)).toBe(-2);
    expect(copy.buffer).not.toBe(source.buffer);
  });
});
