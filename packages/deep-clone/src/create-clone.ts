import { CloneError, formatPath } from './clone-error.js';
import type { CloneChild, CloneOptions, HandlerEntry } from './types.js';

/*
 * One engine for every mode. Shallow values recurse on the call stack, which is the fastest way
 * to copy the trees most programs hold; below `RECURSION_LIMIT` levels the engine switches to an
 * explicit stack for the rest of that subtree, so a chain a million levels deep costs a million
 * slots of an array, not a million frames, and no input can overflow the call stack.
 *
 * Every object is copied in two steps: `copyOf` makes the copy right away (an empty shell the
 * parent can point at, which also keeps key order) and `visit` fills it, either now (recursion) or
 * later from the explicit stack (`drain`). The explicit stack holds (fill, source, copy, key)
 * groups; filling depth-first from it keeps ancestor tracking exact: a node is an ancestor of what
 * is being filled exactly while its `leave` marker is below it on the stack.
 */

/** Deep enough for real data, shallow enough to leave most of the call stack to the caller. */
const RECURSION_LIMIT = 400;

type Fill = (source: object, copy: object) => void;
type PlainRecord = Record<PropertyKey, unknown>;

const ObjectPrototype = Object.prototype;
const ArrayPrototype = Array.prototype;
const { create, defineProperty, getOwnPropertyDescriptor, getOwnPropertySymbols, getPrototypeOf, keys } =
  Object;
const { ownKeys } = Reflect;
const { isArray } = Array;
const hasOwn = (target: object, key: PropertyKey) => ObjectPrototype.hasOwnProperty.call(target, key);
const isEnumerable = (target: object, key: PropertyKey) =>
  ObjectPrototype.propertyIsEnumerable.call(target, key);
const tagOf = (value: object) => ObjectPrototype.toString.call(value).slice(8, -1);
const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/** Values that hold state a copy cannot reach (or must not duplicate): kept by reference. */
const uncopyable =
  /^(WeakMap|WeakSet|WeakRef|Promise|FinalizationRegistry|SharedArrayBuffer|(Async)?Generator|.*Iterator)$/;
const boxed = /^(Number|String|Boolean|BigInt|Symbol)$/;
const typedArray = /^(Big)?(Int|Uint|Float)(8|16|32|64)(Clamped)?Array$/;
/** Error state that lives in non-enumerable own properties. */
const errorKeys = ['name', 'message', 'stack', 'cause', 'errors'] as const;
/** Root of the key path; also marks "not inside any object" for the path builder. */
const ROOT = Symbol('root');
/** Seen-map entry of an object whose custom handler is still running. */
const IN_HANDLER = {};

function describe(value: object): string {
  return typeof value === 'function' ? `function ${value.name || '(anonymous)'}` : `${tagOf(value)} object`;
}

/**
 * Builds a clone function with its options resolved once, for hot paths. The function is
 * reentrant (a getter or handler may clone again) and keeps no reference to anything it copied.
 *
 * @param options - see {@link CloneOptions}
 * @returns a function that deep-copies its argument
 *
 * @example
 * ```ts
 * import { createClone } from '@weakset-recipes/deep-clone';
 *
 * const cloneState = createClone({ circular: 'throw', unsupported: 'throw' });
 * const next = cloneState({ todos: [{ id: 1, done: false }] });
 * ```
 */
