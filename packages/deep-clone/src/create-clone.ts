import { CloneError, type CloneErrorCode, formatPath } from './clone-error.js';
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
 *
 * Which structure tracks what was seen is a measured choice (see the package README): a Map from
 * original to copy for 'preserve' (faster than a WeakMap here, and the map dies with the call, so
 * weakness would buy nothing), a stack of the current ancestors for 'throw' (see `enter`).
 */

type Fill = (source: object, copy: object) => void;
type PlainRecord = Record<PropertyKey, unknown>;
type Handler = (value: object, cloneChild: CloneChild) => object;

/** Deep enough for real data, shallow enough to leave most of the call stack to the caller. */
const RECURSION_LIMIT = 400;
/**
 * A Map past 4,096 entries outgrows V8's regular heap objects and then costs about ten times as
 * much per entry, so a large graph is remembered in several full Maps of 4,096 entries, up to
 * CHUNKS of them.
 */
const CHUNKS = 16;
/** How many ancestors a cycle check scans before it asks a Set. */
const SHALLOW = 32;
const ObjectPrototype = Object.prototype;
const {
  create,
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertySymbols,
  getPrototypeOf,
  hasOwn,
  isExtensible,
  isFrozen,
  isSealed,
  keys,
  setPrototypeOf,
} = Object;
const { ownKeys } = Reflect;
const { isArray } = Array;
const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';
/** A built-in constructor, as the engine calls it. */
interface Builtin {
  new (first?: unknown, second?: unknown, third?: unknown): object;
  readonly prototype: { valueOf(): unknown };
  readonly name: string;
}
/** What the engine reads from a built-in value (each kind uses its own part). */
interface BuiltinState {
  source: string;
  flags: string;
  lastIndex: number;
  buffer: ArrayBuffer;
  byteOffset: number;
  byteLength: number;
  length: number;
}
const globals = globalThis as unknown as Record<string, Builtin>;

