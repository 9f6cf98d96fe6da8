import { describe, expect, it } from 'vitest';
import type { Row, Scenario } from '../src/harness/results.js';
import { cloneContenders, goalContenders } from '../src/suites/deep-clone/contenders.js';
import { deepCloneGoals } from '../src/suites/deep-clone/goals.js';
import { payloads } from '../src/suites/deep-clone/payloads.js';

/** A payload scenario where every contender is timed at `speeds[name]` ops/s (1 when not named). */
function scenario(id: string, speeds: Record<string, number>, wrong: readonly string[] = []): Scenario {
  const rows = cloneContenders.map((contender): Row => {
    const base = { contender: contender.name, group: contender.group, ours: contender.ours };
    if (wrong.includes(contender.name)) return { ...base, verdict: 'wrong', detail: 'lost a reference' };
    const median = speeds[contender.name] ?? 1;
    return { ...base, verdict: 'ok', measurement: { median, spreadPercent: 1, samples: 5 } };
  });
  return { id, title: id, description: '', unit: 'ops/s', rows };
}

const ours = goalContenders.oursPreserve;
const oursThrow = goalContenders.oursThrow;

function allPayloads(speeds: Record<string, number>, wrong: readonly string[] = []) {
  return new Map(payloads.map((payload) => [payload.id, scenario(payload.id, speeds, wrong)]));
}

function goalNamed(goals: ReturnType<typeof deepCloneGoals>, pattern: RegExp) {
  const found = goals.filter((goal) => pattern.test(goal.description));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0]!;
}

describe("deep-clone goals (issue #19's, replacing issue #3's)", () => {
  it('are all labelled #19, and none compares with rfdc or klona', () => {
    const goals = deepCloneGoals(allPayloads({}), []);
    expect(new Set(goals.map((goal) => goal.issue))).toEqual(new Set(['#19']));
    expect(goals.some((goal) => /rfdc|klona/.test(goal.description + goal.summary))).toBe(false);
  });

  it('ask 1.2x the fastest graph-keeping peer on small and large JSON-like, 1.0x on rich, cyclic and shared', () => {
    const goals = deepCloneGoals(allPayloads({ [ours]: 1.1, 'lodash.clonedeep': 1 }), []);
    for (const title of ['Small JSON-like', 'Large JSON-like']) {
      const goal = goalNamed(goals, new RegExp(`^${title}: default mode at least 1.2x the fastest of`));
      expect(goal).toMatchObject({ target: 1.2, met: false });
    }
    for (const title of ['Rich graph', 'Cyclic graph', 'Shared references']) {
      const goal = goalNamed(goals, new RegExp(`^${title}: default mode at least 1.0x the fastest of`));
      expect(goal).toMatchObject({ target: 1, met: true });
    }
    expect(
      goals.some((goal) => /^API response: default mode at least .* the fastest of/.test(goal.description)),
    ).toBe(false);
  });

  it('take only peers validated correct on that payload as the baseline', () => {
    // structuredClone is fastest but wrong here: the goal compares with the fastest correct peer.
    const speeds = { [ours]: 1.25, structuredClone: 5, 'fast-copy copy': 1 };
    const goals = deepCloneGoals(allPayloads(speeds, ['structuredClone']), []);
    const goal = goalNamed(goals, /^Small JSON-like: default mode at least 1.2x the fastest of/);
    expect(goal.met).toBe(true);
    expect(goal.summary).toMatch(/vs fast-copy copy/);
  });

  it('ask 2x structuredClone on the JSON-like payloads and the API response, 1.0x on every payload', () => {
    const goals = deepCloneGoals(allPayloads({ [ours]: 1.5 }), []);
    for (const title of ['Small JSON-like', 'Large JSON-like', 'API response']) {
      expect(
        goalNamed(goals, new RegExp(`^${title}: default mode at least 2x structuredClone$`)),
      ).toMatchObject({
        target: 2,
        met: false,
      });
    }
    for (const payload of payloads) {
      expect(
        goalNamed(goals, new RegExp(`^${payload.title}: default mode faster than structuredClone$`)),
      ).toMatchObject({ target: 1, met: true });
    }
  });

  it('ask 1.2x fast-copy (the faster of copy and copyStrict) on the API response', () => {
    const goals = deepCloneGoals(allPayloads({ [ours]: 1.3, 'fast-copy copyStrict': 1.2 }), []);
    const goal = goalNamed(goals, /^API response: default mode at least 1.2x fast-copy$/);
    expect(goal).toMatchObject({ target: 1.2, met: false });
    expect(goal.summary).toMatch(/vs fast-copy copyStrict/);
  });

  it("ask circular 'throw' to be at least as fast as default mode on the acyclic payloads without shared references", () => {
    const goals = deepCloneGoals(allPayloads({ [ours]: 2, [oursThrow]: 1.9 }), []);
    const throwGoals = goals.filter((goal) => goal.description.includes("circular 'throw'"));
    expect(throwGoals.map((goal) => goal.description)).toEqual([
      "Small JSON-like: circular 'throw' at least as fast as default mode",
      "Large JSON-like: circular 'throw' at least as fast as default mode",
      "API response: circular 'throw' at least as fast as default mode",
    ]);
    expect(throwGoals.every((goal) => goal.met === false && goal.target === 1)).toBe(true);
  });

  it('ask default mode to be at least as fast as fast-copy and structuredClone at every size', () => {
    const growth = [4_000, 4_000_000].map((objects, index) => ({
      objects,
      // Ours keeps up at the small size and falls behind structuredClone at the big one.
      scenario: scenario(`growth-${objects}`, {
        [ours]: 2,
        'fast-copy copy': 1,
        structuredClone: 1 + 2 * index,
      }),
    }));
    const goals = deepCloneGoals(allPayloads({}), growth);
    expect(goalNamed(goals, /^Cost as the work grows, 4,000 objects: /)).toMatchObject({
      target: 1,
      met: true,
    });
    const big = goalNamed(goals, /^Cost as the work grows, 4,000,000 objects: /);
    expect(big).toMatchObject({ target: 1, met: false });
    expect(big.summary).toMatch(/vs structuredClone/);
  });
});
