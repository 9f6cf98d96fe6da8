// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe } from './observe.js';
import { $, journal, mount, settle } from './test-support/index.js';
import type { Observation } from './types.js';

const running: Observation[] = [];
function track(observation: Observation): Observation {
  running.push(observation);
  return observation;
}

afterEach(() => {
  for (const observation of running.splice(0)) observation.disconnect();
  document.body.replaceChildren();
});

describe('observe: initial and later processing', () => {
  it('processes the elements already matching synchronously, before observe returns', () => {
    mount('<p class="w" id="a"></p><p class="w" id="b"></p><p id="c"></p>');
    const seen: string[] = [];
    track(observe('.w', (el) => void seen.push(el.id)));
    expect(seen).toEqual(['a', 'b']);
  });

  it('processes elements inserted later in the MutationObserver batch', async () => {
    const seen: string[] = [];
    track(observe('.w', (el) => void seen.push(el.id)));
    mount('<p class="w" id="late"></p>');
    expect(seen).toEqual([]);
    await settle();
    expect(seen).toEqual(['late']);
  });

  it('processes pending records right away on flush()', () => {
    const seen: string[] = [];
    const observation = track(observe('.w', (el) => void seen.push(el.id)));
    mount('<p class="w" id="now"></p>');
    observation.flush();
    expect(seen).toEqual(['now']);
  });

  it('processes elements deep inside an inserted subtree exactly once', async () => {
    const add = vi.fn();
    track(observe('.w', add));
    const outer = mount(
      '<section><div><div><p class="w"></p></div></div><ul><li class="w"></li></ul></section>',
    );
    outer.append(Object.assign(document.createElement('p'), { className: 'w' }));
    await settle();
    expect(add).toHaveBeenCalledTimes(3);
    expect(new Set(add.mock.calls.map(([el]) => el)).size).toBe(3);
  });

  it('processes each element once when it arrives in many small batches', async () => {
    const add = vi.fn();
    track(observe('.w', add));
    const host = mount('');
    for (let batch = 0; batch < 20; batch++) {
      const nodes = Array.from({ length: 10 }, (_, i) =>
        Object.assign(document.createElement('i'), { className: i % 2 ? 'w' : 'x' }),
      );
      host.append(...nodes);
      await Promise.resolve();
    }
    await settle();
    expect(add).toHaveBeenCalledTimes(100);
    expect(new Set(add.mock.calls.map(([el]) => el)).size).toBe(100);
  });

  it('does not process an element twice when it and its ancestor both arrive in one batch', async () => {
    const add = vi.fn();
    track(observe('.w', add));
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(Object.assign(document.createElement('p'), { className: 'w' }));
    await settle();
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('never processes an element that was inserted and removed again within one batch', async () => {
    const add = vi.fn();
    track(observe('.w', add));
    const el = Object.assign(document.createElement('p'), { className: 'w' });
    document.body.append(el);
    el.remove();
    await settle();
    expect(add).not.toHaveBeenCalled();
  });

  it('picks up, in the next batch, matching elements that initializers insert', async () => {
    mount('<p class="w" id="parent"></p>');
    const seen: string[] = [];
    track(
      observe('.w', (el) => {
        seen.push(el.id);
        if (el.id === 'parent')
          el.append(Object.assign(document.createElement('i'), { className: 'w', id: 'child' }));
      }),
    );
    expect(seen).toEqual(['parent']);
    await settle();
    expect(seen).toEqual(['parent', 'child']);
  });

  it('ignores text and comment nodes', async () => {
    const add = vi.fn();
    track(observe('.w', add));
    document.body.append('text', document.createComment('note'));
    document.body.firstChild?.remove();
    await settle();
    expect(add).not.toHaveBeenCalled();
  });
});

describe('observe: leaving, moving and coming back', () => {
  it('neither tears down nor re-initializes an element moved within the root in one batch', async () => {
    const { events, handler } = journal();
    const host = mount('<div id="from"><p class="w" id="m"></p></div><div id="to"></div>');
    track(observe('.w', handler));
    $('#to', host).append($('#m'));
    await settle();
    expect(events).toEqual(['add m']);
  });

  it('keeps an element whose ancestor moved within the root in one batch', async () => {
    const { events, handler } = journal();
    const host = mount('<div id="box"><p class="w" id="m"></p></div><div id="to"></div>');
    track(observe('.w', handler));
    $('#to', host).append($('#box'));
    await settle();
    expect(events).toEqual(['add m']);
  });

  it('calls the cleanup and then remove, once each, when an element leaves', async () => {
    const { events, handler } = journal();
    mount('<p class="w" id="gone"></p>');
    track(observe('.w', handler));
    $('#gone').remove();
    await settle();
    document.body.append('unrelated');
    await settle();
    expect(events).toEqual(['add gone', 'cleanup gone', 'remove gone']);
  });

  it('tears down every processed descendant when an ancestor leaves', async () => {
    const { count, handler } = journal();
    const host = mount('<p class="w"></p><div><p class="w"></p></div>');
    track(observe('.w', handler));
    host.remove();
    await settle();
    expect(count('cleanup w')).toBe(2);
    expect(count('remove w')).toBe(2);
  });

  it('processes an element again when it comes back in a later batch', async () => {
    const { events, handler } = journal();
    mount('<p class="w" id="back"></p>');
    track(observe('.w', handler));
    const el = $('#back');
    el.remove();
    await settle();
    document.body.append(el);
    await settle();
    expect(events).toEqual(['add back', 'cleanup back', 'remove back', 'add back']);
  });

  it('with once: true, tears an element down when it leaves but never processes it again', async () => {
    const { events, handler } = journal();
    mount('<p class="w" id="one"></p>');
    const observation = track(observe('.w', handler, { once: true }));
    const el = $('#one');
    el.remove();
    await settle();
    document.body.append(el);
    await settle();
    expect(events).toEqual(['add one', 'cleanup one', 'remove one']);
    expect(observation.has(el)).toBe(false);
  });

  it('tears down an element moved within the root when the move makes it stop matching', async () => {
    const { events, handler } = journal();
    const host = mount('<div class="open"><p class="item" id="i"></p></div><div id="closed"></div>');
    track(observe('.open .item', handler));
    $('#closed', host).append($('#i'));
    await settle();
    expect(events).toEqual(['add i', 'cleanup i', 'remove i']);
  });
});

describe('observe: attributes and classes', () => {
  it('processes elements that start matching because of a class change and tears down those that stop', async () => {
    const { events, handler } = journal();
    mount('<p id="p"></p>');
    track(observe('.on', handler));
    const el = $('#p');
    el.classList.add('on');
    await settle();
    el.classList.remove('on');
    await settle();
    expect(events).toEqual(['add p', 'cleanup p', 'remove p']);
  });

  it('follows attribute selectors with values', async () => {
    const { events, handler } = journal();
    mount('<p id="p" data-state="closed"></p>');
    track(observe('[data-state=open]', handler));
    const el = $('#p');
    el.dataset.state = 'open';
    await settle();
    el.dataset.state = 'closed';
    await settle();
    expect(events).toEqual(['add p', 'cleanup p', 'remove p']);
  });

  it('follows id selectors', async () => {
    const add = vi.fn();
    mount('<p></p>');
    track(observe('#target', add));
    document.body.querySelector('p')!.id = 'target';
    await settle();
    expect(add).toHaveBeenCalledTimes(1);
  });

  // Tearing down on the way back needs a DOM that re-evaluates descendant selectors after an
  // ancestor's class change; happy-dom caches the old answer, so that half runs in Chromium.
  it('re-checks the descendants of an element whose class changed (descendant combinators)', async () => {
    const { events, handler } = journal();
    const host = mount(
      '<div id="menu"><p class="item" id="a"></p><div><p class="item" id="b"></p></div></div>',
    );
    track(observe('.open .item', handler));
    $('#menu', host).classList.add('open');
    await settle();
    expect(events.sort()).toEqual(['add a', 'add b']);
  });

  it('looks inside :not(), :is() and :where() for attribute names', async () => {
    const { events, handler } = journal();
    mount('<p id="p"></p>');
    track(observe('p:not([hidden]):is([data-a]):where(.c)', handler));
    const el = $('#p');
    el.setAttribute('data-a', '');
    el.className = 'c';
    await settle();
    expect(events).toEqual(['add p']);
    el.hidden = true;
    await settle();
    expect(events).toEqual(['add p', 'cleanup p', 'remove p']);
  });

  it('with once: true, does not process again an element that stops and starts matching', async () => {
    const { events, handler } = journal();
    mount('<p id="p" class="on"></p>');
    track(observe('.on', handler, { once: true }));
    const el = $('#p');
    el.classList.remove('on');
    await settle();
    el.classList.add('on');
    await settle();
    expect(events).toEqual(['add p', 'cleanup p', 'remove p']);
  });
});

describe('observe: attribute filtering', () => {
  function recordObserverInits() {
    const inits: MutationObserverInit[] = [];
    vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (
      this: MutationObserver,
      _target,
      init,
    ) {
      inits.push(init ?? {});
    });
    return inits;
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('observes no attribute at all for a selector without attribute, class or id parts', () => {
    const inits = recordObserverInits();
    observe('main > article p', () => {}).disconnect();
    expect(inits).toEqual([{ childList: true, subtree: true }]);
  });

  it('observes only the attributes the selector names', () => {
    const inits = recordObserverInits();
    observe('.card[data-state=open] #title', () => {}).disconnect();
    expect(new Set(inits[0]?.attributeFilter)).toEqual(new Set(['class', 'data-state', 'id']));
  });

  // happy-dom does not tell the two spellings apart, so this checks the filter; the browser's
  // behaviour is checked in observe.browser.test.ts.
  it('observes a mixed-case attribute name both as written and lower-cased', () => {
    const inits = recordObserverInits();
    observe('[data-Tab=open]', () => {}).disconnect();
    expect(new Set(inits[0]?.attributeFilter)).toEqual(new Set(['data-Tab', 'data-tab']));
  });

  it('observes every attribute for pseudo-classes that read unnamed state', () => {
    const inits = recordObserverInits();
    observe('input:checked', () => {}).disconnect();
    expect(inits).toEqual([{ childList: true, subtree: true, attributes: true }]);
  });

  it('runs no callback at all for changes to attributes the selector cannot depend on', async () => {
    const original = globalThis.MutationObserver;
    let callbacks = 0;
    vi.stubGlobal(
      'MutationObserver',
      class extends original {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            callbacks++;
            callback(records, observer);
          });
        }
      },
    );
    try {
      mount('<p class="w" id="p"></p>');
      track(observe('.w', () => {}));
      const el = $('#p');
      for (let i = 0; i < 100; i++) el.setAttribute('data-noise', String(i));
      el.style.color = 'red';
      await settle();
      expect(callbacks).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('observe: selectors that depend on other elements', () => {
  // happy-dom caches :first-child answers across insertions; the tear-down half runs in Chromium.
  it('re-checks the root for structural pseudo-classes such as :first-child', async () => {
    const seen: string[] = [];
    const list = mount('<ul></ul>');
    track(observe('li:first-child', (el) => void seen.push(el.id)));
    $('ul', list).append(Object.assign(document.createElement('li'), { id: 'one' }));
    await settle();
    expect(seen).toEqual(['one']);
  });

  it('re-checks the root for sibling combinators', async () => {
    const add = vi.fn();
    const host = mount('<p id="a"></p><p id="b"></p>');
    track(observe('.lead + p', add));
    $('#a', host).className = 'lead';
    await settle();
    expect(add).toHaveBeenCalledWith($('#b'));
  });

  it('re-checks the root for :has()', async () => {
    const add = vi.fn();
    const host = mount('<div id="card"></div>');
    track(observe('div:has(> img)', add));
    $('#card', host).append(document.createElement('img'));
    await settle();
    expect(add.mock.calls.map(([el]) => el.id)).toContain('card');
  });
});

describe('observe: independence, disconnect and signal', () => {
  it('keeps two observations of the same element independent', async () => {
    const first = journal();
    const second = journal();
    mount('<p class="w" id="p"></p>');
    const a = track(observe('.w', first.handler));
    track(observe('p', second.handler));
    a.disconnect();
    $('#p').remove();
    await settle();
    expect(first.events).toEqual(['add p']);
    expect(second.events).toEqual(['add p', 'cleanup p', 'remove p']);
  });

  it('stops every further callback on disconnect(), cleanups and remove included', async () => {
    const { events, handler } = journal();
    mount('<p class="w" id="p"></p>');
    const observation = observe('.w', handler);
    observation.disconnect();
    $('#p').remove();
    mount('<p class="w" id="q"></p>');
    await settle();
    observation.flush();
    expect(events).toEqual(['add p']);
    expect(observation.has($('#q'))).toBe(false);
  });

  it('stops the rest of a batch when an initializer disconnects', () => {
    const seen: string[] = [];
    const observation = observe('.w', (el) => {
      seen.push(el.id);
      observation.disconnect();
    });
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    observation.flush();
    expect(seen).toEqual(['a']);
  });

  it('disconnects when the signal aborts', async () => {
    const controller = new AbortController();
    const { events, handler } = journal();
    mount('<p class="w" id="p"></p>');
    observe('.w', handler, { signal: controller.signal });
    controller.abort();
    $('#p').remove();
    mount('<p class="w" id="q"></p>');
    await settle();
    expect(events).toEqual(['add p']);
  });

  it('processes nothing and returns a disconnected observation for an already aborted signal', async () => {
    mount('<p class="w" id="p"></p>');
    const add = vi.fn();
    const observation = observe('.w', add, { signal: AbortSignal.abort() });
    mount('<p class="w"></p>');
    await settle();
    observation.flush();
    expect(add).not.toHaveBeenCalled();
    expect(observation.has($('#p'))).toBe(false);
  });

  it('stops listening to the signal once disconnected by hand', () => {
    const controller = new AbortController();
    const removeListener = vi.spyOn(controller.signal, 'removeEventListener');
    observe('.w', () => {}, { signal: controller.signal }).disconnect();
    expect(removeListener).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});

describe('observe: errors', () => {
  it('hands an initializer error to onError with the element and goes on with the others', () => {
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const failure = new Error('boom');
    const onError = vi.fn();
    const seen: string[] = [];
    track(
      observe(
        '.w',
        (el) => {
          seen.push(el.id);
          if (el.id === 'a') throw failure;
        },
        { onError },
      ),
    );
    expect(seen).toEqual(['a', 'b']);
    expect(onError).toHaveBeenCalledExactlyOnceWith(failure, $('#a'));
  });

  it('hands cleanup and remove errors to onError too', async () => {
    mount('<p class="w" id="a"></p>');
    const onError = vi.fn();
    const observation = track(
      observe(
        '.w',
        {
          add: () => () => {
            throw new Error('cleanup');
          },
          remove: () => {
            throw new Error('remove');
          },
        },
        { onError },
      ),
    );
    const el = $('#a');
    el.remove();
    observation.flush();
    expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['cleanup', 'remove']);
    expect(observation.has(el)).toBe(false);
  });

  it('reports errors with reportError when there is no onError', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    try {
      mount('<p class="w"></p>');
      track(
        observe('.w', () => {
          throw new Error('reported');
        }),
      );
      expect(reportError).toHaveBeenCalledWith(new Error('reported'), expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to console.error when there is no reportError', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('reportError', undefined);
    try {
      mount('<p class="w"></p>');
      track(
        observe('.w', () => {
          throw new Error('logged');
        }),
      );
      expect(consoleError).toHaveBeenCalledWith(new Error('logged'), expect.anything());
    } finally {
      vi.unstubAllGlobals();
      consoleError.mockRestore();
    }
  });

  it('throws a SyntaxError for an invalid selector and leaves no observer running', async () => {
    const add = vi.fn();
    expect(() => observe('p[', add)).toThrow();
    mount('<p></p>');
    await settle();
    expect(add).not.toHaveBeenCalled();
  });
});

describe('observe: handlers, has() and root', () => {
  it('accepts a bare initializer, whose non-function return values are ignored', async () => {
    mount('<p class="w" id="p"></p>');
    const onError = vi.fn();
    track(observe('.w', async () => {}, { onError }));
    $('#p').remove();
    await settle();
    expect(onError).not.toHaveBeenCalled();
  });

  it('tells whether an element is currently processed', async () => {
    mount('<p class="w" id="p"></p><p id="q"></p>');
    const observation = track(observe('.w', () => {}));
    const el = $('#p');
    expect(observation.has(el)).toBe(true);
    expect(observation.has($('#q'))).toBe(false);
    el.remove();
    await settle();
    expect(observation.has(el)).toBe(false);
  });

  it('counts an element as processed while its initializer runs', () => {
    const during: boolean[] = [];
    const observation = track(observe('.w', (el) => void during.push(observation.has(el))));
    mount('<p class="w"></p>');
    observation.flush();
    expect(during).toEqual([true]);
  });

  it('looks only inside the root, and at the root itself when it matches', async () => {
    const inside = mount('<p class="w" id="in"></p>');
    inside.className = 'w';
    inside.id = 'root';
    mount('<p class="w" id="out"></p>');
    const seen: string[] = [];
    track(observe('.w', (el) => void seen.push(el.id), { root: inside }));
    expect(seen).toEqual(['root', 'in']);
    document.body.append(Object.assign(document.createElement('p'), { className: 'w', id: 'outside' }));
    inside.append(Object.assign(document.createElement('p'), { className: 'w', id: 'later' }));
    await settle();
    expect(seen).toEqual(['root', 'in', 'later']);
  });

  it('tears down an element moved out of the root to elsewhere in the document', async () => {
    const { events, handler } = journal();
    const root = mount('<p class="w" id="p"></p>');
    const elsewhere = mount('');
    track(observe('.w', handler, { root }));
    elsewhere.append($('#p'));
    await settle();
    expect(events).toEqual(['add p', 'cleanup p', 'remove p']);
  });
});

describe('observe: :scope and what lies outside the root', () => {
  it('reads :scope as the root, as root.querySelectorAll does', async () => {
    const host = mount('<ul id="list"><li id="a"></li><li id="b"><ul><li id="nested"></li></ul></li></ul>');
    const list = $('#list', host);
    const seen: string[] = [];
    track(observe(':scope > li', (el) => void seen.push(el.id), { root: list }));
    expect(seen).toEqual(['a', 'b']);
    list.append(Object.assign(document.createElement('li'), { id: 'c' }));
    $('#nested').after(Object.assign(document.createElement('li'), { id: 'deeper' }));
    await settle();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('tears down an element that stops matching a :scope selector when it moves deeper', async () => {
    const { events, handler } = journal();
    const host = mount('<ul id="list"><li id="a"></li><li id="b"><ul id="inner"></ul></li></ul>');
    track(observe(':scope > li', handler, { root: $('#list', host) }));
    $('#inner').append($('#a'));
    await settle();
    expect(events).toEqual(['add a', 'add b', 'cleanup a', 'remove a']);
  });

  it('counts the root itself for :scope, which then means the root', () => {
    const host = mount('<ul id="list"><li></li></ul>');
    const seen: string[] = [];
    track(observe(':scope', (el) => void seen.push(el.id), { root: $('#list', host) }));
    expect(seen).toEqual(['list']);
  });

  it("re-checks the root when an observed attribute of one of the root's ancestors changes", async () => {
    const host = mount('<aside id="side"><p class="w" id="p"></p></aside>');
    const seen: string[] = [];
    track(observe('.dark .w', (el) => void seen.push(el.id), { root: $('#side', host) }));
    expect(seen).toEqual([]);
    document.body.classList.add('dark');
    await settle();
    expect(seen).toEqual(['p']);
    document.body.classList.remove('dark');
  });

  it("does not tear anything down for an ancestor's attribute that changes nothing inside", async () => {
    const { events, handler } = journal();
    const host = mount('<aside id="side"><p class="w" id="p"></p></aside>');
    track(observe('.w', handler, { root: $('#side', host) }));
    host.className = 'unrelated';
    await settle();
    expect(events).toEqual(['add p']);
  });

  // The documented limit: siblings of the root (or of its ancestors) are not observed. The
  // workaround, a root that contains what the selector reads, is pinned too.
  it('does not see a sibling of the root change, and sees it with a root that contains both', async () => {
    const host = mount('<p id="lead"></p><section id="part"><p class="x" id="inside"></p></section>');
    const narrow: string[] = [];
    const wide: string[] = [];
    track(observe('.on + section .x', (el) => void narrow.push(el.id), { root: $('#part', host) }));
    track(observe('.on + section .x', (el) => void wide.push(el.id), { root: host }));
    $('#lead').className = 'on';
    await settle();
    expect(narrow).toEqual([]);
    expect(wide).toEqual(['inside']);
  });
});

describe('observe: callbacks that stop, throw or move things', () => {
  it('runs no remove after a cleanup that disconnects', async () => {
    const events: string[] = [];
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const observation = observe('.w', {
      add: (el) => () => {
        events.push(`cleanup ${el.id}`);
        observation.disconnect();
      },
      remove: (el) => void events.push(`remove ${el.id}`),
    });
    document.body.replaceChildren();
    await settle();
    expect(events).toEqual(['cleanup a']);
  });

  it('does not initialize an element that an earlier initializer removed in the same scan', async () => {
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const seen: string[] = [];
    const removeNext = (el: Element) => {
      seen.push(el.id);
      el.nextElementSibling?.remove();
    };
    const observation = track(observe('.w', removeNext));
    expect(seen).toEqual(['a']);
    expect(observation.has($('#a'))).toBe(true);
    mount('<p class="w" id="c"></p><p class="w" id="d"></p>');
    await settle();
    expect(seen).toEqual(['a', 'c']);
  });

  it('throws the SyntaxError of an invalid selector even with an aborted signal', () => {
    expect(() => observe('p[', () => {}, { signal: AbortSignal.abort() })).toThrow(/p\[/);
  });

  it('rethrows, from observe(), what onError threw in the first scan, and leaves nothing running', async () => {
    const { events, handler } = journal();
    mount('<p class="w" id="a"></p><p class="w" id="b"></p>');
    const failing = {
      add: (el: Element) => {
        const cleanup = handler.add(el);
        if (el.id === 'a') throw new Error('init failed');
        return cleanup;
      },
      remove: handler.remove,
    };
    const fatal = new Error('onError rethrew');
    expect(() =>
      observe('.w', failing, {
        onError: () => {
          throw fatal;
        },
      }),
    ).toThrow(fatal);
    // The scan went on: b was initialized too. Then the observation stopped for good.
    expect(events).toEqual(['add a', 'add b']);
    mount('<p class="w" id="c"></p>');
    $('#b').remove();
    await settle();
    expect(events).toEqual(['add a', 'add b']);
  });

  it('processes the whole batch when onError throws, then rethrows from flush()', () => {
    const seen: string[] = [];
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    try {
      const observation = track(
        observe(
          '.w',
          (el) => {
            seen.push(el.id);
            throw new Error(`init ${el.id}`);
          },
          {
            onError: (error) => {
              throw new Error(`rethrown ${(error as Error).message}`);
            },
          },
        ),
      );
      mount('<p class="w" id="a"></p><p class="w" id="b"></p><p class="w" id="c"></p>');
      expect(() => observation.flush()).toThrow('rethrown init a');
      expect(seen).toEqual(['a', 'b', 'c']);
      // The first is rethrown; the others are reported, never dropped.
      expect(reportError.mock.calls.map(([error]) => (error as Error).message)).toEqual([
        'rethrown init b',
        'rethrown init c',
      ]);
      mount('<p class="w" id="d"></p>');
      expect(() => observation.flush()).toThrow('rethrown init d');
      expect(seen).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('observe: a subtree of 50,000 elements', () => {
  /** Milliseconds to tear down a removed subtree of `groups` x 5 elements (one match per group). */
  async function removalMs(groups: number): Promise<number> {
    const { count, handler } = journal();
    const observation = track(observe('.w', handler));
    const subtree = document.createElement('section');
    subtree.innerHTML = '<div><p class="w"></p><i></i><i></i><i></i><i></i></div>'.repeat(groups);
    document.body.append(subtree);
    await settle();
    expect(count('add w')).toBe(groups);
    const removedAt = performance.now();
    subtree.remove();
    await settle();
    const elapsed = performance.now() - removedAt;
    expect(count('cleanup w')).toBe(groups);
    expect(count('remove w')).toBe(groups);
    observation.disconnect();
    return elapsed;
  }

  // happy-dom's querySelectorAll('*') takes time that grows faster than the subtree (8 s for this
  // removal here, 42.9 s in the report, when the removal path used it). Linear time is checked by
  // growth, so it holds on every engine whatever its constant factor: ten times the elements may
  // cost at most thirty times the time (a quadratic walk costs a hundred), or one second at most.
  // Each size is timed twice and the faster run kept: once, on a loaded 2-core CI run, a single large
  // removal on Deno took 4.5 s against 110 ms for the small one (41x), with code that passes there
  // in every other run; a one-off stall must not read as a quadratic walk.
  it('tears down every match of a removed 50,000-element subtree exactly once, in linear time', async () => {
    const small = Math.min(await removalMs(1_000), await removalMs(1_000));
    const large = Math.min(await removalMs(10_000), await removalMs(10_000));
    expect(large).toBeLessThan(Math.max(30 * small, 1_000));
    // The verdict is the growth ratio above, never the clock: this test took up to 30 s inside a loaded
    // CI run (2026-12-03, half its old 60 s limit), so the limit only stops a hang.
  }, 180_000);
});
