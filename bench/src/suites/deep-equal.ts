import {
  type Attempt,
  attempt,
  attemptSync,
  type CheckResult,
  checkOutcome,
  describeError,
  type Entry,
  timeScenario,
} from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import { evaluateGoal } from '../harness/ratios.js';
import type { ExtraTable, Goal, Scenario, SuiteOutcome } from '../harness/results.js';
import { arrayChain, objectChain } from './deep-clone/payloads.js';
import {
  acyclicOnly,
  type EqualContender,
  type EqualFunction,
  equalContenders,
  goalContenders,
} from './deep-equal/contenders.js';
import { type Pair, pairs } from './deep-equal/pairs.js';
import type { Suite, SuiteContext } from './suite.js';

/** What a correct contender returns: a boolean, or for `difference` a record exactly when unequal. */
function answerProblem(contender: EqualContender, result: unknown, expectEqual: boolean): string | undefined {
  if (contender.answers === 'boolean') {
    return result === expectEqual
      ? undefined
      : `returned ${String(result)} for ${expectEqual ? 'an equal' : 'an unequal'} pair`;
  }
  if (expectEqual) return result === undefined ? undefined : 'reported a difference in an equal pair';
  return typeof result === 'object' && result !== null ? undefined : 'found no difference in an unequal pair';
}

function validate(
  contender: EqualContender,
  compare: EqualFunction,
  pair: Pair,
  a: unknown,
  b: unknown,
): CheckResult {
  const checked = checkOutcome(
    () => compare(a, b),
    (result) => answerProblem(contender, result, pair.equal),
  );
  // Acyclic-only contenders recurse forever on a cycle: the stack overflows. That is their
  // documented limit, not a wrong answer.
  if (pair.cyclic && contender.group === acyclicOnly && checked.verdict === 'throws') return checked;
  if (checked.verdict !== 'ok') return checked;
  // The symmetric call must agree too, and the pair must be untouched by the comparison.
  return checkOutcome(
    () => compare(b, a),
    (result) => answerProblem(contender, result, pair.equal),
  );
}

function pairEntries(pair: Pair, loaded: ReadonlyMap<string, Attempt<EqualFunction>>): Entry[] {
  return equalContenders.map((contender): Entry => {
    const meta = { contender: contender.name, group: contender.group, ours: contender.ours };
    const compare = loaded.get(contender.name)!;
    if (!compare.ok) return { ...meta, prepared: { verdict: 'unavailable', detail: compare.error } };
    // Each contender gets its own pair: nothing one does to its inputs reaches the next.
    const [a, b] = pair.build();
    const checked = validate(contender, compare.value, pair, a, b);
    if (checked.verdict === 'throws' && pair.cyclic && contender.group === acyclicOnly) {
      return {
        ...meta,
        prepared: { verdict: 'not-applicable', detail: `acyclic only: on a cycle it ${checked.detail}` },
      };
    }
    if (checked.verdict !== 'ok') return { ...meta, prepared: checked };
    const run = compare.value;
    return {
      ...meta,
      prepared: { verdict: 'ok', task: { name: contender.name, operationsPerCall: 1, run: () => run(a, b) } },
    };
  });
}

function goalsFor(scenarios: ReadonlyMap<string, Scenario>): Goal[] {
  const goals: Goal[] = [];
  // Goals are read on the equal pairs, where every contender walks everything. On the others the
  // time depends on the order a contender walks in (see the notes), not on how fast it compares.
  for (const pair of pairs.filter((candidate) => candidate.equal)) {
    const scenario = scenarios.get(pair.id);
    if (pair.cyclic) {
      goals.push(
        evaluateGoal({
          issue: '#21',
          description: `${pair.title}: equal at least 2x the fastest cycle-safe peer`,
          scenario,
          subject: goalContenders.equal,
          baselines: goalContenders.cycleSafePeers,
          target: 2,
        }),
      );
    } else {
      goals.push(
        evaluateGoal({
          issue: '#21',
          description: `${pair.title}: equal at least 1.0x dequal, fast-equals deepEqual, lodash.isEqual and isDeepStrictEqual`,
          scenario,
          subject: goalContenders.equal,
          baselines: goalContenders.atLeastEqual,
          target: 1,
        }),
        evaluateGoal({
          issue: '#21',
          description: `${pair.title}: equal at least 0.8x fast-deep-equal`,
          scenario,
          subject: goalContenders.equal,
          baselines: goalContenders.fastDeepEqual,
          target: 0.8,
        }),
      );
    }
    goals.push(
      evaluateGoal({
        issue: '#21',
        description: `${pair.title}: difference at most 1.3x the time of equal`,
        scenario,
        subject: goalContenders.difference,
        baselines: [goalContenders.equal],
        target: 1 / 1.3,
      }),
    );
  }
  return goals;
}

