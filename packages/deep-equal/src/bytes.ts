type Binary = ArrayBuffer | ArrayBufferView<ArrayBuffer>;
type View = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayLike<number>;

function bytesOf(value: Binary, Type: View, width: number): ArrayLike<number> {
  return ArrayBuffer.isView(value)
    ? new Type(value.buffer, value.byteOffset, value.byteLength / width)
    : new Type(value, 0, value.byteLength / width);
}

/**
 * The index of the first byte where two equally long buffers or views differ, or -1. Aligned
 * memory is compared four bytes at a time: integers compare bits exactly, so NaN payloads and
 * `-0` count as the bytes they are, as util.isDeepStrictEqual counts them.
 */
export function firstDifferentByte(a: Binary, b: Binary): number {
  const offsets = ArrayBuffer.isView(a) && ArrayBuffer.isView(b) ? a.byteOffset | b.byteOffset : 0;
  let index = 0;
  if (((offsets | a.byteLength) & 3) === 0) {
    const words = bytesOf(a, Int32Array, 4);
    const other = bytesOf(b, Int32Array, 4);
    while (index < words.length && words[index] === other[index]) index++;
    index *= 4;
  }
  const bytes = bytesOf(a, Uint8Array, 1);
  const other = bytesOf(b, Uint8Array, 1);
  while (index < bytes.length && bytes[index] === other[index]) index++;
  return index < bytes.length ? index : -1;
}
