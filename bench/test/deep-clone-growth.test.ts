import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchRoot, runChild } from '../src/harness/child-process.js';
import {
  type GrowthReport,
  growthContenders,
  growthPlan,
  growthScenario,
  growthTable,
} from '../src/suites/deep-clone/growth.js';
import { jsonRecords } from '../src/suites/deep-clone/payloads.js';

const [ours, fastCopy, structured] = growthContenders as [string, string, string];

describe('the cost-as-the-work-grows plan', () => {
  it("covers issue #19's sizes in full runs, with a single clone at 4e6 objects", () => {
    const plan = growthPlan(false);
    expect(plan.map((step) => step.objects)).toEqual([4_000, 40_000, 400_000, 1_200_000, 4_000_000]);
    expect(plan.at(-1)).toMatchObject({ runs: 1, warmups: 0 });
    expect(growthPlan(true).every((step) => step.runs === 1 && step.objects <= 400_000)).toBe(true);
  });

  it('times ours, fast-copy and structuredClone at least', () => {
    expect(growthContenders).toEqual(
      expect.arrayContaining(['deep-clone createClone()', 'fast-copy copy', 'structuredClone']),
    );
  });

  it('builds records holding exactly the number of objects asked for', () => {
    const { records } = jsonRecords(4_000);
    let objects = 0;
    const pending: unknown[] = [...records];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value !== 'object' || value === null) continue;
      objects++;
      pending.push(...Object.values(value));
    }
    expect(objects).toBe(4_000);
  });
});

describe('growthScenario and growthTable', () => {
  const step = { objects: 4_000, runs: 3, warmups: 1 };
  const reports: GrowthReport[] = [
    { kind: 'check', contender: ours, verdict: 'ok' },
    { kind: 'check', contender: fastCopy, verdict: 'wrong', detail: '$.records.0 lost' },
    { kind: 'check', contender: structured, verdict: 'ok' },
    // 4,000 objects in 0.4 ms = 100 ns per object; structuredClone at 200 ns per object.
    ...[0.4, 0.4, 0.5].map((ms): GrowthReport => ({ kind: 'run', contender: ours, ms })),
    ...[0.8, 0.8, 0.7].map((ms): GrowthReport => ({ kind: 'run', contender: structured, ms })),
  ];

  it('turns timed clones into objects per second, ns per object and ratios; a wrong copy is never timed', () => {
    const scenario = growthScenario(step, reports, { ending: 'exited', detail: '' });
    const byName = new Map(scenario.rows.map((row) => [row.contender, row]));
    expect(byName.get(ours)).toMatchObject({ verdict: 'ok', extra: { 'ns per object': '100' }, ratio: 2 });
    expect(byName.get(ours)?.measurement?.median).toBeCloseTo(1e7);
    expect(byName.get(fastCopy)).toMatchObject({ verdict: 'wrong', detail: '$.records.0 lost' });
    expect(byName.get(structured)).toMatchObject({ extra: { 'ns per object': '200' } });
  });

  it('shows a contender the process never reported on as hanging or throwing, with why', () => {
    const cut = reports.filter((report) => report.contender === ours);
    const timedOut = growthScenario(step, cut, { ending: 'timed out', detail: 'killed after 90 s' });
    expect(timedOut.rows.find((row) => row.contender === structured)).toMatchObject({
      verdict: 'hangs',
      detail: 'no result: the process timed out (killed after 90 s)',
    });
    const crashed = growthScenario(step, cut, { ending: 'crashed', detail: 'heap out of memory' });
    expect(crashed.rows.find((row) => row.contender === structured)?.verdict).toBe('throws');
  });

  it('lays out one row per contender and one column per size', () => {
    const scenario = growthScenario(step, reports, { ending: 'exited', detail: '' });
    const table = growthTable([step], [scenario]);
    expect(table.headers).toEqual(['contender', '4,000 objects']);
    expect(table.rows.map((row) => row[0])).toEqual([...growthContenders]);
    expect(table.rows[0]?.[1]).toMatch(/^100 ±\d+%$/);
    expect(table.rows[1]?.[1]).toBe('wrong: $.records.0 lost');
  });
});

describe('the growth probe', () => {
  it('checks each contender, then reports every timed clone from a child process', async () => {
    const run = await runChild(
      join(benchRoot, 'src', 'suites', 'deep-clone', 'growth-probe.ts'),
      ['4000', '2', '1', structured, fastCopy, 'no such contender'],
      30_000,
    );
    expect(run.ending).toBe('exited');
    const reports = run.reports as GrowthReport[];
    expect(reports.filter((report) => report.kind === 'check')).toEqual([
      { kind: 'check', contender: structured, verdict: 'ok' },
      { kind: 'check', contender: fastCopy, verdict: 'ok' },
      expect.objectContaining({ contender: 'no such contender', verdict: 'throws' }),
    ]);
    const runs = reports.filter((report) => report.kind === 'run');
    expect(runs.map((report) => report.contender).sort()).toEqual([
      fastCopy,
      fastCopy,
      structured,
      structured,
    ]);
    expect(runs.every((report) => report.kind === 'run' && report.ms > 0)).toBe(true);
  }, 40_000);
});
