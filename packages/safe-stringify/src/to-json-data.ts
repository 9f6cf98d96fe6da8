import { wrapperOf } from './boxes.js';
import { CircularError } from './circular-error.js';

/*
 * The engine behind every call that the first JSON.stringify attempt could not finish (a cycle, a
 * BigInt, a structure deeper than the call stack) and behind `sorted` and `maxDepth`. It does not
 * write text: it reads the input exactly as JSON.stringify would (the same property reads, the
 * same toJSON and replacer calls, in the same order) and builds a copy made only of what
 * JSON.stringify writes natively: plain objects, arrays and primitives, with each cycle already
 * replaced. Native JSON.stringify then writes that copy (see write-json.ts). Writing text in
 * JavaScript measured 3 to 5 times slower than this copy-then-write on every engine we ship to.
 *
 * The walk keeps its own stack of open containers instead of recursing, so no input depth can
 * overflow the call stack. The open containers are also the ancestors a cycle check needs.
 */

type Container = Record<string, unknown> | unknown[];

/** A BigInt written as a bare number (`bigint: 'number'`): native JSON has no way to write one. */
export class BigIntDigits {
  constructor(readonly digits: string) {}
}

/** What {@link toJsonData} needs to know, resolved once by `configure`. */
export interface JsonDataSettings {
  replacer: ((this: unknown, key: string, value: unknown) => unknown) | undefined;
  allowList: readonly string[] | undefined;
  circular: string | ((path: readonly (string | number)[]) => unknown);
  bigint: 'throw' | 'string' | 'number';
  /** Whether keys are sorted, and by what (undefined: code-unit order). */
  sorted: boolean;
  compare: ((a: string, b: string) => number) | undefined;
  maxDepth: number;
}

/** The copy, and what the writer must do by hand. */
export interface JsonData {
  root: unknown;
  /**
   * Containers of the copy that native JSON.stringify must not be given: deeper than it can go,
   * holding BigInt digits, or with keys in an order no object keeps (sorted integer-like keys).
   * Every ancestor of one is in the set too.
   */
  handWritten: Set<object>;
  /** The key order of copies whose keys an object cannot hold in that order. */
  keyOrder: Map<object, readonly string[]>;
}

/**
 * Containers at least this far above the deepest one below them are written by hand. Native
 * JSON.stringify recurses on the call stack and overflows between 4,000 and 6,000 levels on V8
 * and earlier in some browsers; this leaves room for whatever the caller's stack already holds.
 */
export const NATIVE_DEPTH = 1000;

const { isArray } = Array;
const { defineProperty, getPrototypeOf, keys } = Object;
const ObjectPrototype = Object.prototype;
const isRawJSON = (JSON as { isRawJSON?: (value: unknown) => boolean }).isRawJSON;
const indexKey = /^(?:0|[1-9]\d{0,9})$/;
/** How many open containers a cycle check scans before it asks a Set (cheaper at the depths data has). */
const SHALLOW = 32;

