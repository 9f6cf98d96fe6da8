import type { Collection, CollectionClass, Kind } from './contenders.js';

/*
 * The behaviour every contender is checked on before anything is timed. Each check names the
 * operations it is about; a scenario that times an operation lists a contender that fails one of
 * its checks as wrong (never ranked). The same checks fill the behaviour table of the README, where
 * the peers' documented bugs show up: weakref 0.2.5's IterableWeakMap.delete of a falsy value and
 * its IterableWeakSet.clear after a collection, iterable-weak's iteration after a collection, its
 * re-set order and its strongly held values, @cspell/strong-weak-map's entries that never leave.
 */

/** What a check is about: a scenario timing one of these operations requires the check to pass. */
/** `add` stores a new member or key; `update` sets a key that is already there. */
export type Operation = 'add' | 'update' | 'has' | 'delete' | 'iterate' | 'clear' | 'keys' | 'construct';

export interface Check {
  id: string;
  /** The behaviour, as the table states it. */
  label: string;
  kind: Kind;
  operations: readonly Operation[];
  /** Whether the check needs the collector (then it is skipped where no collection can be forced). */
  collects: boolean;
  /** Resolves to what went wrong, or `undefined` when the contender behaves. */
  run: (Class: CollectionClass) => Promise<string | undefined>;
}

interface Collector {
  gc?: () => void;
  Bun?: { gc(force: boolean): void };
}

const engine = globalThis as Collector;

/** Whether this process can force a collection (`node --expose-gc`, Bun). */
export const canCollect = typeof engine.gc === 'function' || engine.Bun !== undefined;

