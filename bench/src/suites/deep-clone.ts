import { join } from 'node:path';
import { type ChildRun, inBatches, runChild, sameEngineCommand } from '../harness/child-process.js';
import {
  type Attempt,
  attempt,
  checkOutcome,
  type Entry,
  entryFor,
  timeScenario,
} from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import type { ExtraTable, Scenario, SuiteOutcome, Verdict } from '../harness/results.js';
import {
  acyclicOnly,
  type CloneContender,
  type CloneFunction,
  cloneContenders,
  keepsGraph,
} from './deep-clone/contenders.js';
import { deepCloneGoals } from './deep-clone/goals.js';
import {
  formatObjects,
  type GrowthReport,
  growthContenders,
  growthPlan,
  growthScenario,
  growthTable,
} from './deep-clone/growth.js';
import { type Payload, payloads } from './deep-clone/payloads.js';
import type { ChainReport, CycleReport } from './deep-clone/probe.js';
import { cloneProblem } from './deep-clone/validate.js';
import type { Suite, SuiteContext } from './suite.js';

const probeScript = join(import.meta.dirname, 'deep-clone', 'probe.ts');
const growthScript = join(import.meta.dirname, 'deep-clone', 'growth-probe.ts');

type CycleVerdict = { verdict: 'ok' } | { verdict: Exclude<Verdict, 'ok'>; detail: string };

/**
 * What a contender does with the cyclic payload, found in a child process:
 * acyclic-only cloners overflow the stack or loop forever there, and neither
 * may take the benchmark down.
 */
async function cycleVerdict(contender: CloneContender, timeoutMs: number): Promise<CycleVerdict> {
  const run = await runChild(probeScript, ['cycle', contender.name], timeoutMs);
  const report = run.reports[0] as CycleReport | undefined;
  const expectsThrow = contender.group === acyclicOnly;
  if (!report) return verdictForSilentChild(run, timeoutMs);
  if (report.outcome === 'threw') {
    if (expectsThrow && contender.ours && !report.detail?.includes('CIRCULAR')) {
      return { verdict: 'wrong', detail: `expected CloneError CIRCULAR on a cycle, got ${report.detail}` };
    }
    return expectsThrow
      ? { verdict: 'not-applicable', detail: `acyclic only: on a cycle it ${report.detail}` }
      : { verdict: 'throws', detail: report.detail ?? 'threw' };
  }
  if (report.outcome === 'wrong') return { verdict: 'wrong', detail: report.detail ?? 'wrong copy' };
  return expectsThrow && contender.ours
    ? { verdict: 'wrong', detail: "cloned a cycle although circular: 'throw' must throw CloneError CIRCULAR" }
    : { verdict: 'ok' };
}

function verdictForSilentChild(run: ChildRun, timeoutMs: number): CycleVerdict {
  if (run.ending === 'timed out') {
    return { verdict: 'hangs', detail: `no result within ${timeoutMs / 1000} s on a cycle (killed)` };
  }
  return { verdict: 'throws', detail: `the process ${run.ending} (exit ${run.exitCode}): ${run.stderrTail}` };
}

function payloadEntries(
  payload: Payload,
  loaded: ReadonlyMap<string, Attempt<CloneFunction>>,
  cycleVerdicts: ReadonlyMap<string, CycleVerdict>,
): Entry[] {
  return cloneContenders.map((contender) => {
    const meta = { contender: contender.name, group: contender.group, ours: contender.ours };
    const clone = loaded.get(contender.name)!;
    // Each contender gets its own copy of the input: a cloner that mutated
    // its input must not change what the next one is timed on.
    const input = payload.build();
    const task = clone.ok
      ? {
          ok: true as const,
          value: { name: contender.name, operationsPerCall: 1, run: () => clone.value(input) },
        }
      : clone;
    if (payload.cyclic) {
      if (!task.ok) return { ...meta, prepared: { verdict: 'unavailable', detail: task.error } };
      const verdict = cycleVerdicts.get(contender.name) ?? { verdict: 'ok' };
      if (verdict.verdict !== 'ok') return { ...meta, prepared: verdict };
      return { ...meta, prepared: { verdict: 'ok', task: task.value } };
    }
    const keepsSharing = contender.group === keepsGraph;
    return entryFor(meta, task, () =>
      checkOutcome(
        () => (clone.ok ? clone.value(input) : undefined),
        (copy) => cloneProblem(input, copy, { keepsSharing }),
      ),
    );
  });
}

