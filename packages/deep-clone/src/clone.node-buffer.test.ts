// @not-applicable browsers: Buffer is a global of Node (and of Bun and Deno), not of pages
import { describe, expect, it } from 'vitest';
import { modes } from './test-support/modes.js';

describe.each(modes)("Node's Buffer ($name)", ({ clone, keepsSharing }) => {
  it('stays a Buffer, on new memory at the same offset', () => {
    const source = Buffer.from('hello');
    const copy = clone(source);
    expect(Buffer.isBuffer(copy)).toBe(true);
    expect(copy.toString()).toBe('hello');
    expect(copy.buffer).not.toBe(source.buffer);
    expect(copy.byteOffset).toBe(source.byteOffset);
  });

  it('stays a Buffer when it owns all of its memory (Buffer.alloc)', () => {
    const source = Buffer.alloc(16, 7);
    const copy = clone({ source, again: source });
    expect(Buffer.isBuffer(copy.source)).toBe(true);
    // Even copied twice (circular: 'throw'), each copy shares nothing with the original.
    expect(copy.again === copy.source).toBe(keepsSharing);
    expect(copy.again.equals(source)).toBe(true);
    expect(copy.source.equals(source)).toBe(true);
    expect(copy.source.buffer).not.toBe(source.buffer);
  });
});