/** Whether `compare` answers `true` for two equal chains `depth` levels deep, or how it fails. */
function survives(
  compare: EqualFunction,
  contender: EqualContender,
  build: (depth: number) => unknown,
  depth: number,
): string | undefined {
  const result = attemptSync(() => compare(build(depth), build(depth)));
  if (!result.ok) return result.error;
  return answerProblem(contender, result.value, true);
}

/**
 * The deepest equal chains each contender compares, tried at powers of ten. Stack overflows are
 * caught where they happen: an equality check that recurses has no other way to fail on a chain.
 */
function deepestChains(
  context: SuiteContext,
  loaded: ReadonlyMap<string, Attempt<EqualFunction>>,
): ExtraTable {
  const depths = context.quick ? [1_000, 10_000, 100_000] : [100, 1_000, 10_000, 100_000, 1_000_000];
  const format = (depth: number) => depth.toLocaleString('en-US');
  const rows = equalContenders.map((contender) => {
    const compare = loaded.get(contender.name)!;
    if (!compare.ok) return [contender.name, 'unavailable', 'unavailable', compare.error];
    const failures = new Set<string>();
    const cells = [objectChain, arrayChain].map((build) => {
      let deepest = 0;
      for (const depth of depths) {
        const failure = survives(compare.value, contender, build, depth);
        if (failure) {
          failures.add(failure);
          return `${format(deepest)} (fails at ${format(depth)})`;
        }
        deepest = depth;
      }
      return `≥ ${format(deepest)} (every depth tried)`;
    });
    return [contender.name, ...cells, [...failures].join('; ') || '—'];
  });
  return {
    title: 'Deepest chain each contender compares',
    description: `Two equal linked lists \`{ value, next: { … } }\` and two equal array chains \`[value, [value, […]]]\`, compared at ${depths.map(format).join(', ')} levels until the first failure.`,
    headers: ['contender', 'object chain', 'array chain', 'how it fails'],
    rows,
  };
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const loaded = new Map<string, Attempt<EqualFunction>>();
  for (const contender of equalContenders) loaded.set(contender.name, await attempt(contender.load));

  const scenarios = new Map<string, Scenario>();
  for (const pair of pairs) {
    context.log(`deep-equal: ${pair.title}`);
    scenarios.set(
      pair.id,
      timeScenario(
        { id: pair.id, title: pair.title, description: pair.description },
        pairEntries(pair, loaded),
        timingProfile(context.quick, 'macro'),
      ),
    );
  }

  context.log('deep-equal: deepest chain per contender');
  let chains: ExtraTable[];
  try {
    chains = [deepestChains(context, loaded)];
  } catch (error) {
    context.log(`deep-equal: the chain probe failed: ${describeError(error)}`);
    chains = [];
  }

  return {
    suite: 'deep-equal',
    title: 'Deep equal',
    scenarios: [...scenarios.values()],
    goals: goalsFor(scenarios),
    extraTables: chains,
    notes: [
      'Two guarantees, ranked separately: "cycle-safe" (a cycle ends the comparison) and "acyclic only" (a cycle recurses until the stack overflows). The ratio column compares each row with the fastest peer (not ours) of its own guarantee; the goals table compares across both, as issue #21 sets them.',
      'Each pair is the payload built twice (the builders are deterministic: the two are deep-equal and share no object), or built twice with the last leaf of the second changed, depth first in key order. Several peers walk arrays (dequal, fast-deep-equal, fast-equals) or keys (fast-deep-equal, fast-equals) from the end, so they meet that leaf first: the "last leaf differs" rows measure the order of the walk as much as its speed, and the goals are read on the equal pairs only.',
      'Every contender is first checked on the exact pair it is timed on, both ways round: `true` for equal pairs and `false` for the others (`difference`: `undefined`, then a record). A wrong answer is shown as wrong and never timed. On the cyclic pairs, acyclic-only contenders overflow the stack and are not timed.',
      '`difference` and `equal` run the same engine; `difference` also returns where the first difference is.',
    ],
  };
}

export const deepEqualSuite: Suite = { name: 'deep-equal', title: 'Deep equal', run };
