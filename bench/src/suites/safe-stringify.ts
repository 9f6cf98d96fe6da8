import {
  type Attempt,
  attempt,
  checkOutcome,
  type Entry,
  entryFor,
  timeScenario,
} from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import { evaluateGoal } from '../harness/ratios.js';
import type { ExtraTable, Goal, Scenario, SuiteOutcome } from '../harness/results.js';
import {
  goalContenders,
  otherFormat,
  type StringifyContender,
  type StringifyFunction,
  stringifyContenders,
} from './safe-stringify/contenders.js';
import { objectChain, payloads, type StringifyPayload } from './safe-stringify/payloads.js';
import { flattedProblem, textProblem } from './safe-stringify/validate.js';
import type { Suite, SuiteContext } from './suite.js';

function check(
  contender: StringifyContender,
  payload: StringifyPayload,
  input: unknown,
  run: StringifyFunction,
  parseFlatted: ((text: string) => unknown) | undefined,
) {
  return checkOutcome(run.bind(undefined, input), (output) => {
    if (contender.group !== otherFormat) return textProblem(payload.id, input, output, contender.marker);
    return parseFlatted
      ? flattedProblem(payload.id, input, output, parseFlatted)
      : 'flatted.parse is unavailable';
  });
}

function payloadEntries(
  payload: StringifyPayload,
  loaded: ReadonlyMap<string, Attempt<StringifyFunction>>,
  parseFlatted: ((text: string) => unknown) | undefined,
): Entry[] {
  return stringifyContenders
    .filter((contender) => contender.payloads.includes(payload.id))
    .map((contender) => {
      const meta = { contender: contender.name, group: contender.group, ours: contender.ours };
      const stringify = loaded.get(contender.name)!;
      // Each contender gets its own input: one that changed its input (fast-safe-stringify
      // rewrites cycles in place while it works) must not change what the next one is timed on.
      const input = payload.build();
      const task = stringify.ok
        ? {
            ok: true as const,
            value: { name: contender.name, operationsPerCall: 1, run: () => stringify.value(input) },
          }
        : stringify;
      return entryFor(meta, task, () =>
        stringify.ok ? check(contender, payload, input, stringify.value, parseFlatted) : { verdict: 'ok' },
      );
    });
}

/** flatted is timed and shown, but its format differs: it gets no ratio and never is a baseline. */
function unranked(scenario: Scenario): Scenario {
  return {
    ...scenario,
    rows: scenario.rows.map((row) => {
      if (row.group !== otherFormat) return row;
      const { ratio: _unranked, ...rest } = row;
      return rest;
    }),
  };
}

function goalsFor(scenarios: ReadonlyMap<string, Scenario>): Goal[] {
  const acyclicGoal = (id: 'small' | 'large', title: string) =>
    evaluateGoal({
      issue: '#20',
      description: `${title}: stringify at least 0.9x JSON.stringify (safety costs at most 10%)`,
      scenario: scenarios.get(id),
      subject: goalContenders.ours,
      baselines: [goalContenders.native],
      target: 0.9,
    });
  return [
    acyclicGoal('small', 'Small JSON-like'),
    acyclicGoal('large', 'Large JSON-like'),
    evaluateGoal({
      issue: '#20',
      description:
        'Cyclic tree: at least 1.5x the fastest peer that writes the same JSON for the acyclic part',
      scenario: scenarios.get('cyclic'),
      subject: goalContenders.ours,
      baselines: goalContenders.sameJsonPeers,
      target: 1.5,
    }),
    evaluateGoal({
      issue: '#20',
      description: "sorted: true at least 1.2x safe-stable-stringify's deterministic mode",
      scenario: scenarios.get('sorted'),
      subject: goalContenders.oursSorted,
      baselines: [goalContenders.deterministicPeer],
      target: 1.2,
    }),
  ];
}

/** Whether `stringify` writes a chain `depth` levels deep completely; why not otherwise. */
function writesChain(stringify: StringifyFunction, depth: number) {
  return checkOutcome(
    () => stringify(objectChain(depth)),
    (text) =>
      typeof text === 'string' && text.endsWith('}'.repeat(depth)) ? undefined : 'incomplete output',
  );
}

