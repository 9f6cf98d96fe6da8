/**
 * Loaded into every page before any contender: replaces MutationObserver
 * with a subclass that adds the time spent in each callback to a page-wide
 * counter. Libraries that capture `MutationObserver` when they load (like
 * qsa-observer) get the measured one too, so every contender is measured
 * the same way.
 */
import type { MutationStats } from './types.js';

const stats: MutationStats = { callbackMs: 0, callbacks: 0, records: 0 };
window.__mutationStats = stats;

const NativeMutationObserver = window.MutationObserver;

class MeasuredMutationObserver extends NativeMutationObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      const startedAt = performance.now();
      try {
        callback.call(observer, records, observer);
      } finally {
        stats.callbackMs += performance.now() - startedAt;
        stats.callbacks++;
        stats.records += records.length;
      }
    });
  }
}

window.MutationObserver = MeasuredMutationObserver;
