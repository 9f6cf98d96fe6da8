// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attempt, type Scan, Slot, settle } from './scan.js';

const el = document.createElement('p');

/** A scan as attempt() and settle() see it: only the error slots matter to them. */
function scanWith(onError?: (error: unknown, el: Element) => void): Scan {
  return [new WeakMap(), 'p', document, () => {}, false, undefined, onError];
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('attempt', () => {
  it('calls a function with the element and returns what it returned', () => {
    expect(attempt((target: Element) => target === el, el, scanWith())).toBe(true);
  });

  it('ignores what is not a function (no cleanup, or a promise from an async initializer)', () => {
    expect(attempt(undefined, el, scanWith())).toBeUndefined();
    expect(attempt(Promise.resolve(), el, scanWith())).toBeUndefined();
  });

  it('hands an error to onError with the element, as a plain function call', () => {
    const calls: Array<[unknown, unknown, unknown]> = [];
    const failure = new Error('boom');
    attempt(
      () => {
        throw failure;
      },
      el,
      scanWith(function (this: unknown, error, target) {
        calls.push([this, error, target]);
      }),
    );
    expect(calls).toEqual([[undefined, failure, el]]);
  });

  it('reports an error with reportError by default', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    attempt(
      () => {
        throw new Error('boom');
      },
      el,
      scanWith(),
    );
    expect(reportError).toHaveBeenCalledWith(new Error('boom'), el);
  });

  it('falls back to console.error where reportError does not exist', () => {
    vi.stubGlobal('reportError', undefined);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    attempt(
      () => {
        throw new Error('boom');
      },
      el,
      scanWith(),
    );
    expect(consoleError).toHaveBeenCalledWith(new Error('boom'), el);
  });

  it('keeps what a throwing onError threw first for settle() to rethrow, and reports the rest', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const scan = scanWith((error) => {
      throw new Error(`onError: ${(error as Error).message}`);
    });
    for (const name of ['first', 'second', 'third']) {
      attempt(
        () => {
          throw new Error(name);
        },
        el,
        scan,
      );
    }
    expect(reportError.mock.calls.map(([error]) => (error as Error).message)).toEqual([
      'onError: second',
      'onError: third',
    ]);
    expect(() => settle(scan)).toThrow('onError: first');
    expect(scan[Slot.Failure]).toBeUndefined();
    expect(() => settle(scan)).not.toThrow();
  });
});