function collect(): void {
  if (engine.gc) engine.gc();
  else engine.Bun?.gc(true);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Collects until `done()` or 40 rounds; each await lets finalizers run. */
async function collectUntil(done: () => boolean): Promise<void> {
  for (let round = 0; round < 40 && !done(); round++) {
    collect();
    await nextTask();
  }
}

/**
 * Lets `fill` add members that nothing else keeps, then collects until a probe registry has seen
 * at least one of them go (bounded) and gives the contender's own finalizers a few more tasks.
 * Resolves to how many of them were collected.
 */
async function dropAndCollect(fill: (make: () => object) => void): Promise<number> {
  let collected = 0;
  const probe = new FinalizationRegistry(() => {
    collected++;
  });
  (() =>
    fill(() => {
      const member = { temporary: true, payload: new Array(16).fill(0) };
      probe.register(member, undefined);
      return member;
    }))();
  await nextTask(); // ends the job: WeakRef targets are kept alive until then
  await collectUntil(() => collected > 0);
  for (let round = 0; round < 5; round++) await nextTask();
  return collected;
}

/**
 * Lets `fill` add members that nothing else keeps, ends the job, and collects once. Returns how
 * many were collected; the caller looks at the contender in the same synchronous stretch, before
 * any finalizer can run: the window in which a collection has happened and its cleanup has not.
 */
async function dropThenCollectOnce(fill: (make: () => object) => void): Promise<() => number> {
  const probes: WeakRef<object>[] = [];
  (() =>
    fill(() => {
      const member = { temporary: true, payload: new Array(16).fill(0) };
      probes.push(new WeakRef(member));
      return member;
    }))();
  await nextTask(); // ends the job: WeakRef targets are kept alive until then
  return () => {
    collect();
    return probes.filter((probe) => probe.deref() === undefined).length;
  };
}

const ids = (values: Iterable<unknown>) =>
  [...values].map((value) => (value as { id?: unknown })?.id ?? value);
const same = (actual: unknown, expected: unknown) => JSON.stringify(actual) === JSON.stringify(expected);

function setChecks(): Check[] {
  const kind = 'set';
  return [
    {
      id: 'set-order',
      label:
        'insertion order; re-adding keeps the place, re-adding after delete moves to the end; add returns the set',
      kind,
      operations: ['add', 'update', 'delete', 'iterate'],
      collects: false,
      run: async (Class) => {
        const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
        const set = new Class();
        if (set.add(a) !== set) return 'add did not return the set';
        set.add(b).add(c).add(a);
        set.delete(b);
        set.add(b);
        const order = ids(set);
        return same(order, ['a', 'c', 'b']) && set.size === 3 ? undefined : `listed ${order.join(', ')}`;
      },
    },
    {
      id: 'set-delete',
      label: 'delete returns whether it removed',
      kind,
      operations: ['delete'],
      collects: false,
      run: async (Class) => {
        const member = {};
        const set = new Class([member]);
        const answers = [set.delete(member), set.delete(member), set.has(member), set.size];
        return same(answers, [true, false, false, 0])
          ? undefined
          : `delete, delete, has, size gave ${answers}`;
      },
    },
    {
      id: 'set-iterate-mutating',
      label: 'iteration while adding and deleting behaves as a Set iterator',
      kind,
      operations: ['iterate'],
      collects: false,
      run: async (Class) => {
        const members = [0, 1, 2, 3].map((id) => ({ id }));
        const late = { id: 'late' };
        const set = new Class(members);
        const visited: unknown[] = [];
        for (const member of set) {
          visited.push(member.id);
          if (member === members[0]) {
            set.delete(members[2]);
            set.add(late);
          }
        }
        return same(visited, [0, 1, 3, 'late']) ? undefined : `visited ${visited.join(', ')}`;
      },
    },
    {
      id: 'set-collected-iterate',
      label: 'after a collection, iteration yields only live members and size then counts them',
      kind,
      operations: ['iterate'],
      collects: true,
      run: async (Class) => {
        const kept = { id: 'kept' };
        const set = new Class([kept]);
        const collectOnce = await dropThenCollectOnce((make) => {
          for (let index = 0; index < 20; index++) set.add(make());
        });
        collectOnce();
        const listed = [...set];
        if (listed.includes(undefined))
          return `yielded undefined for ${listed.filter((m) => m === undefined).length} collected members`;
        return set.size === listed.length ? undefined : `size ${set.size} after listing ${listed.length}`;
      },
    },
    {
      id: 'set-collected-clear',
      label: 'clear() right after a collection leaves size 0',
      kind,
      operations: ['clear'],
      collects: true,
      run: async (Class) => {
        const set = new Class();
        const collectOnce = await dropThenCollectOnce((make) => {
          for (let index = 0; index < 20; index++) set.add(make());
        });
        collectOnce();
        set.clear();
        return set.size === 0 ? undefined : `size ${set.size} after clear()`;
      },
    },
    {
      id: 'set-construct-null',
      label: 'new X(null) is an empty collection, as new Set(null)',
      kind,
      operations: ['construct'],
      collects: false,
      run: async (Class) => (new Class(null).size === 0 ? undefined : 'not empty'),
    },
  ];
}

function mapChecks(): Check[] {
  const kind = 'map';
  return [
    {
      id: 'map-order',
      label: 'set(k, 1); set(k, 2) counts k once and keeps its place; set returns the map',
      kind,
      operations: ['update'],
      collects: false,
      run: async (Class) => {
        const [k, other] = [{ id: 'k' }, { id: 'other' }];
        const map = new Class();
        if (map.set(k, 1) !== map) return 'set did not return the map';
        map.set(other, 0).set(k, 2);
        const order = ids(map.keys());
        if (map.size !== 2) return `size ${map.size}`;
        if (map.get(k) !== 2) return `get gave ${map.get(k)}`;
        return same(order, ['k', 'other']) ? undefined : `re-set moved the key: ${order.join(', ')}`;
      },
    },
    {
      id: 'map-delete-falsy',
      label: 'delete removes an entry whatever its value (0, "", null) and says so',
      kind,
      operations: ['delete'],
      collects: false,
      run: async (Class) => {
        const problems: string[] = [];
        for (const value of [0, '', null]) {
          const key = {};
          const map = new Class([[key, value]]);
          const removed = map.delete(key);
          if (!removed || map.has(key) || map.size !== 0) {
            problems.push(
              `delete of ${JSON.stringify(value)} returned ${removed} and left has ${map.has(key)}`,
            );
          }
        }
        return problems.length > 0 ? problems.join('; ') : undefined;
      },
    },
    {
      id: 'map-get',
      label: 'get and has answer for falsy values',
      kind,
      operations: ['has'],
      collects: false,
      run: async (Class) => {
        const key = {};
        const map = new Class([[key, 0]]);
        return map.get(key) === 0 && map.has(key) ? undefined : `get ${map.get(key)}, has ${map.has(key)}`;
      },
    },
    {
      id: 'map-ephemeron',
      label: 'a value that refers to its own key does not keep the key alive',
      kind,
      operations: ['add'],
      collects: true,
      run: async (Class) => {
        const map = new Class();
        const collected = await dropAndCollect((make) => {
          for (let index = 0; index < 20; index++) {
            const key = make();
            map.set(key, { owner: key });
          }
        });
        return collected > 0 ? undefined : 'none of 20 keys was collected: the map holds its values strongly';
      },
    },
    {
      id: 'map-collected-iterate',
      label: 'after a collection, iteration yields only live keys and size then counts them',
      kind,
      operations: ['iterate'],
      collects: true,
      run: async (Class) => {
        const kept = { id: 'kept' };
        const map = new Class([[kept, 1]]);
        const collectOnce = await dropThenCollectOnce((make) => {
          for (let index = 0; index < 20; index++) map.set(make(), index);
        });
        collectOnce();
        const listed = [...map];
        const dead = listed.filter(([key]) => key === undefined).length;
        if (dead > 0) return `yielded ${dead} entries with an undefined key`;
        return map.size === listed.length ? undefined : `size ${map.size} after listing ${listed.length}`;
      },
    },
    {
      id: 'map-iterate-after-delete',
      label: 'iteration after delete lists the rest (the TC39 explainer sketch throws)',
      kind,
      operations: ['iterate'],
      collects: false,
      run: async (Class) => {
        const [a, b] = [{ id: 'a' }, { id: 'b' }];
        const map = new Class([
          [a, 1],
          [b, 2],
        ]);
        map.delete(a);
        return same(ids(map.keys()), ['b']) ? undefined : `listed ${ids(map.keys())}`;
      },
    },
    {
      id: 'map-construct-null',
      label: 'new X(null) is an empty collection, as new Map(null)',
      kind,
      operations: ['construct'],
      collects: false,
      run: async (Class) => (new Class(null).size === 0 ? undefined : 'not empty'),
    },
  ];
}

function valueMapChecks(): Check[] {
  const kind = 'valueMap';
  return [
    {
      id: 'value-order',
      label: 'insertion order; setting an existing key keeps its place; set returns the map',
      kind,
      operations: ['update'],
      collects: false,
      run: async (Class) => {
        const [x, y, z] = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
        const map = new Class([['a', x]]);
        if (map.set('b', y) !== map) return 'set did not return the map';
        map.set('a', z);
        const listed = [...map].map(([key, value]) => `${key}=${value.id}`);
        return same(listed, ['a=z', 'b=y']) ? undefined : `listed ${listed.join(', ')}`;
      },
    },
    {
      id: 'value-delete',
      label: 'delete returns whether it removed',
      kind,
      operations: ['delete'],
      collects: false,
      run: async (Class) => {
        const value = {};
        const map = new Class([['k', value]]);
        const answers = [map.delete('k'), map.delete('k'), map.has('k'), map.size];
        return same(answers, [true, false, false, 0])
          ? undefined
          : `delete, delete, has, size gave ${answers}`;
      },
    },
    {
      id: 'value-collected-get',
      label: 'after its value is collected, get gives undefined and has false',
      kind,
      operations: ['has'],
      collects: true,
      run: async (Class) => {
        const map = new Class();
        const collected = await dropAndCollect((make) => {
          for (let index = 0; index < 20; index++) map.set(index, make());
        });
        if (collected === 0) return undefined;
        let live = 0;
        for (let index = 0; index < 20; index++) if (map.get(index) !== undefined) live++;
        return live <= 20 - collected
          ? undefined
          : `get found ${live} values after ${collected} were collected`;
      },
    },
    {
      id: 'value-collected-size',
      label: 'an entry whose value is collected leaves size once finalizers have run, without any lookup',
      kind,
      operations: ['add'],
      collects: true,
      run: async (Class) => {
        const map = new Class();
        const collected = await dropAndCollect((make) => {
          for (let index = 0; index < 20; index++) map.set(index, make());
        });
        await collectUntil(() => map.size <= 20 - collected);
        return map.size <= 20 - collected
          ? undefined
          : `size stayed ${map.size} after ${collected} values were collected (entries never leave until looked up)`;
      },
    },
    {
      id: 'value-collected-keys',
      label: 'keys() lists only keys whose value is alive',
      kind,
      operations: ['keys'],
      collects: true,
      run: async (Class) => {
        const kept = { id: 'kept' };
        const map = new Class([['kept', kept]]);
        const collectOnce = await dropThenCollectOnce((make) => {
          for (let index = 0; index < 20; index++) map.set(index, make());
        });
        const collected = collectOnce();
        const keys = [...map.keys()];
        return keys.length <= 21 - collected
          ? undefined
          : `listed ${keys.length} keys after ${collected} values were collected`;
      },
    },
    {
      id: 'value-construct-iterable',
      label: 'the constructor takes any iterable of entries (a Map, a generator), not only an array',
      kind,
      operations: ['construct'],
      collects: false,
      run: async (Class) => {
        const value = {};
        try {
          const map = new Class(new Map([['k', value]]));
          return map.get('k') === value ? undefined : 'the entry is missing';
        } catch (error) {
          return `threw ${(error as Error).message}`;
        }
      },
    },
  ];
}

export const checks: readonly Check[] = [...setChecks(), ...mapChecks(), ...valueMapChecks()];

export type CheckOutcome = { id: string; problem: string | undefined; skipped: boolean };

/** Runs every check of the contender's kind; a check that throws is a problem, not a crash. */
export async function runChecks(kind: Kind, Class: CollectionClass): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const check of checks.filter((candidate) => candidate.kind === kind)) {
    if (check.collects && !canCollect) {
      outcomes.push({ id: check.id, problem: undefined, skipped: true });
      continue;
    }
    let problem: string | undefined;
    try {
      problem = await check.run(Class);
    } catch (error) {
      problem = `threw ${error instanceof Error ? error.message : String(error)}`;
    }
    outcomes.push({ id: check.id, problem, skipped: false });
  }
  return outcomes;
}

/** The problems among `outcomes` that concern any of `operations`, joined for a table cell. */
export function problemsFor(
  outcomes: readonly CheckOutcome[],
  operations: readonly Operation[],
): string | undefined {
  const relevant = outcomes.filter((outcome) => {
    const check = checks.find((candidate) => candidate.id === outcome.id)!;
    return (
      outcome.problem !== undefined && check.operations.some((operation) => operations.includes(operation))
    );
  });
  if (relevant.length === 0) return undefined;
  return relevant
    .map((outcome) => `${checks.find((candidate) => candidate.id === outcome.id)!.label}: ${outcome.problem}`)
    .join('; ');
}

export type { Collection };
