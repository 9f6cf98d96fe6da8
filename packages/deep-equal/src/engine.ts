import { firstDifferentByte } from './bytes.js';
import { BUFFER, ERROR, IDENTITY, type Kind, kindOf, MAP, SET, VIEW } from './kinds.js';
import type { Difference, EqualHandler } from './types.js';

/*
 * One engine for every mode. It compares pairs: the memory that makes cycles end is the list of
 * pairs *in progress* (the ancestors of the pair being compared), and a pair met again while it
 * is in progress counts as equal (coinduction). Objects alone would not do: a seen-set of single
 * objects cannot tell `x` compared with `y` from `x` compared with `z`, which shared structure
 * needs, and a result cached for a finished pair may rest on an assumption that a later Map or
 * Set match throws away. Pairs in progress are always exact.
 *
 * Shallow pairs recurse on the call stack, the fastest way through the trees most programs hold;
 * from DEPTH_LIMIT levels down the engine switches to an explicit stack of (a, b, key) triples for
 * the rest of that subtree, so no input can overflow the call stack. The explicit stack visits
 * children in the same depth-first key order as recursion, so `difference` reports the same first
 * difference at any depth.
 *
 * A failure returns false up the chain and each level adds its key: paths cost nothing while
 * values are equal, which is why `difference` runs as fast as `equal` on equal values.
 */

export type Handler = { prototype: object; compare: EqualHandler };
export type Compare = (a: unknown, b: unknown) => Difference | undefined;
type Record = { [key: PropertyKey]: unknown };

/** Deep enough for real data, shallow enough to leave most of the call stack to the caller. */
const DEPTH_LIMIT = 400;
/** How many ancestors a cycle check scans before it asks a Map. */
const SHALLOW = 32;
/** Explicit-stack markers: the end of a node's children, and a failure found while scanning a node. */
const LEAVE = {};
const FAIL = {};
/** The key of the roots, which never shows in a path. */
const ROOT = Symbol();

const ObjectPrototype = Object.prototype;
const {
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  hasOwn,
  is,
  isExtensible,
  keys,
} = Object;
const { ownKeys } = Reflect;
const { isArray } = Array;
const isEnumerable = (value: object, key: PropertyKey) =>
  ObjectPrototype.propertyIsEnumerable.call(value, key);
const tagOf = (value: object) => ObjectPrototype.toString.call(value);
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const errorKeys = ['name', 'message', 'cause', 'errors'];
/**
 * Where an error was made, as engines record it in non-enumerable own properties (V8: stack;
 * SpiderMonkey: fileName, lineNumber, columnNumber; JavaScriptCore: line, column, sourceURL):
 * two equal errors made in two places differ there, so even strict mode skips them.
 */
const positionKeys = ['stack', 'fileName', 'lineNumber', 'columnNumber', 'line', 'column', 'sourceURL'];

/** More than one `b` in progress with the same `a` (cycles of different lengths). */
class Several extends Set<object> {}

