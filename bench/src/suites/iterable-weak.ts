import { type Attempt, attempt, type Entry, entryFor, timeScenario } from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import { evaluateGoal } from '../harness/ratios.js';
import type { ExtraTable, Goal, Scenario, SuiteOutcome } from '../harness/results.js';
import type { TimedTask } from '../harness/runner.js';
import {
  type CheckOutcome,
  canCollect,
  checks,
  type Operation,
  problemsFor,
  runChecks,
} from './iterable-weak/checks.js';
import {
  type CollectionClass,
  type Contender,
  compileLoop,
  contenders,
  type Kind,
} from './iterable-weak/contenders.js';
import type { Suite, SuiteContext } from './suite.js';

/*
 * IterableWeakSet, IterableWeakMap and WeakValueMap against weakref 0.2.5, iterable-weak 1.0.4 and
 * @cspell/strong-weak-map, with the built-ins as the floor (issue #22). Every contender first runs
 * the behaviour checks of its kind; a scenario lists a contender that fails a check about the
 * operation it times as wrong, never ranked. Hot loops are compiled once per contender (see
 * compileLoop) so no two contenders share a call site.
 */

const lookupCount = 1_024;
const iterationCount = 10_000;
const peerGroup = 'iterable, holds weakly';
const floorGroup = 'built-in floor';

interface Loaded {
  contender: Contender;
  Class: Attempt<CollectionClass>;
  outcomes: CheckOutcome[];
}

interface Workload {
  /** The loop's source, a function body returning the timed function; names bound below. */
  source: string;
  /** What the timed function must return, checked once before timing. */
  expected: number;
  operations: readonly Operation[];
  operationsPerCall: number;
}

const members = (count: number) => Array.from({ length: count }, (_, id) => ({ id }));

/** One entry per contender of `kind`: validated by its checks and by one run of the workload. */
function contenderEntries(
  loaded: readonly Loaded[],
  kind: Kind,
  workload: Workload,
  bindings: Record<string, unknown>,
): Entry[] {
  return loaded
    .filter((item) => item.contender.kind === kind)
    .map(({ contender, Class, outcomes }) => {
      const meta = { contender: contender.name, group: peerGroup, ours: contender.ours };
      if (!Class.ok) return entryFor(meta, Class, () => ({ verdict: 'ok' }));
      let run: () => number;
      try {
        run = compileLoop<() => number>(workload.source, { ...bindings, Class: Class.value });
      } catch (error) {
        return { ...meta, prepared: { verdict: 'throws', detail: String(error) } };
      }
      const task: TimedTask = { name: contender.name, run, operationsPerCall: workload.operationsPerCall };
      return entryFor(meta, { ok: true, value: task }, () => {
        const problem = problemsFor(outcomes, workload.operations);
        if (problem !== undefined) return { verdict: 'wrong', detail: problem };
        try {
          const result = run();
          return result === workload.expected
            ? { verdict: 'ok' }
            : { verdict: 'wrong', detail: `the workload returned ${result}, expected ${workload.expected}` };
        } catch (error) {
          return { verdict: 'throws', detail: error instanceof Error ? error.message : String(error) };
        }
      });
    });
}

/** A hand-written floor: a built-in doing the least work the operation needs. */
function floorEntry(
  name: string,
  source: string,
  bindings: Record<string, unknown>,
  expected: number,
  operationsPerCall: number,
): Entry {
  const run = compileLoop<() => number>(source, bindings);
  return entryFor(
    { contender: name, group: floorGroup, ours: false },
    { ok: true, value: { name, run, operationsPerCall } },
    () => {
      const result = run();
      return result === expected
        ? { verdict: 'ok' }
        : { verdict: 'wrong', detail: `returned ${result}, expected ${expected}` };
    },
  );
}

const sumOfIds = (count: number) => (count * (count - 1)) / 2;

interface ScenarioPlan {
  id: string;
  title: string;
  description: string;
  kind: Kind;
  workload: Workload;
  bindings: Record<string, unknown>;
  floors: Entry[];
}

