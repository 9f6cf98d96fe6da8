/**
 * The in-page half of the dom-processed suite, bundled with each contender.
 * It builds the elements, inserts them as a scenario says, counts every
 * initialization per element, and reports the time and anything wrong.
 */
import type { InsertionResult, NoiseResult, PageBench, PageContender } from './types.js';

export const widgetSelector = '.widget';

/** How long a contender gets to initialize every match before it counts as wrong. */
const completionTimeoutMs = 3000;

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function collectGarbage(): void {
  // Chromium runs with --js-flags=--expose-gc: each run starts from a clean heap.
  window.gc?.();
}

export interface Built {
  groups: Element[];
  widgets: Element[];
}

/**
 * `elementCount` elements in groups of `groupSize`: each group a div holding
 * sections of spans (three levels), every tenth element (in document order)
 * carrying the class `widget`.
 */
export function buildGroups(elementCount: number, groupSize: number): Built {
  const groups: Element[] = [];
  const widgets: Element[] = [];
  let section: Element | undefined;
  for (let index = 0; index < elementCount; index++) {
    const offset = index % groupSize;
    let element: Element;
    if (offset === 0) {
      element = document.createElement('div');
      groups.push(element);
      section = undefined;
    } else if (offset % 10 === 1 || !section) {
      element = document.createElement('section');
      groups.at(-1)!.append(element);
      section = element;
    } else {
      element = document.createElement('span');
      section.append(element);
    }
    if (index % 10 === 0) {
      element.className = 'widget';
      widgets.push(element);
    } else {
      element.className = 'item';
    }
  }
  return { groups, widgets };
}

/** The ledger of the run in progress: {@link recordInit} counts into it. */
let activeLedger: InitLedger | undefined;

/**
 * The initializer every contender gets, in every run: one function for the whole page, so the
 * harness's own code stays compiled alike for every contender (see {@link previousRun} for why
 * a fresh closure per run would not).
 */
function recordInit(element: Element): void {
  activeLedger?.record(element);
}

/** Counts initializations per element and resolves when every expected one has run once. */
export class InitLedger {
  readonly counts = new WeakMap<Element, number>();
  private readonly expected: WeakSet<Element>;
  private remaining: number;
  finishedAt = Number.NaN;
  readonly allInitialized: Promise<void>;
  private resolveAll: () => void = () => {};

  constructor(widgets: readonly Element[]) {
    this.expected = new WeakSet(widgets);
    this.remaining = widgets.length;
    this.allInitialized = new Promise((resolve) => {
      this.resolveAll = resolve;
    });
  }

  /** Makes this the ledger {@link recordInit} counts into, and returns that initializer. */
  activate(): (element: Element) => void {
    activeLedger = this;
    return recordInit;
  }

  /** Counts one initialization of `element`. */
  record(element: Element): void {
    const previous = this.counts.get(element) ?? 0;
    this.counts.set(element, previous + 1);
    if (previous === 0 && this.expected.has(element)) {
      this.remaining--;
      if (this.remaining === 0) {
        this.finishedAt = performance.now();
        this.resolveAll();
      }
    }
  }

  /** Waits for every initialization, or gives up after the timeout. */
  async settle(): Promise<void> {
    await Promise.race([
      this.allInitialized,
      new Promise<void>((resolve) => setTimeout(resolve, completionTimeoutMs)),
    ]);
    // Late duplicates show up in the batch after the last expected one.
    await nextMacrotask();
  }

  /** What is wrong with the initializations so far, if anything. */
  problem(widgets: readonly Element[], all: Iterable<Element>): string | undefined {
    const missing = widgets.filter((widget) => (this.counts.get(widget) ?? 0) === 0).length;
    const repeated = widgets.filter((widget) => (this.counts.get(widget) ?? 0) > 1).length;
    let stray = 0;
    for (const element of all) {
      if (!element.classList.contains('widget') && this.counts.has(element)) stray++;
    }
    const problems = [
      missing > 0 ? `${missing} of ${widgets.length} matches never initialized` : '',
      repeated > 0 ? `${repeated} matches initialized more than once` : '',
      stray > 0 ? `${stray} non-matching elements initialized` : '',
    ].filter(Boolean);
    return problems.length > 0 ? problems.join('; ') : undefined;
  }
}

function allElements(groups: readonly Element[]): Element[] {
  return groups.flatMap((group) => [group, ...group.querySelectorAll('*')]);
}

function freshContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/**
 * The stopped instance of the run before, kept until the next run has finished. Each run ends
 * with a full garbage collection (so no run pays for another's garbage), which would otherwise
 * collect the instance and its compiled code with it: V8 keeps optimized code only as long as a
 * function using it lives. A library that compiles per instance, as closures do, would then start
 * cold in every run, while one that never lets an instance go (qsa-observer wraps
 * `Element.prototype.attachShadow` on every call) would stay warm. Kept one run longer, every
 * contender's medians are warm alike.
 */
let previousRun: (() => void) | undefined;

/** The stop function of the run before, for the test that checks it is kept. */
export function previousRunStop(): (() => void) | undefined {
  return previousRun;
}

/**
 * How a run treats the instances around it. `warm`: the page collects garbage before and after
 * the run and keeps the stopped instance until the next run has finished (see
 * {@link previousRun}), so every contender's medians are warm alike. `released`: as a page that
 * makes a new observation whenever a view changes, no forced collection and the stopped
 * instance let go at once (its compiled code may go with it), so a contender pays for whatever
 * it compiles per instance.
 */
export type Lifecycle = 'warm' | 'released';

async function finish(stop: () => void, container: Element, lifecycle: Lifecycle): Promise<void> {
  stop();
  previousRun = lifecycle === 'warm' ? stop : undefined;
  container.remove();
  // Lets every observer (wicked-elements watches the whole document) see the
  // removal now, outside the next measurement.
  await nextMacrotask();
  // This page's garbage is collected now, not while the next contender's page is timed on the
  // same cores.
  if (lifecycle === 'warm') collectGarbage();
}

async function insertion(
  contender: PageContender,
  mode: 'subtree' | 'batches',
  elementCount: number,
  batchSize: number,
  lifecycle: Lifecycle,
): Promise<InsertionResult> {
  if (lifecycle === 'warm') collectGarbage();
  const container = freshContainer();
  const { groups, widgets } = buildGroups(elementCount, batchSize);
  const wrapper = document.createElement('div');
  if (mode === 'subtree') wrapper.append(...groups);
  const ledger = new InitLedger(widgets);
  const stop = contender.start(container, widgetSelector, ledger.activate());
  // Some observers finish setting up in a later task (selector-observer).
  await nextMacrotask();
  const startedAt = performance.now();
  if (mode === 'subtree') {
    container.append(wrapper);
  } else {
    for (const group of groups) {
      container.append(group);
      await Promise.resolve();
    }
  }
  await ledger.settle();
  const ms = ledger.finishedAt - startedAt;
  const problem = ledger.problem(widgets, allElements(groups));
  await finish(stop, container, lifecycle);
  return problem === undefined ? { ms } : { ms, problem };
}

async function attributeNoise(
  contender: PageContender,
  elementCount: number,
  batchSize: number,
  changes: number,
): Promise<NoiseResult> {
  collectGarbage();
  const container = freshContainer();
  const { groups, widgets } = buildGroups(elementCount, batchSize);
  const ledger = new InitLedger(widgets);
  const stop = contender.start(container, widgetSelector, ledger.activate());
  await nextMacrotask();
  container.append(...groups);
  await ledger.settle();
  const elements = allElements(groups);
  const stats = window.__mutationStats!;
  stats.callbackMs = 0;
  const startedAt = performance.now();
  for (let change = 0; change < changes; change++) {
    const element = elements[change % elements.length]!;
    // Neither attribute can change whether `.widget` matches.
    if (change % 2 === 0) element.setAttribute('data-noise', String(change));
    else element.setAttribute('title', `noise ${change}`);
  }
  const loopMs = performance.now() - startedAt;
  await nextMacrotask();
  const callbackMs = stats.callbackMs;
  const problem = ledger.problem(widgets, elements);
  const convert = elements.find((element) => !element.classList.contains('widget'))!;
  convert.classList.add('widget');
  await nextMacrotask();
  await nextMacrotask();
  const followsClassChange = ledger.counts.get(convert) === 1;
  await finish(stop, container, 'warm');
  const result: NoiseResult = { callbackMs, loopAndCallbacksMs: loopMs + callbackMs, followsClassChange };
  return problem === undefined ? result : { ...result, problem };
}

/** Makes `contender` drivable from Node via `window.__bench`. */
export function registerContender(contender: PageContender): void {
  const bench: PageBench = {
    contender: contender.name,
    insertion: (mode, elementCount, batchSize, lifecycle = 'warm') =>
      insertion(contender, mode, elementCount, batchSize, lifecycle),
    attributeNoise: (elementCount, batchSize, changes) =>
      attributeNoise(contender, elementCount, batchSize, changes),
  };
  window.__bench = bench;
}
