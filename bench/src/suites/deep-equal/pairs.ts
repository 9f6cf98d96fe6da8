import { type Payload, payloads } from '../deep-clone/payloads.js';

/**
 * The pairs of issue #21: each deep-clone payload the issue names next to an equal copy of it
 * (the payload built a second time: the builders are deterministic, so the copy is deep-equal
 * and shares no object with the original, with no cloner's correctness in the way), and next to
 * a copy that differs in the last leaf a forward depth-first walk visits.
 */
export interface Pair {
  id: string;
  title: string;
  description: string;
  /** Whether the values have cycles: acyclic-only contenders overflow the stack on them. */
  cyclic: boolean;
  /** The answer every correct contender must give. */
  equal: boolean;
  build: () => [unknown, unknown];
}

const pairedPayloads = ['small', 'large', 'rich', 'cyclic'];

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

type Leaf = { change: () => void; where: string };

/** Walks `value` depth first, in key order, visiting each object once; returns the last leaf met. */
function lastLeafIn(
  value: unknown,
  where: string,
  seen: Set<object>,
  last: Leaf | undefined,
): Leaf | undefined {
  if (!isObject(value) || seen.has(value)) return last;
  seen.add(value);
  if (value instanceof Date) return { change: () => value.setTime(value.getTime() + 1), where };
  if (value instanceof RegExp) return { change: () => (value.lastIndex += 1), where: `${where}.lastIndex` };
  if (ArrayBuffer.isView(value)) {
    const view = value as unknown as { length: number; [index: number]: number };
    const index = view.length - 1;
    return index < 0 ? last : { change: () => (view[index]! += 1), where: `${where}[${index}]` };
  }
  let found = last;
  if (value instanceof Map) {
    for (const [key, item] of value) {
      const at = `${where}.get(${String(key)})`;
      found = isObject(item)
        ? lastLeafIn(item, at, seen, found)
        : { change: () => value.set(key, `${String(item)}!`), where: at };
    }
  } else if (value instanceof Set) {
    for (const member of value) {
      found = isObject(member)
        ? lastLeafIn(member, `${where}.member`, seen, found)
        : {
            change: () => {
              value.delete(member);
              value.add(`${String(member)}!`);
            },
            where: `${where}.has(${String(member)})`,
          };
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      found = isObject(item)
        ? lastLeafIn(item, `${where}.${key}`, seen, found)
        : { change: () => (record[key] = `${String(item)}!`), where: `${where}.${key}` };
    }
  }
  return found;
}

/**
 * Changes the last leaf a forward depth-first walk (keys in order, Map values, Set members,
 * typed-array elements, Date times) reaches, visiting each object once; returns where it was.
 */
export function changeLastLeaf(root: unknown): string {
  const last = lastLeafIn(root, '$', new Set(), undefined);
  if (!last) throw new Error('no leaf to change');
  last.change();
  return last.where;
}

function pairsOf(payload: Payload): Pair[] {
  return [
    {
      id: `${payload.id}-equal`,
      title: `${payload.title}, equal`,
      description: `${payload.description} Compared with an equal copy.`,
      cyclic: payload.cyclic,
      equal: true,
      build: () => [payload.build(), payload.build()],
    },
    {
      id: `${payload.id}-last-leaf`,
      title: `${payload.title}, last leaf differs`,
      description: `${payload.description} Compared with a copy whose last leaf (depth first, in key order) differs.`,
      cyclic: payload.cyclic,
      equal: false,
      build: () => {
        const copy = payload.build();
        changeLastLeaf(copy);
        return [payload.build(), copy];
      },
    },
  ];
}

export const pairs: readonly Pair[] = payloads
  .filter((payload) => pairedPayloads.includes(payload.id))
  .flatMap(pairsOf);
