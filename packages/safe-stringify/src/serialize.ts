import { wrapperOf } from './boxes.js';
import { CircularError } from './circular-error.js';
import { createWriter, JsonText } from './json-text.js';

/*
 * The engine behind every call that the first JSON.stringify attempt could not finish (a cycle, a
 * BigInt, a structure deeper than the call stack) and behind `sorted` and `maxDepth`. It reads the
 * input exactly as JSON.stringify would (the same property reads, the same toJSON and replacer
 * calls, in the same order) and builds a copy made only of what JSON.stringify writes natively:
 * plain objects, arrays and primitives, with every cycle already replaced. Native JSON.stringify
 * then writes that copy. Writing all the text in JavaScript instead measured 3 to 5 times slower.
 *
 * A few containers cannot be given to native JSON.stringify: one deep enough to overflow its call
 * stack, one holding a BigInt written as a number, a sorted object with integer-like keys (an
 * object always lists those first). Such a container is written by hand as soon as its last child
 * is copied (json-text.ts), and its parent holds the text instead; the parent is then written by
 * hand too, and so on up to the root.
 *
 * The walk keeps its own stack of open containers instead of recursing, so no input depth can
 * overflow the call stack. The open containers are also the ancestors a cycle check needs.
 */

type Container = Record<string | number, unknown>;

/** What {@link serialize} needs to know: the options, resolved once by `configure`, and the call's arguments. */
export interface Settings {
  replacer: ((this: unknown, key: string, value: unknown) => unknown) | undefined;
  allowList: readonly string[] | undefined;
  space: string | number;
  circular: string | ((path: readonly (string | number)[]) => unknown);
  bigint: 'throw' | 'string' | 'number';
  sorted: boolean;
  /** The comparator for `sorted`; undefined for code-unit order. */
  compare: ((a: string, b: string) => number) | undefined;
  maxDepth: number;
  /**
   * Set by {@link serialize} when the value held what a first JSON.stringify attempt fails on after
   * writing on and on where that is slow (configure.ts): a cycle, or a level deeper than native's stack.
   */
  slow: boolean;
}

/**
 * A container with a descendant this many levels below it is written by hand. Native JSON.stringify
 * recurses on the call stack and overflows between 4,000 and 6,000 levels on V8 (earlier in some
 * browsers); this leaves room for whatever the caller's stack already holds.
 */
const NATIVE_DEPTH = 1000;
/** How many levels, from the root, a cycle check scans before it asks a Set (cheaper at the depths data has). */
const SHALLOW = 32;
const { isArray } = Array;
const { defineProperty, getPrototypeOf, keys } = Object;
const ObjectPrototype = Object.prototype;
const isRawJSON = (JSON as { isRawJSON?: (value: unknown) => boolean }).isRawJSON;
const indexKey = /^(?:0|[1-9]\d{0,9})$/;

/**
 * Code-unit order, as `Array.prototype.sort()` orders strings, by insertion: objects have few keys,
 * and for a handful the built-in sort's setup costs more than the sorting.
 */
function sortByCodeUnits(names: string[]): void {
  for (let index = 1; index < names.length; index++) {
    const name = names[index]!;
    let slot = index;
    while (slot > 0 && names[slot - 1]! > name) {
      names[slot] = names[slot - 1]!;
      slot--;
    }
    names[slot] = name;
  }
}

function put(copy: Container, key: string | number, item: unknown): void {
  // Assigning `__proto__` would set the copy's prototype instead of adding the key (array
  // indices never need this).
  if (key === '__proto__') defineProperty(copy, key, { value: item, enumerable: true, writable: true });
  else copy[key] = item;
}

