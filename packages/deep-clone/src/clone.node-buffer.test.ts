// @not-applicable browsers: Buffer is a global of Node (and of Bun and Deno), not of pages
import { describe, expect, it } from 'vitest';
import { modes } from './test-support/modes.js';

describe.each(modes)("Node's Buffer ($name)", ({ clone }) => {
  it('stays a Buffer, on new memory at the same offset', () => {
    const source = Buffer.from('hello');
    const copy = clone(source);
    expect(Buffer.isBuffer(copy)).toBe(true);
    expect(copy.toString()).toBe('hello');
    expect(copy.buffer).not.toBe(source.buffer);
    expect(copy.byteOffset).toBe(source.byteOffset);
  });
});
