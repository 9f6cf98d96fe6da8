// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { observe } from './observe.js';
import type { Observation } from './types.js';

/*
 * Model-based: random sequences of what pages do to elements (insert them inside or outside the
 * root, nest them deeper, move them, detach them, toggle the class the selector reads, several
 * changes per batch), and after every batch the observation must agree with the DOM itself: an
 * element is processed exactly when it is inside the root and matches, it was initialized once
 * more than it was torn down, and every teardown ran its cleanup then `remove`.
 */

const poolSize = 6;
const places = ['root', 'nested', 'outside', 'detached'] as const;
type Place = (typeof places)[number];

interface Page {
  root: HTMLElement;
  nested: HTMLElement;
  outside: HTMLElement;
  elements: HTMLElement[];
  observation: Observation;
  once: boolean;
  adds: Map<Element, number>;
  cleanups: Map<Element, number>;
  removes: Map<Element, number>;
  order: string[];
}

const bump = (counts: Map<Element, number>, el: Element) => counts.set(el, (counts.get(el) ?? 0) + 1);

function newPage(once: boolean): Page {
  document.body.replaceChildren();
  const root = document.body.appendChild(document.createElement('main'));
  const nested = root.appendChild(document.createElement('section'));
  const outside = document.body.appendChild(document.createElement('aside'));
  const elements = Array.from({ length: poolSize }, (_, index) =>
    Object.assign(document.createElement('p'), { id: `e${index}` }),
  );
  const page = {
    root,
    nested,
    outside,
    elements,
    once,
    adds: new Map(),
    cleanups: new Map(),
    removes: new Map(),
    order: [],
  } as Omit<Page, 'observation'> as Page;
  page.observation = observe(
    '.w',
    {
      add: (el) => {
        bump(page.adds, el);
        page.order.push(`add ${el.id}`);
        return () => {
          bump(page.cleanups, el);
          page.order.push(`cleanup ${el.id}`);
        };
      },
      remove: (el) => {
        bump(page.removes, el);
        page.order.push(`remove ${el.id}`);
      },
    },
    { root, once },
  );
  return page;
}

class Put implements fc.Command<object, Page> {
  constructor(
    readonly index: number,
    readonly place: Place,
  ) {}
  check = () => true;
  run(_model: object, page: Page): void {
    const el = page.elements[this.index] as HTMLElement;
    if (this.place === 'detached') el.remove();
    else page[this.place].append(el);
  }
  toString = () => `put e${this.index} ${this.place}`;
}

class Toggle implements fc.Command<object, Page> {
  constructor(readonly index: number) {}
  check = () => true;
  run(_model: object, page: Page): void {
    page.elements[this.index]?.classList.toggle('w');
  }
  toString = () => `toggle e${this.index}`;
}

class Flush implements fc.Command<object, Page> {
  check = () => true;
  run(_model: object, page: Page): void {
    page.observation.flush();
    for (const el of page.elements) {
      const cleanups = page.cleanups.get(el) ?? 0;
      const adds = page.adds.get(el) ?? 0;
      // With once: true, an element torn down once is never processed again.
      const expected = page.root.contains(el) && el.matches('.w') && !(page.once && cleanups > 0);
      expect(page.observation.has(el), `has(${el.id})`).toBe(expected);
      expect(adds - cleanups, `${el.id} initialized once more than torn down while processed`).toBe(
        page.observation.has(el) ? 1 : 0,
      );
      expect(page.removes.get(el) ?? 0, `${el.id}: a remove per cleanup`).toBe(cleanups);
      if (page.once) expect(adds, `${el.id} initialized at most once with once: true`).toBeLessThanOrEqual(1);
    }
    // A cleanup is always followed by its own remove.
    page.order.forEach((event, position) => {
      if (event.startsWith('cleanup'))
        expect(page.order[position + 1]).toBe(event.replace('cleanup', 'remove'));
    });
  }
  toString = () => 'flush';
}

const commands = [
  fc.tuple(fc.nat(poolSize - 1), fc.constantFrom(...places)).map(([index, place]) => new Put(index, place)),
  fc.nat(poolSize - 1).map((index) => new Toggle(index)),
  fc.constant(new Flush()),
];

afterEach(() => {
  document.body.replaceChildren();
});

describe('observe, model-based', () => {
  for (const once of [false, true]) {
    it(`agrees with the DOM after every batch of random changes${once ? ', with once: true' : ''}`, () => {
      fc.assert(
        fc.property(fc.commands(commands, { maxCommands: 40 }), (sequence) => {
          const page = newPage(once);
          try {
            fc.modelRun(() => ({ model: {}, real: page }), [...sequence, new Flush()]);
          } finally {
            page.observation.disconnect();
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