/** Builds a comparison with its options resolved. Reentrant: a getter or handler may compare again. */
export function createEngine(strict: boolean, handlers: Map<object, Handler> | undefined): Compare {
  // Pairs in progress, outermost first; pairs past SHALLOW are also in `deepPairs` (a -> b).
  const ancestorsA: object[] = [];
  const ancestorsB: object[] = [];
  const deepPairs = new Map<object, object>();
  /** The explicit stack: (a, b, key) triples, LEAVE and FAIL markers. */
  const pending: unknown[] = [];
  /** Keys of a failure, innermost first. */
  const path: PropertyKey[] = [];
  let failure: Omit<Difference, 'path'> | undefined;
  let depth = 0;
  /** True while `drain` runs: object children are scheduled, never compared by recursion. */
  let iterative = false;
  // Weak: a long-lived comparison must not keep every class it has met alive.
  const handlerOf = handlers && new WeakMap<object, Handler | undefined>();

  function mismatch(reason: string, a: unknown, b: unknown, key: PropertyKey = ROOT): false {
    if (iterative) {
      // Children scheduled before this point come first in depth-first order: fail when reached.
      pending.push(FAIL, { reason, a, b }, key);
    } else {
      failure = { reason, a, b };
      if (key !== ROOT) path.push(key);
    }
    return false;
  }

  function unwind(key: PropertyKey): false {
    if (key !== ROOT) path.push(key);
    return false;
  }

  /** Compares two values at `key` of the pair being compared. */
  function child(a: unknown, b: unknown, key: PropertyKey): boolean {
    if (a === b) return a !== 0 || is(a, b) || mismatch('value', a, b, key);
    if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
      if (iterative) {
        pending.push(a, b, key);
        return true;
      }
      if (depth < DEPTH_LIMIT) return pair(a, b) || unwind(key);
      const floor = pending.length;
      pending.push(a, b, key);
      return drain(floor);
    }
    // biome-ignore lint/suspicious/noSelfCompare: NaN is the one value unequal to itself
    if (a !== a && b !== b) return true;
    return mismatch(typeof a !== typeof b || a === null || b === null ? 'type' : 'value', a, b, key);
  }

  function isInProgress(a: object, b: object): boolean {
    const count = ancestorsA.length;
    for (let i = Math.min(count, SHALLOW); i--; ) if (ancestorsA[i] === a && ancestorsB[i] === b) return true;
    if (count <= SHALLOW) return false;
    const known = deepPairs.get(a);
    return known === b || (known instanceof Several && known.has(b));
  }

  function enter(a: object, b: object): void {
    if (ancestorsA.push(a) > SHALLOW) {
      const known = deepPairs.get(a);
      if (known === undefined) deepPairs.set(a, b);
      else if (known instanceof Several) known.add(b);
      else deepPairs.set(a, new Several([known, b]));
    }
    ancestorsB.push(b);
  }

  function leave(): void {
    const a = ancestorsA.pop()!;
    const b = ancestorsB.pop()!;
    if (ancestorsA.length >= SHALLOW) {
      const known = deepPairs.get(a);
      if (known instanceof Several && known.size > 1) known.delete(b);
      else deepPairs.delete(a);
    }
  }

  /** Compares two objects by recursion (below DEPTH_LIMIT, outside `drain`). */
  function pair(a: object, b: object): boolean {
    if (isInProgress(a, b)) return true;
    depth++;
    enter(a, b);
    const same = objects(a, b);
    leave();
    depth--;
    return same;
  }

  /** Compares the pairs scheduled above `floor`, depth first, without recursion. */
  function drain(floor: number): boolean {
    const outer = iterative;
    iterative = true;
    while (pending.length > floor) {
      const key = pending.pop() as PropertyKey;
      const b = pending.pop() as object;
      const a = pending.pop() as object;
      if (a === LEAVE) {
        leave();
        continue;
      }
      if (a === FAIL) {
        failure = b as typeof failure;
        if (key !== ROOT) path.push(key);
        // The keys of every node still in progress, innermost first.
        for (let i = pending.length - 1; i > floor; i -= 3)
          if (pending[i - 2] === LEAVE) unwind(pending[i] as PropertyKey);
        while (pending.length > floor) if (pending.splice(-3)[0] === LEAVE) leave();
        iterative = outer;
        return false;
      }
      if (isInProgress(a, b)) continue;
      enter(a, b);
      pending.push(LEAVE, 0, key);
      const first = pending.length;
      // A failure here is scheduled (a FAIL marker), so the result can be ignored.
      objects(a, b);
      // Children were scheduled in key order; reversed, they are taken in key order.
      for (let low = first, high = pending.length - 3; low < high; low += 3, high -= 3) {
        for (let k = 0; k < 3; k++) {
          const swap = pending[low + k];
          pending[low + k] = pending[high + k];
          pending[high + k] = swap;
        }
      }
    }
    iterative = outer;
    return true;
  }

  /** A comparison inside this one whose failure is an answer, not the end (matching, handlers). */
  function attempt(a: unknown, b: unknown): boolean {
    const outer = iterative;
    iterative = false;
    const same = child(a, b, ROOT);
    iterative = outer;
    if (!same) {
      path.length = 0;
      failure = undefined;
    }
    return same;
  }

  function handlerFor(prototype: object): Handler | undefined {
    if (handlerOf!.has(prototype)) return handlerOf!.get(prototype);
    let handler: Handler | undefined;
    for (let next: object | null = prototype; next && !handler; next = getPrototypeOf(next)) {
      handler = handlers!.get(next);
    }
    handlerOf!.set(prototype, handler);
    return handler;
  }

  function objects(a: object, b: object): boolean {
    const prototype = getPrototypeOf(a);
    if (handlers && prototype) {
      const handler = handlerFor(prototype);
      // Both values must have this handler as their nearest one: a Money handler given a Euro
      // (which has a handler of its own) would make equal(money, euro) differ from equal(euro, money).
      const other = handler && getPrototypeOf(b);
      if (handler && other && (other === prototype || handlerFor(other) === handler)) {
        return handler.compare(a, b, attempt) || mismatch('value', a, b);
      }
    }
    if (prototype !== getPrototypeOf(b)) return mismatch('prototype', a, b);
    if (isArray(a)) {
      if (!isArray(b)) return mismatch('type', a, b);
      if (a.length !== b.length) return mismatch('size', a, b);
      return strict ? properties(a, b, ownKeys(a), ownKeys(b)) : array(a, b);
    }
    if (isArray(b)) return mismatch('type', a, b);
    if (prototype === ObjectPrototype || prototype === null) return ordinary(a, b);
    const kind = kindOf(prototype, a);
    return kind ? builtin(a, b, kind) : ordinary(a, b);
  }

  /** Plain objects, class instances: the hot path. */
  function ordinary(a: object, b: object): boolean {
    const keysA = strict ? getOwnPropertyNames(a) : keys(a);
    const keysB = strict ? getOwnPropertyNames(b) : keys(b);
    // The one runtime call per object that peers skip (they ignore symbol keys); it is the most
    // expensive step here on Node 20 (see the README).
    const symbolsA = getOwnPropertySymbols(a);
    const symbolsB = getOwnPropertySymbols(b);
    if (symbolsA.length + symbolsB.length > 0) {
      // With the same prototype, tags differ only through an own Symbol.toStringTag or an internal
      // slot (`arguments`, which has an own Symbol.iterator): both show among the symbols.
      if (tagOf(a) !== tagOf(b)) return mismatch('type', a, b);
      return properties(a, b, keysOf(a, keysA, symbolsA), keysOf(b, keysB, symbolsB));
    }
    if (strict) return properties(a, b, keysA, keysB);
    const count = keysA.length;
    if (count !== keysB.length || !sameKeys(keysA, keysB, b)) return keySetMismatch(a, b, keysA, keysB);
    for (let i = 0; i < count; i++) {
      const key = keysA[i]!;
      if (!child((a as Record)[key], (b as Record)[key], key)) return false;
    }
    return true;
  }

  function array(a: unknown[], b: unknown[]): boolean {
    const length = a.length;
    for (let i = 0; i < length; i++) {
      const valueA = a[i];
      const valueB = b[i];
      if (valueA === undefined || valueB === undefined) {
        const inA = hasOwn(a, i);
        if (inA !== hasOwn(b, i)) return mismatch(inA ? 'missing key' : 'extra key', valueA, valueB, i);
        // A hole on both sides: the rest is compared by its own keys, so a sparse array costs
        // what its elements cost, not its length (`length = 2 ** 32 - 1` holds no elements).
        if (!inA) return properties(a, b, keysOf(a, keys(a).slice(i)), keysOf(b, keys(b).slice(i)));
      }
      if (!child(valueA, valueB, i)) return false;
    }
    // Named properties and symbols come after the indices; listing keys costs a string per index,
    // but nothing cheaper tells that an array has extra properties.
    const namesA = keys(a);
    const namesB = keys(b);
    const symbolsA = getOwnPropertySymbols(a);
    const symbolsB = getOwnPropertySymbols(b);
    if (namesA.length + namesB.length + symbolsA.length + symbolsB.length === 2 * length) return true;
    return properties(
      a,
      b,
      keysOf(a, namesA.slice(length), symbolsA),
      keysOf(b, namesB.slice(length), symbolsB),
    );
  }

  function builtin(a: object, b: object, kind: Kind): boolean {
    let stateA: unknown;
    let stateB: unknown;
    try {
      stateA = kind.read(a);
    } catch {
      stateA = FAIL;
    }
    try {
      stateB = kind.read(b);
    } catch {
      stateB = FAIL;
    }
    // An object that only inherits from a built-in has no state: it is the plain object it is.
    if (stateA === FAIL || stateB === FAIL) {
      return stateA === stateB ? ordinary(a, b) : mismatch('type', a, b);
    }
    const { tag } = kind;
    if (tag === IDENTITY) return mismatch('value', a, b);
    if (!is(stateA, stateB)) return mismatch(tag ? 'size' : 'value', a, b);
    if (tag === ERROR) return error(a, b);
    if (tag === MAP) {
      if (!map(a as Map<unknown, unknown>, b as Map<unknown, unknown>)) return false;
    } else if (tag === SET) {
      if (!set(a as Set<unknown>, b as Set<unknown>)) return false;
    } else if (tag === BUFFER || tag === VIEW) {
      const index = firstDifferentByte(a as ArrayBuffer, b as ArrayBuffer);
      if (index >= 0) {
        const width = (a as Partial<Uint8Array>).BYTES_PER_ELEMENT;
        if (width) {
          const element = (index / width) | 0;
          return mismatch('bytes', (a as Uint8Array)[element], (b as Uint8Array)[element], element);
        }
        return mismatch('bytes', bytesAt(a, index), bytesAt(b, index), index);
      }
      // A typed array's only listed keys are its indices, which are its bytes, compared above.
      // Extra properties on one cost a string per element to find (see the README's Limits).
      if ((a as Partial<Uint8Array>).BYTES_PER_ELEMENT) return true;
    } else if (a instanceof RegExp && a.lastIndex !== (b as RegExp).lastIndex) {
      return mismatch('value', a.lastIndex, (b as RegExp).lastIndex, 'lastIndex');
    }
    return strict ? properties(a, b, ownKeys(a), ownKeys(b)) : properties(a, b, keysOf(a), keysOf(b));
  }

  function error(a: object, b: object): boolean {
    const keysA = strict ? errorOwnKeys(a) : keysOf(a);
    const keysB = strict ? errorOwnKeys(b) : keysOf(b);
    if (!strict) {
      // Error state lives in non-enumerable properties; `stack` differs between equal errors.
      const hasCause = hasOwn(a, 'cause');
      if (hasCause !== hasOwn(b, 'cause')) return keyMismatch(a, b, 'cause', hasCause);
      for (const key of errorKeys) {
        if (!isEnumerable(a, key) && !child((a as Record)[key], (b as Record)[key], key)) return false;
      }
    }
    return properties(a, b, keysA, keysB);
  }

  function map(a: Map<unknown, unknown>, b: Map<unknown, unknown>): boolean {
    let index = 0;
    const unmatched: unknown[] = [];
    for (const [key, value] of a) {
      const at = index++;
      if (b.has(key)) {
        if (!child(value, b.get(key), pathKeyOf(key, at))) return false;
      } else if (!isObject(key)) {
        return mismatch('missing key', value, undefined, pathKeyOf(key, at));
      } else {
        unmatched.push(key, value, at);
      }
    }
    if (unmatched.length === 0) return true;
    const candidates: unknown[] = [];
    for (const key of b.keys()) if (isObject(key) && !a.has(key)) candidates.push(key);
    return match(unmatched, candidates, (key) => b.get(key));
  }

  function set(a: Set<unknown>, b: Set<unknown>): boolean {
    let index = 0;
    const unmatched: unknown[] = [];
    for (const member of a) {
      const at = index++;
      if (b.has(member)) continue;
      if (!isObject(member)) return mismatch('missing key', member, undefined, at);
      unmatched.push(member, undefined, at);
    }
    if (unmatched.length === 0) return true;
    const candidates: unknown[] = [];
    for (const member of b) if (isObject(member) && !a.has(member)) candidates.push(member);
    return match(unmatched, candidates, undefined);
  }

  /**
   * Pairs object keys (members) of `a` with those of `b` that compare equal, key and value, in
   * `a`'s order. Equality is an equivalence, so the first match found is as good as any. A lone
   * pair left on each side is compared as a child: no attempt to undo, and no recursion needed,
   * so a chain of one-member Sets is as deep as any other.
   */
  function match(
    unmatched: unknown[],
    candidates: unknown[],
    valueIn: ((key: unknown) => unknown) | undefined,
  ): boolean {
    if (candidates.length === 1 && unmatched.length === 3) {
      const key = unmatched[2] as number;
      return (
        child(unmatched[0], candidates[0], key) &&
        (!valueIn || child(unmatched[1], valueIn(candidates[0]), key))
      );
    }
    let start = 0;
    for (let i = 0; i < unmatched.length; i += 3) {
      const key = unmatched[i];
      let found = -1;
      for (let j = start; j < candidates.length && found < 0; j++) {
        const candidate = candidates[j];
        if (attempt(key, candidate) && (!valueIn || attempt(unmatched[i + 1], valueIn(candidate)))) found = j;
      }
      if (found < 0)
        return mismatch(
          'missing key',
          valueIn ? unmatched[i + 1] : key,
          undefined,
          unmatched[i + 2] as number,
        );
      candidates[found] = candidates[start++];
    }
    return true;
  }

  /** Own properties: enumerable ones by value (default), every one by descriptor (strict). */
  function properties(a: object, b: object, keysA: PropertyKey[], keysB: PropertyKey[]): boolean {
    const count = keysA.length;
    if (count !== keysB.length || !sameKeys(keysA, keysB, b)) return keySetMismatch(a, b, keysA, keysB);
    if (strict && isExtensible(a) !== isExtensible(b)) return mismatch('descriptor', a, b);
    for (let i = 0; i < count; i++) {
      let key = keysA[i]!;
      if (typeof key === 'string' && isArray(a)) key = indexOf(key);
      if (strict) {
        const descriptorA = getOwnPropertyDescriptor(a, key)!;
        const descriptorB = getOwnPropertyDescriptor(b, key)!;
        if (
          descriptorA.get !== descriptorB.get ||
          descriptorA.set !== descriptorB.set ||
          descriptorA.writable !== descriptorB.writable ||
          descriptorA.enumerable !== descriptorB.enumerable ||
          descriptorA.configurable !== descriptorB.configurable
        ) {
          return mismatch('descriptor', descriptorA, descriptorB, key);
        }
        if ('value' in descriptorA && !child(descriptorA.value, descriptorB.value, key)) return false;
      } else if (!child((a as Record)[key], (b as Record)[key], key)) return false;
    }
    return true;
  }

  /** Whether `keysB` holds the same keys as `keysA` (of the same length), in any order. */
  function sameKeys(keysA: PropertyKey[], keysB: PropertyKey[], b: object): boolean {
    const count = keysA.length;
    for (let i = 0; i < count; i++) {
      if (keysA[i] !== keysB[i]) {
        for (; i < count; i++)
          if (!(strict ? hasOwn(b, keysA[i]!) : isEnumerable(b, keysA[i]!))) return false;
      }
    }
    return true;
  }

  /** The first key of `a` that `b` lacks, else the first key of `b` that `a` lacks. */
  function keySetMismatch(a: object, b: object, keysA: PropertyKey[], keysB: PropertyKey[]): false {
    const setB = new Set(keysB);
    const missing = keysA.find((key) => !setB.has(key));
    if (missing !== undefined) return keyMismatch(a, b, missing, true);
    const setA = new Set(keysA);
    return keyMismatch(a, b, keysB.find((key) => !setA.has(key))!, false);
  }

  function keyMismatch(a: object, b: object, key: PropertyKey, inA: boolean): false {
    const pathKey = typeof key === 'string' && isArray(a) ? indexOf(key) : key;
    return inA
      ? mismatch('missing key', (a as Record)[key], undefined, pathKey)
      : mismatch('extra key', undefined, (b as Record)[key], pathKey);
  }

  /** Own enumerable string keys, then own enumerable symbols (all own keys, with `strict`). */
  function keysOf(
    value: object,
    names: PropertyKey[] = strict ? getOwnPropertyNames(value) : keys(value),
    symbols: symbol[] = getOwnPropertySymbols(value),
  ): PropertyKey[] {
    if (symbols.length === 0) return names;
    const all = names.slice();
    for (const symbol of symbols) if (strict || isEnumerable(value, symbol)) all.push(symbol);
    return all;
  }

  let busy = false;
  return function compare(a: unknown, b: unknown): Difference | undefined {
    // A getter or handler that compares again gets an engine of its own.
    if (busy) return createEngine(strict, handlers)(a, b);
    busy = true;
    // An equal answer leaves every structure as it found it (each pair in progress was left, the
    // explicit stack drained): only a difference or a throw has state to clear. Clearing after
    // every call cost 1.2-1.3x on small equal pairs, on every engine.
    let clean = false;
    try {
      clean = child(a, b, ROOT);
      if (clean) return undefined;
      const { reason, a: atA, b: atB } = failure!;
      return { path: path.slice().reverse(), a: atA, b: atB, reason };
    } finally {
      busy = false;
      if (!clean) reset();
    }
  };

  function reset(): void {
    iterative = false;
    depth = ancestorsA.length = ancestorsB.length = pending.length = 0;
    deepPairs.clear();
    path.length = 0;
    failure = undefined;
  }
}

function errorOwnKeys(error: object): PropertyKey[] {
  return ownKeys(error).filter((key) => !(positionKeys.includes(key as string) && !isEnumerable(error, key)));
}

function bytesAt(value: object, index: number): number {
  return new Uint8Array(
    ArrayBuffer.isView(value) ? value.buffer : (value as ArrayBuffer),
    ArrayBuffer.isView(value) ? value.byteOffset + index : index,
    1,
  )[0]!;
}

/** `pathKey` for a Map key: strings, numbers and symbols as they are, the iteration index otherwise. */
function pathKeyOf(key: unknown, index: number): PropertyKey {
  return typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : index;
}

/** Array index keys as the numbers code writes; any other key as it is. */
function indexOf(key: string): PropertyKey {
  const index = Number(key);
  return String(index) === key && index >= 0 && index < 2 ** 32 - 1 && index % 1 === 0 ? index : key;
}
