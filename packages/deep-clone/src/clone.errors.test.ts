import { describe, expect, it } from 'vitest';
import { deepEqual } from './test-support/deep-equal.js';
import { modes } from './test-support/modes.js';

describe.each(modes)('errors ($name)', ({ clone }) => {
  it('copies name, message, stack and cause, keeping the class', () => {
    const cause = { reason: 'disk full' };
    const source = new RangeError('out of range', { cause });
    const copy = clone(source);
    expect(copy).not.toBe(source);
    expect(copy).toBeInstanceOf(RangeError);
    expect(copy.message).toBe('out of range');
    expect(copy.stack).toBe(source.stack);
    expect(copy.cause).toEqual(cause);
    expect(copy.cause).not.toBe(cause);
    expect(Object.getOwnPropertyDescriptor(copy, 'message')?.enumerable).toBe(false);
    expect(deepEqual(copy, source)).toBe(true);
  });

  it("copies an AggregateError's errors", () => {
    const source = new AggregateError([new Error('a'), new TypeError('b')], 'both failed');
    const copy = clone(source);
    expect(copy).toBeInstanceOf(AggregateError);
    expect(copy.errors).toHaveLength(2);
    expect(copy.errors[0]).not.toBe(source.errors[0]);
    expect(copy.errors[1]).toBeInstanceOf(TypeError);
    expect((copy.errors[1] as Error).message).toBe('b');
  });

  it('copies own properties and custom error classes', () => {
    class HttpError extends Error {
      override name = 'HttpError';
      constructor(
        message: string,
        public status: number,
        public details: { url: string },
      ) {
        super(message);
      }
    }
    const source = new HttpError('not found', 404, { url: '/x' });
    const copy = clone(source);
    expect(copy).toBeInstanceOf(HttpError);
    expect(copy.name).toBe('HttpError');
    expect(copy.status).toBe(404);
    expect(copy.details).toEqual({ url: '/x' });
    expect(copy.details).not.toBe(source.details);
  });

  it("keeps the original's own error state, whatever this engine puts on an error", () => {
    // V8 puts stack and message on every error; JavaScriptCore also line, column and sourceURL;
    // SpiderMonkey fileName, lineNumber and columnNumber. The copy must carry the original's, never
    // those of the error the clone made (which tell where the copy was made).
    const source = new SyntaxError('bad token', { cause: 'input' });
    const engineKeys = Reflect.ownKeys(new Error('probe'));
    const distinct = new Map(engineKeys.map((key, index) => [key, `original ${String(key)} ${index}`]));
    for (const [key, value] of distinct) {
      Object.defineProperty(source, key, { value, writable: true, enumerable: false, configurable: true });
    }
    const copy = clone(source) as unknown as Record<PropertyKey, unknown>;
    for (const [key, value] of distinct) expect(copy[key], String(key)).toBe(value);
    expect(copy.cause).toBe('input');
  });

  it('reads the stack the original reads, and adds none where the original has lost its own', () => {
    const source = new Error('no stack');
    delete source.stack;
    const copy = clone(source);
    expect(copy.stack).toBe(source.stack);
    // V8 and JavaScriptCore give each error an own stack: deleted, it is gone, and the copy has
    // none either. SpiderMonkey reads every error's stack through an accessor on Error.prototype
    // (nothing to delete): the copy gets the original's as its own, not where the copy was made.
    const stackIsOwn = Object.hasOwn(new Error('probe'), 'stack');
    expect(Object.hasOwn(copy, 'stack')).toBe(!stackIsOwn);
  });
});
