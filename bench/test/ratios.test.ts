import { describe, expect, it } from 'vitest';
import { assignRatios, evaluateGoal, fastestPeer } from '../src/harness/ratios.js';
import type { Row, Scenario } from '../src/harness/results.js';

function row(contender: string, median: number | undefined, options: Partial<Row> = {}): Row {
  return {
    contender,
    group: 'g',
    ours: false,
    verdict: median === undefined ? 'wrong' : 'ok',
    ...(median === undefined ? {} : { measurement: { median, spreadPercent: 1, samples: 5 } }),
    ...options,
  };
}

function scenario(rows: Row[], unit: 'ops/s' | 'ms' = 'ops/s'): Scenario {
  return { id: 's', title: 'S', description: 'd', unit, rows };
}

describe('assignRatios', () => {
  it('compares every timed row with the fastest peer of its own group', () => {
    const result = assignRatios(
      scenario([
        row('ours', 300, { ours: true }),
        row('fast peer', 150),
        row('slow peer', 50),
        row('other guarantee', 1000, { group: 'h' }),
      ]),
    );
    expect(result.rows.map((each) => each.ratio)).toEqual([2, 1, 1 / 3, 1]);
  });

  it('never ranks a wrong row, and never makes ours its own baseline', () => {
    const result = assignRatios(
      scenario([row('ours', 300, { ours: true }), row('wrong but fast', undefined), row('peer', 100)]),
    );
    expect(fastestPeer(result, 'g')?.contender).toBe('peer');
    expect(result.rows[1]?.ratio).toBeUndefined();
    expect(result.rows[0]?.ratio).toBe(3);
  });

  it('treats lower milliseconds as faster', () => {
    const result = assignRatios(scenario([row('ours', 5, { ours: true }), row('peer', 10)], 'ms'));
    expect(result.rows[0]?.ratio).toBe(2);
  });
});

describe('evaluateGoal', () => {
  const measured = scenario([row('ours', 250, { ours: true }), row('a', 100), row('b', 200)]);

  it('meets a goal against the fastest of the named baselines, and says by how much', () => {
    const goal = evaluateGoal({
      issue: '#1',
      description: 'x',
      scenario: measured,
      subject: 'ours',
      baselines: ['a', 'b'],
      target: 1.2,
    });
    expect(goal.met).toBe(true);
    expect(goal.measured).toBe(1.25);
    expect(goal.summary).toContain('vs b');
    expect(goal.summary).toContain('met, with 4% to spare');
  });

  it('misses a goal and says by how much', () => {
    const goal = evaluateGoal({
      issue: '#1',
      description: 'x',
      scenario: measured,
      subject: 'ours',
      baselines: ['b'],
      target: 2,
    });
    expect(goal.met).toBe(false);
    expect(goal.summary).toContain('missed by 38%');
  });

  it('is undecided, not failed, when the subject could not be timed', () => {
    const goal = evaluateGoal({
      issue: '#1',
      description: 'x',
      scenario: scenario([row('ours', undefined, { ours: true, verdict: 'unavailable' }), row('a', 1)]),
      subject: 'ours',
      baselines: ['a'],
      target: 1,
    });
    expect(goal.met).toBeUndefined();
    expect(goal.summary).toContain('unavailable');
  });

  it('says there is no correct peer when every baseline that ran failed a check', () => {
    const goal = evaluateGoal({
      issue: '#1',
      description: 'x',
      scenario: scenario([row('ours', 10, { ours: true }), row('a', undefined), row('b', undefined)]),
      subject: 'ours',
      baselines: ['a', 'b'],
      target: 1.5,
    });
    expect(goal.met).toBeUndefined();
    expect(goal.noCorrectBaseline).toBe(true);
    expect(goal.summary).toBe('not measured: no correct peer: a, b each failed a check');
  });

  it('is only undecided when a baseline was not timed for another reason', () => {
    const goal = evaluateGoal({
      issue: '#1',
      description: 'x',
      scenario: scenario([
        row('ours', 10, { ours: true }),
        row('a', undefined),
        row('b', undefined, { verdict: 'unavailable' }),
      ]),
      subject: 'ours',
      baselines: ['a', 'b'],
      target: 1.5,
    });
    expect(goal.noCorrectBaseline).toBeUndefined();
    expect(goal.summary).toBe('not measured: none of a, b was timed');
  });
});
