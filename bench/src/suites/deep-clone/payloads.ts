/**
 * The five payloads of the deep-clone issue (#3) and the API response of issue #19. Each is built
 * fresh and deterministically, so a child process can rebuild exactly the same one.
 */

import { apiRecordCount, apiResponse } from './api-response.js';

export type PayloadId = 'small' | 'large' | 'api' | 'rich' | 'cyclic' | 'shared';

export interface Payload {
  id: PayloadId;
  title: string;
  description: string;
  /** True when the payload has cycles: acyclic-only contenders cannot clone it by design. */
  cyclic: boolean;
  /** True when the payload relies on shared references (the same object at several places). */
  shared: boolean;
  build: () => unknown;
}

/** ~25 keys over 3 levels, like a typical API response or config object. */
function smallJsonLike(): unknown {
  return {
    id: 4711,
    name: 'Ada Lovelace',
    active: true,
    score: 9.75,
    tags: ['math', 'engines', 'poetry'],
    address: {
      street: '12 St James Square',
      city: 'London',
      zip: 'SW1Y 4JH',
      geo: { lat: 51.5074, lng: -0.1339 },
    },
    settings: {
      theme: 'dark',
      locale: 'en-GB',
      notifications: { email: true, sms: false, push: true },
    },
    stats: { posts: 120, followers: 3400, following: 87 },
    createdAt: '2024-03-01T12:00:00.000Z',
    note: null,
  };
}

function record(index: number): unknown {
  return {
    id: index,
    kind: index % 3 === 0 ? 'admin' : 'member',
    profile: { name: `user-${index}`, email: `user${index}@example.com`, age: 20 + (index % 50) },
    address: { street: `${index} Main Street`, city: 'Springfield', zip: String(10000 + index) },
    preferences: { theme: index % 2 === 0 ? 'light' : 'dark', language: 'en', newsletter: index % 5 === 0 },
    stats: { visits: index * 7, score: (index % 100) / 10, lastSeen: '2024-11-24T08:00:00.000Z' },
  };
}

/** Objects in one {@link record}: the record itself and its 4 nested objects. */
export const objectsPerRecord = 5;

/** 2,000 records of 4 nested objects each. */
function largeJsonLike(): unknown {
  return { records: Array.from({ length: 2000 }, (_, index) => record(index)) };
}

/**
 * `{ records }` holding `objectCount` objects in records like the large payload's (5 objects
 * each): the input of the "cost as the work grows" scenario.
 */
export function jsonRecords(objectCount: number): { records: unknown[] } {
  const count = Math.ceil(objectCount / objectsPerRecord);
  const records = new Array<unknown>(count);
  for (let index = 0; index < count; index++) records[index] = record(index);
  return { records };
}

/** Map, Set, Date, RegExp and typed arrays: the types JSON-only cloners mishandle. */
function richGraph(): unknown {
  const byId = new Map<string, { id: number; label: string }>();
  for (let index = 0; index < 50; index++) byId.set(`key-${index}`, { id: index, label: `item ${index}` });
  const members = new Set<number | string>();
  for (let index = 0; index < 50; index++) members.add(index % 2 === 0 ? index : `member-${index}`);
  const bytes = new Uint8Array(1024);
  for (let index = 0; index < bytes.length; index++) bytes[index] = index % 256;
  const samples = new Float64Array(256);
  for (let index = 0; index < samples.length; index++) samples[index] = Math.sin(index);
  return {
    byId,
    members,
    created: new Date(Date.UTC(2024, 0, 15, 9, 30)),
    history: Array.from({ length: 20 }, (_, index) => new Date(Date.UTC(2024, 0, 1 + index))),
    patterns: [/ab+c/gi, /^\d{3}-\d{4}$/m, /[a-z]+/u],
    bytes,
    samples,
    counts: Int32Array.from({ length: 256 }, (_, index) => index * 3 - 100),
    nested: { when: new Date(Date.UTC(2023, 5, 1)), lookup: new Map([['a', 1]]), flags: new Set(['x', 'y']) },
  };
}

interface TreeNode {
  id: number;
  name: string;
  parent?: TreeNode;
  self?: TreeNode;
  children: TreeNode[];
}

/** 1,000 children, each pointing to its parent and to itself. */
function cyclicGraph(): unknown {
  const root: TreeNode = { id: 0, name: 'root', children: [] };
  for (let index = 1; index <= 1000; index++) {
    const child: TreeNode = { id: index, name: `child-${index}`, parent: root, children: [] };
    child.self = child;
    root.children.push(child);
  }
  return root;
}

/** One object referenced 1,000 times. */
function sharedReferences(): unknown {
  const shared = { id: 'shared', values: [1, 2, 3], meta: { label: 'one object, many references' } };
  return { refs: Array.from({ length: 1000 }, () => shared) };
}

export const payloads: readonly Payload[] = [
  {
    id: 'small',
    title: 'Small JSON-like',
    description: 'One object, ~25 keys over 3 levels.',
    cyclic: false,
    shared: false,
    build: smallJsonLike,
  },
  {
    id: 'large',
    title: 'Large JSON-like',
    description: '2,000 records of 4 nested objects each.',
    cyclic: false,
    shared: false,
    build: largeJsonLike,
  },
  {
    id: 'api',
    title: 'API response',
    description: `A REST list response of ${apiRecordCount} user records (nested objects, arrays of strings and numbers, nulls, ISO date strings), generated from a fixed seed and \`JSON.parse\`d once per setup, outside the timing.`,
    cyclic: false,
    shared: false,
    build: apiResponse,
  },
  {
    id: 'rich',
    title: 'Rich graph',
    description: 'Map, Set, Date, RegExp, Uint8Array, Float64Array and Int32Array.',
    cyclic: false,
    shared: false,
    build: richGraph,
  },
  {
    id: 'cyclic',
    title: 'Cyclic graph',
    description: '1,000 children pointing to their parent and to themselves.',
    cyclic: true,
    shared: true,
    build: cyclicGraph,
  },
  {
    id: 'shared',
    title: 'Shared references',
    description: 'One object referenced 1,000 times.',
    cyclic: false,
    shared: true,
    build: sharedReferences,
  },
];

export function payloadById(id: string): Payload {
  const payload = payloads.find((candidate) => candidate.id === id);
  if (!payload) throw new RangeError(`No payload "${id}"; known: ${payloads.map((p) => p.id).join(', ')}`);
  return payload;
}

/** `{ value, next: { value, next: … } }`, `depth` levels deep, built without recursion. */
export function objectChain(depth: number): unknown {
  let head: { value: number; next: unknown } = { value: depth, next: null };
  for (let level = depth - 1; level > 0; level--) head = { value: level, next: head };
  return head;
}

/** `[value, [value, [...]]]`, `depth` levels deep. */
export function arrayChain(depth: number): unknown {
  let head: unknown[] = [depth, null];
  for (let level = depth - 1; level > 0; level--) head = [level, head];
  return head;
}
