import { afterEach, describe, expect, it, vi } from 'vitest';
import { attempt } from './attempt.js';

const el = {} as Element;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('attempt', () => {
  it('calls a function with the element and returns what it returned', () => {
    expect(attempt((target: Element) => target === el, el)).toBe(true);
  });

  it('ignores what is not a function (no cleanup, or a promise from an async initializer)', () => {
    expect(attempt(undefined, el)).toBeUndefined();
    expect(attempt(Promise.resolve(), el)).toBeUndefined();
  });

  it('hands an error to onError with the element', () => {
    const onError = vi.fn();
    const failure = new Error('boom');
    attempt(
      () => {
        throw failure;
      },
      el,
      onError,
    );
    expect(onError).toHaveBeenCalledExactlyOnceWith(failure, el);
  });

  it('reports an error with reportError by default', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    attempt(() => {
      throw new Error('boom');
    }, el);
    expect(reportError).toHaveBeenCalledWith(new Error('boom'), el);
  });

  it('falls back to console.error where reportError does not exist', () => {
    vi.stubGlobal('reportError', undefined);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    attempt(() => {
      throw new Error('boom');
    }, el);
    expect(consoleError).toHaveBeenCalledWith(new Error('boom'), el);
  });
});