/** The JSON text JSON.stringify would write for `value` if it had no cycles and no depth limit. */
export function serialize(value: unknown, settings: Settings): string | undefined {
  const { replacer, allowList, circular, bigint, sorted, compare, maxDepth } = settings;
  const writer = createWriter(allowList, settings.space);
  // The open containers, one slot per level in parallel arrays (cheaper than an object per
  // level): what is read, its copy, the keys to visit (undefined for an array), how many, the
  // next one, its own key in its parent (for paths and to put text in its place), and whether it
  // must be written by hand.
  const sources: Container[] = [];
  const copies: Container[] = [];
  const keyLists: (readonly string[] | undefined)[] = [];
  const sizes: number[] = [];
  const nexts: number[] = [];
  const keysInParent: (string | number)[] = [];
  const byHand: boolean[] = [];
  let top = -1;
  // Open containers deeper than SHALLOW, so a chain a million levels deep stays linear. A Set, not
  // a WeakSet: it lives for one call and holds only what the arrays above hold anyway.
  const deepOpen = new Set<object>();

  /** The level at which `item` is open, or -1. */
  function levelOf(item: object): number {
    for (let level = Math.min(top, SHALLOW - 1); level >= 0; level--)
      if (sources[level] === item) return level;
    return top >= SHALLOW && deepOpen.has(item) ? sources.indexOf(item as Container, SHALLOW) : -1;
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
      return new JsonText(String(item));
    }
    // A function is written as nothing; kept, a `toJSON` function would be called on the copy.
    if (typeof item !== 'object' || item === null) return typeof item === 'function' ? undefined : item;
    const ancestor = levelOf(item);
    if (ancestor >= 0) {
      settings.slow = true;
      if (circular === 'throw' || substituted) throw new CircularError([...pathTo(top), key]);
      if (typeof circular === 'string') return circular;
      return place(circular(pathTo(ancestor)), key, true);
    }
    const array = isArray(item);
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
      // JSON.rawJSON's objects have no prototype; native writes their text as it is.
      if (prototype === null && isRawJSON?.(item)) return item;
    }
    if (top >= maxDepth) return array ? '[Array]' : '[Object]';
    // EnumerableOwnProperties, unless an allow-list replaces it (native reads no keys then).
    const keyList = array ? undefined : allowList ? (allowList as string[]) : keys(item);
    // An object lists integer-like keys first, whatever order they were added in, so a sorted
    // object with some is written by hand, in keyList's order.
    let ownOrder = false;
    if (keyList && sorted && !allowList) {
      if (compare) keyList.sort(compare);
      else sortByCodeUnits(keyList);
      for (const name of keyList) {
        // A digit first, then the exact test: most keys are not integer-like.
        const first = name.charCodeAt(0);
        if (first >= 48 && first <= 57 && indexKey.test(name) && +name < 4294967295) ownOrder = true;
      }
    }
    top++;
    if (top >= NATIVE_DEPTH) {
      byHand[top - NATIVE_DEPTH] = true;
      settings.slow = true;
    }
    if (top >= SHALLOW) deepOpen.add(item);
    const copy: Container = array ? ([] as unknown as Container) : {};
    sources[top] = item as Container;
    copies[top] = copy;
    keyLists[top] = keyList;
    sizes[top] = keyList ? keyList.length : (item as unknown[]).length;
    nexts[top] = 0;
    keysInParent[top] = key;
    byHand[top] = ownOrder;
    return copy;
  }

  // The holder JSON.stringify makes for the root, which a replacer sees as `this`.
  let root = settle({ '': value }, '', value);
  while (top >= 0) {
    // Copy the members of the innermost open container until one opens a container of its own
    // (then that one is copied first, depth first, as JSON.stringify writes) or none is left.
    const level = top;
    const source = sources[level]!;
    const copy = copies[level]!;
    const keyList = keyLists[level];
    const size = sizes[level]!;
    let next = nexts[level]!;
    // Objects and arrays in separate loops: one kind of key per property access, which engines
    // optimize better than a key that is sometimes a string and sometimes an index.
    if (keyList) {
      while (next < size && top === level) {
        const key = keyList[next++]!;
        let item = (source as Record<string, unknown>)[key];
        // Most values are primitives that only need copying: skip the calls for them.
        if (replacer || typeof item === 'object' || typeof item === 'function' || typeof item === 'bigint') {
          nexts[level] = next;
          item = settle(source, key, item);
        }
        if (key === '__proto__') put(copy, key, item);
        else (copy as Record<string, unknown>)[key] = item;
      }
    } else {
      while (next < size && top === level) {
        const index = next++;
        let item = (source as unknown as unknown[])[index];
        if (replacer || typeof item === 'object' || typeof item === 'function' || typeof item === 'bigint') {
          nexts[level] = next;
          item = settle(source, index, item);
        }
        (copy as unknown as unknown[])[index] = item;
      }
    }
    nexts[level] = next;
    if (top !== level || next < size) continue;
    if (top >= SHALLOW) deepOpen.delete(source);
    if (byHand[top]) {
      const text = writer.container(copy, keyList, top);
      if (top === 0) root = text;
      else {
        // The parent holds the text in the container's place, and is written by hand in turn.
        put(copies[top - 1]!, keysInParent[top]!, text);
        byHand[top - 1] = true;
      }
    }
    // Let go of what the level held: the arrays outlive it until the call returns.
    sources[top] = copies[top] = undefined as never;
    keyLists[top] = undefined;
    top--;
  }
  return writer.value(root, 0);
}