function plans(): ScenarioPlan[] {
  const keys = members(lookupCount);
  const many = members(iterationCount);
  const manyEntries = many.map((member) => [member, member.id] as const);
  const ids = keys.map((key) => key.id);
  const add = (kind: Kind): Workload => ({
    source:
      kind === 'set'
        ? 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.add(keys[i]); return c.size; };'
        : kind === 'map'
          ? 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.set(keys[i], i); return c.size; };'
          : 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.set(i, keys[i]); return c.size; };',
    expected: lookupCount,
    operations: ['add'],
    operationsPerCall: lookupCount,
  });
  const addDelete = (kind: Kind): Workload => ({
    source:
      kind === 'set'
        ? 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.add(keys[i]); for (let i = 0; i < keys.length; i++) c.delete(keys[i]); return c.size; };'
        : kind === 'map'
          ? 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.set(keys[i], i); for (let i = 0; i < keys.length; i++) c.delete(keys[i]); return c.size; };'
          : 'return () => { const c = new Class(); for (let i = 0; i < keys.length; i++) c.set(i, keys[i]); for (let i = 0; i < keys.length; i++) c.delete(i); return c.size; };',
    expected: 0,
    operations: ['add', 'delete'],
    operationsPerCall: 2 * lookupCount,
  });
  const fresh = (verb: string) =>
    `${lookupCount.toLocaleString('en-US')} ${verb} per call, into a new collection each call`;
  return [
    {
      id: 'set-has',
      title: 'IterableWeakSet: has (hits)',
      description: `${lookupCount.toLocaleString('en-US')} has() hits per call`,
      kind: 'set',
      workload: {
        source:
          'const c = new Class(keys); return () => { let n = 0; for (let i = 0; i < keys.length; i++) if (c.has(keys[i])) n++; return n; };',
        expected: lookupCount,
        operations: ['has'],
        operationsPerCall: lookupCount,
      },
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakSet (built-in, not iterable)',
          'const c = new WeakSet(keys); return () => { let n = 0; for (let i = 0; i < keys.length; i++) if (c.has(keys[i])) n++; return n; };',
          { keys },
          lookupCount,
          lookupCount,
        ),
      ],
    },
    {
      id: 'set-add',
      title: 'IterableWeakSet: add new members',
      description: fresh('add() of new members'),
      kind: 'set',
      workload: add('set'),
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakSet (built-in, not iterable)',
          'return () => { const c = new WeakSet(); for (let i = 0; i < keys.length; i++) c.add(keys[i]); return c.has(keys[0]) ? keys.length : 0; };',
          { keys },
          lookupCount,
          lookupCount,
        ),
      ],
    },
    {
      id: 'set-add-delete',
      title: 'IterableWeakSet: add, then delete',
      description: fresh('add() then delete() of every member'),
      kind: 'set',
      workload: addDelete('set'),
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakSet (built-in, not iterable)',
          'return () => { const c = new WeakSet(); for (let i = 0; i < keys.length; i++) c.add(keys[i]); for (let i = 0; i < keys.length; i++) c.delete(keys[i]); return c.has(keys[0]) ? 1 : 0; };',
          { keys },
          0,
          2 * lookupCount,
        ),
      ],
    },
    {
      id: 'set-iterate',
      title: 'IterableWeakSet: for...of over live members',
      description: `for...of over ${iterationCount.toLocaleString('en-US')} live members (ops = members visited)`,
      kind: 'set',
      workload: {
        source:
          'const c = new Class(many); return () => { let n = 0; for (const m of c) n += m.id; return n; };',
        expected: sumOfIds(iterationCount),
        operations: ['iterate'],
        operationsPerCall: iterationCount,
      },
      bindings: { many },
      floors: [
        floorEntry(
          'Set of WeakRefs + deref() (hand-written)',
          'const c = new Set(many.map((m) => new WeakRef(m))); return () => { let n = 0; for (const r of c) { const m = r.deref(); if (m !== undefined) n += m.id; } return n; };',
          { many },
          sumOfIds(iterationCount),
          iterationCount,
        ),
        floorEntry(
          'Set of objects (strong)',
          'const c = new Set(many); return () => { let n = 0; for (const m of c) n += m.id; return n; };',
          { many },
          sumOfIds(iterationCount),
          iterationCount,
        ),
      ],
    },
    {
      id: 'set-forEach',
      title: 'IterableWeakSet: forEach over live members',
      description: `forEach over ${iterationCount.toLocaleString('en-US')} live members (ops = members visited)`,
      kind: 'set',
      workload: {
        source:
          'const c = new Class(many); return () => { let n = 0; c.forEach((m) => { n += m.id; }); return n; };',
        expected: sumOfIds(iterationCount),
        operations: ['iterate'],
        operationsPerCall: iterationCount,
      },
      bindings: { many },
      floors: [
        floorEntry(
          'Set of WeakRefs + deref() (hand-written)',
          'const c = new Set(many.map((m) => new WeakRef(m))); return () => { let n = 0; c.forEach((r) => { const m = r.deref(); if (m !== undefined) n += m.id; }); return n; };',
          { many },
          sumOfIds(iterationCount),
          iterationCount,
        ),
      ],
    },
    {
      id: 'map-get',
      title: 'IterableWeakMap: get (hits)',
      description: `${lookupCount.toLocaleString('en-US')} get() hits per call`,
      kind: 'map',
      workload: {
        source:
          'const c = new Class(keys.map((k) => [k, k.id])); return () => { let n = 0; for (let i = 0; i < keys.length; i++) n += c.get(keys[i]); return n; };',
        expected: sumOfIds(lookupCount),
        operations: ['has'],
        operationsPerCall: lookupCount,
      },
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakMap (built-in, not iterable)',
          'const c = new WeakMap(keys.map((k) => [k, k.id])); return () => { let n = 0; for (let i = 0; i < keys.length; i++) n += c.get(keys[i]); return n; };',
          { keys },
          sumOfIds(lookupCount),
          lookupCount,
        ),
      ],
    },
    {
      id: 'map-set',
      title: 'IterableWeakMap: set new keys',
      description: fresh('set() of new keys'),
      kind: 'map',
      workload: add('map'),
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakMap (built-in, not iterable)',
          'return () => { const c = new WeakMap(); for (let i = 0; i < keys.length; i++) c.set(keys[i], i); return c.has(keys[0]) ? keys.length : 0; };',
          { keys },
          lookupCount,
          lookupCount,
        ),
      ],
    },
    {
      id: 'map-set-delete',
      title: 'IterableWeakMap: set, then delete',
      description: fresh('set() then delete() of every key'),
      kind: 'map',
      workload: addDelete('map'),
      bindings: { keys },
      floors: [
        floorEntry(
          'WeakMap (built-in, not iterable)',
          'return () => { const c = new WeakMap(); for (let i = 0; i < keys.length; i++) c.set(keys[i], i); for (let i = 0; i < keys.length; i++) c.delete(keys[i]); return c.has(keys[0]) ? 1 : 0; };',
          { keys },
          0,
          2 * lookupCount,
        ),
      ],
    },
    {
      id: 'map-iterate',
      title: 'IterableWeakMap: for...of over live entries',
      description: `for...of over ${iterationCount.toLocaleString('en-US')} live [key, value] entries (ops = entries visited)`,
      kind: 'map',
      workload: {
        source:
          'const c = new Class(entries); return () => { let n = 0; for (const [k, v] of c) n += v; return n; };',
        expected: sumOfIds(iterationCount),
        operations: ['iterate'],
        operationsPerCall: iterationCount,
      },
      bindings: { entries: manyEntries },
      floors: [
        floorEntry(
          'Set of WeakRefs + deref() + WeakMap (hand-written)',
          'const order = new Set(entries.map(([k]) => new WeakRef(k))); const values = new WeakMap(entries); return () => { let n = 0; for (const r of order) { const k = r.deref(); if (k !== undefined) n += values.get(k); } return n; };',
          { entries: manyEntries },
          sumOfIds(iterationCount),
          iterationCount,
        ),
        floorEntry(
          'Map of objects (strong)',
          'const c = new Map(entries); return () => { let n = 0; for (const [k, v] of c) n += v; return n; };',
          { entries: manyEntries },
          sumOfIds(iterationCount),
          iterationCount,
        ),
      ],
    },
    {
      id: 'value-get',
      title: 'WeakValueMap: get (hits)',
      description: `${lookupCount.toLocaleString('en-US')} get() hits per call, number keys`,
      kind: 'valueMap',
      workload: {
        source:
          'const c = new Class(keys.map((k) => [k.id, k])); return () => { let n = 0; for (let i = 0; i < keys.length; i++) n += c.get(ids[i]).id; return n; };',
        expected: sumOfIds(lookupCount),
        operations: ['has'],
        operationsPerCall: lookupCount,
      },
      bindings: { keys, ids },
      floors: [
        floorEntry(
          'Map of WeakRefs + deref() (hand-written)',
          'const c = new Map(keys.map((k) => [k.id, new WeakRef(k)])); return () => { let n = 0; for (let i = 0; i < keys.length; i++) n += c.get(ids[i]).deref().id; return n; };',
          { keys, ids },
          sumOfIds(lookupCount),
          lookupCount,
        ),
      ],
    },
    {
      id: 'value-set',
      title: 'WeakValueMap: set new entries',
      description: fresh('set() of new keys'),
      kind: 'valueMap',
      workload: add('valueMap'),
      bindings: { keys },
      floors: [
        floorEntry(
          'Map of WeakRefs (hand-written, never cleaned)',
          'return () => { const c = new Map(); for (let i = 0; i < keys.length; i++) c.set(i, new WeakRef(keys[i])); return c.size; };',
          { keys },
          lookupCount,
          lookupCount,
        ),
      ],
    },
    {
      id: 'value-set-delete',
      title: 'WeakValueMap: set, then delete',
      description: fresh('set() then delete() of every key'),
      kind: 'valueMap',
      workload: addDelete('valueMap'),
      bindings: { keys },
      floors: [
        floorEntry(
          'Map of WeakRefs (hand-written, never cleaned)',
          'return () => { const c = new Map(); for (let i = 0; i < keys.length; i++) c.set(i, new WeakRef(keys[i])); for (let i = 0; i < keys.length; i++) c.delete(i); return c.size; };',
          { keys },
          0,
          2 * lookupCount,
        ),
      ],
    },
    {
      id: 'value-iterate',
      title: 'WeakValueMap: for...of over live entries',
      description: `for...of over ${iterationCount.toLocaleString('en-US')} live [key, value] entries (ops = entries visited)`,
      kind: 'valueMap',
      workload: {
        source:
          'const c = new Class(entries); return () => { let n = 0; for (const [k, v] of c) n += v.id; return n; };',
        expected: sumOfIds(iterationCount),
        operations: ['iterate'],
        operationsPerCall: iterationCount,
      },
      bindings: { entries: many.map((member) => [member.id, member] as const) },
      floors: [
        floorEntry(
          'Map of WeakRefs + deref() (hand-written)',
          'const c = new Map(entries.map(([k, v]) => [k, new WeakRef(v)])); return () => { let n = 0; for (const [k, r] of c) { const v = r.deref(); if (v !== undefined) n += v.id; } return n; };',
          { entries: many.map((member) => [member.id, member] as const) },
          sumOfIds(iterationCount),
          iterationCount,
        ),
      ],
    },
  ];
}

