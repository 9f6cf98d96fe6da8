/**
 * The payloads of the safe-stringify issue (#20): the deep-clone suite's small and large
 * JSON-like objects (imported, so both suites time the same data), the large one again with a
 * back-reference from every record to the root (cyclic), and the large one written with sorted keys.
 */
import { payloadById } from '../deep-clone/payloads.js';

export type PayloadId = 'small' | 'large' | 'cyclic' | 'sorted';

export interface StringifyPayload {
  id: PayloadId;
  title: string;
  description: string;
  build: () => unknown;
}

interface Tree {
  records: Record<string, unknown>[];
}

/** The large tree, each record with a last key `parent` pointing back to the root. */
export function cyclicTree(): unknown {
  const root = payloadById('large').build() as Tree;
  for (const record of root.records) record.parent = root;
  return root;
}

/**
 * The text a contender must write for the cyclic tree when it writes `marker` for a reference
 * back to an ancestor: JSON.stringify of the acyclic twin, built independently of any contender.
 */
export function expectedCyclicText(marker: string): string {
  const twin = payloadById('large').build() as Tree;
  for (const record of twin.records) record.parent = marker;
  return JSON.stringify(twin);
}

export const payloads: readonly StringifyPayload[] = [
  {
    id: 'small',
    title: 'Small JSON-like (acyclic)',
    description: "The deep-clone suite's small object: ~25 keys over 3 levels.",
    build: () => payloadById('small').build(),
  },
  {
    id: 'large',
    title: 'Large JSON-like (acyclic)',
    description: "The deep-clone suite's large object: 2,000 records of 4 nested objects each.",
    build: () => payloadById('large').build(),
  },
  {
    id: 'cyclic',
    title: 'Large tree with a parent back-reference per record (cyclic)',
    description: 'The same 2,000 records, each with a last key `parent` pointing back to the root.',
    build: cyclicTree,
  },
  {
    id: 'sorted',
    title: 'Large JSON-like, keys sorted',
    description: 'The 2,000-record object written with the keys of every object in code-unit order.',
    build: () => payloadById('large').build(),
  },
];

/** `{ value, next: { … } }`, `depth` levels deep, built without recursion. */
export { objectChain } from '../deep-clone/payloads.js';

/** The keys of every object in code-unit order, by plain recursion over JSON.stringify's output (no contender involved). */
export function sortedText(value: unknown): string {
  const sortKeys = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sortKeys);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  };
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value))));
}
