/**
 * Issue #19's "cost as the work grows" scenario: JSON-like records (the large payload's records, 5
 * objects each) at 4e3 to 4e6 objects, nanoseconds per object for each contender. Each size runs in
 * its own child process (see growth-probe.ts): a fresh heap per size, and a contender that runs out
 * of memory or time at 4e6 objects cannot take the benchmark down.
 */
import { assignRatios } from '../../harness/ratios.js';
import type { ExtraTable, Row, Scenario, Verdict } from '../../harness/results.js';
import { summarize } from '../../harness/stats.js';
import { cloneContenderByName, goalContenders } from './contenders.js';

/** Ours (default mode) and the two peers the goal names. */
export const growthContenders: readonly string[] = [
  goalContenders.oursPreserve,
  'fast-copy copy',
  goalContenders.structuredClone,
];

export interface GrowthStep {
  objects: number;
  /** Timed clones per contender (the median is reported). */
  runs: number;
  /** Untimed clones per contender first (the JIT settles; the first one is also the check). */
  warmups: number;
}

/**
 * The sizes and how often each is cloned. Full runs take many clones where a clone is cheap and a
 * single one at 4e6 objects (a few seconds to tens of seconds per contender), to stay within about
 * a minute per engine; quick runs stop at 4e5 and only prove the pipeline works.
 */
export function growthPlan(quick: boolean): GrowthStep[] {
  if (quick) {
    return [
      { objects: 4_000, runs: 1, warmups: 1 },
      { objects: 40_000, runs: 1, warmups: 1 },
      { objects: 400_000, runs: 1, warmups: 0 },
    ];
  }
  return [
    { objects: 4_000, runs: 21, warmups: 10 },
    { objects: 40_000, runs: 11, warmups: 3 },
    { objects: 400_000, runs: 5, warmups: 0 },
    { objects: 1_200_000, runs: 3, warmups: 0 },
    { objects: 4_000_000, runs: 1, warmups: 0 },
  ];
}

/** Up to this size every copy is checked in full; above it, a sample of its records. */
export const fullCheckLimit = 40_000;

/** How many records (evenly spread, the last one included) the sampled check looks at. */
export const sampledRecords = 1_000;

/** One line a growth child prints: a contender's check (on its first clone), or one timed clone. */
export type GrowthReport =
  | { kind: 'check'; contender: string; verdict: 'ok' | 'wrong' | 'throws'; detail?: string }
  | { kind: 'run'; contender: string; ms: number };

/** How the child process of one size ended, for rows it never reported on. */
export interface GrowthEnding {
  ending: 'exited' | 'timed out' | 'crashed';
  detail: string;
}

export const nsPerObjectColumn = 'ns per object';

export function formatObjects(objects: number): string {
  return objects.toLocaleString('en-US');
}

function formatNs(nanoseconds: number): string {
  return nanoseconds >= 100 ? nanoseconds.toFixed(0) : nanoseconds.toFixed(1);
}

function rowFor(
  contender: string,
  step: GrowthStep,
  reports: readonly GrowthReport[],
  ending: GrowthEnding,
): Row {
  const { group, ours } = cloneContenderByName(contender);
  const base = { contender, group, ours };
  const mine = reports.filter((report) => report.contender === contender);
  const check = mine.find((report) => report.kind === 'check');
  const millisecondsPerClone = mine.flatMap((report) => (report.kind === 'run' ? [report.ms] : []));
  const silent = (): Row => {
    const verdict: Verdict = ending.ending === 'timed out' ? 'hangs' : 'throws';
    return { ...base, verdict, detail: `no result: the process ${ending.ending} (${ending.detail})` };
  };
  if (check === undefined) return silent();
  if (check.verdict !== 'ok') return { ...base, verdict: check.verdict, detail: check.detail ?? '' };
  if (millisecondsPerClone.length === 0) return silent();
  // Objects per second, so ratios read as everywhere else (above 1: faster).
  const perSecond = millisecondsPerClone.map((ms) => (ms > 0 ? (step.objects * 1000) / ms : 0));
  const measurement = summarize(perSecond);
  const nsPerObject = 1e9 / measurement.median;
  return { ...base, verdict: 'ok', measurement, extra: { [nsPerObjectColumn]: formatNs(nsPerObject) } };
}

/** One size's results as a scenario (objects per second), ranked like the payload scenarios. */
export function growthScenario(
  step: GrowthStep,
  reports: readonly GrowthReport[],
  ending: GrowthEnding,
): Scenario {
  return assignRatios({
    id: `growth-${step.objects}`,
    title: `Cost as the work grows: ${formatObjects(step.objects)} objects`,
    description: `JSON-like records of 5 objects each, ${formatObjects(step.objects)} objects in all; median of ${step.runs} timed clone${step.runs === 1 ? '' : 's'} per contender (ops = objects).`,
    unit: 'ops/s',
    rows: growthContenders.map((contender) => rowFor(contender, step, reports, ending)),
    extraColumns: [nsPerObjectColumn],
  });
}

function cell(row: Row | undefined): string {
  if (!row) return 'not run';
  if (row.verdict !== 'ok') return `${row.verdict}: ${row.detail ?? ''}`;
  const runs = row.measurement?.samples ?? 0;
  const spread = runs > 1 && row.measurement ? ` ±${row.measurement.spreadPercent.toFixed(0)}%` : '';
  return `${row.extra?.[nsPerObjectColumn] ?? '?'}${spread}`;
}

/** The ns-per-object table: one row per contender, one column per size. */
export function growthTable(steps: readonly GrowthStep[], scenarios: readonly Scenario[]): ExtraTable {
  const rows = growthContenders.map((contender) => [
    contender,
    ...scenarios.map((scenario) => cell(scenario.rows.find((row) => row.contender === contender))),
  ]);
  const runs = steps.map((step) => `${step.runs} at ${formatObjects(step.objects)}`).join(', ');
  return {
    title: 'Cost as the work grows',
    description: `Nanoseconds per object (lower is better) to clone \`{ records }\` of JSON-like records (the large payload's records, 5 objects each) at each size, each size in a fresh process of the engine, contenders in rotating order with a garbage collection before each timed clone. Median of the timed clones (${runs}), ± their spread where there are several. Each contender's first copy is checked (in full up to ${formatObjects(fullCheckLimit)} objects, a sample of ${formatObjects(sampledRecords)} records above) before any of its timings count.`,
    headers: ['contender', ...steps.map((step) => `${formatObjects(step.objects)} objects`)],
    rows,
  };
}