/**
 * How deep a chain each contender writes, tried at growing depths and then bisected to within 2%
 * between the last depth that worked and the first that failed. Run in this process: a stack
 * overflow is a RangeError that can be caught, and no contender here loops forever on a chain.
 */
function deepestChains(loaded: ReadonlyMap<string, Attempt<StringifyFunction>>, quick: boolean): ExtraTable {
  const depths = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000];
  const format = (depth: number) => depth.toLocaleString('en-US');
  const contenders = stringifyContenders.filter(
    (contender) => contender.group !== otherFormat && contender.payloads.includes('large'),
  );
  const rows = contenders.map((contender) => {
    const stringify = loaded.get(contender.name)!;
    if (!stringify.ok) return [contender.name, 'unavailable', stringify.error];
    let deepest = 0;
    let failedAt: number | undefined;
    let failure = '—';
    for (const depth of depths) {
      const outcome = writesChain(stringify.value, depth);
      if (outcome.verdict !== 'ok') {
        failedAt = depth;
        failure = outcome.detail;
        break;
      }
      deepest = depth;
    }
    if (failedAt === undefined) return [contender.name, `≥ ${format(deepest)} (every depth tried)`, failure];
    let low = deepest;
    let high = failedAt;
    while (high - low > Math.max(1, high * 0.02)) {
      const middle = Math.floor((low + high) / 2);
      if (writesChain(stringify.value, middle).verdict === 'ok') low = middle;
      else high = middle;
    }
    return [contender.name, `${format(low)} (fails at ${format(high)})`, failure];
  });
  return {
    title: 'Deepest chain each contender writes',
    description: `A linked list \`{ value, next: { … } }\` tried at ${depths.map(format).join(', ')} levels, then bisected to within 2% between the last depth that worked and the first that failed, in the benchmark's process (Node's default stack size, with the benchmark's own frames below).`,
    headers: ['contender', 'deepest that worked', 'how it failed'],
    rows,
  };
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const loaded = new Map<string, Attempt<StringifyFunction>>();
  for (const contender of stringifyContenders) loaded.set(contender.name, await attempt(contender.load));
  const flatted = await attempt(async () => (await import('flatted')).parse);
  const parseFlatted = flatted.ok ? (flatted.value as (text: string) => unknown) : undefined;

  const scenarios = new Map<string, Scenario>();
  for (const payload of payloads) {
    context.log(`safe-stringify: ${payload.title}`);
    const scenario = timeScenario(
      { id: payload.id, title: payload.title, description: payload.description },
      payloadEntries(payload, loaded, parseFlatted),
      timingProfile(context.quick, 'macro'),
    );
    scenarios.set(payload.id, unranked(scenario));
  }

  context.log('safe-stringify: deepest chain per contender');
  return {
    suite: 'safe-stringify',
    title: 'Safe stringify',
    scenarios: [...scenarios.values()],
    goals: goalsFor(scenarios),
    extraTables: [deepestChains(loaded, context.quick)],
    notes: [
      'Every contender is validated before it is timed: on the acyclic payloads its output must be byte for byte what JSON.stringify writes; on the cyclic tree, what JSON.stringify writes for the same tree with each back-reference replaced by the contender’s own marker (`"[Circular]"`, or `"[Circular ~]"` for json-stringify-safe); with sorted keys, JSON.stringify’s output with every object’s keys sorted. A contender that fails is shown as wrong and not timed.',
      'safe-stable-stringify sorts keys by default, so the same-JSON rows time it with `deterministic: false`; the sorted rows time its default.',
      'flatted writes its own format (objects by index, so cycles and shared objects survive a round trip): it is validated by parsing back, timed and shown, but never ranked.',
      'JSON.stringify appears only on the acyclic payloads: it throws on a cycle.',
      'stringify lets JSON.stringify write everything it can; on the cyclic tree JSON.stringify throws at the first record, and the package’s own engine writes the whole tree again (see the package README).',
    ],
  };
}

export const safeStringifySuite: Suite = { name: 'safe-stringify', title: 'Safe stringify', run };
