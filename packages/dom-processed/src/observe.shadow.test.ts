// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe } from './observe.js';
import { journal, mount, settle } from './test-support/index.js';
import type { Observation } from './types.js';

const running: Observation[] = [];
afterEach(() => {
  for (const observation of running.splice(0)) observation.disconnect();
  document.body.replaceChildren();
});

function host(html: string, mode: ShadowRootMode = 'open'): { host: HTMLElement; shadowRoot: ShadowRoot } {
  const element = document.createElement('div');
  const shadowRoot = element.attachShadow({ mode });
  shadowRoot.innerHTML = html;
  return { host: element, shadowRoot };
}

describe('observe with shadow: true', () => {
  it('processes matches inside open shadow roots that are already there', () => {
    const { host: element } = host('<p class="w" id="inner"></p>');
    mount('<p class="w" id="outer"></p>').append(element);
    const seen: string[] = [];
    running.push(observe('.w', (el) => void seen.push(el.id), { shadow: true }));
    expect(seen.sort()).toEqual(['inner', 'outer']);
  });

  it('leaves shadow roots alone without it', () => {
    const { host: element } = host('<p class="w" id="inner"></p>');
    mount('<p class="w" id="outer"></p>').append(element);
    const seen: string[] = [];
    running.push(observe('.w', (el) => void seen.push(el.id)));
    expect(seen).toEqual(['outer']);
  });

  it('processes elements inserted later inside an open shadow root', async () => {
    const { host: element, shadowRoot } = host('<div id="slot"></div>');
    mount('').append(element);
    const add = vi.fn();
    running.push(observe('.w', add, { shadow: true }));
    const late = Object.assign(document.createElement('p'), { className: 'w' });
    shadowRoot.querySelector('#slot')?.append(late);
    await settle();
    expect(add).toHaveBeenCalledExactlyOnceWith(late);
  });

  it('finds shadow roots, nested ones included, that arrive with inserted hosts', async () => {
    const add = vi.fn();
    running.push(observe('.w', add, { shadow: true }));
    const outer = host('<p class="w" id="level1"></p>');
    const inner = host('<p class="w" id="level2"></p>');
    outer.shadowRoot.append(inner.host);
    mount('').append(outer.host);
    await settle();
    expect(add.mock.calls.map(([el]) => el.id).sort()).toEqual(['level1', 'level2']);
    const deeper = Object.assign(document.createElement('p'), { className: 'w', id: 'level2-late' });
    inner.shadowRoot.append(deeper);
    await settle();
    expect(add).toHaveBeenLastCalledWith(deeper);
  });

  it('tears down what is inside a shadow root when its host leaves', async () => {
    const { events, handler } = journal();
    const { host: element } = host('<p class="w" id="inner"></p>');
    mount('').append(element);
    running.push(observe('.w', handler, { shadow: true }));
    element.remove();
    await settle();
    expect(events).toEqual(['add inner', 'cleanup inner', 'remove inner']);
  });

  it('tears down an element that leaves a shadow root', async () => {
    const { events, handler } = journal();
    const { host: element, shadowRoot } = host('<p class="w" id="inner"></p>');
    mount('').append(element);
    running.push(observe('.w', handler, { shadow: true }));
    shadowRoot.querySelector('p')?.remove();
    await settle();
    expect(events).toEqual(['add inner', 'cleanup inner', 'remove inner']);
  });

  it('follows class changes inside a shadow root', async () => {
    const { events, handler } = journal();
    const { host: element, shadowRoot } = host('<p id="inner"></p>');
    mount('').append(element);
    running.push(observe('.on', handler, { shadow: true }));
    shadowRoot.querySelector('p')?.classList.add('on');
    await settle();
    expect(events).toEqual(['add inner']);
  });

  it('never sees inside closed shadow roots', () => {
    const { host: element } = host('<p class="w"></p>', 'closed');
    mount('').append(element);
    const add = vi.fn();
    running.push(observe('.w', add, { shadow: true }));
    expect(add).not.toHaveBeenCalled();
  });

  it('finds a shadow root attached after its host arrived once the host is inserted again', async () => {
    const add = vi.fn();
    const container = mount('');
    const element = document.createElement('div');
    container.append(element);
    running.push(observe('.w', add, { shadow: true }));
    element.attachShadow({ mode: 'open' }).innerHTML = '<p class="w"></p>';
    await settle();
    expect(add).not.toHaveBeenCalled();
    container.append(element);
    await settle();
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('observes no further shadow root once an initializer has aborted the observation', () => {
    const { host: element, shadowRoot } = host('<p class="w"></p>');
    mount('<p class="w"></p>').append(element);
    const observeSpy = vi.spyOn(MutationObserver.prototype, 'observe');
    try {
      const controller = new AbortController();
      const add = vi.fn(() => controller.abort());
      observe('.w', add, { shadow: true, signal: controller.signal });
      expect(add).toHaveBeenCalledTimes(1);
      expect(observeSpy).not.toHaveBeenCalledWith(shadowRoot, expect.anything());
    } finally {
      observeSpy.mockRestore();
    }
  });
});
