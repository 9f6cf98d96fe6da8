import { isObject } from './validate.js';

/**
 * One level of the trie: a Map for primitive keys, a WeakMap for objects. `count` counts the keys
 * put in, so that an emptied level can be dropped (a WeakMap cannot say whether it is empty).
 */
export interface Level {
  get(key: unknown): unknown;
  has(key: unknown): boolean;
  set(key: unknown, value: unknown): unknown;
  delete(key: unknown): boolean;
  count: number;
}

/** A cached call whose arguments are all primitives, kept in least-recently-used order. */
interface Entry {
  readonly path: unknown[];
  readonly value: unknown;
}

/** Where a call is cached: its shape, then the keys (see {@link pathOf}). */
export type Path = unknown[];

/** What {@link CallTrie.find} answers for a call never cached. */
export const notCached: unique symbol = Symbol('not cached');

/**
 * The cache behind one memoized function. Calls of one shape (arity, which arguments are objects,
 * whether the receiver is one) share a trie; objects come first in it, then primitives. Results
 * with an object are the values of a WeakMap level, so they live as long as every object of the
 * call; primitive-only calls are Entries in a Map level, at most `maxPrimitive` of them.
 */
export interface CallTrie {
  /** The first level of the trie for calls of this shape (see {@link shapeOf}), made if need be. */
  root(shape: number | string): Level;
  find(receiver: object | undefined, args: ArrayLike<unknown>): unknown;
  store(receiver: object | undefined, args: ArrayLike<unknown>, value: unknown): Path;
  /** Drops the entry at `path` (only if it holds `onlyIf`, when given) and every level it empties. */
  remove(path: Path, onlyIf?: unknown): boolean;
}

/**
 * A call's shape as one number: a leading 1 bit, one bit per argument (1 for an object), one bit
 * for an object receiver. The leading bit keeps the arity, so `f(x)` and `f(x, undefined)` differ.
 * Past 28 arguments the number would leave V8's small integers: the shape is a string.
 */
export function shapeOf(receiver: object | undefined, args: ArrayLike<unknown>): number | string {
  let shape = 1;
  for (let index = 0; index < args.length; index++) shape = shape * 2 + +isObject(args[index]);
  shape = shape * 2 + +!!receiver;
  return args.length > 28 ? `${+!!receiver}${Array.from(args, (arg) => +isObject(arg)).join('')}` : shape;
}

/**
 * The keys of a call in trie order: its shape, the objects (receiver first), then the primitives,
 * so every level below an object hangs off a WeakMap entry and goes when any object of the call
 * goes. A call without keys (`f()`) gets one, `undefined`, so every entry sits in a level.
 */
export function pathOf(receiver: object | undefined, args: ArrayLike<unknown>): Path {
  const path: Path = [shapeOf(receiver, args)];
  if (receiver) path.push(receiver);
  for (let index = 0; index < args.length; index++) if (isObject(args[index])) path.push(args[index]);
  for (let index = 0; index < args.length; index++) if (!isObject(args[index])) path.push(args[index]);
  if (path.length === 1) path.push(undefined);
  return path;
}

const newLevel = (forObjects: boolean): Level =>
  Object.assign(forObjects ? new WeakMap() : new Map(), { count: 0 }) as unknown as Level;

/** A call trie keeping at most `maxPrimitive` primitive-only calls (`Infinity`: no limit). */
export function createCallTrie(maxPrimitive: number): CallTrie {
  const roots = new Map<number | string, Level>();
  // Primitive-only entries, least recently used first (a Set iterates in insertion order).
  const recent = new Set<Entry>();
  const bounded = maxPrimitive !== Number.POSITIVE_INFINITY;

  function root(shape: number | string): Level {
    let level = roots.get(shape);
    if (!level) {
      // A shape with an object has a 1 bit besides its leading one: its calls are keyed by an
      // object first, the others by a primitive.
      level = newLevel(typeof shape === 'number' ? (shape & (shape - 1)) !== 0 : shape.includes('1'));
      roots.set(shape, level);
    }
    return level;
  }

  /** The levels along `path`, the root first, as far as they exist. */
  function levelsOf(path: Path): Level[] {
    const levels: Level[] = [];
    for (
      let level = roots.get(path[0] as number | string), depth = 1;
      level;
      level = level.get(path[depth++]) as Level | undefined
    ) {
      levels.push(level);
      if (depth === path.length - 1) break;
    }
    return levels;
  }

  function find(receiver: object | undefined, args: ArrayLike<unknown>): unknown {
    const path = pathOf(receiver, args);
    const level = levelsOf(path)[path.length - 2];
    const key = path[path.length - 1];
    const held = level?.get(key);
    if (held === undefined && !level?.has(key)) return notCached;
    if (isObject(path[1])) return held;
    if (bounded) {
      recent.delete(held as Entry);
      recent.add(held as Entry);
    }
    return (held as Entry).value;
  }

  function store(receiver: object | undefined, args: ArrayLike<unknown>, value: unknown): Path {
    const path = pathOf(receiver, args);
    const primitiveOnly = !isObject(path[1]);
    let level = root(path[0] as number | string);
    const last = path.length - 1;
    for (let depth = 1; depth < last; depth++) {
      let next = level.get(path[depth]) as Level | undefined;
      if (!next) {
        next = newLevel(isObject(path[depth + 1]));
        level.set(path[depth], next);
        level.count++;
      }
      level = next;
    }
    const key = path[last];
    if (!level.has(key)) level.count++;
    else if (primitiveOnly) recent.delete(level.get(key) as Entry);
    if (!primitiveOnly) {
      level.set(key, value);
      return path;
    }
    const entry: Entry = { path, value };
    level.set(key, entry);
    if (bounded) {
      recent.add(entry);
      for (const oldest of recent) {
        if (recent.size <= maxPrimitive) break;
        remove(oldest.path);
      }
    }
    return path;
  }

  function remove(path: Path, onlyIf?: unknown): boolean {
    const levels = levelsOf(path);
    let depth = path.length - 1;
    const level = levels[depth - 1];
    if (!level?.has(path[depth])) return false;
    const held = level.get(path[depth]);
    const entry = isObject(path[1]) ? undefined : (held as Entry);
    if (onlyIf !== undefined && (entry ? entry.value : held) !== onlyIf) return false;
    if (entry) recent.delete(entry);
    // A level left empty goes too, up to (not including) the shape root.
    for (; depth > 0; depth--) {
      levels[depth - 1]!.delete(path[depth]);
      if (--levels[depth - 1]!.count || depth === 1) break;
    }
    return true;
  }

  return { root, find, store, remove };
}
