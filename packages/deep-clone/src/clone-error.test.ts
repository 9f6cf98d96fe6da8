import { describe, expect, it } from 'vitest';
import { CloneError, formatPath } from './clone-error.js';

describe('CloneError', () => {
  it('is a TypeError with a code, a path and a name', () => {
    const error = new CloneError('UNSUPPORTED', ['a', 0], 'message');
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('CloneError');
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.path).toEqual(['a', 0]);
    expect(error.message).toBe('message');
  });
});

describe('formatPath', () => {
  it('writes paths as code would', () => {
    expect(formatPath([])).toBe('root');
    expect(formatPath(['a', 0, 'odd key', Symbol('tag'), '$ok_1'])).toBe(
      'root.a[0]["odd key"][Symbol(tag)].$ok_1',
    );
  });
});
