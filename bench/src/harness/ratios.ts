import type { Goal, Row, Scenario } from './results.js';
import { speedRatio } from './stats.js';

function isTimed(row: Row): row is Row & { measurement: NonNullable<Row['measurement']> } {
  return row.verdict === 'ok' && row.measurement !== undefined && Number.isFinite(row.measurement.median);
}

/**
 * The fastest timed peer (a row that is not ours) of `group`, or undefined
 * when the group has none: ours is compared to peers, never to itself.
 */
export function fastestPeer(scenario: Scenario, group: string): Row | undefined {
  let fastest: Row | undefined;
  for (const row of scenario.rows) {
    if (row.ours || row.group !== group || !isTimed(row)) continue;
    if (!fastest?.measurement) {
      fastest = row;
      continue;
    }
    if (speedRatio(row.measurement.median, fastest.measurement.median, scenario.unit) > 1) fastest = row;
  }
  return fastest;
}

/** Sets each timed row's ratio to the fastest peer of its group (above 1: faster than every peer). */
export function assignRatios(scenario: Scenario): Scenario {
  const rows = scenario.rows.map((row): Row => {
    const baseline = fastestPeer(scenario, row.group);
    if (!isTimed(row) || !baseline?.measurement) {
      const { ratio: _dropped, ...rest } = row;
      return rest;
    }
    return { ...row, ratio: speedRatio(row.measurement.median, baseline.measurement.median, scenario.unit) };
  });
  return { ...scenario, rows };
}

export interface GoalSpec {
  issue: string;
  description: string;
  scenario: Scenario | undefined;
  subject: string;
  /** The fastest timed one of these is the baseline. */
  baselines: readonly string[];
  /** Minimum speed ratio subject/baseline, e.g. 2 for "at least 2x", 1 / 1.2 for "within 1.2x". */
  target: number;
}

export function formatRatio(ratio: number): string {
  if (ratio === Number.POSITIVE_INFINITY) return '∞';
  if (ratio >= 100) return `${ratio.toFixed(0)}x`;
  return `${ratio.toFixed(2)}x`;
}

/**
 * Evaluates a speed goal. A goal whose subject or baselines were not timed
 * (wrong, unavailable) is reported as undecided rather than met or missed.
 */
export function evaluateGoal(spec: GoalSpec): Goal {
  const { issue, description, scenario, subject, baselines, target } = spec;
  const undecided = (why: string): Goal => ({
    issue,
    description,
    measured: undefined,
    target,
    met: undefined,
    summary: `not measured: ${why}`,
  });
  if (!scenario) return undecided('scenario did not run');
  const subjectRow = scenario.rows.find((row) => row.contender === subject);
  if (!subjectRow || !isTimed(subjectRow)) {
    return undecided(`${subject} is ${subjectRow?.verdict ?? 'missing'}`);
  }
  const baselineRows = scenario.rows.filter((row) => baselines.includes(row.contender) && isTimed(row));
  if (baselineRows.length === 0) {
    const ran = scenario.rows.filter((row) => baselines.includes(row.contender));
    if (ran.length > 0 && ran.every((row) => row.verdict === 'wrong')) {
      return {
        ...undecided(`no correct peer: ${ran.map((row) => row.contender).join(', ')} each failed a check`),
        noCorrectBaseline: true,
      };
    }
    return undecided(`none of ${baselines.join(', ')} was timed`);
  }
  let baseline = baselineRows[0]!;
  for (const row of baselineRows) {
    if (speedRatio(row.measurement!.median, baseline.measurement!.median, scenario.unit) > 1) baseline = row;
  }
  const measured = speedRatio(subjectRow.measurement.median, baseline.measurement!.median, scenario.unit);
  const met = measured >= target;
  const measuredText = `${formatRatio(measured)} vs ${baseline.contender} (target ≥ ${formatRatio(target)})`;
  let verdict: string;
  if (measured === Number.POSITIVE_INFINITY) verdict = 'met (the subject took no measurable time)';
  else if (met) verdict = `met, with ${(100 * (measured / target - 1)).toFixed(0)}% to spare`;
  else verdict = `missed by ${(100 * (1 - measured / target)).toFixed(0)}%`;
  return { issue, description, measured, target, met, summary: `${measuredText}: ${verdict}` };
}
