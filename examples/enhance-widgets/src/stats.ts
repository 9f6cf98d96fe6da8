/** What the page counts, shown in the header and read by the end-to-end check. */
export interface WidgetStats {
  /** Initializations so far. */
  processed: number;
  /** Teardowns so far (a widget that left the page, or a card that took its widgets along). */
  tornDown: number;
  /** Widgets initialized and not torn down. */
  live: number;
  /** Clock timers running now: each torn-down clock must have stopped its own. */
  runningClocks: number;
  /** Initializations per element, by a key given to each element when it is first initialized. */
  initCountsPerElement: Record<string, number>;
}

declare global {
  interface Window {
    __widgetStats: WidgetStats;
    /** Resolves once pending fragment loads and the mutation batches they cause are processed. */
    __widgetsSettled: () => Promise<void>;
  }
}

export const stats: WidgetStats = {
  processed: 0,
  tornDown: 0,
  live: 0,
  runningClocks: 0,
  initCountsPerElement: {},
};

const keys = new WeakMap<Element, string>();

export function countInit(el: Element): void {
  let key = keys.get(el);
  if (!key) {
    key = `${el.getAttribute('data-widget')}-${Object.keys(stats.initCountsPerElement).length + 1}`;
    keys.set(el, key);
  }
  stats.initCountsPerElement[key] = (stats.initCountsPerElement[key] ?? 0) + 1;
  stats.processed++;
  stats.live++;
  scheduleRender();
}

export function countTeardown(): void {
  stats.tornDown++;
  stats.live--;
  scheduleRender();
}

export function countClock(change: 1 | -1): void {
  stats.runningClocks += change;
  scheduleRender();
}

let renderScheduled = false;

// Once per batch, not once per widget: a fragment with fifty widgets updates the header once.
function scheduleRender(): void {
  if (renderScheduled) return;
  renderScheduled = true;
  queueMicrotask(() => {
    renderScheduled = false;
    show('processed', stats.processed);
    show('torn-down', stats.tornDown);
    show('live', stats.live);
    show('clocks', stats.runningClocks);
  });
}

function show(id: string, value: number): void {
  const output = document.getElementById(id);
  if (output) output.textContent = String(value);
}
