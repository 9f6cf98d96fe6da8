// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe } from './observe.js';
import { processOnce } from './process-once.js';
import { mount, settle } from './test-support/index.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Calls as a JavaScript user (or a cast) can write them, with the exact error each must give. */
const wrongCalls: Array<[call: string, run: (fn: () => void) => unknown, message: string]> = [
  [
    'observe(el, fn)',
    (fn) => observe(document.body as never, fn),
    'observe(): selector must be a string, got object',
  ],
  [
    'observe(undefined, fn)',
    (fn) => observe(undefined as never, fn),
    'observe(): selector must be a string, got undefined',
  ],
  [
    "observe('.x')",
    () => (observe as (selector: string) => unknown)('.x'),
    'observe(): handler must be a function or an object with an add function, got undefined',
  ],
  [
    "observe('.x', {})",
    () => observe('.x', {} as never),
    'observe(): handler must be a function or an object with an add function, got object',
  ],
  [
    "observe('.x', 'init')",
    () => observe('.x', 'init' as never),
    'observe(): handler must be a function or an object with an add function, got string',
  ],
  [
    "observe('.x', null)",
    () => observe('.x', null as never),
    'observe(): handler must be a function or an object with an add function, got null',
  ],
  [
    "observe('.x', { add: 1 })",
    () => observe('.x', { add: 1 } as never),
    'observe(): handler must be a function or an object with an add function, got object',
  ],
  [
    "observe('.x', { add, remove: 'x' })",
    (fn) => observe('.x', { add: fn, remove: 'x' as never }),
    'observe(): handler.remove must be a function, got string',
  ],
  [
    "observe('.x', fn, 'abc')",
    (fn) => observe('.x', fn, 'abc' as never),
    'observe(): options must be an object, got string',
  ],
  [
    "observe('.x', fn, null)",
    (fn) => observe('.x', fn, null as never),
    'observe(): options must be an object, got null',
  ],
  [
    "observe('.x', fn, { root: null })",
    (fn) => observe('.x', fn, { root: null as never }),
    'observe(): options.root must be a Document, Element or DocumentFragment, got null',
  ],
  [
    "observe('.x', fn, { root: '#app' })",
    (fn) => observe('.x', fn, { root: '#app' as never }),
    'observe(): options.root must be a Document, Element or DocumentFragment, got string',
  ],
  [
    "observe('.x', fn, { root: textNode })",
    (fn) => observe('.x', fn, { root: document.createTextNode('') as never }),
    'observe(): options.root must be a Document, Element or DocumentFragment, got object',
  ],
  [
    "observe('.x', fn, { signal: 'abc' })",
    (fn) => observe('.x', fn, { signal: 'abc' as never }),
    'observe(): options.signal must be an AbortSignal, got string',
  ],
  [
    "observe('.x', fn, { signal: {} })",
    (fn) => observe('.x', fn, { signal: { aborted: false } as never }),
    'observe(): options.signal must be an AbortSignal, got object',
  ],
  [
    "observe('.x', fn, { onError: true })",
    (fn) => observe('.x', fn, { onError: true as never }),
    'observe(): options.onError must be a function, got boolean',
  ],
  [
    "processOnce('.x', fn)",
    (fn) => (processOnce as (...args: unknown[]) => unknown)('.x', fn),
    'processOnce(): root must be a Document, Element or DocumentFragment, got string',
  ],
  [
    "processOnce(null, '.x', fn)",
    (fn) => processOnce(null as never, '.x', fn),
    'processOnce(): root must be a Document, Element or DocumentFragment, got null',
  ],
  [
    'processOnce(document, el, fn)',
    (fn) => processOnce(document, document.body as never, fn),
    'processOnce(): selector must be a string, got object',
  ],
  [
    "processOnce(document, '.x')",
    () => (processOnce as (...args: unknown[]) => unknown)(document, '.x'),
    'processOnce(): fn must be a function, got undefined',
  ],
  [
    "processOnce(document, '.x', fn, 'key')",
    (fn) => processOnce(document, '.x', fn, 'key' as never),
    'processOnce(): options must be an object, got string',
  ],
  [
    "processOnce(document, '.x', fn, { key: 42 })",
    (fn) => processOnce(document, '.x', fn, { key: 42 as never }),
    'processOnce(): options.key must be a string or a symbol, got number',
  ],
  [
    "processOnce(document, '.x', fn, { key: {} })",
    (fn) => processOnce(document, '.x', fn, { key: {} as never }),
    'processOnce(): options.key must be a string or a symbol, got object',
  ],
];

describe('wrong calls', () => {
  it.each(wrongCalls)(
    '%s throws a TypeError naming the function, the argument and what it expected',
    (_call, run, message) => {
      const fn = vi.fn();
      let thrown: unknown;
      try {
        run(fn);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as TypeError).message).toBe(message);
    },
  );

  it.each(wrongCalls)('%s leaves nothing running and processes nothing', async (_call, run) => {
    mount('<p class="x"></p>');
    const fn = vi.fn();
    const observeSpy = vi.spyOn(MutationObserver.prototype, 'observe');
    expect(() => run(fn)).toThrow();
    mount('<p class="x"></p>');
    await settle();
    expect(fn).not.toHaveBeenCalled();
    expect(observeSpy).not.toHaveBeenCalled();
  });

  it("throws the browser's SyntaxError for an invalid selector, from both functions", () => {
    const fn = vi.fn();
    for (const run of [() => observe('p[', fn), () => processOnce(document, 'p[', fn)]) {
      expect(run).toThrow(/p\[/);
      expect(run).not.toThrow(TypeError);
    }
  });

  it('accepts null where an option may be left out', () => {
    mount('<p class="x"></p>');
    const fn = vi.fn();
    observe(
      '.x',
      { add: fn, remove: null as never },
      { signal: null as never, onError: null as never },
    ).disconnect();
    expect(processOnce(document, '.x', fn, { key: null as never })).toBe(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
