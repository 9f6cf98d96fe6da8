/*
 * The built-in types the clone knows, in one table, as the structured-clone algorithm keeps its list
 * of serializable types: each row says how a value of that kind is recognized and how it is copied.
 *
 * Recognized by internal slots. `has` calls a built-in method that reads the kind's slots and
 * throws on anything else (a brand check), so neither a prototype (`Object.create(Map.prototype)`,
 * a Proxy of a Map) nor a `Symbol.toStringTag` getter passes for a built-in. Which row to ask is
 * found from the prototype chain: the nearest of this realm's built-in prototypes names the one
 * candidate, so an ordinary class instance costs a lookup, not a failed brand check per row (each
 * failure is a thrown TypeError, microseconds). A value from another realm, whose chain holds none
 * of ours, is asked row by row. Nothing is cached between calls: the same value always gets the
 * same answer.
 *
 * Rows without `has` are recognized by their prototype alone, because their only brand checks
 * have side effects: Promise's `then` marks a rejection handled, a generator's `next` runs it.
 *
 * Everything is built on first use, so a bundle that imports only `CloneError` or `handle` drops it.
 */

/** Copies one value the copy holds, with its key for error paths. */
export type CopyChild = (value: unknown, key: PropertyKey) => unknown;

export interface BuiltinKind {
  /** The type's name, for error messages only. */
  readonly name: string;
  /** The brand check: true when the value has this kind's internal slots. */
  readonly has: ((value: object) => boolean) | undefined;
  /** Why this value cannot be copied at all (a detached buffer), whatever `unsupported` says. */
  readonly broken: ((value: object) => string | undefined) | undefined;
  /** Makes the copy from the internal slots; kinds without it cannot be copied. */
  readonly copy: ((value: object, copyChild: CopyChild) => object) | undefined;
  /** Fills the copy (entries, members) once the clone knows it, so cycles through it are kept. */
  readonly fill: ((source: object, copy: object, copyChild: CopyChild) => void) | undefined;
  /** Own properties copied as data whether enumerable or not: the kind's state (Error's message). */
  readonly state: ReadonlySet<PropertyKey> | undefined;
  /** Its indices are its state: no own property is copied (listing them costs a string each). */
  readonly noProperties: boolean | undefined;
  /** Copies shared even when nothing else is tracked (`circular: 'throw'`): views share a buffer. */
  readonly shared: boolean | undefined;
  /** `copy` copies a value it holds (a view's buffer), whose error path goes through this one. */
  readonly nested: boolean | undefined;
  /**
   * The one-allocation copy of a typed array that spans the whole of an ordinary ArrayBuffer, after
   * `keep(buffer, copy)` has recorded it (the copied buffer is `copy.buffer`); or undefined, nothing
   * done, for any other view or when `fresh(buffer)` says the buffer was met before.
   */
  readonly copyWhole: WholeCopy | undefined;
}

/** See {@link BuiltinKind.copyWhole}. */
export type WholeCopy = (
  view: object,
  fresh: (buffer: object) => boolean,
  keep: (buffer: object, copy: object) => void,
) => object | undefined;

/** Whether a copy must be made of `value` (or a function handled): anything but a primitive. */
export function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** A row of the table as written: what it leaves out is undefined. */
type KindParts = Partial<Omit<BuiltinKind, 'name'>>;

/** Tells the kind of an object whose prototype is not null: undefined for an ordinary object. */
export type Recognizer = (value: object, prototype: object) => BuiltinKind | undefined;

type Method = (this: unknown, probe?: unknown) => unknown;

const { getOwnPropertyDescriptor, getPrototypeOf, ownKeys } = Reflect;

/** The built-in getter or method `key` of `prototype`, to call on any value. */
export function builtin(prototype: object, key: PropertyKey): Method {
  const descriptor = getOwnPropertyDescriptor(prototype, key)!;
  return (descriptor.get ?? descriptor.value) as Method;
}