const peersOf: Record<Kind, string[]> = {
  set: ['weakref IterableWeakSet', 'iterable-weak IterableWeakSet'],
  map: ['weakref IterableWeakMap', 'iterable-weak IterableWeakMap'],
  valueMap: ['weakref WeakValueMap', '@cspell/strong-weak-map StrongWeakMap'],
};
const oursOf: Record<Kind, string> = {
  set: 'IterableWeakSet',
  map: 'IterableWeakMap',
  valueMap: 'WeakValueMap',
};

function goalsFor(scenarios: ReadonlyMap<string, Scenario>): Goal[] {
  const goal = (id: string, kind: Kind, description: string, baselines: readonly string[], target: number) =>
    evaluateGoal({
      issue: '#22',
      description,
      scenario: scenarios.get(id),
      subject: oursOf[kind],
      baselines,
      target,
    });
  return [
    goal(
      'set-has',
      'set',
      'IterableWeakSet.has at least 0.9x WeakSet.has',
      ['WeakSet (built-in, not iterable)'],
      0.9,
    ),
    goal(
      'map-get',
      'map',
      'IterableWeakMap.get at least 0.9x WeakMap.get',
      ['WeakMap (built-in, not iterable)'],
      0.9,
    ),
    goal(
      'value-get',
      'valueMap',
      'WeakValueMap.get at least 0.9x a Map of WeakRefs with deref()',
      ['Map of WeakRefs + deref() (hand-written)'],
      0.9,
    ),
    goal(
      'set-add',
      'set',
      'IterableWeakSet.add of new members at least 1.5x the fastest peer',
      peersOf.set,
      1.5,
    ),
    goal(
      'set-add-delete',
      'set',
      'IterableWeakSet add + delete at least 1.5x the fastest peer',
      peersOf.set,
      1.5,
    ),
    goal(
      'map-set',
      'map',
      'IterableWeakMap.set of new keys at least 1.5x the fastest peer',
      peersOf.map,
      1.5,
    ),
    goal(
      'map-set-delete',
      'map',
      'IterableWeakMap set + delete at least 1.5x the fastest peer',
      peersOf.map,
      1.5,
    ),
    goal(
      'value-set',
      'valueMap',
      'WeakValueMap.set of new keys at least 1.5x the fastest peer',
      peersOf.valueMap,
      1.5,
    ),
    goal(
      'value-set-delete',
      'valueMap',
      'WeakValueMap set + delete at least 1.5x the fastest peer',
      peersOf.valueMap,
      1.5,
    ),
    goal(
      'set-iterate',
      'set',
      'IterableWeakSet for...of over 10,000 within 3x a Set of WeakRefs with deref()',
      ['Set of WeakRefs + deref() (hand-written)'],
      1 / 3,
    ),
    goal(
      'set-iterate',
      'set',
      'IterableWeakSet for...of over 10,000 at least 1.2x the fastest peer',
      peersOf.set,
      1.2,
    ),
    goal(
      'set-forEach',
      'set',
      'IterableWeakSet forEach over 10,000 within 3x a Set of WeakRefs with deref()',
      ['Set of WeakRefs + deref() (hand-written)'],
      1 / 3,
    ),
    goal(
      'set-forEach',
      'set',
      'IterableWeakSet forEach over 10,000 at least 1.2x the fastest peer',
      peersOf.set,
      1.2,
    ),
    goal(
      'map-iterate',
      'map',
      'IterableWeakMap for...of over 10,000 within 3x a Set of WeakRefs with deref() (+ WeakMap get)',
      ['Set of WeakRefs + deref() + WeakMap (hand-written)'],
      1 / 3,
    ),
    goal(
      'map-iterate',
      'map',
      'IterableWeakMap for...of over 10,000 at least 1.2x the fastest peer',
      peersOf.map,
      1.2,
    ),
    goal(
      'value-iterate',
      'valueMap',
      'WeakValueMap for...of over 10,000 within 3x a Map of WeakRefs with deref()',
      ['Map of WeakRefs + deref() (hand-written)'],
      1 / 3,
    ),
    goal(
      'value-iterate',
      'valueMap',
      'WeakValueMap for...of over 10,000 at least 1.2x the fastest peer',
      peersOf.valueMap,
      1.2,
    ),
  ];
}