/** Built-ins whose state is not in own properties, by name (their tag) and by prototype. */
const builtinNames = [
  ...'Date RegExp Map Set Error ArrayBuffer DataView Number String Boolean BigInt Symbol URL URLSearchParams'.split(
    ' ',
  ),
  ...'Int8 Uint8 Uint8Clamped Int16 Uint16 Int32 Uint32 Float16 Float32 Float64 BigInt64 BigUint64'
    .split(' ')
    .map((type) => `${type}Array`),
  // Values whose state a copy cannot reach (or must not duplicate): kept by reference.
  ...'WeakMap WeakSet WeakRef Promise FinalizationRegistry SharedArrayBuffer'.split(' '),
];
const uncopyable = builtinNames.slice(-6);
const builtins = new Map<unknown, Builtin>();
/** Prototypes already found to be ordinary classes; weak, so a class can still be collected. */
const classPrototypes = new WeakSet<object>();
for (const name of builtinNames) if (globals[name]) builtins.set(globals[name].prototype, globals[name]);
// Error itself is in the list above.
for (const type of 'Eval Range Reference Syntax Type URI Aggregate'.split(' ')) {
  builtins.set(globals[`${type}Error`]!.prototype, Error as unknown as Builtin);
}
/** Error state that lives in non-enumerable own properties. */
const errorKeys = 'name message stack cause errors'.split(' ');
/** Key of the root, which has no key: never part of a path. */
const ROOT = Symbol();
/** Seen-map entry of an object whose custom handler is still running. */
const IN_HANDLER = {};

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
  const strict = !!options.strict;
  const throwUnsupported = options.unsupported === 'throw';
  // Paths cost a push and a pop per object, so they are kept only when an error can need one.
  const tracking = !preserve || throwUnsupported;
  const handlers = new Map<object, Handler>();
  for (const [type, handler] of options.handlers ?? ([] as HandlerEntry[])) {
    handlers.set(type.prototype, handler as Handler);
  }

  // State of the clone in progress, reused by every call.
  let copies = new Map<object, object>();
  /** Full seen-maps, oldest first. */
  const full: Map<object, object>[] = [];
  // Ancestors of the value being filled, outermost first. The nearest levels are found by a scan,
  // which beats hashing at the depths real data has; levels past SHALLOW are also kept in a Set so
  // a chain a million deep stays linear.
  const ancestors: object[] = [];
  const deepAncestors = new Set<object>();
  let buffers: Map<ArrayBuffer, ArrayBuffer> | undefined;
  const pending: unknown[] = [];
  const path: PropertyKey[] = [];
  let depth = 0;
  /** True while `drain` runs: copies are scheduled, never filled by recursion. */
  let iterative = false;
  /** `for...in` is the fastest key walk, but it would also list enumerable keys added to Object.prototype. */
  let prototypeIsClean = true;

  function fail(code: CloneErrorCode, key: PropertyKey, what: string): never {
    const where = path.slice(1);
    if (key !== ROOT) where.push(key);
    const option = code === 'CIRCULAR' ? 'circular' : 'unsupported';
    throw new CloneError(code, where, `Cannot clone ${what} at ${formatPath(where)} (${option}: 'throw')`);
  }

  function unsupported<V extends object>(value: V, key: PropertyKey, tag: string): V {
    if (!throwUnsupported) return value;
    return fail('UNSUPPORTED', key, tag ? `a ${tag}` : `function ${(value as { name?: string }).name}`);
  }

  function copyOf<V>(value: V, key: PropertyKey): V;
  function copyOf(value: unknown, key: PropertyKey): unknown {
    if (typeof value !== 'object' || value === null) {
      return typeof value === 'function' ? unsupported(value, key, '') : value;
    }
    if (preserve) {
      let known = copies.get(value);
      // Newest first: a handled value is entered twice, and its copy may be in a later map.
      for (let i = full.length; !known && i--; ) known = full[i]!.get(value);
      if (known)
        return known === IN_HANDLER ? fail('CIRCULAR', key, 'a cycle back into a handled value') : known;
      // A full map (4,096 to 8,191 entries) moves to `full`. Past CHUNKS of them, one Map of
      // everything (slow to grow, but one lookup) beats many lookups; it is never moved again.
      if (copies.size >> 12 === 1) {
        full.push(copies);
        copies = new Map();
        if (full.length === CHUNKS)
          for (const map of full.splice(0))
            map.forEach((copy, original) => {
              copies.set(original, copy);
            });
      }
    } else {
      // A loop, not lastIndexOf: the builtin call costs more than the few compares it saves.
      let i = ancestors.length;
      let found = i > SHALLOW && deepAncestors.has(value);
      for (i = Math.min(i, SHALLOW); !found && i--; ) found = ancestors[i] === value;
      if (found) fail('CIRCULAR', key, 'a reference back to an ancestor');
    }
    const prototype = getPrototypeOf(value) as object | null;
    let copy: object;
    let fill: Fill | undefined = copyProperties;
    if (prototype === ObjectPrototype) {
      copy = {};
      if (preserve) copies.set(value, copy);
      if (!strict && prototypeIsClean && !iterative && depth < RECURSION_LIMIT) {
        // The hot path (JSON-like data): no descriptors, room left to recurse, a direct call.
        depth++;
        enter(value, key);
        fillPlain(value, copy);
        if (tracking) leave(value);
        depth--;
      } else {
        visit(!strict && prototypeIsClean ? fillPlain : copyProperties, value, copy, key);
      }
      return copy;
    }
    if (isArray(value)) {
      copy = new Array(value.length);
      if (!strict) fill = fillArray;
    } else if (prototype === null) {
      copy = create(null);
    } else {
      const handler = handlers.get(prototype);
      if (handler) {
        copy = runHandler(handler, value, key);
        if (preserve) copies.set(value, copy);
        return copy;
      }
      // Built-ins are found by prototype (one Map lookup); subclasses and built-ins from another
      // realm by their tag, which costs a string and is rarer.
      let Builtin = builtins.get(prototype);
      if (!Builtin && !classPrototypes.has(prototype)) {
        const tag = ObjectPrototype.toString.call(value).slice(8, -1);
        if (/Generator|Iterator/.test(tag)) return unsupported(value, key, tag);
        if (builtinNames.includes(tag)) Builtin = globals[tag];
        // Instances of one class share a prototype: the next one skips the tag.
        else classPrototypes.add(prototype);
      }
      const source = value as BuiltinState;
      // Rebuilt from the original: given a Date, the constructor reads its time value directly
      // (`+date` would go through Symbol.toPrimitive and valueOf, slower, and a subclass may
      // override them); URL and URLSearchParams read its string and entries, since their state
      // is not in own properties.
      if (Builtin === Date || Builtin === URL || Builtin === URLSearchParams) copy = new Builtin(source);
      else if (Builtin === RegExp) {
        copy = new RegExp(source.source, source.flags);
        (copy as RegExp).lastIndex = source.lastIndex;
      } else if (Builtin === Map) {
        copy = new Map();
        fill = fillMap;
      } else if (Builtin === Set) {
        copy = new Set();
        fill = fillSet;
      } else if (Builtin === Error) {
        copy = new Error();
        fill = fillError;
      } else if (Builtin === ArrayBuffer) {
        // Without a seen-map (circular: 'throw'), views must still find the buffer copy they share.
        const buffer = value as ArrayBuffer;
        buffers ??= new Map();
        // A typed array built from another copies the bytes into a new fixed-length buffer; `slice`
        // would also look up a species constructor, which a subclass can redirect.
        copy = buffers.get(buffer) ?? new Uint8Array(new Uint8Array(buffer)).buffer;
        buffers.set(buffer, copy as ArrayBuffer);
        fill = undefined;
      } else if (Builtin && ArrayBuffer.isView(value)) {
        // Views that shared one buffer share one copied buffer, at the same offsets.
        const { buffer, byteOffset, byteLength, length } = source;
        copy = new Builtin(copyOf(buffer, 'buffer'), byteOffset, Builtin === DataView ? byteLength : length);
        // Their indices are their state; listing them as properties would cost a string per element.
        fill = undefined;
      } else if (Builtin && uncopyable.includes(Builtin.name)) return unsupported(value, key, Builtin.name);
      else if (Builtin) copy = Object(Builtin.prototype.valueOf.call(source));
      else copy = create(prototype);
    }
    // Subclasses of built-ins (Node's Buffer among them), and built-ins from another realm, keep
    // their own prototype.
    if (getPrototypeOf(copy) !== prototype) setPrototypeOf(copy, prototype);
    if (preserve) copies.set(value, copy);
    if (fill) visit(fill, value, copy, key);
    return copy;
  }

  /** Fills a copy now (recursion), or hands its subtree to the explicit stack once deep enough. */
  function visit(fill: Fill, source: object, copy: object, key: PropertyKey): void {
    if (iterative || depth >= RECURSION_LIMIT) {
      const outer = iterative;
      const floor = pending.length;
      pending.push(fill, source, copy, key);
      if (!outer) drain(floor);
      return;
    }
    depth++;
    enter(source, key);
    fill(source, copy);
    if (tracking) leave(source);
    if (strict) keepIntegrity(source, copy);
    depth--;
  }

  function enter(source: object, key: PropertyKey): void {
    if (tracking) {
      if (!preserve && ancestors.push(source) > SHALLOW) deepAncestors.add(source);
      path.push(key);
    }
  }

  function leave(source: object): void {
    if (!preserve) {
      if (ancestors.length > SHALLOW) deepAncestors.delete(source);
      ancestors.pop();
    }
    path.pop();
  }

  /** Fills scheduled copies until the stack is back at `floor`, never recursing. */
  function drain(floor: number): void {
    const outer = iterative;
    iterative = true;
    while (pending.length > floor) {
      const key = pending.pop() as PropertyKey;
      const copy = pending.pop() as object;
      const source = pending.pop() as object;
      const fill = pending.pop() as Fill;
      if (fill === leave) {
        leave(source);
        continue;
      }
      enter(source, key);
      // The node is an ancestor of everything it schedules; `leave` runs once all of that is filled.
      if (tracking) pending.push(leave, source, copy, key);
      fill(source, copy);
      if (strict) keepIntegrity(source, copy);
    }
    iterative = outer;
  }

  function runHandler(handler: Handler, value: object, key: PropertyKey): object {
    // The handler copies its children to completion before it returns, so the value is an
    // ancestor of everything it clones and its key belongs on the path meanwhile.
    if (preserve) copies.set(value, IN_HANDLER);
    enter(value, key);
    const floor = pending.length;
    try {
      return handler(value, (child, childKey = ROOT) => {
        const copy = copyOf(child, childKey);
        drain(floor);
        return copy;
      });
    } finally {
      if (tracking) leave(value);
    }
  }

  function keepIntegrity(source: object, copy: object): void {
    if (!isExtensible(source)) {
      if (isFrozen(source)) Object.freeze(copy);
      else if (isSealed(source)) Object.seal(copy);
      else Object.preventExtensions(copy);
    }
  }

  function fillPlain(source: object, copy: object): void {
    const from = source as PlainRecord;
    const to = copy as PlainRecord;
    for (const name in from) {
      const value = from[name];
      if (name === '__proto__') assign(to, name, value);
      else to[name] = isObject(value) ? copyOf(value, name) : value;
    }
    const symbols = getOwnPropertySymbols(from);
    for (let i = 0; i < symbols.length; i++) copyProperty(from, to, symbols[i]!);
  }

  /** Own properties, for everything but the plain-object and array fast paths. */
  function copyProperties(source: object, copy: object): void {
    const names = strict ? ownKeys(source) : keys(source);
    for (let i = 0; i < names.length; i++) copyProperty(source, copy, names[i]!);
    if (!strict) {
      const symbols = getOwnPropertySymbols(source);
      for (let i = 0; i < symbols.length; i++) copyProperty(source, copy, symbols[i]!);
    }
  }

  /** One own property: as data in the default mode (enumerable only), as its descriptor with `strict`. */
  function copyProperty(source: object, copy: object, key: PropertyKey): void {
    // Arrays report index keys as strings; a path reads better with the numbers code would use.
    const pathKey = typeof key === 'string' && isArray(source) ? toIndex(key) : key;
    if (strict) {
      // A built-in's own state (an array's length, a boxed string's characters) is already there.
      if (hasOwn(copy, key) && !isArray(copy)) return;
      if (key === 'length' && isArray(copy)) return;
      const descriptor = getOwnPropertyDescriptor(source, key)!;
      if ('value' in descriptor) descriptor.value = copyOf(descriptor.value, pathKey);
      defineProperty(copy, key, descriptor);
    } else if (ObjectPrototype.propertyIsEnumerable.call(source, key) && !hasOwn(copy, key)) {
      assign(copy as PlainRecord, key, (source as PlainRecord)[key], pathKey);
    }
  }

  function assign(to: PlainRecord, name: PropertyKey, value: unknown, pathKey = name): void {
    if (name === '__proto__') {
      // Assigning would change the copy's prototype; define it as the own data property it is.
      defineProperty(to, name, {
        value: copyOf(value, name),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      to[name] = isObject(value) ? copyOf(value, pathKey) : value;
    }
  }

  function fillArray(source: object, copy: object): void {
    const from = source as unknown[];
    const to = copy as unknown[];
    let present = 0;
    for (let i = 0; i < from.length; i++) {
      const value = from[i];
      // A hole reads as undefined; `in` tells it from a stored undefined, and holes stay holes.
      if (value !== undefined || i in from) {
        present++;
        to[i] = isObject(value) ? copyOf(value, i) : value;
      }
    }
    // Named extras show up as more keys than elements. Listing the keys costs a string per index,
    // but no cheaper test exists, and a silently dropped property would be worse.
    const names = keys(from);
    if (names.length > present)
      for (const key of names) if (toIndex(key) === key) copyProperty(from, to, key);
    const symbols = getOwnPropertySymbols(from);
    for (let i = 0; i < symbols.length; i++) copyProperty(from, to, symbols[i]!);
  }

  function fillMap(source: object, copy: object): void {
    let index = 0;
    Map.prototype.forEach.call(source, (value: unknown, key: unknown) => {
      const at = index++;
      (copy as Map<unknown, unknown>).set(
        copyOf(key, at),
        copyOf(value, isObject(key) ? at : (key as PropertyKey)),
      );
    });
    copyProperties(source, copy);
  }

  function fillSet(source: object, copy: object): void {
    let index = 0;
    Set.prototype.forEach.call(source, (value: unknown) => {
      (copy as Set<unknown>).add(copyOf(value, index++));
    });
    copyProperties(source, copy);
  }

  function fillError(source: object, copy: object): void {
    delete (copy as Error).stack;
    for (const key of errorKeys) {
      const descriptor = getOwnPropertyDescriptor(source, key);
      // Read, never copy, an accessor here: engines may implement `stack` as one, bound to the original.
      if (descriptor) {
        const value = copyOf((source as PlainRecord)[key], key);
        defineProperty(copy, key, {
          value,
          writable: true,
          configurable: true,
          enumerable: !!descriptor.enumerable,
        });
      }
    }
    copyProperties(source, copy);
  }

  let busy = false;
  const idle = copies;
  return function clone<T>(value: T): T {
    if (!isObject(value)) return value;
    // A getter or a handler that clones again gets an engine of its own; rare enough to pay for.
    if (busy) return createClone(options)(value);
    busy = true;
    prototypeIsClean = true;
    for (const _ in ObjectPrototype) prototypeIsClean = false;
    depth = 0;
    // An error may have left entries behind; the structures are reused, so small clones allocate little.
    if (pending.length + path.length + ancestors.length) pending.length = path.length = ancestors.length = 0;
    if (preserve) copies = new Map();
    try {
      const copy = copyOf(value, ROOT);
      drain(0);
      return copy;
    } finally {
      busy = iterative = false;
      // Nothing the call copied may stay reachable from the engine.
      copies = idle;
      if (full.length) full.length = 0;
      buffers = undefined;
      if (deepAncestors.size) deepAncestors.clear();
    }
  };
}

/** Array index keys come back as numbers, as code writes them; any other key as it is. */
function toIndex(key: PropertyKey): PropertyKey {
  if (typeof key !== 'string') return key;
  const index = Number(key);
  return String(index) === key && index >= 0 && index % 1 === 0 ? index : key;
}