/** Node needs `--expose-gc` for the collection before each timed clone; Bun has `Bun.gc`. */
function growthCommand(): string[] {
  const command = sameEngineCommand(growthScript);
  const onBun = (globalThis as { Bun?: unknown }).Bun !== undefined;
  return onBun ? command : [command[0]!, '--expose-gc', ...command.slice(1)];
}

/**
 * Issue #19's "cost as the work grows": each size in its own child process, one after the other
 * (never in parallel: they are timed), with a time limit generous enough for the slowest contender
 * measured so far (fast-copy, ~6 µs per object at 4e6 on Node 20).
 */
async function growthScenarios(context: SuiteContext): Promise<{ objects: number; scenario: Scenario }[]> {
  const steps = growthPlan(context.quick);
  const results: { objects: number; scenario: Scenario }[] = [];
  for (const step of steps) {
    context.log(`deep-clone: cost as the work grows, ${formatObjects(step.objects)} objects (child process)`);
    const clones = (step.runs + Math.max(step.warmups, 1)) * growthContenders.length;
    const timeoutMs = 30_000 + step.objects * clones * 0.01;
    const run = await runChild(
      growthScript,
      [String(step.objects), String(step.runs), String(step.warmups), ...growthContenders],
      timeoutMs,
      growthCommand(),
    );
    const ending = {
      ending: run.ending,
      detail:
        run.ending === 'timed out'
          ? `killed after ${Math.round(timeoutMs / 1000)} s`
          : run.stderrTail || `exit ${run.exitCode}`,
    };
    results.push({
      objects: step.objects,
      scenario: growthScenario(step, run.reports as GrowthReport[], ending),
    });
  }
  return results;
}

const chainKinds = ['object', 'array'] as const;

interface ChainSummary {
  cell: string;
  failure: string | undefined;
}

function summarizeChain(
  reports: readonly ChainReport[],
  run: ChildRun,
  depths: readonly number[],
): ChainSummary {
  const passed = reports.filter((report) => report.ok).map((report) => report.depth);
  const failed = reports.filter((report) => !report.ok);
  const deepest = passed.length > 0 ? Math.max(...passed) : 0;
  const firstFailure = failed.length > 0 ? Math.min(...failed.map((report) => report.depth)) : undefined;
  const format = (depth: number) => depth.toLocaleString('en-US');
  if (firstFailure === undefined && deepest === Math.max(...depths)) {
    return { cell: `≥ ${format(deepest)} (every depth tried)`, failure: undefined };
  }
  const failure =
    failed.find((report) => report.depth === firstFailure)?.detail ??
    (run.ending === 'timed out' ? 'timed out' : `process ${run.ending}: ${run.stderrTail || 'no output'}`);
  const failedAt = firstFailure === undefined ? 'the next depth' : format(firstFailure);
  return { cell: `${format(deepest)} (fails at ${failedAt})`, failure };
}

