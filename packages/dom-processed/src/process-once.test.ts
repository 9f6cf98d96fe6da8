// @vitest-environment happy-dom
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { processOnce } from './process-once.js';
import { mount } from './test-support/index.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('processOnce', () => {
  it('processes every match and returns how many were new', () => {
    mount('<p class="w"></p><p class="w"></p><p></p>');
    const fn = vi.fn();
    expect(processOnce(document, '.w', fn)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('never processes an element twice across calls, however often it is called after a swap', () => {
    const container = mount('<p class="w"></p>');
    const fn = vi.fn();
    processOnce(document, '.w', fn);
    container.insertAdjacentHTML('beforeend', '<p class="w"></p>');
    expect(processOnce(document, '.w', fn)).toBe(1);
    expect(processOnce(document, '.w', fn)).toBe(0);
    expect(processOnce(container, '.w', fn)).toBe(0);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('processes the new content of an innerHTML swap', () => {
    const container = mount('<p class="w"></p>');
    const fn = vi.fn();
    processOnce(container, '.w', fn);
    container.innerHTML = '<p class="w"></p><p class="w"></p>';
    expect(processOnce(container, '.w', fn)).toBe(2);
  });

  it('includes the root itself when it matches', () => {
    const container = mount('<p class="w"></p>');
    container.className = 'w';
    expect(processOnce(container, '.w', () => {})).toBe(2);
  });

  it('keeps one memory per function: it runs once per element, whichever selector found it', () => {
    mount('<p class="w x"></p><p class="x"></p>');
    const first = vi.fn();
    const second = vi.fn();
    expect(processOnce(document, '.w', first)).toBe(1);
    expect(processOnce(document, '.w', second)).toBe(1);
    expect(processOnce(document, '.x', first)).toBe(1);
    expect(processOnce(document, '.w', first)).toBe(0);
    expect(first).toHaveBeenCalledTimes(2);
  });

  it('keeps its memory on globalThis under a Symbol.for key, shared by every copy of the package', () => {
    mount('<p class="w"></p>');
    const fn = () => {};
    processOnce(document, '.w', fn);
    const registry = (globalThis as Record<symbol, unknown>)[Symbol.for('@weakset-recipes/dom-processed')];
    expect(registry).toBeInstanceOf(WeakMap);
    const processed = (registry as WeakMap<object, WeakSet<Element>>).get(fn);
    expect(processed?.has(document.querySelector('.w')!)).toBe(true);
  });

  it('reports an error thrown for one element and goes on with the others', () => {
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const seen: string[] = [];
    const count = processOnce(document, '.w', (el) => {
      seen.push(el.id);
      if (el.id === 'a') throw new Error('boom');
    });
    expect(seen).toEqual(['a', 'b']);
    expect(count).toBe(2);
    expect(reportError).toHaveBeenCalledWith(new Error('boom'), document.querySelector('#a'));
    expect(processOnce(document, '.w', () => {})).toBe(2);
  });

  it('is typed as a count', () => {
    expectTypeOf(processOnce).returns.toBeNumber();
    expectTypeOf(processOnce).parameter(0).toEqualTypeOf<ParentNode>();
  });
});