/** Whether the built-in `method` accepts `value`: it throws on one without the slots it reads. */
function accepts(method: Method, value: object, probe?: unknown): boolean {
  try {
    method.call(value, probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every kind with the same properties in the same order: the engine reads them for every built-in
 * it copies, and one shape keeps those reads monomorphic (a tenth of the cost in V8).
 */
function makeKind(name: string, has: BuiltinKind['has'], how: KindParts = {}): BuiltinKind {
  const { broken, copy, fill, state, noProperties, shared, nested, copyWhole } = how;
  return { name, has, broken, copy, fill, state, noProperties, shared, nested, copyWhole };
}

let recognize: Recognizer | undefined;

/** The recognizer over this realm's table, built on first use. */
export function recognizer(): Recognizer {
  recognize ??= build();
  return recognize;
}

function build(): Recognizer {
  const globals = globalThis as unknown as Record<string, { prototype: object } | undefined>;
  const byPrototype = new Map<object, BuiltinKind>();
  const checked: BuiltinKind[] = [];
  // Brand checks that take an argument (WeakMap's `has`) get one no value was ever stored under.
  const probe = {};
  /**
   * A row for the global `type` (and the subtypes in `also`); `slots` reads the slots, so it is
   * the brand check. A type this engine lacks gets no row.
   */
  const row = (type: string, slots: Method | undefined, how: KindParts, also = ''): void => {
    const prototypes = [type, ...also.split(' ')].map((name) => globals[name]?.prototype);
    if (!prototypes[0]) return;
    const kind = makeKind(type, how.has ?? (slots && ((value: object) => accepts(slots, value, probe))), how);
    for (const prototype of prototypes) if (prototype) byPrototype.set(prototype, kind);
    if (kind.has) checked.push(kind);
  };
  const prototypeOf = (type: string): object => globals[type]!.prototype;

  const getTime = builtin(Date.prototype, 'getTime');
  // From the slot: `new Date(date)` would run a subclass's Symbol.toPrimitive.
  row('Date', getTime, { copy: (date) => new Date(getTime.call(date) as number) });

  const mapForEach = builtin(Map.prototype, 'forEach');
  const mapSet = builtin(Map.prototype, 'set') as (this: unknown, key: unknown, value: unknown) => unknown;
  row('Map', builtin(Map.prototype, 'size'), {
    copy: () => new Map(),
    // The built-in `set`, never the copy's own: a subclass's override must not run on the copy.
    fill(source, copy, copyChild) {
      let index = 0;
      mapForEach.call(source, ((value: unknown, key: unknown) => {
        const at = index++;
        const named = typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol';
        mapSet.call(copy, copyChild(key, at), copyChild(value, named ? key : at));
      }) as never);
    },
  });

  const setForEach = builtin(Set.prototype, 'forEach');
  const setAdd = builtin(Set.prototype, 'add');
  row('Set', builtin(Set.prototype, 'size'), {
    copy: () => new Set(),
    fill(source, copy, copyChild) {
      let index = 0;
      setForEach.call(source, ((value: unknown) => {
        const at = index++;
        // A primitive is its own copy: no call for it (1.1-1.2x on a Set of 50 numbers, ad hoc).
        setAdd.call(copy, isObject(value) ? copyChild(value, at) : value);
      }) as never);
    },
  });

  // The flag getters throw for anything without [[OriginalFlags]] but RegExp.prototype itself.
  row('RegExp', builtin(RegExp.prototype, 'global'), {
    copy(pattern) {
      // Given a RegExp, the constructor reads source and flags from its slots: a subclass
      // overriding `flags` or `source` cannot change the copy.
      const copy = new RegExp(pattern as RegExp);
      copy.lastIndex = (pattern as RegExp).lastIndex;
      return copy;
    },
  });

  row(
    'Error',
    undefined,
    errorKind(),
    'EvalError RangeError ReferenceError SyntaxError TypeError URIError AggregateError',
  );

  const bufferLength = builtin(ArrayBuffer.prototype, 'byteLength');
  const detached = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
  const isDetached = (buffer: object): boolean => {
    if (detached) return detached.call(buffer) as boolean;
    // Engines before ArrayBuffer.prototype.detached: only a detached buffer refuses a view.
    try {
      new Uint8Array(buffer as ArrayBuffer);
      return false;
    } catch {
      return true;
    }
  };
  row('ArrayBuffer', bufferLength, {
    broken: (buffer) =>
      bufferLength.call(buffer) === 0 && isDetached(buffer) ? 'a detached ArrayBuffer' : undefined,
    // A typed array made from another copies the bytes into a new fixed-length buffer; `slice`
    // would look up a species constructor, which a subclass can redirect.
    copy: (buffer) => new Uint8Array(new Uint8Array(buffer as ArrayBuffer)).buffer,
    noProperties: true,
    shared: true,
  });

  for (const type of ['Number', 'String', 'Boolean', 'BigInt', 'Symbol']) {
    const unbox = builtin(prototypeOf(type), 'valueOf');
    row(type, unbox, { copy: (boxed) => Object(unbox.call(boxed)) });
  }
  if (globals.URL) {
    // Its href from the built-in getter: `new URL(url)` would call a subclass's toString.
    const href = builtin(URL.prototype, 'href');
    row('URL', href, { copy: (url) => new URL(href.call(url) as string) });
    const query = builtin(URLSearchParams.prototype, 'toString');
    row('URLSearchParams', query, { copy: (params) => new URLSearchParams(query.call(params) as string) });
  }

  // Values whose state a copy cannot reach, or must not duplicate: kept by reference or reported.
  row('WeakMap', builtin(WeakMap.prototype, 'has'), {});
  row('WeakSet', builtin(WeakSet.prototype, 'has'), {});
  // Pages without cross-origin isolation have no SharedArrayBuffer.
  if (globals.SharedArrayBuffer)
    row('SharedArrayBuffer', builtin(prototypeOf('SharedArrayBuffer'), 'byteLength'), {});
  if (globals.FinalizationRegistry)
    row('FinalizationRegistry', builtin(prototypeOf('FinalizationRegistry'), 'unregister'), {});
  row('Promise', undefined, {});
  row('WeakRef', undefined, {});
  const generator = getPrototypeOf(function* () {}.prototype) as object;
  const asyncGenerator = getPrototypeOf(async function* () {}.prototype) as object;
  // Every built-in iterator (Map's, Array's, iterator helpers) inherits from one of the last two.
  for (const [name, prototype] of [
    ['generator', generator],
    ['generator', asyncGenerator],
    ['iterator', getPrototypeOf(generator)],
    ['iterator', getPrototypeOf(asyncGenerator)],
  ] as const) {
    byPrototype.set(prototype!, makeKind(name, undefined));
  }

  // Typed arrays and DataView, in any realm and whatever their prototype: `isView` reads the slots.
  const { isView } = ArrayBuffer;
  const view = makeKind('ArrayBuffer view', isView, viewKind());
  for (const prototype of [getPrototypeOf(Int8Array.prototype) as object, DataView.prototype])
    byPrototype.set(prototype, view);
  const objectPrototype = Object.prototype;
  return (value, prototype) => {
    for (let link: object | null = prototype; link !== null; link = getPrototypeOf(link)) {
      if (link === objectPrototype) return isView(value) ? view : undefined;
      const kind = byPrototype.get(link);
      if (kind) return !kind.has || kind.has(value) ? kind : undefined;
    }
    // Another realm's value (or a chain rooted in a null-prototype object). A plain object there has
    // a prototype with none above it; anything else is asked row by row.
    if (isView(value)) return view;
    if (getPrototypeOf(prototype) === null) return undefined;
    return checked.find((kind) => kind.has!(value));
  };
}

/**
 * Error: the [[ErrorData]] slot has no brand check before `Error.isError` (ES2026). Where the
 * engine lacks it, `Object.prototype.toString` answers from the slot as long as no
 * `Symbol.toStringTag` is in the way; with one in the way, the chain must lead to Error.prototype.
 */
function errorKind(): KindParts {
  const isError = (Error as { isError?: (value: unknown) => boolean }).isError;
  const tagOf = builtin(Object.prototype, 'toString');
  const inherits = builtin(Object.prototype, 'isPrototypeOf');
  const fresh = (): Error => new Error('', { cause: 0 });
  return {
    has: (value) =>
      isError
        ? isError(value)
        : Symbol.toStringTag in value
          ? inherits.call(Error.prototype, value) === true
          : tagOf.call(value) === '[object Error]',
    copy() {
      // What the engine puts on a new error tells where the copy was made: the original's replaces it.
      const copy = fresh();
      for (const key of ownKeys(copy)) delete (copy as unknown as Record<PropertyKey, unknown>)[key];
      return copy;
    },
    // What this engine puts on a new error (its stack; on JavaScriptCore also line, column and
    // sourceURL), plus what code sets: all of it state, copied whether enumerable or not.
    state: new Set(['name', 'errors', ...ownKeys(fresh())]),
    fill(source, copy) {
      // SpiderMonkey keeps `stack` in an accessor on Error.prototype, which would tell where the
      // copy was made.
      const { stack } = source as Error;
      if ((copy as Error).stack !== stack) {
        Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true });
      }
    },
  };
}

/** Typed arrays and DataView: a view on the copied buffer, at the same offset and length. */
function viewKind(): KindParts {
  const typedArray = getPrototypeOf(Int8Array.prototype) as object;
  // The %TypedArray% tag getter reads [[TypedArrayName]] from the slot (undefined for a DataView):
  // a brand check that names the element type, never the value's own Symbol.toStringTag.
  const typedArrayName = builtin(typedArray, Symbol.toStringTag);
  const at = builtin(typedArray, 'at');
  /** Its buffer, byte offset and length (in elements for a typed array, bytes for a DataView). */
  const getters = (prototype: object, length: string) =>
    ['buffer', 'byteOffset', length].map((key) => builtin(prototype, key)) as [Method, Method, Method];
  const ofTypedArray = getters(typedArray, 'length');
  const ofDataView = getters(DataView.prototype, 'byteLength');
  const byteLength = builtin(typedArray, 'byteLength');
  const bufferLength = builtin(ArrayBuffer.prototype, 'byteLength');
  const globals = globalThis as unknown as Record<string, new (...args: unknown[]) => object>;
  return {
    broken(view) {
      const name = typedArrayName.call(view) as string | undefined;
      // Out of bounds (its resizable buffer shrank) or detached: a DataView's getters throw; a typed
      // array reports itself empty, and `at` then refuses it.
      const usable = name
        ? ofTypedArray[2].call(view) !== 0 || accepts(at, view)
        : accepts(ofDataView[2], view);
      return usable ? undefined : `a ${name ?? 'DataView'} whose buffer is detached or too small for it`;
    },
    copy(view, copyChild) {
      const name = typedArrayName.call(view) as string | undefined;
      const [buffer, offset, length] = name ? ofTypedArray : ofDataView;
      return new globals[name ?? 'DataView']!(
        copyChild(buffer.call(view), 'buffer'),
        offset.call(view),
        length.call(view),
      );
    },
    // Copying the buffer, then making a view on the copy, allocates twice; `new Int32Array(view)`
    // allocates once, and when the view covers all of its buffer the bytes are the same. Bun
    // copies a 1 KB typed array 3.6x as fast this way (119 vs 429 ns, ad hoc); V8 about as fast.
    // Reading the copy's `buffer` is left to the clone, for when it meets that buffer again:
    // JavaScriptCore makes the ArrayBuffer object on the first read (370 ns of the 840).
    copyWhole(view, fresh, keep) {
      const name = typedArrayName.call(view) as string | undefined;
      if (!name || ofTypedArray[1].call(view) !== 0) return undefined;
      const buffer = ofTypedArray[0].call(view) as ArrayBuffer;
      // Only this realm's ordinary buffers: a SharedArrayBuffer is kept, a subclass keeps its
      // prototype, and a detached or shrunk buffer (length 0) goes through the checks.
      const length = byteLength.call(view) as number;
      if (getPrototypeOf(buffer) !== ArrayBuffer.prototype || length === 0) return undefined;
      if (bufferLength.call(buffer) !== length || !fresh(buffer)) return undefined;
      const copy = new globals[name]!(view);
      keep(buffer, copy);
      return copy;
    },
    noProperties: true,
    nested: true,
  };
}
