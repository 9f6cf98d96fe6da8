import { memoize } from '@weakset-recipes/memo-guard';
import { findCycles, visitedTwice } from './cycles.js';
import { appGraph } from './graph.js';
import { analyseAndDropGraphs, type MemoryRun, mapMemoize } from './memory.js';
import { createMetrics } from './metrics.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function main(print: (line: string) => void = console.log): Promise<boolean> {
  const { entry, modules } = appGraph();
  const importCount = modules.reduce((sum, module) => sum + module.imports.length, 0);
  print(`Module graph: ${modules.length} modules, ${importCount} imports, entry ${entry.name}`);

  const cycles = findCycles(entry);
  print(`Cycles found walking from ${entry.name} (${cycles.length}):`);
  for (const cycle of cycles) print(`  ${cycle.map((module) => module.name).join(' → ')}`);
  const inCycles = new Set(cycles.flat());
  const falseAlarms = visitedTwice(entry).filter((module) => !inCycles.has(module));
  print(
    `A visited-set check would also call ${falseAlarms.map((module) => module.name).join(', ')} circular: ` +
      'shared imports, not cycles.',
  );

  // Taken out of the object and called as plain functions, as the metrics call each other:
  // memoize keys a call by its object receiver too, so `metrics.depth(m)` would be cached apart.
  const { depth, bundle: bundleOf, hash, bodyRuns } = createMetrics(memoize);
  // The entry first: its walk decides which import closes each cycle (see createMetrics).
  depth(entry);
  bundleOf(entry);
  hash(entry);

  print('');
  print('Derived values (the import that closes a cycle is cut, as an ES module loader cuts it):');
  const width = Math.max(...modules.map((module) => module.name.length));
  print(`  ${'module'.padEnd(width)}  depth  bundle               hash`);
  for (const module of modules) {
    const bundle = bundleOf(module);
    const bytes = [...bundle].reduce((sum, reached) => sum + reached.size, 0);
    const bundleText = `${bundle.size} module${bundle.size === 1 ? '' : 's'}, ${kB(bytes)}`;
    print(
      `  ${module.name.padEnd(width)}  ${String(depth(module)).padStart(5)}  ${bundleText.padEnd(19)}  ${hash(module)}`,
    );
  }
  const onceEach = Object.values(bodyRuns).every((runs) => runs === modules.length);
  print(
    `Each metric's body ran ${onceEach ? 'once per module' : 'MORE than once per module'} ` +
      `(depth ${bodyRuns.depth}, bundle ${bodyRuns.bundle}, hash ${bodyRuns.hash}); every other call was a cache hit.`,
  );

  const options = { rounds: 4, graphsPerRound: 50, modulesPerGraph: 500 };
  print('');
  print(
    `Memory: the same metric functions analyse ${options.rounds} rounds of ${options.graphsPerRound} generated graphs ` +
      `(${options.modulesPerGraph} modules each);`,
  );
  print('each graph is dropped after use. Heap used after each round, after gc():');
  const weak = await analyseAndDropGraphs(memoize, options);
  const strong = await analyseAndDropGraphs(mapMemoize, options);
  const row = (label: string, run: MemoryRun) =>
    `  ${label.padEnd(24)}${run.heapAfterRound.map((bytes) => MB(bytes).padStart(9)).join('')}` +
    `   graphs still in memory: ${run.graphsAlive} of ${run.graphsAnalysed}`;
  print(row('memoize (WeakMap trie)', weak));
  print(row('a hand-written Map cache', strong));

  const first = weak.heapAfterRound[0] ?? 0;
  const flat = weak.heapAfterRound.every((bytes) => Math.abs(bytes - first) < 2e6) && weak.graphsAlive === 0;
  print(
    flat
      ? 'With memoize, memory stays flat: the caches let go of every graph the program dropped.'
      : 'With memoize, memory did NOT stay flat.',
  );
  return onceEach && cycles.length === 2 && flat;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await main()) ? 0 : 1;
}
