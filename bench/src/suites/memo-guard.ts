import weakMemoize from '@emotion/weak-memoize';
import { weakMapMemoize } from 'reselect';
import {
  type Attempt,
  attempt,
  attemptSync,
  checkOutcome,
  type Entry,
  entryFor,
  exportOf,
  timeScenario,
  unwrap,
} from '../harness/contenders.js';
import { timingProfile } from '../harness/profiles.js';
import { evaluateGoal } from '../harness/ratios.js';
import type { Scenario, SuiteOutcome } from '../harness/results.js';
import type { TimedTask } from '../harness/runner.js';
import {
  cacheHitCheck,
  type Derived,
  type GraphNode,
  guardCheck,
  type Key,
  sharedLeafGraph,
} from './memo-guard/validate.js';
import type { Suite, SuiteContext } from './suite.js';

/** The parts of @weakset-recipes/memo-guard's API (issues #6, #19) the benchmark uses. */
type Once = <T extends object, R>(fn: (target: T) => R) => (target: T) => R;
type Memoize = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R;
type GuardRecursion = <T extends object, R>(fn: (target: T) => R) => (target: T) => R;

// Every contender's hot loop and hand-written baseline is written out in place, on purpose: closures
// made by one shared helper would share its call sites and their type feedback in V8, so one
// contender's shapes would slow another down. The repetition below is the price of a fair race.
const memoGuardPackage = '@weakset-recipes/memo-guard';
const keyCount = 1024;

async function loadOurs(): Promise<Attempt<object>> {
  return attempt(async (): Promise<object> => import('@weakset-recipes/memo-guard'));
}

/**
 * A memoized function under test: `compute` counts its calls so validation
 * can prove that a timed loop only ever hits the cache.
 */
interface CountingCompute<A extends unknown[]> {
  compute: (...args: A) => Derived;
  calls: () => number;
}

function countingCompute<A extends unknown[]>(derive: (...args: A) => number): CountingCompute<A> {
  let calls = 0;
  return {
    compute: (...args: A) => {
      calls++;
      return { id: derive(...args) };
    },
    calls: () => calls,
  };
}

function hotLoop(name: string, run: () => number, operationsPerCall = keyCount): TimedTask {
  return { name, run, operationsPerCall };
}

