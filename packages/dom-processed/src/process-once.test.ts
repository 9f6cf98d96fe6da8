// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('keeps its memories on globalThis under a Symbol.for key, shared by every copy of the package', () => {
    mount('<p class="w"></p>');
    const fn = () => {};
    processOnce(document, '.w', fn);
    processOnce(document, '.w', () => {}, { key: 'named' });
    const [byFunction, byKey] = (globalThis as Record<symbol, unknown>)[
      Symbol.for('@weakset-recipes/dom-processed')
    ] as [WeakMap<object, WeakSet<Element>>, Map<unknown, WeakSet<Element>>];
    expect(byFunction).toBeInstanceOf(WeakMap);
    expect(byFunction.get(fn)?.has(document.querySelector('.w')!)).toBe(true);
    expect(byKey.get('named')?.has(document.querySelector('.w')!)).toBe(true);
  });

  it('reports an error thrown for one element, goes on with the others, and tries it again next time', () => {
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const seen: string[] = [];
    let failing = true;
    const fn = (el: Element) => {
      seen.push(el.id);
      if (el.id === 'a' && failing) throw new Error('boom');
    };
    expect(processOnce(document, '.w', fn)).toBe(1);
    expect(seen).toEqual(['a', 'b']);
    expect(reportError).toHaveBeenCalledWith(new Error('boom'), document.querySelector('#a'));
    failing = false;
    expect(processOnce(document, '.w', fn)).toBe(1);
    expect(seen).toEqual(['a', 'b', 'a']);
    expect(processOnce(document, '.w', fn)).toBe(0);
  });

  it('shares one memory between calls with the same key, whatever function they pass', () => {
    const container = mount('<button class="copy"></button>');
    const seen: Element[] = [];
    // What a listener does: a new arrow function per event.
    const onSwap = () => processOnce(container, '.copy', (el) => void seen.push(el), { key: 'copy' });
    expect(onSwap()).toBe(1);
    container.insertAdjacentHTML('beforeend', '<button class="copy"></button>');
    expect(onSwap()).toBe(1);
    expect(onSwap()).toBe(0);
    expect(new Set(seen).size).toBe(2);
  });

  it('keeps keyed memories apart from each other and from per-function ones', () => {
    mount('<p class="w"></p>');
    const fn = vi.fn();
    const symbol = Symbol('widgets');
    expect(processOnce(document, '.w', fn, { key: 'one' })).toBe(1);
    expect(processOnce(document, '.w', fn, { key: 'two' })).toBe(1);
    expect(processOnce(document, '.w', fn, { key: symbol })).toBe(1);
    expect(processOnce(document, '.w', fn, { key: Symbol('widgets') })).toBe(1);
    expect(processOnce(document, '.w', fn)).toBe(1);
    expect(processOnce(document, '.w', fn, { key: symbol })).toBe(0);
    expect(processOnce(document, '.w', fn)).toBe(0);
    expect(fn).toHaveBeenCalledTimes(5);
  });

  it('does not process an element twice when fn calls processOnce again with the same key', () => {
    const container = mount('<p class="w"></p>');
    const fn = vi.fn(() => processOnce(container, '.w', fn, { key: 'nested' }));
    expect(processOnce(container, '.w', fn, { key: 'nested' })).toBe(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('reads :scope as the root', () => {
    const list = mount('<ul><li id="a"><ul><li id="b"></li></ul></li></ul>').firstElementChild as Element;
    const seen: string[] = [];
    processOnce(list, ':scope > li', (el) => void seen.push(el.id), { key: 'scope' });
    expect(seen).toEqual(['a']);
  });
});
