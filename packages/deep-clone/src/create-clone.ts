import { type BuiltinKind, builtin, isObject, recognizer } from './builtin-kinds.js';
import { CloneError, type CloneErrorCode, formatPath } from './clone-error.js';
import { type Handler, type ResolvedOptions, resolveOptions } from './options.js';
import type { CloneOptions } from './types.js';

/*
 * One engine for every mode. Shallow values recurse on the call stack, which is the fastest way
 * to copy the trees most programs hold; below `RECURSION_LIMIT` levels the engine switches to an
 * explicit stack for the rest of that subtree, so a chain a million levels deep costs a million
 * slots of an array, not a million frames, and no input can overflow the call stack.
 *
 * Every object is copied in two steps: `copyOf` makes the copy right away (a shell the parent can
 * point at, which also keeps key order) and `visit` fills it, either now (recursion) or later from
 * the explicit stack (`drain`). The explicit stack holds (fill, source, copy, key) groups; filling
 * depth-first from it keeps ancestor tracking exact: a node is an ancestor of what is being filled
 * exactly while its `leave` marker is below it on the stack.
 *
 * Copies get their properties as own data properties, never by assignment through the prototype
 * chain, where a setter, a getter-only accessor or a frozen prototype would take the value: a plain
 * object is copied by spread syntax, which defines (and is the fastest copy engines have); other
 * objects define a property wherever their chain has one of that name. Built-ins are recognized
 * and copied by the table in builtin-kinds.ts.
 *
 * Which structure tracks what was seen is a measured choice (see the package README): a Map from
 * original to copy for 'preserve' (faster than a WeakMap here, and the map dies with the call, so
 * weakness would buy nothing), a stack of the current ancestors for 'throw' (see `enter`).
 */

type Fill = (source: object, copy: object) => void;
type PlainRecord = Record<PropertyKey, unknown>;

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
/** Key of a value that has none (the root, a child cloned without a key): never part of a path. */
const NO_KEY = Symbol();
/** Seen-map entry of an object whose custom handler is still running. */
const IN_HANDLER = {};

/**
 * Builds a clone function with its options checked and resolved once, for hot paths. The function
 * is reentrant (a getter or handler may clone again) and keeps no reference to anything it copied,
 * whether it returns or throws.
 *
 * @param options - see {@link CloneOptions}
 * @returns a function that deep-copies its argument
 * @throws TypeError when an option has a value it does not take (it names the option and the values)
 *
 * @example
 * ```ts
 * import { createClone } from '@weakset-recipes/deep-clone';
 *
 * const cloneState = createClone({ circular: 'throw', unsupported: 'throw' });
 * const next = cloneState({ todos: [{ id: 1, done: false }] });
 * ```
 */
export function createClone(options?: CloneOptions): <T>(value: T) => T {
  return buildEngine(resolveOptions(options, 'createClone'));
}

