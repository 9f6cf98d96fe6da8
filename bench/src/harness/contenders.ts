import { assignRatios } from './ratios.js';
import type { Row, Scenario, Unit, Verdict } from './results.js';
import { type InterleaveOptions, runInterleaved, type TimedTask } from './runner.js';

/** A one-line description of anything thrown, for a table cell. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const firstLine = error.message.split('\n')[0] ?? '';
    // A plain Error's name says nothing; its code (ERR_MODULE_NOT_FOUND…) does.
    const name = error.name === 'Error' ? '' : error.name;
    const label = [name, typeof code === 'string' ? `[${code}]` : ''].filter(Boolean).join(' ');
    return `${label ? `${label}: ` : ''}${firstLine}`.slice(0, 200);
  }
  return String(error).slice(0, 200);
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs `load` (an import, a factory) and captures a failure instead of throwing. */
export async function attempt<T>(load: () => Promise<T> | T): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** The value of a successful attempt; only called where the attempt is known to have succeeded. */
export function unwrap<T>(result: Attempt<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The synchronous {@link attempt}: for setups that must run before timing starts. */
export function attemptSync<T>(produce: () => T): Attempt<T> {
  try {
    return { ok: true, value: produce() };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/**
 * The named function export of a module, or a clear error: a package that is
 * still a placeholder imports fine but lacks the export, and must show as
 * unavailable rather than crash the run.
 */
export function functionExport<F>(module: object, exportName: string, packageName: string): F {
  const value = (module as Record<string, unknown>)[exportName];
  if (typeof value !== 'function') {
    throw new TypeError(`${packageName} has no function export "${exportName}" (found ${typeof value})`);
  }
  return value as F;
}

/**
 * A function export of a module that may have failed to load: each
 * contender asks only for the export it times, so a package that has
 * landed half its API still gets that half measured.
 */
export function exportOf<F>(module: Attempt<object>, exportName: string, packageName: string): F {
  return functionExport<F>(unwrap(module), exportName, packageName);
}

export type Preparation =
  | { verdict: 'ok'; task: TimedTask }
  | { verdict: Exclude<Verdict, 'ok'>; detail: string };

export interface Entry {
  contender: string;
  group: string;
  ours: boolean;
  prepared: Preparation;
}

export type CheckResult = { verdict: 'ok' } | { verdict: 'wrong' | 'throws'; detail: string };

/**
 * Calls `produce` once and checks what it returned: a throw is `throws`, a
 * result `check` rejects (by returning why) is `wrong`.
 */
export function checkOutcome<T>(produce: () => T, check: (result: T) => string | undefined): CheckResult {
  let result: T;
  try {
    result = produce();
  } catch (error) {
    return { verdict: 'throws', detail: describeError(error) };
  }
  try {
    const problem = check(result);
    return problem === undefined ? { verdict: 'ok' } : { verdict: 'wrong', detail: problem };
  } catch (error) {
    return { verdict: 'wrong', detail: `validator failed on the result: ${describeError(error)}` };
  }
}

/** Builds the entry for a contender: timed only when it loaded and its check passed. */
export function entryFor(
  meta: { contender: string; group: string; ours: boolean },
  loaded: Attempt<TimedTask>,
  check: () => CheckResult,
): Entry {
  if (!loaded.ok) return { ...meta, prepared: { verdict: 'unavailable', detail: loaded.error } };
  const checked = check();
  if (checked.verdict !== 'ok') return { ...meta, prepared: checked };
  return { ...meta, prepared: { verdict: 'ok', task: loaded.value } };
}

export interface ScenarioMeta {
  id: string;
  title: string;
  description: string;
  unit?: Unit;
}

/** Times the entries that passed validation, side by side, and turns everything into ranked rows. */
export function timeScenario(
  meta: ScenarioMeta,
  entries: readonly Entry[],
  options: InterleaveOptions,
): Scenario {
  const timed = entries.flatMap((entry) => (entry.prepared.verdict === 'ok' ? [entry.prepared.task] : []));
  const timings = runInterleaved(timed, options);
  const rows = entries.map((entry): Row => {
    const base = { contender: entry.contender, group: entry.group, ours: entry.ours };
    const { prepared } = entry;
    if (prepared.verdict !== 'ok') return { ...base, verdict: prepared.verdict, detail: prepared.detail };
    const timing = timings.get(prepared.task.name);
    if (!timing) return { ...base, verdict: 'throws', detail: 'was not timed' };
    if ('error' in timing) return { ...base, verdict: 'throws', detail: timing.error };
    return { ...base, verdict: 'ok', measurement: timing.measurement };
  });
  return assignRatios({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    unit: meta.unit ?? 'ops/s',
    rows,
  });
}
