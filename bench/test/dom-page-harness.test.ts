// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildGroups,
  InitLedger,
  previousRunStop,
  registerContender,
} from '../src/suites/dom-processed/page/harness.js';
import type { PageContender } from '../src/suites/dom-processed/page/types.js';

afterEach(() => {
  document.body.replaceChildren();
  delete window.__bench;
});

/** The per-added-node loop, as a page contender (the real one registers itself on import). */
const perNodeLoop: PageContender = {
  name: 'loop',
  start: (root, selector, onInit) => {
    const processed = new WeakSet<Element>();
    const visit = (element: Element) => {
      if (!processed.has(element)) {
        processed.add(element);
        onInit(element);
      }
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(selector)) visit(node);
          for (const match of node.querySelectorAll(selector)) visit(match);
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  },
};

describe('buildGroups', () => {
  it('builds the asked number of elements, every tenth a widget, three levels deep', () => {
    const { groups, widgets } = buildGroups(1000, 100);
    expect(groups).toHaveLength(10);
    expect(groups.reduce((count, group) => count + 1 + group.querySelectorAll('*').length, 0)).toBe(1000);
    expect(widgets).toHaveLength(100);
    expect(widgets.every((widget) => widget.classList.contains('widget'))).toBe(true);
    expect(groups[0]?.querySelector('section > span.widget')).not.toBeNull();
  });
});

describe('InitLedger', () => {
  it('finds nothing wrong when every match ran exactly once', () => {
    const { groups, widgets } = buildGroups(100, 100);
    const ledger = new InitLedger(widgets);
    for (const widget of widgets) ledger.record(widget);
    expect(ledger.problem(widgets, groups)).toBeUndefined();
    expect(Number.isNaN(ledger.finishedAt)).toBe(false);
  });

  it('reports missing, repeated and stray initializations', () => {
    const { groups, widgets } = buildGroups(100, 100);
    const ledger = new InitLedger(widgets);
    for (const widget of widgets.slice(1)) ledger.record(widget);
    ledger.record(widgets[1]!);
    ledger.record(groups[0]!.querySelector('.item')!);
    const all = [groups[0]!, ...groups[0]!.querySelectorAll('*')];
    expect(ledger.problem(widgets, all)).toBe(
      '1 of 10 matches never initialized; 1 matches initialized more than once; 1 non-matching elements initialized',
    );
  });
  it('hands every run the same initializer, which counts into the latest ledger only', () => {
    const first = buildGroups(100, 100);
    const firstLedger = new InitLedger(first.widgets);
    const firstInit = firstLedger.activate();
    firstInit(first.widgets[0]!);
    const second = buildGroups(100, 100);
    const secondLedger = new InitLedger(second.widgets);
    const secondInit = secondLedger.activate();
    expect(secondInit).toBe(firstInit);
    for (const widget of second.widgets) secondInit(widget);
    firstInit(first.widgets[1]!);
    expect(firstLedger.counts.get(first.widgets[0]!)).toBe(1);
    expect(firstLedger.counts.has(first.widgets[1]!)).toBe(false);
    expect(secondLedger.problem(second.widgets, second.groups)).toBeUndefined();
    expect(secondLedger.counts.get(first.widgets[1]!)).toBe(1);
  });
});

describe('the page harness', () => {
  it('times a correct contender in both insertion scenarios', async () => {
    registerContender(perNodeLoop);
    for (const mode of ['subtree', 'batches'] as const) {
      const result = await window.__bench!.insertion(mode, 500, 100);
      expect(result.problem, mode).toBeUndefined();
      expect(result.ms).toBeGreaterThanOrEqual(0);
    }
    expect(document.body.children).toHaveLength(0);
  });

  it('keeps the stopped instance of each run until the next run has finished', async () => {
    const stops: Array<() => void> = [];
    registerContender({
      name: 'counted',
      start: (root, selector, onInit) => {
        const stopLoop = perNodeLoop.start(root, selector, onInit);
        const stop = () => stopLoop();
        stops.push(stop);
        return stop;
      },
    });
    await window.__bench!.insertion('batches', 300, 100);
    expect(previousRunStop()).toBe(stops[0]);
    await window.__bench!.insertion('subtree', 300, 100);
    expect(stops).toHaveLength(2);
    expect(previousRunStop()).toBe(stops[1]);
  });

  it('lets each stopped instance go at once, without forcing a collection, in a released run', async () => {
    const stops: Array<() => void> = [];
    registerContender({
      name: 'released',
      start: (root, selector, onInit) => {
        const stop = perNodeLoop.start(root, selector, onInit);
        stops.push(stop);
        return stop;
      },
    });
    const gc = vi.fn();
    window.gc = gc;
    try {
      await window.__bench!.insertion('batches', 300, 100);
      expect(previousRunStop()).toBe(stops[0]);
      expect(gc).toHaveBeenCalled();
      gc.mockClear();
      const result = await window.__bench!.insertion('batches', 300, 100, 'released');
      expect(result.problem).toBeUndefined();
      expect(previousRunStop()).toBeUndefined();
      expect(gc).not.toHaveBeenCalled();
    } finally {
      delete window.gc;
    }
  });

  it('calls a contender that initializes twice wrong', async () => {
    registerContender({
      name: 'twice',
      start: (root, selector, onInit) => {
        const observer = new MutationObserver(() => {
          for (const match of root.querySelectorAll(selector)) onInit(match);
        });
        observer.observe(root, { childList: true, subtree: true });
        return () => observer.disconnect();
      },
    });
    const result = await window.__bench!.insertion('batches', 300, 100);
    expect(result.problem).toMatch(/initialized more than once/);
  });
});