function oneArgumentScenario(ours: Attempt<object>, quick: boolean): Scenario {
  const keys: Key[] = Array.from({ length: keyCount }, (_, id) => ({ id }));
  const group = 'weak cache, one object argument';
  const entries: Entry[] = [];

  const oursCounting = countingCompute((key: Key) => key.id * 2);
  const oursMemoized = attemptSync(() => {
    return exportOf<Memoize>(ours, 'memoize', memoGuardPackage)(oursCounting.compute);
  });
  entries.push(
    entryFor(
      { contender: 'memoize(fn)', group, ours: true },
      oursMemoized.ok
        ? {
            ok: true,
            value: hotLoop('memoize', () => {
              const memoized = oursMemoized.value;
              let total = 0;
              for (let index = 0; index < keys.length; index++) total += memoized(keys[index]!).id;
              return total;
            }),
          }
        : oursMemoized,
      () => cacheHitCheck(() => keys.map((key) => unwrap(oursMemoized)(key)), oursCounting.calls),
    ),
  );

  const emotionCounting = countingCompute((key: Key) => key.id * 2);
  const emotionMemoized = weakMemoize(emotionCounting.compute);
  entries.push(
    entryFor(
      { contender: '@emotion/weak-memoize', group, ours: false },
      {
        ok: true,
        value: hotLoop('emotion', () => {
          let total = 0;
          for (let index = 0; index < keys.length; index++) total += emotionMemoized(keys[index]!).id;
          return total;
        }),
      },
      () => cacheHitCheck(() => keys.map((key) => emotionMemoized(key)), emotionCounting.calls),
    ),
  );

  const reselectCounting = countingCompute((key: Key) => key.id * 2);
  const reselectMemoized = weakMapMemoize(reselectCounting.compute);
  entries.push(
    entryFor(
      { contender: 'reselect weakMapMemoize', group, ours: false },
      {
        ok: true,
        value: hotLoop('reselect', () => {
          let total = 0;
          for (let index = 0; index < keys.length; index++) total += reselectMemoized(keys[index]!).id;
          return total;
        }),
      },
      () => cacheHitCheck(() => keys.map((key) => reselectMemoized(key)), reselectCounting.calls),
    ),
  );

  const bareCounting = countingCompute((key: Key) => key.id * 2);
  const bareCache = new WeakMap<Key, Derived>();
  const bareLookup = (key: Key): Derived => {
    let cached = bareCache.get(key);
    if (cached === undefined) {
      cached = bareCounting.compute(key);
      bareCache.set(key, cached);
    }
    return cached;
  };
  entries.push(
    entryFor(
      { contender: 'bare WeakMap get (hand-written)', group, ours: false },
      {
        ok: true,
        value: hotLoop('bare WeakMap', () => {
          let total = 0;
          for (let index = 0; index < keys.length; index++) total += bareLookup(keys[index]!).id;
          return total;
        }),
      },
      () => cacheHitCheck(() => keys.map(bareLookup), bareCounting.calls),
    ),
  );

  return timeScenario(
    {
      id: 'memoize-1',
      title: 'memoize, one object argument (cache hits)',
      description: `${keyCount.toLocaleString('en-US')} cache hits per call, each on a different object key`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

interface Triple {
  first: Key;
  second: Key;
  count: number;
}

function threeArgumentScenario(ours: Attempt<object>, quick: boolean): Scenario {
  const firsts: Key[] = Array.from({ length: 32 }, (_, id) => ({ id }));
  const seconds: Key[] = Array.from({ length: 8 }, (_, id) => ({ id: 100 + id }));
  const triples: Triple[] = Array.from({ length: keyCount }, (_, index) => ({
    first: firsts[index % firsts.length]!,
    second: seconds[Math.floor(index / firsts.length) % seconds.length]!,
    count: Math.floor(index / (firsts.length * seconds.length)),
  }));
  const derive = (first: Key, second: Key, count: number) => first.id * 1000 + second.id * 10 + count;
  const group = 'weak cache, three arguments';
  const entries: Entry[] = [];

  const oursCounting = countingCompute(derive);
  const oursMemoized = attemptSync(() => {
    return exportOf<Memoize>(ours, 'memoize', memoGuardPackage)(oursCounting.compute);
  });
  entries.push(
    entryFor(
      { contender: 'memoize(fn)', group, ours: true },
      oursMemoized.ok
        ? {
            ok: true,
            value: hotLoop('memoize', () => {
              const memoized = oursMemoized.value;
              let total = 0;
              for (let index = 0; index < triples.length; index++) {
                const { first, second, count } = triples[index]!;
                total += memoized(first, second, count).id;
              }
              return total;
            }),
          }
        : oursMemoized,
      () =>
        cacheHitCheck(
          () => triples.map(({ first, second, count }) => unwrap(oursMemoized)(first, second, count)),
          oursCounting.calls,
        ),
    ),
  );

  const reselectCounting = countingCompute(derive);
  const reselectMemoized = weakMapMemoize(reselectCounting.compute);
  entries.push(
    entryFor(
      { contender: 'reselect weakMapMemoize', group, ours: false },
      {
        ok: true,
        value: hotLoop('reselect', () => {
          let total = 0;
          for (let index = 0; index < triples.length; index++) {
            const { first, second, count } = triples[index]!;
            total += reselectMemoized(first, second, count).id;
          }
          return total;
        }),
      },
      () =>
        cacheHitCheck(
          () => triples.map(({ first, second, count }) => reselectMemoized(first, second, count)),
          reselectCounting.calls,
        ),
    ),
  );

  const trieCounting = countingCompute(derive);
  const trie = new WeakMap<Key, WeakMap<Key, Map<number, Derived>>>();
  const trieLookup = (first: Key, second: Key, count: number): Derived => {
    let bySecond = trie.get(first);
    if (!bySecond) {
      bySecond = new WeakMap();
      trie.set(first, bySecond);
    }
    let byCount = bySecond.get(second);
    if (!byCount) {
      byCount = new Map();
      bySecond.set(second, byCount);
    }
    let cached = byCount.get(count);
    if (cached === undefined) {
      cached = trieCounting.compute(first, second, count);
      byCount.set(count, cached);
    }
    return cached;
  };
  entries.push(
    entryFor(
      { contender: 'hand-written WeakMap trie', group, ours: false },
      {
        ok: true,
        value: hotLoop('trie', () => {
          let total = 0;
          for (let index = 0; index < triples.length; index++) {
            const { first, second, count } = triples[index]!;
            total += trieLookup(first, second, count).id;
          }
          return total;
        }),
      },
      () =>
        cacheHitCheck(
          () => triples.map(({ first, second, count }) => trieLookup(first, second, count)),
          trieCounting.calls,
        ),
    ),
  );

  return timeScenario(
    {
      id: 'memoize-3',
      title: 'memoize, three arguments (cache hits)',
      description: `${keyCount.toLocaleString('en-US')} cache hits per call on (object, object, number) tuples`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

function onceScenario(ours: Attempt<object>, quick: boolean): Scenario {
  const keys: Key[] = Array.from({ length: keyCount }, (_, id) => ({ id }));
  const group = 'first result per object';
  const entries: Entry[] = [];

  const oursCounting = countingCompute((key: Key) => key.id + 1);
  const oursOnce = attemptSync(() => {
    return exportOf<Once>(ours, 'once', memoGuardPackage)(oursCounting.compute);
  });
  entries.push(
    entryFor(
      { contender: 'once(fn)', group, ours: true },
      oursOnce.ok
        ? {
            ok: true,
            value: hotLoop('once', () => {
              const initialize = oursOnce.value;
              let total = 0;
              for (let index = 0; index < keys.length; index++) total += initialize(keys[index]!).id;
              return total;
            }),
          }
        : oursOnce,
      () => cacheHitCheck(() => keys.map((key) => unwrap(oursOnce)(key)), oursCounting.calls),
    ),
  );

  const bareCounting = countingCompute((key: Key) => key.id + 1);
  const firstResults = new WeakMap<Key, Derived>();
  const bareOnce = (key: Key): Derived => {
    let result = firstResults.get(key);
    if (result === undefined) {
      result = bareCounting.compute(key);
      firstResults.set(key, result);
    }
    return result;
  };
  entries.push(
    entryFor(
      { contender: 'bare WeakMap lookup (hand-written)', group, ours: false },
      {
        ok: true,
        value: hotLoop('bare WeakMap', () => {
          let total = 0;
          for (let index = 0; index < keys.length; index++) total += bareOnce(keys[index]!).id;
          return total;
        }),
      },
      () => cacheHitCheck(() => keys.map(bareOnce), bareCounting.calls),
    ),
  );

  const emotionCounting = countingCompute((key: Key) => key.id + 1);
  const emotionOnce = weakMemoize(emotionCounting.compute);
  entries.push(
    entryFor(
      { contender: '@emotion/weak-memoize', group, ours: false },
      {
        ok: true,
        value: hotLoop('emotion', () => {
          let total = 0;
          for (let index = 0; index < keys.length; index++) total += emotionOnce(keys[index]!).id;
          return total;
        }),
      },
      () => cacheHitCheck(() => keys.map((key) => emotionOnce(key)), emotionCounting.calls),
    ),
  );

  return timeScenario(
    {
      id: 'once',
      title: 'once, repeated calls (hits)',
      description: `${keyCount.toLocaleString('en-US')} calls per call on objects already seen`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

function guardScenario(ours: Attempt<object>, quick: boolean): Scenario {
  const { root, visits, total } = sharedLeafGraph();
  const guarded = 'cycle on the current path throws';
  const entries: Entry[] = [];

  const oursWalk = attemptSync(() => {
    const guardRecursion = exportOf<GuardRecursion>(ours, 'guardRecursion', memoGuardPackage);
    const walk: (node: GraphNode) => number = guardRecursion((node: GraphNode): number => {
      let sum = node.value;
      for (let index = 0; index < node.children.length; index++) sum += walk(node.children[index]!);
      return sum;
    });
    return walk;
  });
  entries.push(
    entryFor(
      { contender: 'guardRecursion(fn)', group: guarded, ours: true },
      oursWalk.ok
        ? { ok: true, value: hotLoop('guardRecursion', () => oursWalk.value(root), visits) }
        : oursWalk,
      () => guardCheck(unwrap(oursWalk), total, root),
    ),
  );

  const inProgress = new WeakSet<GraphNode>();
  const handWalk = (node: GraphNode): number => {
    if (inProgress.has(node)) throw new Error('cycle');
    inProgress.add(node);
    try {
      let sum = node.value;
      for (let index = 0; index < node.children.length; index++) sum += handWalk(node.children[index]!);
      return sum;
    } finally {
      inProgress.delete(node);
    }
  };
  entries.push(
    entryFor(
      { contender: 'in-progress WeakSet (hand-written)', group: guarded, ours: false },
      { ok: true, value: hotLoop('hand guard', () => handWalk(root), visits) },
      () => guardCheck(handWalk, total, root),
    ),
  );

  const unguardedWalk = (node: GraphNode): number => {
    let sum = node.value;
    for (let index = 0; index < node.children.length; index++) sum += unguardedWalk(node.children[index]!);
    return sum;
  };
  entries.push(
    entryFor(
      { contender: 'no guard (reference)', group: 'no cycle detection', ours: false },
      { ok: true, value: hotLoop('unguarded', () => unguardedWalk(root), visits) },
      () =>
        checkOutcome(
          () => unguardedWalk(root),
          (sum) => (sum === total ? undefined : `summed ${sum}`),
        ),
    ),
  );

  return timeScenario(
    {
      id: 'guard',
      title: 'guardRecursion overhead',
      description: `A recursive sum over a ${visits}-visit DAG with shared leaves (ops = nodes visited)`,
    },
    entries,
    timingProfile(quick, 'micro'),
  );
}

async function run(context: SuiteContext): Promise<SuiteOutcome> {
  const ours = await loadOurs();
  context.log('memo-guard: memoize, one argument');
  const oneArgument = oneArgumentScenario(ours, context.quick);
  context.log('memo-guard: memoize, three arguments');
  const threeArguments = threeArgumentScenario(ours, context.quick);
  context.log('memo-guard: once');
  const onceHits = onceScenario(ours, context.quick);
  context.log('memo-guard: guardRecursion');
  const guard = guardScenario(ours, context.quick);
  return {
    suite: 'memo-guard',
    title: 'Memo and guards',
    scenarios: [oneArgument, threeArguments, onceHits, guard],
    goals: [
      evaluateGoal({
        issue: '#19',
        description: 'memoize cache hit with one object argument at least 0.85x a bare WeakMap get',
        scenario: oneArgument,
        subject: 'memoize(fn)',
        baselines: ['bare WeakMap get (hand-written)'],
        target: 0.85,
      }),
      evaluateGoal({
        issue: '#19',
        description: 'memoize cache hit with one argument ahead of @emotion/weak-memoize and reselect',
        scenario: oneArgument,
        subject: 'memoize(fn)',
        baselines: ['@emotion/weak-memoize', 'reselect weakMapMemoize'],
        target: 1,
      }),
      evaluateGoal({
        issue: '#19',
        description: 'memoize cache hit with three arguments at least 0.85x the hand-written WeakMap trie',
        scenario: threeArguments,
        subject: 'memoize(fn)',
        baselines: ['hand-written WeakMap trie'],
        target: 0.85,
      }),
      evaluateGoal({
        issue: '#19',
        description: "memoize cache hit with three arguments ahead of reselect's weakMapMemoize",
        scenario: threeArguments,
        subject: 'memoize(fn)',
        baselines: ['reselect weakMapMemoize'],
        target: 1,
      }),
      evaluateGoal({
        issue: '#6',
        description: 'once hit within 1.2x of a bare WeakMap lookup',
        scenario: onceHits,
        subject: 'once(fn)',
        baselines: ['bare WeakMap lookup (hand-written)'],
        target: 1 / 1.2,
      }),
    ],
    extraTables: [],
    notes: [
      'Every contender is validated first: a second pass over the keys must return the very same result objects without calling the wrapped function again (so the timed loop measures cache hits only); the guards must sum the shared-leaf DAG right (no false "circular") and stop at a real cycle.',
      'Each call is a hot loop over all keys whose results are summed and returned, so no lookup can be optimized away; each loop is its own function, so contenders never share a call site.',
    ],
  };
}

export const memoGuardSuite: Suite = { name: 'memo-guard', title: 'Memo and guards', run };
