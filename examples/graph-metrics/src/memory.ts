import v8 from 'node:v8';
import vm from 'node:vm';
import { generatedGraph, type Module } from './graph.js';
import { createMetrics, type Memoizer, type Metrics } from './metrics.js';

/** The hand-written cache most code starts with: a Map, which keeps every key it has seen alive. */
export const mapMemoize: Memoizer = (fn) => {
  const cache = new Map<Module, ReturnType<typeof fn>>();
  return (module) => {
    if (!cache.has(module)) cache.set(module, fn(module));
    return cache.get(module)!;
  };
};

function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  // Started without --expose-gc (the start script passes it): turn it on and take gc from a fresh context.
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export interface MemoryRun {
  /** Heap used after each round, after garbage collection, in bytes. */
  heapAfterRound: number[];
  /** How many of the analysed graphs' entry modules are still in memory at the end. */
  graphsAlive: number;
  graphsAnalysed: number;
}

// A function of its own, so that no graph stays in a local of the suspended async caller.
function analyseRound(
  metrics: Metrics,
  firstSeed: number,
  options: { graphsPerRound: number; modulesPerGraph: number },
): WeakRef<Module>[] {
  const entries: WeakRef<Module>[] = [];
  for (let index = 0; index < options.graphsPerRound; index++) {
    const entry = generatedGraph(options.modulesPerGraph, firstSeed + index);
    // Plain calls, as the metrics make among themselves (memoize keys a method call by its receiver).
    const { depth, bundle, hash } = metrics;
    depth(entry);
    bundle(entry);
    hash(entry);
    entries.push(new WeakRef(entry));
  }
  return entries;
}

/**
 * A long-lived process (a dev server, an editor) analyses graph after graph with the same metric
 * functions: each graph is analysed, then dropped, and only the metric functions (with their
 * caches) live on. Heap is measured after each round of `graphsPerRound` graphs.
 */
export async function analyseAndDropGraphs(
  memo: Memoizer,
  options: { rounds: number; graphsPerRound: number; modulesPerGraph: number },
): Promise<MemoryRun> {
  const gc = collectGarbage();
  const metrics = createMetrics(memo);
  const entries: WeakRef<Module>[] = [];
  const heapAfterRound: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    entries.push(...analyseRound(metrics, round * options.graphsPerRound, options));
    // A WeakRef keeps its target alive until the current job ends: let it end before collecting.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    heapAfterRound.push(process.memoryUsage().heapUsed);
  }
  const graphsAlive = entries.filter((entry) => entry.deref() !== undefined).length;
  // Keeps the metric functions, and so their caches, alive until the measurement is done.
  if (metrics.bodyRuns.depth === 0) throw new Error('the metrics never ran');
  return { heapAfterRound, graphsAlive, graphsAnalysed: entries.length };
}