export function createClone(options: CloneOptions = {}): <T>(value: T) => T {
  const preserve = options.circular !== 'throw';
  const strict = options.strict === true;
  const throwUnsupported = options.unsupported === 'throw';
  // Paths cost a push and a pop per object, so they are kept only when an error can need one.
  const tracking = !preserve || throwUnsupported;
  const plainFast = !tracking && !strict;
  const handlers = new Map<object, (value: object, cloneChild: CloneChild) => object>();
  for (const [type, handler] of options.handlers ?? ([] as HandlerEntry[])) {
    handlers.set(type.prototype, handler as (value: object, cloneChild: CloneChild) => object);
  }

  // State of the clone in progress; saved and restored around nested calls.
  let copies = new Map<object, object>();
  let ancestors = new Set<object>();
  let buffers: Map<ArrayBuffer, ArrayBuffer> | undefined;
  let pending: unknown[] = [];
  let path: PropertyKey[] = [];
  let depth = 0;
  /** True while `drain` runs: copies are scheduled, never filled by recursion. */
  let iterative = false;
  /** `for...in` is the fastest key walk, but it would also list enumerable keys added to Object.prototype. */
  let prototypeIsClean = true;

  function pathTo(key: PropertyKey): PropertyKey[] {
    const keys = path.slice(1);
    if (key !== ROOT) keys.push(key);
    return keys;
  }

  function unsupported<V>(value: V & object, key: PropertyKey): V {
    if (!throwUnsupported) return value;
    const where = pathTo(key);
    throw new CloneError(
      'UNSUPPORTED',
      where,
      `Cannot clone the ${describe(value)} at ${formatPath(where)}: it holds state a copy cannot reach. ` +
        `Pass unsupported: 'reference' to keep it by reference, or teach the clone with a handler.`,
    );
  }

  function circular(key: PropertyKey): never {
    const where = pathTo(key);
    throw new CloneError(
      'CIRCULAR',
      where,
      `Cannot clone a circular structure: ${formatPath(where)} points back to an object that contains it. ` +
        `Pass circular: 'preserve' to copy cycles as cycles.`,
    );
  }

  function schedule(fill: Fill, source: object, copy: object, key: PropertyKey): void {
    if (tracking) pending.push(fill, source, copy, key);
    else pending.push(fill, source, copy);
  }

  /** Fills a copy now (recursion), or hands its subtree to the explicit stack once deep enough. */
  function visit(fill: Fill, source: object, copy: object, key: PropertyKey): void {
    if (iterative) {
      schedule(fill, source, copy, key);
    } else if (depth >= RECURSION_LIMIT) {
      iterative = true;
      const floor = pending.length;
      schedule(fill, source, copy, key);
      drain(floor);
      iterative = false;
    } else {
      depth++;
      if (tracking) {
        if (!preserve) ancestors.add(source);
        path.push(key);
      }
      fill(source, copy);
      if (tracking) {
        if (!preserve) ancestors.delete(source);
        path.pop();
      }
      if (strict) keepIntegrity(source, copy);
      depth--;
    }
  }

  function copyOf<V>(value: V, key: PropertyKey): V;
  function copyOf(value: unknown, key: PropertyKey): unknown {
    if (typeof value !== 'object' || value === null) {
      return typeof value === 'function' ? unsupported(value, key) : value;
    }
    if (preserve) {
      const known = copies.get(value);
      if (known !== undefined) return known === IN_HANDLER ? circular(key) : known;
    } else if (ancestors.has(value)) {
      circular(key);
    }
    const prototype = getPrototypeOf(value) as object | null;
    let copy: object;
    let fill: Fill | undefined;
    if (prototype === ObjectPrototype) {
      copy = {};
      if (preserve) copies.set(value, copy);
      if (plainFast && prototypeIsClean && !iterative && depth < RECURSION_LIMIT) {
        // The hot path (JSON-like data): no tracking, no descriptors, room left to recurse.
        depth++;
        fillPlain(value, copy);
        depth--;
      } else {
        visit(strict || !prototypeIsClean ? fillProperties : fillPlain, value, copy, key);
      }
      return copy;
    } else if (isArray(value)) {
      copy = new Array(value.length);
      if (prototype !== ArrayPrototype) Object.setPrototypeOf(copy, prototype);
      fill = strict ? fillProperties : fillArray;
    } else if (prototype === null) {
      copy = create(null);
      fill = strict ? fillProperties : fillPlain;
    } else {
      const handler = handlers.size > 0 ? handlers.get(prototype) : undefined;
      if (handler) {
        copy = runHandler(handler, value, key);
      } else {
        const tag = tagOf(value);
        if (uncopyable.test(tag)) return unsupported(value, key);
        [copy, fill] = copyExotic(value, prototype, tag);
      }
    }
    if (preserve) copies.set(value, copy);
    if (fill) visit(fill, value, copy, key);
    return copy;
  }

  /** Everything that is neither a plain object nor an array: built-ins by tag, then class instances. */
  function copyExotic(value: object, prototype: object, tag: string): [object, Fill | undefined] {
    let copy: object;
    let fill: Fill | undefined = fillExtraProperties;
    if (tag === 'Date') {
      copy = new Date((value as Date).getTime());
    } else if (tag === 'RegExp') {
      const regexp = value as RegExp;
      copy = new RegExp(regexp.source, regexp.flags);
      (copy as RegExp).lastIndex = regexp.lastIndex;
    } else if (tag === 'Map') {
      copy = new Map();
      fill = fillMap;
    } else if (tag === 'Set') {
      copy = new Set();
      fill = fillSet;
    } else if (tag === 'Error') {
      copy = new Error();
      fill = fillError;
    } else if (tag === 'ArrayBuffer') {
      copy = copyBuffer(value as ArrayBuffer);
      fill = undefined;
    } else if (tag === 'DataView' || typedArray.test(tag)) {
      // Views that shared one buffer share one copied buffer, at the same offsets.
      const view = value as DataView;
      const buffer = copyOf(view.buffer, 'buffer');
      const View = (globalThis as unknown as Record<string, new (...args: unknown[]) => object>)[tag]!;
      copy = new View(
        buffer,
        view.byteOffset,
        tag === 'DataView' ? view.byteLength : (value as Uint8Array).length,
      );
      fill = undefined;
    } else if (boxed.test(tag)) {
      const Box = (globalThis as unknown as Record<string, { prototype: { valueOf(): unknown } }>)[tag]!;
      copy = Object(Box.prototype.valueOf.call(value));
    } else if (tag === 'URL') {
      copy = new URL((value as URL).href);
    } else if (tag === 'URLSearchParams') {
      copy = new URLSearchParams(value as URLSearchParams);
    } else {
      copy = create(prototype);
      fill = fillProperties;
    }
    // Subclasses of built-ins (Node's Buffer among them), and built-ins from another realm, keep
    // their own prototype.
    if (getPrototypeOf(copy) !== prototype) Object.setPrototypeOf(copy, prototype);
    return [copy, fill];
  }

  function copyBuffer(buffer: ArrayBuffer): ArrayBuffer {
    // Without a seen-map (circular: 'throw'), views must still find the buffer copy they share.
    if (!preserve) {
      buffers ??= new Map();
      const known = buffers.get(buffer);
      if (known) return known;
    }
    const copy = buffer.slice(0);
    buffers?.set(buffer, copy);
    return copy;
  }

  function runHandler(
    handler: (value: object, cloneChild: CloneChild) => object,
    value: object,
    key: PropertyKey,
  ): object {
    // The handler copies its children to completion before it returns, so the value is an
    // ancestor of everything it clones and its key belongs on the path meanwhile.
    if (preserve) copies.set(value, IN_HANDLER);
    else ancestors.add(value);
    if (tracking) path.push(key);
    const floor = pending.length;
    try {
      return handler(value, (child, childKey = ROOT) => {
        const copy = copyOf(child, childKey);
        drain(floor);
        return copy;
      });
    } finally {
      if (preserve) copies.delete(value);
      else ancestors.delete(value);
      if (tracking) path.pop();
    }
  }

  function leave(source: object): void {
    ancestors.delete(source);
    path.pop();
  }

  /** Fills scheduled copies until the stack is back at `floor`; runs with `iterative` set. */
  function drain(floor: number): void {
    while (pending.length > floor) {
      const key = tracking ? (pending.pop() as PropertyKey) : ROOT;
      const copy = pending.pop() as object;
      const source = pending.pop() as object;
      const fill = pending.pop() as Fill;
      if (fill === leave) {
        leave(source);
        continue;
      }
      if (tracking) {
        // The node becomes an ancestor of what it schedules; `leave` runs after all of it is filled.
        if (!preserve) ancestors.add(source);
        path.push(key);
        pending.push(leave, source, source, key);
      }
      fill(source, copy);
      if (strict) keepIntegrity(source, copy);
    }
  }

  function keepIntegrity(source: object, copy: object): void {
    if (Object.isExtensible(source)) return;
    if (Object.isFrozen(source)) Object.freeze(copy);
    else if (Object.isSealed(source)) Object.seal(copy);
    else Object.preventExtensions(copy);
  }

  function copyDescriptor(source: object, copy: object, key: PropertyKey, pathKey: PropertyKey): void {
    const descriptor = getOwnPropertyDescriptor(source, key)!;
    if ('value' in descriptor) descriptor.value = copyOf(descriptor.value, pathKey);
    defineProperty(copy, key, descriptor);
  }

  function fillPlain(source: object, copy: object): void {
    const from = source as PlainRecord;
    const to = copy as PlainRecord;
    for (const name in from) {
      const value = from[name];
      if (name === '__proto__') assign(to, name, value);
      else to[name] = isObject(value) ? copyOf(value, name) : value;
    }
    copySymbols(from, to);
  }

  function fillProperties(source: object, copy: object): void {
    if (strict) {
      const array = isArray(source);
      for (const key of ownKeys(source)) {
        if (array && key === 'length') continue;
        copyDescriptor(source, copy, key, array && typeof key === 'string' ? toIndex(key) : key);
      }
      return;
    }
    const from = source as PlainRecord;
    const to = copy as PlainRecord;
    const names = keys(from);
    for (let i = 0; i < names.length; i++) assign(to, names[i]!, from[names[i]!]);
    copySymbols(from, to);
  }

  function assign(to: PlainRecord, name: PropertyKey, value: unknown): void {
    if (name === '__proto__') {
      // Assigning would change the copy's prototype; define it as the own data property it is.
      defineProperty(to, name, {
        value: copyOf(value, name),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      to[name] = isObject(value) ? copyOf(value, name) : value;
    }
  }

  function copySymbols(from: PlainRecord, to: PlainRecord): void {
    const symbols = getOwnPropertySymbols(from);
    for (let i = 0; i < symbols.length; i++) {
      const symbol = symbols[i]!;
      if (isEnumerable(from, symbol)) to[symbol] = copyOf(from[symbol], symbol);
    }
  }

  function fillArray(source: object, copy: object): void {
    const from = source as unknown[];
    const to = copy as unknown[];
    const length = from.length;
    let present = 0;
    for (let i = 0; i < length; i++) {
      const value = from[i];
      // A hole reads as undefined; `in` tells it from a stored undefined, and holes stay holes.
      if (value === undefined && !(i in from)) continue;
      present++;
      to[i] = isObject(value) ? copyOf(value, i) : value;
    }
    // One key listing finds both named and symbol-keyed extras: beyond the elements there is only `length`.
    const ownKeyList = ownKeys(from);
    if (ownKeyList.length !== present + 1) {
      for (const key of ownKeyList) {
        if (
          key !== 'length' &&
          (typeof key === 'symbol' || toIndex(key) === key) &&
          isEnumerable(from, key)
        ) {
          assign(to as unknown as PlainRecord, key, from[key as never]);
        }
      }
    }
  }

  /** Own properties a built-in carries besides its internal state (and not already on the copy). */
  function fillExtraProperties(source: object, copy: object): void {
    const from = source as PlainRecord;
    for (const key of strict ? ownKeys(from) : [...keys(from), ...getOwnPropertySymbols(from)]) {
      if (hasOwn(copy, key)) continue;
      if (strict) copyDescriptor(from, copy, key, key);
      else if (isEnumerable(from, key)) assign(copy as PlainRecord, key, from[key]);
    }
  }

  function fillMap(source: object, copy: object): void {
    let index = 0;
    Map.prototype.forEach.call(source, (value: unknown, key: unknown) => {
      const at = index++;
      const valueKey =
        typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : at;
      (copy as Map<unknown, unknown>).set(copyOf(key, at), copyOf(value, valueKey));
    });
    fillExtraProperties(source, copy);
  }

  function fillSet(source: object, copy: object): void {
    let index = 0;
    Set.prototype.forEach.call(source, (value: unknown) => {
      (copy as Set<unknown>).add(copyOf(value, index++));
    });
    fillExtraProperties(source, copy);
  }

  function fillError(source: object, copy: object): void {
    for (const key of errorKeys) {
      const descriptor = getOwnPropertyDescriptor(source, key);
      if (descriptor) {
        // Read, never copy, an accessor here: engines may implement `stack` as one, bound to the original.
        const value = copyOf((source as PlainRecord)[key], key);
        const { enumerable = false, configurable = true } = descriptor;
        defineProperty(copy, key, { value, writable: true, enumerable, configurable });
      } else if (key === 'stack') {
        delete (copy as Error).stack;
      }
    }
    fillExtraProperties(source, copy);
  }

  return function clone<T>(value: T): T {
    if (!isObject(value)) return value;
    // Saved in locals, not an object: a nested clone (from a getter or a handler) is rare,
    // a small clone on a hot path is not.
    const outerCopies = copies;
    const outerAncestors = ancestors;
    const outerBuffers = buffers;
    const outerPending = pending;
    const outerPath = path;
    const outerDepth = depth;
    const outerIterative = iterative;
    prototypeIsClean = hasNoEnumerableKeys(ObjectPrototype);
    depth = 0;
    iterative = false;
    if (preserve) copies = new Map();
    else ancestors = new Set();
    buffers = undefined;
    pending = [];
    path = [];
    try {
      const copy = copyOf(value, ROOT);
      drain(0);
      return copy;
    } finally {
      copies = outerCopies;
      ancestors = outerAncestors;
      buffers = outerBuffers;
      pending = outerPending;
      path = outerPath;
      depth = outerDepth;
      iterative = outerIterative;
    }
  };
}

/** Array index keys come back as numbers in error paths, as they are written in code. */
function toIndex(key: string): string | number {
  const index = Number(key);
  return String(index) === key && Number.isInteger(index) && index >= 0 ? index : key;
}

function hasNoEnumerableKeys(target: object): boolean {
  for (const _ in target) return false;
  return true;
}
