import { functionExport } from '../../harness/contenders.js';

export type CloneFunction = (value: unknown) => unknown;

/** The two guarantees a deep clone can give; ratios compare contenders of one guarantee only. */
export const keepsGraph = 'keeps shared refs & cycles';
export const keepsCyclesOnly = 'keeps cycles, copies shared refs';
export const acyclicOnly = 'acyclic only (shared refs copied twice)';

export interface CloneContender {
  name: string;
  group: typeof keepsGraph | typeof keepsCyclesOnly | typeof acyclicOnly;
  ours: boolean;
  /** Loads the library and returns the clone function to time (the hot-path form). */
  load: () => Promise<CloneFunction>;
}

/** The options the benchmark passes, as issue #3 specifies them. */
interface CloneOptions {
  circular?: 'preserve' | 'throw';
}

/** The public API of @weakset-recipes/deep-clone the benchmark relies on (issue #3). */
interface DeepCloneApi {
  clone: (value: unknown, options?: CloneOptions) => unknown;
  createClone: (options?: CloneOptions) => CloneFunction;
}

const oursPackage = '@weakset-recipes/deep-clone';

async function loadOurs(): Promise<Partial<DeepCloneApi>> {
  return import('@weakset-recipes/deep-clone');
}

export const cloneContenders: readonly CloneContender[] = [
  {
    name: 'deep-clone createClone()',
    group: keepsGraph,
    ours: true,
    load: async () =>
      functionExport<DeepCloneApi['createClone']>(await loadOurs(), 'createClone', oursPackage)(),
  },
  {
    name: 'deep-clone clone()',
    group: keepsGraph,
    ours: true,
    load: async () => {
      const clone = functionExport<DeepCloneApi['clone']>(await loadOurs(), 'clone', oursPackage);
      return (value) => clone(value);
    },
  },
  {
    name: "deep-clone createClone({ circular: 'throw' })",
    group: acyclicOnly,
    ours: true,
    load: async () =>
      functionExport<DeepCloneApi['createClone']>(
        await loadOurs(),
        'createClone',
        oursPackage,
      )({ circular: 'throw' }),
  },
  {
    name: 'fast-copy copy',
    group: keepsGraph,
    ours: false,
    load: async () => (await import('fast-copy')).copy,
  },
  {
    name: 'fast-copy copyStrict',
    group: keepsGraph,
    ours: false,
    load: async () => (await import('fast-copy')).copyStrict,
  },
  {
    name: 'structuredClone',
    group: keepsGraph,
    ours: false,
    load: async () => (value) => structuredClone(value),
  },
  {
    name: 'lodash.clonedeep',
    group: keepsGraph,
    ours: false,
    load: async () => (await import('lodash.clonedeep')).default,
  },
  {
    name: 'rfdc({ circles: true })',
    // It tracks ancestors only: a cycle comes back as a cycle, but an object
    // reached twice through different parents is copied twice.
    group: keepsCyclesOnly,
    ours: false,
    load: async () => (await import('rfdc')).default({ circles: true }),
  },
  {
    name: 'rfdc()',
    group: acyclicOnly,
    ours: false,
    load: async () => (await import('rfdc')).default(),
  },
  {
    name: 'klona',
    group: acyclicOnly,
    ours: false,
    load: async () => (await import('klona')).klona,
  },
  {
    name: 'klona/full',
    group: acyclicOnly,
    ours: false,
    load: async () => (await import('klona/full')).klona,
  },
];

export function cloneContenderByName(name: string): CloneContender {
  const contender = cloneContenders.find((candidate) => candidate.name === name);
  if (!contender) throw new RangeError(`No clone contender named "${name}"`);
  return contender;
}

/** The contenders issue #19's goals name, by role. */
export const goalContenders = {
  oursPreserve: 'deep-clone createClone()',
  oursThrow: "deep-clone createClone({ circular: 'throw' })",
  /** The peers that keep shared references and cycles: fast-copy, structuredClone, lodash.cloneDeep. */
  graphKeepingPeers: ['fast-copy copy', 'fast-copy copyStrict', 'structuredClone', 'lodash.clonedeep'],
  fastCopy: ['fast-copy copy', 'fast-copy copyStrict'],
  structuredClone: 'structuredClone',
} as const;