/** Builds the JSON-ready copy of `value`; see the comment at the top of this file. */
export function toJsonData(value: unknown, settings: JsonDataSettings): JsonData {
  const { replacer, allowList, circular, bigint, sorted, compare, maxDepth } = settings;
  // The open containers, one slot per level in parallel arrays (cheaper than an object per level):
  // what is read, its copy, the keys to visit (undefined for an array), how many, the next one,
  // its own key in its parent (for paths) and whether it must be written by hand.
  const sources: Container[] = [];
  const copies: Container[] = [];
  const names: (readonly string[] | undefined)[] = [];
  const sizes: number[] = [];
  const nexts: number[] = [];
  const keysInParent: (string | number)[] = [];
  const byHand: boolean[] = [];
  let top = -1;
  // Open containers deeper than SHALLOW, so a chain a million levels deep stays linear. A Set, not
  // a WeakSet: it lives for one call and holds only what the arrays above hold anyway.
  const deepOpen = new Set<object>();
  const handWritten = new Set<object>();
  const keyOrder = new Map<object, readonly string[]>();

  function isOpen(item: object): number {
    for (let level = Math.min(top, SHALLOW - 1); level >= 0; level--) if (sources[level] === item) return level;
    if (top >= SHALLOW && deepOpen.has(item)) return sources.indexOf(item as Container, SHALLOW);
    return -1;
  }

  /** Keys from the root to the container open at `level`, inclusive (the root has none). */
  function pathTo(level: number): (string | number)[] {
    return keysInParent.slice(1, level + 1);
  }

  /** SerializeJSONProperty minus the writing: toJSON, the replacer, then {@link place}. */
  function settle(holder: object, key: string | number, item: unknown): unknown {
    if (typeof item === 'object' ? item !== null : typeof item === 'function' || typeof item === 'bigint') {
      const toJSON = (item as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') item = toJSON.call(item, String(key));
    }
    if (replacer) item = replacer.call(holder, String(key), item);
    return place(item, key, false);
  }

  /** What the copy holds for a settled value; opens a level for a container. */
  function place(item: unknown, key: string | number, substituted: boolean): unknown {
    if (typeof item === 'bigint') {
      if (bigint === 'string') return String(item);
      // Native's own error, word for word.
      if (bigint === 'throw') return JSON.stringify(item);
      if (top >= 0) byHand[top] = true;
      return new BigIntDigits(String(item));
    }
    // A function is written as nothing; kept, a `toJSON` function would be called on the copy.
    if (typeof item !== 'object' || item === null) return typeof item === 'function' ? undefined : item;
    const ancestor = isOpen(item);
    if (ancestor >= 0) {
      if (circular === 'throw' || substituted) throw new CircularError([...pathTo(top), key]);
      if (typeof circular === 'string') return circular;
      return place(circular(pathTo(ancestor)), key, true);
    }
    const array = isArray(item);
    let keyList: string[] | undefined;
    if (!array) {
      // Plain objects skip the box test: it is four prototype checks.
      const prototype = getPrototypeOf(item);
      const wrapper = prototype === ObjectPrototype || prototype === null ? undefined : wrapperOf(item);
      if (wrapper) {
        const primitive =
          wrapper === Number
            ? +(item as unknown as number)
            : wrapper === String
              ? String(item)
              : wrapper.prototype.valueOf.call(item);
        return place(primitive, key, substituted);
      }
      if (isRawJSON?.(item)) return item;
      // EnumerableOwnProperties, unless an allow-list replaces it (native reads no keys then).
      keyList = allowList ? (allowList as string[]) : keys(item);
    }
    if (top >= maxDepth) return array ? '[Array]' : '[Object]';
    const copy: Container = array ? [] : {};
    let ownOrder = false;
    if (keyList && sorted && !allowList) {
      keyList.sort(compare);
      // An object lists integer-like keys first, whatever order they were added in.
      ownOrder = keyList.some((name) => indexKey.test(name) && +name < 4294967295);
      if (ownOrder) keyOrder.set(copy, keyList);
    }
    top++;
    if (top >= NATIVE_DEPTH) byHand[top - NATIVE_DEPTH] = true;
    if (top >= SHALLOW) deepOpen.add(item);
    sources[top] = item as Container;
    copies[top] = copy;
    names[top] = keyList;
    sizes[top] = keyList ? keyList.length : (item as unknown[]).length;
    nexts[top] = 0;
    keysInParent[top] = key;
    byHand[top] = ownOrder;
    return copy;
  }

  // The holder JSON.stringify makes for the root, which a replacer sees as `this`.
  const root = settle({ '': value }, '', value);
  while (top >= 0) {
    const next = nexts[top]!;
    const source = sources[top]!;
    const copy = copies[top]!;
    if (next < sizes[top]!) {
      nexts[top] = next + 1;
      const keyList = names[top];
      const key = keyList ? keyList[next]! : next;
      let item = (source as Record<string | number, unknown>)[key];
      // Most values are primitives that only need copying: skip the calls for them.
      if (replacer || typeof item === 'object' || typeof item === 'function' || typeof item === 'bigint') {
        item = settle(source, key, item);
      }
      // Assigning `__proto__` would set the copy's prototype instead of adding the key.
      if (key === '__proto__') defineProperty(copy, key, { value: item, enumerable: true, writable: true });
      else (copy as Record<string | number, unknown>)[key] = item;
    } else {
      if (top >= SHALLOW) deepOpen.delete(source);
      if (byHand[top]) {
        handWritten.add(copy);
        if (top > 0) byHand[top - 1] = true;
      }
      // Let go of what the level held: the arrays outlive it until the call returns.
      sources[top] = copies[top] = undefined as never;
      names[top] = undefined;
      top--;
    }
  }
  return { root, handWritten, keyOrder };
}
