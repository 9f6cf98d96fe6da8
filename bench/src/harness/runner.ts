import { Bench } from 'tinybench';
import { roundOrder } from './order.js';
import type { Measurement } from './results.js';
import { summarize } from './stats.js';

export interface TimedTask {
  name: string;
  /** One call; whatever it returns is kept so the work cannot be optimized away. */
  run: () => unknown;
  /** How many operations one call performs (a hot loop over N items counts N). */
  operationsPerCall: number;
}

export interface InterleaveOptions {
  /** Rounds over every task; the reported median is taken across them. */
  rounds: number;
  /** Time budget of one task in one round. */
  sliceMs: number;
  /** Untimed warm-up per task before the first round, so the JIT has settled. */
  warmupMs: number;
  /** Calls per slice at least, even for slow tasks. */
  minCallsPerSlice: number;
}

export type TaskTiming = { measurement: Measurement } | { error: string };

/** Results escape into this so no engine can prove a task's result unused. */
let resultSink: unknown;

/** For tests and sanity checks: the last value a task returned. */
export function lastResult(): unknown {
  return resultSink;
}

function collectGarbage(): void {
  // `gc` is present under `node --expose-gc` (the bench runs Node that way), `Bun.gc` on Bun: each
  // slice then starts with a clean heap instead of paying for the garbage of the task before it.
  const engine = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
  if (engine.gc) engine.gc();
  else engine.Bun?.gc(true);
}

function benchFor(
  tasks: readonly TimedTask[],
  options: { time: number; warmupTime: number; iterations: number },
) {
  const bench = new Bench({
    time: options.time,
    iterations: options.iterations,
    warmup: options.warmupTime > 0,
    warmupTime: options.warmupTime,
    warmupIterations: options.warmupTime > 0 ? 4 : 0,
    timestampProvider: 'hrtimeNow',
    setup: collectGarbage,
  });
  for (const task of tasks) {
    const { run } = task;
    bench.add(task.name, () => {
      resultSink = run();
    });
  }
  return bench;
}

/**
 * Times every task in interleaved rounds: each round gives every task one
 * short tinybench slice, in a balanced order that changes between rounds
 * (see {@link roundOrder}); a task's per-round figure is its median call time,
 * turned into operations per second; the result is the median across rounds
 * and the spread of the rounds around it.
 */
export function runInterleaved(
  tasks: readonly TimedTask[],
  options: InterleaveOptions,
): Map<string, TaskTiming> {
  const perRound = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  const errors = new Map<string, string>();
  const warmup = benchFor(tasks, { time: 1, warmupTime: options.warmupMs, iterations: 1 });
  warmup.runSync();
  for (let round = 0; round < options.rounds; round++) {
    const live = tasks.filter((task) => !errors.has(task.name));
    const bench = benchFor(roundOrder(live, round), {
      time: options.sliceMs,
      warmupTime: 0,
      iterations: options.minCallsPerSlice,
    });
    for (const finished of bench.runSync()) {
      const task = tasks.find((candidate) => candidate.name === finished.name)!;
      const result = finished.result;
      if (result.state === 'errored') {
        errors.set(task.name, result.error.message);
        continue;
      }
      if (result.state !== 'completed') continue;
      const millisecondsPerCall = result.latency.p50;
      const opsPerSecond =
        millisecondsPerCall > 0 ? (task.operationsPerCall * 1000) / millisecondsPerCall : 0;
      perRound.get(task.name)!.push(opsPerSecond);
    }
  }
  const timings = new Map<string, TaskTiming>();
  for (const task of tasks) {
    const error = errors.get(task.name);
    const values = perRound.get(task.name) ?? [];
    if (error !== undefined) timings.set(task.name, { error });
    else if (values.length === 0) timings.set(task.name, { error: 'no completed round' });
    else timings.set(task.name, { measurement: summarize(values) });
  }
  return timings;
}
