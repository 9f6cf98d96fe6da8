import { functionExport } from '../../harness/contenders.js';
import type { PayloadId } from './payloads.js';

export type StringifyFunction = (value: unknown) => string | undefined;

/** Ratios compare rows of one group only. */
export const sameJson = 'same JSON as JSON.stringify (a cycle as a marker string)';
export const sortedKeys = 'keys sorted at every level';
/** flatted writes its own format (references as indices); it is timed but never ranked. */
export const otherFormat = 'other format: listed, not ranked';

export interface StringifyContender {
  name: string;
  group: typeof sameJson | typeof sortedKeys | typeof otherFormat;
  ours: boolean;
  /** The scenarios it is timed in. */
  payloads: readonly PayloadId[];
  /** What it writes for a reference back to an ancestor of the cyclic tree (a JSON string). */
  marker?: string;
  /** Loads the library and returns the call to time. */
  load: () => Promise<StringifyFunction>;
}

/** The public API of @weakset-recipes/safe-stringify the benchmark relies on (issue #20). */
interface SafeStringifyApi {
  stringify: (value: unknown) => string | undefined;
  configure: (options: { sorted?: boolean }) => (value: unknown) => string | undefined;
}

const oursPackage = '@weakset-recipes/safe-stringify';
const loadOurs = async (): Promise<object> => import('@weakset-recipes/safe-stringify');
const acyclic: readonly PayloadId[] = ['small', 'large'];
const sameJsonPayloads: readonly PayloadId[] = ['small', 'large', 'cyclic'];

export const stringifyContenders: readonly StringifyContender[] = [
  {
    name: 'safe-stringify stringify',
    group: sameJson,
    ours: true,
    payloads: sameJsonPayloads,
    marker: '[Circular]',
    load: async () =>
      functionExport<SafeStringifyApi['stringify']>(await loadOurs(), 'stringify', oursPackage),
  },
  {
    name: 'safe-stringify configure({ sorted: true })',
    group: sortedKeys,
    ours: true,
    payloads: ['sorted'],
    load: async () =>
      functionExport<SafeStringifyApi['configure']>(
        await loadOurs(),
        'configure',
        oursPackage,
      )({ sorted: true }),
  },
  {
    name: 'JSON.stringify',
    group: sameJson,
    ours: false,
    payloads: acyclic,
    load: async () => (value) => JSON.stringify(value),
  },
  {
    name: 'fast-safe-stringify',
    group: sameJson,
    ours: false,
    payloads: sameJsonPayloads,
    marker: '[Circular]',
    load: async () => (await import('fast-safe-stringify')).default,
  },
  {
    name: 'fast-safe-stringify stable',
    group: sortedKeys,
    ours: false,
    payloads: ['sorted'],
    load: async () => (await import('fast-safe-stringify')).default.stable,
  },
  {
    name: "safe-stable-stringify configure({ deterministic: false, circularValue: '[Circular]' })",
    group: sameJson,
    ours: false,
    payloads: sameJsonPayloads,
    marker: '[Circular]',
    load: async () => {
      const { configure } = await import('safe-stable-stringify');
      return configure({ deterministic: false, circularValue: '[Circular]' });
    },
  },
  {
    name: 'safe-stable-stringify (deterministic, its default)',
    group: sortedKeys,
    ours: false,
    payloads: ['sorted'],
    load: async () => {
      const { configure } = await import('safe-stable-stringify');
      return configure({ deterministic: true });
    },
  },
  {
    name: 'json-stringify-safe',
    group: sameJson,
    ours: false,
    payloads: sameJsonPayloads,
    // Its default cycle replacer names the path of the ancestor: the root here.
    marker: '[Circular ~]',
    load: async () => (await import('json-stringify-safe')).default,
  },
  {
    name: 'flatted',
    group: otherFormat,
    ours: false,
    payloads: sameJsonPayloads,
    load: async () => (await import('flatted')).stringify,
  },
];

/** The contenders issue #20's goals name, by role. */
export const goalContenders = {
  ours: 'safe-stringify stringify',
  oursSorted: 'safe-stringify configure({ sorted: true })',
  native: 'JSON.stringify',
  sameJsonPeers: [
    'fast-safe-stringify',
    "safe-stable-stringify configure({ deterministic: false, circularValue: '[Circular]' })",
    'json-stringify-safe',
  ],
  deterministicPeer: 'safe-stable-stringify (deterministic, its default)',
} as const;