/** The engine for options already resolved (also what a reentrant call builds). */
export function buildEngine(options: ResolvedOptions): <T>(value: T) => T {
  const { preserve, strict, throwUnsupported, handlers } = options;
  const { create, defineProperty, getOwnPropertyDescriptor, getOwnPropertySymbols, getPrototypeOf, hasOwn } =
    Object;
  const { isExtensible, isFrozen, isSealed, keys, setPrototypeOf } = Object;
  const { ownKeys } = Reflect;
  const { isArray } = Array;
  const ObjectPrototype = Object.prototype;
  const ArrayPrototype = Array.prototype;
  const isEnumerable = ObjectPrototype.propertyIsEnumerable;
  const kindOf = recognizer();
  /** A handler for Object or Array copies plain objects or arrays too, which otherwise never look for one. */
  const plainHandled = handlers.has(ObjectPrototype);
  const arraysHandled = handlers.has(ArrayPrototype);
  const buffersHandled = handlers.has(ArrayBuffer.prototype);

  // State of the clone in progress, reused by every call, emptied when it returns or throws.
  let copies = new Map<object, object>();
  /** Full seen-maps, oldest first. */
  let full: Map<object, object>[] = [];
  // Ancestors of the value being filled, outermost first. The nearest levels are found by a scan,
  // which beats hashing at the depths real data has; levels past SHALLOW are also kept in a Set so
  // a chain a million deep stays linear.
  const ancestors: object[] = [];
  const deepAncestors = new Set<object>();
  /** Copies that stay shared without a seen-map (`circular: 'throw'`): buffers under views. */
  let shared: Map<object, object> | undefined;
  // Buffers copied with the typed array that spans each, to that array's copy: the copied buffer
  // is read from it only if the clone meets the buffer again (JavaScriptCore makes the object then).
  let wholeViews: Map<object, object> | undefined;
  // The intrinsic getter: a copy may have a subclass's prototype, whose `buffer` could be anything.
  const viewBuffer = builtin(getPrototypeOf(Int8Array.prototype) as object, 'buffer');
  const pending: unknown[] = [];
  /**
   * Error paths cost nothing until an error: each level filled by recursion stores its key at its
   * depth here, and below the recursion limit the explicit stack's `leave` markers hold theirs.
   */
  const trail: PropertyKey[] = [];
  /** Originals remembered since the outermost running `cloneChild` began: what a failed child takes back. */
  const journal: object[] = [];
  let childCalls = 0;
  let depth = 0;
  /** True while `drain` runs: copies are scheduled, never filled by recursion. */
  let iterative = false;
  /** `for...in` is the fastest key walk, but it would also list enumerable keys added to Object.prototype. */
  let prototypeIsClean = true;
  const kindFills = new Map<BuiltinKind, Fill>();

  function fail(code: CloneErrorCode, key: PropertyKey, what: string, why: string): never {
    const steps = trail.slice(0, depth);
    for (let i = 0; i < pending.length; i += 4)
      if (pending[i] === leave) steps.push(pending[i + 3] as PropertyKey);
    steps.push(key);
    const where = steps.filter((step) => step !== NO_KEY);
    throw new CloneError(code, where, `Cannot clone ${what} at ${formatPath(where)}${why}`);
  }

  function unsupported<V extends object>(value: V, key: PropertyKey, what: string): V {
    return throwUnsupported ? fail('UNSUPPORTED', key, what, " (unsupported: 'throw')") : value;
  }

  function remember(original: object, copy: object): void {
    copies.set(original, copy);
    if (childCalls) journal.push(original);
  }

  function copyOf<V>(value: V, key: PropertyKey): V;
  function copyOf(value: unknown, key: PropertyKey): unknown {
    if (typeof value !== 'object' || value === null) {
      return typeof value === 'function' ? unsupported(value, key, `function ${value.name}`) : value;
    }
    if (preserve) {
      let known = copies.get(value);
      // Newest first: a handled value is entered twice, and its copy may be in a later map.
      for (let i = full.length; !known && i--; ) known = full[i]!.get(value);
      if (known) {
        return known === IN_HANDLER
          ? fail('CIRCULAR', key, 'a cycle back into a handled value', ': its handler has not returned yet')
          : known;
      }
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
      if (found) fail('CIRCULAR', key, 'a reference back to an ancestor', " (circular: 'throw')");
    }
    let prototype: object | null;
    try {
      prototype = getPrototypeOf(value);
    } catch (error) {
      return unreadable(value, key, error);
    }
    if (prototype === ArrayPrototype && !strict && !arraysHandled && isArray(value)) {
      // The other common case: a plain array, filled like a plain object.
      const copy = new Array((value as unknown[]).length);
      if (preserve) remember(value, copy);
      visit(fillArray, value, copy, key);
      return copy;
    }
    if (prototype !== ObjectPrototype || plainHandled) return copyObject(value, prototype, key);
    if (strict) {
      const copy = {};
      if (preserve) remember(value, copy);
      visit(copyProperties, value, copy, key);
      return copy;
    }
    // The hot path (JSON-like data).
    const copy = {};
    if (preserve) {
      copies.set(value, copy);
      if (childCalls) journal.push(value);
    }
    if (prototypeIsClean && !iterative && depth < RECURSION_LIMIT) {
      // Room left to recurse: a direct call.
      trail[depth++] = key;
      enter(value);
      fillPlain(value, copy);
      leave(value);
      depth--;
    } else {
      visit(prototypeIsClean ? fillPlain : copyProperties, value, copy, key);
    }
    return copy;
  }

  /** Everything but a plain object: arrays, built-ins, handled types, class instances. */
  function copyObject(value: object, prototype: object | null, key: PropertyKey): object {
    const handler = handlers.size === 0 ? undefined : handlers.get(prototype!);
    if (handler) {
      const copy = runHandler(handler, value, key);
      if (preserve) remember(value, copy);
      return copy;
    }
    let copy: object;
    let fill: Fill | undefined = copyProperties;
    if (isArray(value)) {
      copy = new Array((value as unknown[]).length);
      // Filled as a plain array, whose prototype chain has no elements; a subclass's prototype,
      // which might, comes after.
      if (!strict) fill = prototype === ArrayPrototype ? fillArray : fillArraySubclass;
    } else if (prototype === null) {
      copy = create(null);
    } else {
      const kind = kindOf(value, prototype);
      if (!kind) copy = create(prototype);
      else if (kind.shared && wholeViews?.has(value)) return takeWholeBuffer(value);
      else {
        const whole = buffersHandled ? undefined : kind.copyWhole?.(value, isNewBuffer, keepBuffer);
        if (whole) {
          if (getPrototypeOf(whole) !== prototype) setPrototypeOf(whole, prototype);
          if (preserve) remember(value, whole);
          return whole;
        }
        const problem = kind.broken?.(value);
        if (problem) fail('UNSUPPORTED', key, problem, '');
        if (!kind.copy)
          return unsupported(value, key, `${/^[aeiou]/i.test(kind.name) ? 'an' : 'a'} ${kind.name}`);
        if (kind.shared && !preserve) {
          shared ??= new Map();
          const known = shared.get(value);
          if (known) return known;
        }
        // A view copies its buffer, under the view's own key.
        copy = kind.nested ? under(key, value, () => kind.copy!(value, copyOf)) : kind.copy(value, copyOf);
        if (kind.shared && !preserve) shared!.set(value, copy);
        fill = kind.noProperties ? undefined : fillFor(kind);
      }
    }
    // Subclasses of built-ins (Node's Buffer among them), and built-ins from another realm, keep
    // their own prototype.
    if (fill !== fillArraySubclass && getPrototypeOf(copy) !== prototype) setPrototypeOf(copy, prototype);
    if (preserve) remember(value, copy);
    if (fill) visit(fill, value, copy, key);
    return copy;
  }

  /** Whether the clone has not met `buffer` yet (see BuiltinKind.copyWhole). */
  function isNewBuffer(buffer: object): boolean {
    if (wholeViews?.has(buffer)) return false;
    if (!preserve) return !shared?.has(buffer);
    if (copies.has(buffer)) return false;
    for (const map of full) if (map.has(buffer)) return false;
    return true;
  }

  function keepBuffer(buffer: object, view: object): void {
    // Not journaled: if a handler's child fails, its copy of the buffer is whole and can be reused.
    wholeViews ??= new Map();
    wholeViews.set(buffer, view);
  }

  /** The copy of a buffer a copied view spans, made its copy from now on. */
  function takeWholeBuffer(buffer: object): object {
    const copy = viewBuffer.call(wholeViews!.get(buffer)) as object;
    wholeViews!.delete(buffer);
    if (preserve) remember(buffer, copy);
    else {
      shared ??= new Map();
      shared.set(buffer, copy);
    }
    return copy;
  }

  /** Why an object cannot even be read: a revoked Proxy (any other error is the caller's). */
  function unreadable(value: object, key: PropertyKey, error: unknown): never {
    try {
      // Runs no trap: throws for a revoked Proxy only.
      isArray(value);
    } catch {
      fail('UNSUPPORTED', key, 'a revoked Proxy', '');
    }
    throw error;
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
    trail[depth++] = key;
    enter(source);
    fill(source, copy);
    leave(source);
    if (strict) keepIntegrity(source, copy);
    depth--;
  }

  /** `circular: 'throw'`: the value is an ancestor of everything copied until `leave`. */
  function enter(source: object): void {
    if (!preserve && ancestors.push(source) > SHALLOW) deepAncestors.add(source);
  }

  function leave(source: object): void {
    if (!preserve) {
      if (ancestors.length > SHALLOW) deepAncestors.delete(source);
      ancestors.pop();
    }
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
      enter(source);
      // The node is an ancestor of everything it schedules; `leave` runs once all of that is filled.
      pending.push(leave, source, copy, key);
      fill(source, copy);
      if (strict) keepIntegrity(source, copy);
    }
    iterative = outer;
  }

  function runHandler(handler: Handler, value: object, key: PropertyKey): object {
    // The handler copies its children to completion before it returns, so the value is an
    // ancestor of everything it clones and its key belongs in their paths meanwhile.
    if (preserve) remember(value, IN_HANDLER);
    enter(value);
    const copy = under(key, value, () => {
      const floor = pending.length;
      return handler(value, (child, childKey = NO_KEY) => {
        // A handler may catch a child's error and go on: the state is then put back as it was.
        const { length: ancestorCount } = ancestors;
        const { length: journaled } = journal;
        const outerDepth = depth;
        const outerIterative = iterative;
        childCalls++;
        try {
          const childCopy = copyOf(child, childKey);
          drain(floor);
          return childCopy;
        } catch (error) {
          pending.length = floor;
          while (ancestors.length > ancestorCount) deepAncestors.delete(ancestors.pop()!);
          while (journal.length > journaled) forget(journal.pop()!);
          depth = outerDepth;
          iterative = outerIterative;
          throw error;
        } finally {
          if (--childCalls === 0) journal.length = 0;
        }
      });
    });
    leave(value);
    return copy;
  }

  /**
   * Runs `copy` with `key` on the path of everything it copies: a handled value's, or a view's
   * while it copies its buffer. Only what `copy` itself drains may be scheduled meanwhile.
   */
  function under<R>(key: PropertyKey, value: object, copy: () => R): R {
    const scheduled = iterative;
    if (scheduled) pending.push(leave, value, value, key);
    else trail[depth++] = key;
    const result = copy();
    if (scheduled) pending.length -= 4;
    else depth--;
    return result;
  }

  /** Takes an original out of the seen-maps, wherever it went. */
  function forget(original: object): void {
    copies.delete(original);
    for (const map of full) map.delete(original);
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
      const copied = isObject(value) ? copyOf(value, name) : value;
      // Assignment is the fast way to add a property; an own `__proto__` key, and any name a frozen
      // Object.prototype holds (assignment then throws), are defined instead.
      if (name === '__proto__') defineData(to, name, copied);
      else
        try {
          to[name] = copied;
        } catch {
          defineData(to, name, copied);
        }
    }
    const symbols = getOwnPropertySymbols(from);
    for (let i = 0; i < symbols.length; i++) copyProperty(from, to, symbols[i]!);
  }

  /** Own properties, for everything but the plain-object and array fast paths. */
  function copyProperties(source: object, copy: object, state?: ReadonlySet<PropertyKey>): void {
    const every = strict || state !== undefined;
    const names = every ? ownKeys(source) : keys(source);
    for (let i = 0; i < names.length; i++) copyProperty(source, copy, names[i]!, state);
    if (!every) {
      const symbols = getOwnPropertySymbols(source);
      for (let i = 0; i < symbols.length; i++) copyProperty(source, copy, symbols[i]!);
    }
  }

  /**
   * One own property: as data in the default mode (enumerable only), as its descriptor with
   * `strict`; a built-in's state (Error's message) as data either way.
   */
  function copyProperty(
    source: object,
    copy: object,
    key: PropertyKey,
    state?: ReadonlySet<PropertyKey>,
  ): void {
    // Arrays report index keys as strings; a path reads better with the numbers code would use.
    const pathKey = typeof key === 'string' && isArray(source) ? toIndex(key) : key;
    if (state?.has(key)) {
      // Read, never copied as an accessor: engines may implement `stack` as one, bound to the original.
      defineProperty(copy, key, {
        value: copyOf((source as PlainRecord)[key], pathKey),
        writable: true,
        configurable: true,
        enumerable: isEnumerable.call(source, key),
      });
    } else if (strict) {
      // A built-in's own state (an array's length, a boxed string's characters) is already there.
      if (isArray(copy) ? key === 'length' : hasOwn(copy, key)) return;
      const descriptor = getOwnPropertyDescriptor(source, key);
      if (!descriptor) return;
      if ('value' in descriptor) descriptor.value = copyOf(descriptor.value, pathKey);
      defineProperty(copy, key, descriptor);
    } else if (isEnumerable.call(source, key) && !hasOwn(copy, key)) {
      const value = (source as PlainRecord)[key];
      const copied = isObject(value) ? copyOf(value, pathKey) : value;
      // Assignment would run a setter, or fail on a read-only property, of the same name up the chain.
      if (key in copy) defineData(copy, key, copied);
      else (copy as PlainRecord)[key] = copied;
    }
  }

  function defineData(target: object, key: PropertyKey, value: unknown): void {
    defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  }

  function fillArray(source: object, copy: object): void {
    const from = source as unknown[];
    const to = copy as unknown[];
    const { length } = from;
    const names = keys(from);
    // A sparse array (`a.length = 2 ** 32 - 1`) costs what its own keys cost, never its length.
    const dense = length <= 8 * names.length + 64;
    let elements = 0;
    if (dense) {
      for (let i = 0; i < length; i++) {
        const value = from[i];
        // A hole reads as undefined; `in` tells it from a stored undefined, and holes stay holes.
        if (value !== undefined || i in from) {
          elements++;
          to[i] = isObject(value) ? copyOf(value, i) : value;
        }
      }
    }
    // More keys than elements: named extras, among them keys like '4294967295', which are not
    // indices. Listing the keys costs a string per index, but no cheaper test exists, and a
    // silently dropped property would be worse.
    if (names.length !== elements) {
      for (let i = 0; i < names.length; i++) {
        if (!dense || !isArrayIndex(names[i]!)) copyProperty(from, to, names[i]!);
      }
    }
    const symbols = getOwnPropertySymbols(from);
    for (let i = 0; i < symbols.length; i++) copyProperty(from, to, symbols[i]!);
  }

  function fillArraySubclass(source: object, copy: object): void {
    fillArray(source, copy);
    setPrototypeOf(copy, getPrototypeOf(source));
  }

  /** Fills a built-in's copy: its own properties, then what its slots hold (entries, members). */
  function fillFor(kind: BuiltinKind): Fill {
    const { fill: fillSlots, state } = kind;
    if (!fillSlots && !state) return copyProperties;
    let fill = kindFills.get(kind);
    if (!fill) {
      fill = (source, copy) => {
        copyProperties(source, copy, state);
        fillSlots?.(source, copy, copyOf);
      };
      kindFills.set(kind, fill);
    }
    return fill;
  }

  let busy = false;
  return function clone<T>(value: T): T {
    if (!isObject(value)) return value;
    // A getter or a handler that clones again gets an engine of its own; rare enough to pay for.
    if (busy) return buildEngine(options)(value);
    busy = true;
    prototypeIsClean = true;
    for (const _ in ObjectPrototype) prototypeIsClean = false;
    try {
      const copy = copyOf(value, NO_KEY);
      drain(0);
      return copy;
    } finally {
      // Nothing the call copied may stay reachable from the engine, whether it returned or threw.
      busy = iterative = false;
      depth = childCalls = 0;
      // (`trail` holds keys only, rewritten by the next call.)
      if (pending.length + ancestors.length + journal.length)
        pending.length = ancestors.length = journal.length = 0;
      if (copies.size) copies = new Map();
      if (full.length) full = [];
      shared = wholeViews = undefined;
      if (deepAncestors.size) deepAncestors.clear();
    }
  };
}

/** Whether a key names an array element: a canonical integer below 2 ** 32 - 1. */
function isArrayIndex(key: string): boolean {
  const index = Number(key);
  return index >>> 0 === index && index !== 4294967295 && String(index) === key;
}

/** Array index keys come back as numbers, as code writes them; any other key as it is. */
function toIndex(key: string): PropertyKey {
  return isArrayIndex(key) ? Number(key) : key;
}
