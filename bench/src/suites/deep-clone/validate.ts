import { isDeepStrictEqual } from 'node:util';

export interface CloneExpectations {
  /** The copy must keep shared references shared and cycles cyclic (same shape of identity). */
  keepsSharing: boolean;
}

type Pair = { original: object; copy: unknown; path: string };

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** The children of an object as (original, copy, path) pairs; containers only, leaves have none. */
function childPairs({ original, copy, path }: Pair): Pair[] | string {
  if (!isObject(copy)) return `${path} became ${typeof copy}`;
  if (original instanceof Map) {
    if (!(copy instanceof Map)) return `${path} is no longer a Map`;
    const copyValues = [...copy.values()];
    return [...original.values()].map((value, index) => ({
      original: value,
      copy: copyValues[index],
      path: `${path}.get(#${index})`,
    }));
  }
  if (original instanceof Set) {
    if (!(copy instanceof Set)) return `${path} is no longer a Set`;
    const copyItems = [...copy];
    return [...original].map((item, index) => ({
      original: item,
      copy: copyItems[index],
      path: `${path}[#${index}]`,
    }));
  }
  if (ArrayBuffer.isView(original)) {
    if (!ArrayBuffer.isView(copy)) return `${path} is no longer a typed array`;
    return copy.buffer === original.buffer ? `${path} shares its buffer with the input` : [];
  }
  if (original instanceof Date || original instanceof RegExp) return [];
  const pairs: Pair[] = [];
  for (const key of Object.keys(original)) {
    pairs.push({
      original: (original as Record<string, unknown>)[key] as object,
      copy: (copy as Record<string, unknown>)[key],
      path: `${path}.${key}`,
    });
  }
  return pairs;
}

/**
 * Walks input and copy side by side (iteratively: payloads may be deep) and
 * returns what is wrong with the copy's identities, if anything: an object of
 * the input reused in the copy, or (when required) a shared reference or a
 * cycle that the copy no longer has.
 */
export function identityProblem(
  input: unknown,
  copy: unknown,
  expectations: CloneExpectations,
): string | undefined {
  if (!isObject(input)) return undefined;
  const copies = new Map<object, unknown>();
  const inputObjects = new Set<object>();
  const pending: Pair[] = [{ original: input, copy, path: '$' }];
  const visited: Pair[] = [];
  while (pending.length > 0) {
    const pair = pending.pop()!;
    if (!isObject(pair.original)) continue;
    const earlier = copies.get(pair.original);
    if (earlier !== undefined || copies.has(pair.original)) {
      if (expectations.keepsSharing && earlier !== pair.copy) {
        return `${pair.path} should be the same object as an earlier reference to it (shared reference or cycle lost)`;
      }
      continue;
    }
    copies.set(pair.original, pair.copy);
    inputObjects.add(pair.original);
    visited.push(pair);
    const children = childPairs(pair);
    if (typeof children === 'string') return children;
    pending.push(...children);
  }
  for (const pair of visited) {
    if (isObject(pair.copy) && inputObjects.has(pair.copy))
      return `${pair.path} is the input's own object, not a copy`;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (!isObject(value)) return typeof value;
  const constructorName = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof constructorName === 'string' ? constructorName : 'object without prototype';
}

/**
 * Where a copy first stops being deep-equal to its input, so a "wrong" row
 * says what went wrong (e.g. `$.patterns.0: RegExp became Object`), not just that it did.
 */
export function firstDifference(input: unknown, copy: unknown): string {
  let pair: Pair | undefined = isObject(input) ? { original: input, copy, path: '$' } : undefined;
  const seen = new Set<object>();
  while (pair && !seen.has(pair.original)) {
    seen.add(pair.original);
    const children = childPairs(pair);
    const differing: Pair | undefined =
      typeof children === 'string'
        ? undefined
        : children.find((child) => !isDeepStrictEqual(child.copy, child.original));
    if (!differing) break;
    if (!isObject(differing.original)) {
      return `${differing.path}: ${String(differing.original)} became ${String(differing.copy)}`;
    }
    pair = differing;
  }
  if (!pair) return '$ differs';
  const inputKind = describeValue(pair.original);
  const copyKind = describeValue(pair.copy);
  if (inputKind !== copyKind) return `${pair.path}: ${inputKind} became ${copyKind}`;
  return `${pair.path} (${inputKind}) differs from the input`;
}

/** Everything that makes a copy wrong, or undefined when it is a faithful clone. */
export function cloneProblem(
  input: unknown,
  copy: unknown,
  expectations: CloneExpectations,
): string | undefined {
  if (isObject(input) && copy === input) return 'returned the input itself';
  if (!isDeepStrictEqual(copy, input)) return `not deep-equal: ${firstDifference(input, copy)}`;
  return identityProblem(input, copy, expectations);
}

/**
 * Checks a cloned chain (`{ next }` objects or `[value, next]` arrays) without
 * recursion: the right length, the right values, and no node of the input reused.
 */
export function chainProblem(input: unknown, copy: unknown, depth: number): string | undefined {
  let original = input;
  let copied = copy;
  for (let level = 1; level <= depth; level++) {
    if (!isObject(copied)) return `level ${level} is ${copied === null ? 'null' : typeof copied}`;
    if (copied === original) return `level ${level} is the input's own node`;
    const isArrayChain = Array.isArray(original);
    const copiedValue = isArrayChain ? (copied as unknown[])[0] : (copied as { value?: unknown }).value;
    if (copiedValue !== level) return `level ${level} holds ${String(copiedValue)}`;
    original = isArrayChain ? (original as unknown[])[1] : (original as { next: unknown }).next;
    copied = isArrayChain ? (copied as unknown[])[1] : (copied as { next?: unknown }).next;
  }
  return copied === null ? undefined : 'the chain does not end where it should';
}

/**
 * What is wrong with a copy of `{ records }`, checked on `sample` records spread evenly over it
 * (the last one included): for millions of objects the full {@link cloneProblem} would cost more
 * time and memory than the clone itself.
 */
export function sampledRecordsProblem(
  input: { records: readonly unknown[] },
  copy: unknown,
  sample: number,
): string | undefined {
  const records = (copy as { records?: unknown } | null)?.records;
  if (copy === input || records === input.records) return "returned the input's own objects";
  if (!Array.isArray(records)) return '$.records is not an array';
  if (records.length !== input.records.length) {
    return `$.records has ${records.length} records instead of ${input.records.length}`;
  }
  const step = Math.max(1, Math.floor(input.records.length / sample));
  for (let index = 0; index < input.records.length; index += step) {
    const at = index + step >= input.records.length ? input.records.length - 1 : index;
    const problem = cloneProblem(input.records[at], records[at], { keepsSharing: true });
    if (problem !== undefined) return `$.records[${at}]: ${problem}`;
  }
  return undefined;
}
