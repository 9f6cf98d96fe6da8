import { isDeepStrictEqual } from 'node:util';
import { functionExport } from '../../harness/contenders.js';

export type EqualFunction = (a: unknown, b: unknown) => unknown;

/** The two guarantees an equality check can give; ratios compare contenders of one guarantee only. */
export const cycleSafe = 'cycle-safe';
export const acyclicOnly = 'acyclic only (a cycle overflows the stack)';

export interface EqualContender {
  name: string;
  group: typeof cycleSafe | typeof acyclicOnly;
  ours: boolean;
  /** What the contender returns for an equal pair and for an unequal pair (difference returns a record). */
  answers: 'boolean' | 'difference';
  load: () => Promise<EqualFunction>;
}

/** The public API of @weakset-recipes/deep-equal the benchmark relies on (issue #21). */
interface DeepEqualApi {
  equal: (a: unknown, b: unknown) => boolean;
  difference: (a: unknown, b: unknown) => unknown;
}

const oursPackage = '@weakset-recipes/deep-equal';

async function loadOurs(): Promise<Partial<DeepEqualApi>> {
  return import('@weakset-recipes/deep-equal');
}

export const equalContenders: readonly EqualContender[] = [
  {
    name: 'deep-equal equal',
    group: cycleSafe,
    ours: true,
    answers: 'boolean',
    load: async () => functionExport<DeepEqualApi['equal']>(await loadOurs(), 'equal', oursPackage),
  },
  {
    name: 'deep-equal difference',
    group: cycleSafe,
    ours: true,
    answers: 'difference',
    load: async () => functionExport<DeepEqualApi['difference']>(await loadOurs(), 'difference', oursPackage),
  },
  {
    name: 'fast-deep-equal (es6)',
    group: acyclicOnly,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('fast-deep-equal/es6/index.js')).default,
  },
  {
    name: 'dequal',
    group: acyclicOnly,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('dequal')).dequal,
  },
  {
    name: 'fast-equals deepEqual',
    group: acyclicOnly,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('fast-equals')).deepEqual,
  },
  {
    name: 'fast-equals strictDeepEqual',
    group: acyclicOnly,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('fast-equals')).strictDeepEqual,
  },
  {
    name: 'fast-equals circularDeepEqual',
    group: cycleSafe,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('fast-equals')).circularDeepEqual,
  },
  {
    name: 'lodash.isEqual',
    group: cycleSafe,
    ours: false,
    answers: 'boolean',
    load: async () => (await import('lodash.isequal')).default,
  },
  {
    name: 'util.isDeepStrictEqual',
    group: cycleSafe,
    ours: false,
    answers: 'boolean',
    load: async () => isDeepStrictEqual,
  },
];

/** The contenders issue #21's goals name, by role. */
export const goalContenders = {
  equal: 'deep-equal equal',
  difference: 'deep-equal difference',
  atLeastEqual: ['dequal', 'fast-equals deepEqual', 'lodash.isEqual', 'util.isDeepStrictEqual'],
  fastDeepEqual: ['fast-deep-equal (es6)'],
  cycleSafePeers: ['fast-equals circularDeepEqual', 'lodash.isEqual', 'util.isDeepStrictEqual'],
} as const;