async function deepestChains(context: SuiteContext): Promise<ExtraTable> {
  const depths = context.quick ? [1_000, 10_000, 100_000] : [100, 1_000, 10_000, 100_000, 1_000_000];
  const timeoutMs = context.quick ? 20_000 : 90_000;
  const extraArguments = context.quick ? [] : ['--bisect'];
  const jobs = cloneContenders.flatMap((contender) =>
    chainKinds.map((kind) => async () => {
      const run = await runChild(
        probeScript,
        ['chain', contender.name, kind, ...depths.map(String), ...extraArguments],
        timeoutMs,
      );
      return { contender, kind, run };
    }),
  );
  const runs = await inBatches(jobs, 2);
  const rows = cloneContenders.map((contender) => {
    const summaries = chainKinds.map((kind) => {
      const found = runs.find((run) => run.contender === contender && run.kind === kind)!;
      const reports = found.run.reports as ChainReport[];
      if (reports.length === 0 && found.run.ending !== 'timed out') {
        return { cell: 'unavailable', failure: found.run.stderrTail || `process ${found.run.ending}` };
      }
      return summarizeChain(reports, found.run, depths);
    });
    const failures = [...new Set(summaries.flatMap((summary) => (summary.failure ? [summary.failure] : [])))];
    return [contender.name, ...summaries.map((summary) => summary.cell), failures.join('; ') || '—'];
  });
  return {
    title: 'Deepest chain each contender survives',
    description: `A linked list \`{ value, next: { … } }\` and an array chain \`[value, [value, […]]]\`, cloned in a fresh Node process with default flags (so the default stack size), tried at ${depths.map((depth) => depth.toLocaleString('en-US')).join(', ')} levels${context.quick ? '' : ', then bisected to within 2% between the last depth that worked and the first that failed'}. A result counts only if the copy has every level with the right value and shares no node with the input.`,
    headers: ['contender', 'object chain', 'array chain', 'how it fails'],
    rows,
  };
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const loaded = new Map<string, Attempt<CloneFunction>>();
  for (const contender of cloneContenders) loaded.set(contender.name, await attempt(contender.load));

  context.log('deep-clone: checking what every contender does with a cycle (child processes)');
  const cycleTimeoutMs = context.quick ? 5_000 : 15_000;
  const cycleJobs = cloneContenders.map((contender) => async () => {
    const clone = loaded.get(contender.name)!;
    const verdict: CycleVerdict = clone.ok
      ? await cycleVerdict(contender, cycleTimeoutMs)
      : { verdict: 'unavailable', detail: clone.error };
    return [contender.name, verdict] as const;
  });
  const cycleVerdicts = new Map(await inBatches(cycleJobs, 2));

  const scenarios = new Map<string, Scenario>();
  for (const payload of payloads) {
    context.log(`deep-clone: ${payload.title}`);
    const entries = payloadEntries(payload, loaded, cycleVerdicts);
    scenarios.set(
      payload.id,
      timeScenario(
        { id: payload.id, title: payload.title, description: payload.description },
        entries,
        timingProfile(context.quick, 'macro'),
      ),
    );
  }

  const growth = await growthScenarios(context);

  context.log('deep-clone: deepest chain per contender (child processes)');
  const chains = await deepestChains(context);

  return {
    suite: 'deep-clone',
    title: 'Deep clone',
    scenarios: [...scenarios.values()],
    goals: deepCloneGoals(scenarios, growth),
    extraTables: [
      growthTable(
        growthPlan(context.quick),
        growth.map((step) => step.scenario),
      ),
      chains,
    ],
    notes: [
      'Three guarantees, ranked separately: "keeps shared refs & cycles" (a shared object stays shared, a cycle stays a cycle), "keeps cycles, copies shared refs" (rfdc with circles tracks ancestors only) and "acyclic only" (shared objects are copied twice; a cycle throws or overflows the stack). The ratio column compares each row with the fastest peer (not ours) of its own guarantee.',
      'Every contender is first checked on the payload (deep-equal to the input by `util.isDeepStrictEqual`, no object of the input reused, and for "keeps shared refs & cycles" every shared reference and cycle kept). A contender that fails is shown as wrong and not timed.',
      "Goals are issue #19's (they replaced issue #3's): rfdc and klona rows are shown for information and carry no goal.",
      'On the cyclic graph, acyclic-only contenders are tried once in a child process with a time limit (they overflow the stack or loop forever) and are never timed there.',
      'deep-clone rows time `createClone(options)` (the hot-path form); `clone()` is the convenience call.',
    ],
  };
}

export const deepCloneSuite: Suite = { name: 'deep-clone', title: 'Deep clone', run };
