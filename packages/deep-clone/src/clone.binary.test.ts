import fc from 'fast-check';
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

/** How a view in the property below looks at its buffer. */
type ViewShape = 'whole bytes' | 'whole words' | 'part' | 'DataView' | 'the buffer';

function viewOf(buffer: ArrayBuffer, shape: ViewShape): object {
  switch (shape) {
    case 'whole bytes':
      return new Uint8Array(buffer);
    case 'whole words':
      return new Int32Array(buffer);
    case 'part':
      return new Uint8Array(buffer, 4, 8);
    case 'DataView':
      return new DataView(buffer, 2);
    case 'the buffer':
      return buffer;
  }
}

const bufferOf = (item: object): ArrayBufferLike =>
  item instanceof ArrayBuffer ? item : (item as ArrayBufferView).buffer;

describe.each(modes)('views over shared buffers, in any order ($name)', ({ clone }) => {
  // A typed array that spans its whole buffer is copied in one allocation, its copied buffer read
  // only when the buffer is met again: whatever comes first, sharing must come out as it went in.
  it('keeps exactly the sharing the originals had, with their offsets, lengths and bytes', () => {
    const shapes = fc.constantFrom<ViewShape>('whole bytes', 'whole words', 'part', 'DataView', 'the buffer');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), shapes), { minLength: 1, maxLength: 8 }), (plan) => {
        const buffers = [0, 1, 2].map((seed) => new Uint8Array(16).map((_, i) => seed * 16 + i).buffer);
        const items = plan.map(([which, shape]) => viewOf(buffers[which]!, shape));
        const copies = clone(items);
        items.forEach((item, i) => {
          const copy = copies[i]!;
          expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(item));
          expect(bufferOf(copy)).not.toBe(bufferOf(item));
          expect(new Uint8Array(bufferOf(copy))).toEqual(new Uint8Array(bufferOf(item)));
          if (!(item instanceof ArrayBuffer)) {
            const view = item as ArrayBufferView;
            expect((copy as ArrayBufferView).byteOffset).toBe(view.byteOffset);
            expect((copy as ArrayBufferView).byteLength).toBe(view.byteLength);
          }
          items.forEach((other, j) => {
            expect(bufferOf(copy) === bufferOf(copies[j]!)).toBe(bufferOf(item) === bufferOf(other));
          });
        });
      }),
    );
  });

  it('shares the copied buffer of a whole-buffer view with the buffer met after it', () => {
    const words = new Int32Array([1, 2, 3, 4]);
    const copy = clone({ words, buffer: words.buffer, bytes: new Uint8Array(words.buffer, 4, 4) });
    expect(copy.buffer).toBe(copy.words.buffer);
    expect(copy.bytes.buffer).toBe(copy.buffer);
    copy.bytes[0] = 9;
    expect(copy.words[1]).toBe(9);
    expect(words[1]).toBe(2);
  });
});
