import { describe, expect, it } from 'vitest';
import { CloneError } from './clone-error.js';
import { modes } from './test-support/modes.js';

function cloneError(run: () => unknown): CloneError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloneError) return error;
    throw error;
  }
  throw new Error('expected a CloneError');
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Transferring a buffer detaches it, as postMessage does; views made before are left on nothing. */
function detach(buffer: ArrayBuffer): void {
  structuredClone(buffer, { transfer: [buffer] });
}

function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(8);
  detach(buffer);
  return buffer;
}

function onDetachedBuffer<V>(makeView: (buffer: ArrayBuffer) => V): V {
  const buffer = new ArrayBuffer(8);
  const view = makeView(buffer);
  detach(buffer);
  return view;
}

interface ResizableBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}

/** A resizable ArrayBuffer (ES2024, in every engine tested; the repo's TypeScript lib is ES2022). */
function resizableBuffer(byteLength: number, maxByteLength: number): ResizableBuffer {
  const Resizable = ArrayBuffer as unknown as new (
    length: number,
    options: { maxByteLength: number },
  ) => ResizableBuffer;
  return new Resizable(byteLength, { maxByteLength });
}

/** A resizable buffer shrunk under its views: they are out of bounds. */
function shrunkViews(): { bytes: Uint8Array; view: DataView } {
  const buffer = resizableBuffer(16, 32);
  const views = { bytes: new Uint8Array(buffer, 8, 8), view: new DataView(buffer, 8, 8) };
  buffer.resize(4);
  return views;
}

describe.each(modes)('values that cannot be read are reported with their path ($name)', ({ clone }) => {
  it.each([
    ['a revoked Proxy', revokedProxy, 'a revoked Proxy'],
    ['a detached ArrayBuffer', detachedBuffer, 'a detached ArrayBuffer'],
    [
      'a typed array on a detached buffer',
      () => onDetachedBuffer((buffer) => new Uint8Array(buffer)),
      'a Uint8Array whose buffer',
    ],
    [
      'a DataView on a detached buffer',
      () => onDetachedBuffer((buffer) => new DataView(buffer)),
      'a DataView whose buffer',
    ],
  ])('%s', (_name, make, text) => {
    const error = cloneError(() => clone({ list: [0, { value: make() }] }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.path).toEqual(['list', 1, 'value']);
    expect(error.message).toContain(text);
    expect(error.message).toContain('root.list[1].value');
  });

  it('views a shrunk resizable buffer leaves out of bounds', () => {
    const { bytes, view } = shrunkViews();
    expect(cloneError(() => clone({ bytes })).path).toEqual(['bytes']);
    expect(cloneError(() => clone({ view })).path).toEqual(['view']);
    expect(cloneError(() => clone({ view })).message).toContain(
      'a DataView whose buffer is detached or too small',
    );
  });

  it('copies a length-tracking view over all of a resizable buffer into the fixed-length copy the buffer gets', () => {
    const buffer = resizableBuffer(8, 32);
    const bytes = new Uint8Array(buffer);
    bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const copy = clone({ bytes, buffer });
    expect([...copy.bytes]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(copy.bytes.buffer).toBe(copy.buffer);
    expect((copy.buffer as unknown as { resizable: boolean }).resizable).toBe(false);
    // Fixed, as the README's Limits say: growing the original leaves the copy as it was.
    buffer.resize(16);
    expect(copy.bytes.length).toBe(8);
  });

  it('still copies a view that a resizable buffer keeps in bounds', () => {
    const buffer = resizableBuffer(16, 32);
    const bytes = new Uint8Array(buffer, 4, 4);
    bytes.set([1, 2, 3, 4]);
    buffer.resize(8);
    const copy = clone(bytes);
    expect([...copy]).toEqual([1, 2, 3, 4]);
    expect(copy.byteOffset).toBe(4);
  });
});

describe.each(modes)('subclasses that override what a copy is read from ($name)', ({ clone }) => {
  it('copies a RegExp from its slots, whatever a subclass says its flags and source are', () => {
    class Loose extends RegExp {
      override get flags(): string {
        return 'not flags';
      }
      override get source(): string {
        return '(';
      }
    }
    const source = new Loose('a+b', 'gi');
    source.lastIndex = 2;
    const copy = clone(source);
    expect(copy).toBeInstanceOf(Loose);
    expect(copy.lastIndex).toBe(2);
    expect(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags')?.get?.call(copy)).toBe('gi');
    copy.lastIndex = 0;
    expect(RegExp.prototype.exec.call(copy, 'xAAB xab')?.[0]).toBe('AAB');
  });

  it('copies a URL from its href, whatever a subclass says its string is', () => {
    class Link extends URL {
      override toString(): string {
        return 'not a url';
      }
    }
    const copy = clone(new Link('https://example.com/a?b=1'));
    expect(copy).toBeInstanceOf(Link);
    expect(copy.href).toBe('https://example.com/a?b=1');
  });
});