/** One table per kind: every check, and what each contender did with it. */
function behaviourTables(loaded: readonly Loaded[]): ExtraTable[] {
  const titles: Record<Kind, string> = {
    set: 'IterableWeakSet: behaviour checks',
    map: 'IterableWeakMap: behaviour checks',
    valueMap: 'WeakValueMap: behaviour checks',
  };
  return (['set', 'map', 'valueMap'] as const).map((kind) => {
    const columns = loaded.filter((item) => item.contender.kind === kind);
    const rows = checks
      .filter((check) => check.kind === kind)
      .map((check) => [
        check.label,
        ...columns.map(({ Class, outcomes }) => {
          if (!Class.ok) return 'unavailable';
          const outcome = outcomes.find((candidate) => candidate.id === check.id);
          if (!outcome || outcome.skipped) return 'not checked (no forced GC)';
          return outcome.problem === undefined ? '✓' : `✗ ${outcome.problem}`;
        }),
      ]);
    return {
      title: titles[kind],
      description:
        'Run before timing, in the benchmark process. Checks marked as needing a collection force one (node --expose-gc, Bun.gc) and look at the collection before or after its finalizers run, as each check says. A contender that fails a check about the operation a scenario times is listed there as wrong.',
      headers: ['behaviour', ...columns.map((item) => item.contender.name)],
      rows,
    };
  });
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  context.log('iterable-weak: behaviour checks');
  const loaded: Loaded[] = [];
  for (const contender of contenders) {
    const Class = await attempt(contender.load);
    const outcomes = Class.ok ? await runChecks(contender.kind, Class.value) : [];
    loaded.push({ contender, Class, outcomes });
  }
  const scenarios = new Map<string, Scenario>();
  for (const plan of plans()) {
    context.log(`iterable-weak: ${plan.title}`);
    const entries = [...contenderEntries(loaded, plan.kind, plan.workload, plan.bindings), ...plan.floors];
    scenarios.set(
      plan.id,
      timeScenario(
        { id: plan.id, title: plan.title, description: plan.description },
        entries,
        timingProfile(context.quick, 'micro'),
      ),
    );
  }
  return {
    suite: 'iterable-weak',
    title: 'Iterable weak collections',
    scenarios: [...scenarios.values()],
    goals: goalsFor(scenarios),
    extraTables: behaviourTables(loaded),
    notes: [
      'Each contender first runs the behaviour checks of its kind (tables below); a contender failing a check about the operation a scenario times is shown there as wrong and not timed. The timed loop itself is also run once and its result checked.',
      '"add new members" and "add, then delete" build a new collection on every call, so every member is new to it: the cost of creating the collection (a FinalizationRegistry for most contenders) is spread over 1,024 members.',
      'The built-in floor rows do less than any iterable weak collection can: a WeakSet/WeakMap cannot be iterated or counted, a strong Set/Map keeps its members alive, a hand-written Map of WeakRefs is never cleaned up. Ratios compare each row with the fastest contender of its own group.',
      canCollect
        ? 'Collections were forced for the checks that need one.'
        : 'No collection could be forced in this run: the checks that need one were skipped.',
    ],
  };
}

export const iterableWeakSuite: Suite = { name: 'iterable-weak', title: 'Iterable weak collections', run };
