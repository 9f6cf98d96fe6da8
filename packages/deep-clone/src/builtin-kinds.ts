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
  readonly has?: (value: object) => boolean;
  /** Why this value cannot be copied at all (a detached buffer), whatever `unsupported` says. */
  readonly broken?: (value: object) => string | undefined;
  /** Makes the copy from the internal slots; kinds without it cannot be copied. */
  readonly copy?: (value: object, copyChild: CopyChild) => object;
  /** Fills the copy (entries, members) once the clone knows it, so cycles through it are kept. */
  readonly fill?: (source: object, copy: object, copyChild: CopyChild) => void;
  /** Own properties copied as data whether enumerable or not: the kind's state (Error's message). */
  readonly state?: ReadonlySet<PropertyKey>;
  /** Its indices are its state: no own property is copied (listing them costs a string each). */
  readonly noProperties?: true;
  /** Copies shared even when nothing else is tracked (`circular: 'throw'`): views share a buffer. */
  readonly shared?: true;
}

export interface BuiltinTable {
  /** This realm's built-in prototypes, each with its kind. */
  readonly byPrototype: Map<object, BuiltinKind>;
  /** Kinds with a brand check, most common first: asked in turn for values from another realm. */
  readonly checked: readonly BuiltinKind[];
  /** ArrayBuffer views (typed arrays, DataView), found by `ArrayBuffer.isView` in any realm. */
  readonly view: BuiltinKind;
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Constructor = new (...args: never[]) => object;

const { getOwnPropertyDescriptor, getPrototypeOf, ownKeys } = Reflect;

/** The built-in getter or method `key` of `prototype`, to call on any value. */
function builtin(prototype: object, key: PropertyKey): Method {
  const descriptor = getOwnPropertyDescriptor(prototype, key)!;
  return (descriptor.get ?? descriptor.value) as Method;
}

/** A brand check from a built-in that throws when the value lacks the slots it reads. */
function brand(method: Method, argument?: unknown): (value: object) => boolean {
  return (value) => {
    try {
      method.call(value, argument);
      return true;
    } catch {
      return false;
    }
  };
}

function defineHidden(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

let table: BuiltinTable | undefined;

/** The table, built once per realm on first use. */
export function builtinTable(): BuiltinTable {
  table ??= buildTable();
  return table;
}

/**
 * Returns the function that tells the kind of an object whose prototype is not null (undefined
 * for an ordinary object: a plain object, a class instance, `Object.create(Map.prototype)`).
 */
export function recognizer(): (value: object, prototype: object) => BuiltinKind | undefined {
  const { byPrototype, checked, view } = builtinTable();
  const objectPrototype = Object.prototype;
  const { isView } = ArrayBuffer;
  return (value, prototype) => {
    if (isView(value)) return view;
    for (let link: object | null = prototype; link !== null; link = getPrototypeOf(link)) {
      if (link === objectPrototype) return undefined;
      const kind = byPrototype.get(link);
      if (kind) return !kind.has || kind.has(value) ? kind : undefined;
    }
    // Another realm's value (or a chain rooted in a null-prototype object). A plain object there has
    // a prototype with none above it; anything else is asked row by row.
    if (getPrototypeOf(prototype) === null) return undefined;
    return checked.find((kind) => kind.has!(value));
  };
}

function buildTable(): BuiltinTable {
  const globals = globalThis as unknown as Record<string, Constructor | undefined>;
  const byPrototype = new Map<object, BuiltinKind>();
  const checked: BuiltinKind[] = [];
  /** Adds a row for the globals named in `types` that this engine has. */
  const row = (types: string, kind: BuiltinKind, extraPrototypes: object[] = []): void => {
    const prototypes = types
      .split(' ')
      .map((type) => globals[type]?.prototype as object | undefined)
      .concat(extraPrototypes)
      .filter((prototype) => prototype !== undefined);
    if (prototypes.length === 0) return;
    for (const prototype of prototypes) byPrototype.set(prototype, kind);
    if (kind.has) checked.push(kind);
  };
  const boxed = (type: string): void => {
    const unbox = builtin(globals[type]!.prototype, 'valueOf');
    row(type, { name: type, has: brand(unbox), copy: (value) => Object(unbox.call(value)) });
  };

  const getTime = builtin(Date.prototype, 'getTime');
  row('Date', {
    name: 'Date',
    has: brand(getTime),
    // Read from the slot: `+date` would run a subclass's valueOf or Symbol.toPrimitive.
    copy: (value) => new Date(getTime.call(value) as number),
  });

  const mapForEach = builtin(Map.prototype, 'forEach');
  const mapSet = builtin(Map.prototype, 'set');
  row('Map', {
    name: 'Map',
    has: brand(builtin(Map.prototype, 'size')),
    copy: () => new Map(),
    // The built-in `set`, never the copy's own: a subclass's override must not run on the copy.
    fill(source, copy, copyChild) {
      let index = 0;
      mapForEach.call(source, (value: unknown, key: unknown) => {
        const at = index++;
        const pathKey =
          typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : at;
        mapSet.call(copy, copyChild(key, at), copyChild(value, pathKey));
      });
    },
  });

  const setForEach = builtin(Set.prototype, 'forEach');
  const setAdd = builtin(Set.prototype, 'add');
  row('Set', {
    name: 'Set',
    has: brand(builtin(Set.prototype, 'size')),
    copy: () => new Set(),
    fill(source, copy, copyChild) {
      let index = 0;
      setForEach.call(source, (value: unknown) => {
        setAdd.call(copy, copyChild(value, index++));
      });
    },
  });

  row('RegExp', {
    name: 'RegExp',
    // Throws for anything without [[OriginalSource]] but RegExp.prototype itself.
    has: brand(builtin(RegExp.prototype, 'source')),
    copy(value) {
      // Given a RegExp, the constructor reads its source and flags from the slots, so a subclass
      // overriding `flags` or `source` cannot change the copy.
      const copy = new RegExp(value as RegExp);
      copy.lastIndex = (value as RegExp).lastIndex;
      return copy;
    },
  });

  row('Error EvalError RangeError ReferenceError SyntaxError TypeError URIError AggregateError', errorKind());

  const bufferLength = builtin(ArrayBuffer.prototype, 'byteLength');
  const detached = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
  const isDetached = (buffer: object): boolean => {
    if (bufferLength.call(buffer) !== 0) return false;
    if (detached) return detached.call(buffer) as boolean;
    // Engines before ArrayBuffer.prototype.detached: only a detached buffer refuses a view.
    try {
      new Uint8Array(buffer as ArrayBuffer);
      return false;
    } catch {
      return true;
    }
  };
  row('ArrayBuffer', {
    name: 'ArrayBuffer',
    has: brand(bufferLength),
    broken: (buffer) => (isDetached(buffer) ? 'a detached ArrayBuffer' : undefined),
    // A typed array made from another copies the bytes into a new fixed-length buffer; `slice`
    // would look up a species constructor, which a subclass can redirect.
    copy: (buffer) => new Uint8Array(new Uint8Array(buffer as ArrayBuffer)).buffer,
    noProperties: true,
    shared: true,
  });

  boxed('Number');
  boxed('String');
  boxed('Boolean');
  boxed('BigInt');
  boxed('Symbol');

  if (globals.URL) {
    const href = builtin(URL.prototype, 'href');
    row('URL', {
      name: 'URL',
      has: brand(href),
      // Its href from the built-in getter: `new URL(url)` would call a subclass's toString.
      copy: (value) => new URL(href.call(value) as string),
    });
  }
  if (globals.URLSearchParams) {
    const query = builtin(URLSearchParams.prototype, 'toString');
    row('URLSearchParams', {
      name: 'URLSearchParams',
      has: brand(query),
      copy: (value) => new URLSearchParams(query.call(value) as string),
    });
  }

  // Values whose state a copy cannot reach, or must not duplicate: kept by reference or reported.
  const probe = {};
  row('WeakMap', { name: 'WeakMap', has: brand(builtin(WeakMap.prototype, 'has'), probe) });
  row('WeakSet', { name: 'WeakSet', has: brand(builtin(WeakSet.prototype, 'has'), probe) });
  // Pages without cross-origin isolation have no SharedArrayBuffer.
  if (globals.SharedArrayBuffer) {
    const sharedLength = builtin(globals.SharedArrayBuffer.prototype, 'byteLength');
    row('SharedArrayBuffer', { name: 'SharedArrayBuffer', has: brand(sharedLength) });
  }
  if (globals.FinalizationRegistry) {
    const unregister = builtin(FinalizationRegistry.prototype, 'unregister');
    row('FinalizationRegistry', { name: 'FinalizationRegistry', has: brand(unregister, probe) });
  }
  row('Promise', { name: 'Promise' });
  row('WeakRef', { name: 'WeakRef' });
  const generator = getPrototypeOf(function* () {}.prototype) as object;
  const asyncGenerator = getPrototypeOf(async function* () {}.prototype) as object;
  row('', { name: 'generator' }, [generator]);
  row('', { name: 'async generator' }, [asyncGenerator]);
  // Every built-in iterator (Map's, Array's, iterator helpers) inherits from these.
  row('', { name: 'iterator' }, [getPrototypeOf(generator) as object]);
  row('', { name: 'async iterator' }, [getPrototypeOf(asyncGenerator) as object]);

  return { byPrototype, checked, view: viewKind() };
}

/**
 * Error: the [[ErrorData]] slot has no brand check before `Error.isError` (ES2026). Where the
 * engine lacks it, `Object.prototype.toString` answers from the slot as long as no
 * `Symbol.toStringTag` is in the way; with one in the way, the chain must lead to Error.prototype.
 */
function errorKind(): BuiltinKind {
  const isError = (Error as { isError?: (value: unknown) => boolean }).isError;
  const tagOf = Object.prototype.toString;
  const inherits = builtin(Object.prototype, 'isPrototypeOf');
  const errorPrototype = Error.prototype;
  // What this engine puts on a new error (its stack, and on JavaScriptCore line, column and
  // sourceURL), plus what code sets: all of it state, copied whether enumerable or not.
  const probe = new Error('', { cause: 0 });
  const state = new Set<PropertyKey>(['name', ...ownKeys(probe), 'errors']);
  return {
    name: 'Error',
    has: (value) =>
      isError
        ? isError(value)
        : Symbol.toStringTag in value
          ? inherits.call(errorPrototype, value) === true
          : tagOf.call(value) === '[object Error]',
    copy() {
      // The engine's own properties describe where the copy was made: the original's replace them.
      const copy = new Error();
      for (const key of ownKeys(copy)) delete (copy as unknown as Record<PropertyKey, unknown>)[key];
      return copy;
    },
    state,
    fill(source, copy) {
      // SpiderMonkey keeps `stack` in an accessor on Error.prototype: the copy's would tell where
      // the copy was made.
      const stack = (source as Error).stack;
      if ((copy as Error).stack !== stack) defineHidden(copy, 'stack', stack);
    },
  };
}

/** Typed arrays and DataView: a view on the copied buffer, at the same offset and length. */
function viewKind(): BuiltinKind {
  const typedArray = getPrototypeOf(Int8Array.prototype) as object;
  // The %TypedArray% tag getter reads [[TypedArrayName]] from the slot (undefined for a DataView):
  // a brand check that names the element type, never the value's own Symbol.toStringTag.
  const typedArrayName = builtin(typedArray, Symbol.toStringTag);
  const viewBuffer = builtin(typedArray, 'buffer');
  const viewOffset = builtin(typedArray, 'byteOffset');
  const viewLength = builtin(typedArray, 'length');
  const at = builtin(typedArray, 'at');
  const dataViewBuffer = builtin(DataView.prototype, 'buffer');
  const dataViewOffset = builtin(DataView.prototype, 'byteOffset');
  const dataViewLength = builtin(DataView.prototype, 'byteLength');
  const globals = globalThis as unknown as Record<string, new (...args: unknown[]) => object>;
  return {
    name: 'ArrayBuffer view',
    broken(view) {
      const name = typedArrayName.call(view) as string | undefined;
      // Out of bounds (its resizable buffer shrank) or detached: the getters throw, or report an
      // empty view, which `at` then refuses.
      const usable = name ? viewLength.call(view) !== 0 || brand(at, 0)(view) : brand(dataViewLength)(view);
      return usable ? undefined : `a ${name ?? 'DataView'} whose buffer is detached or too small for it`;
    },
    copy(view, copyChild) {
      const name = typedArrayName.call(view) as string | undefined;
      if (!name) {
        const buffer = copyChild(dataViewBuffer.call(view), 'buffer');
        return new DataView(
          buffer as ArrayBuffer,
          dataViewOffset.call(view) as number,
          dataViewLength.call(view) as number,
        );
      }
      const buffer = copyChild(viewBuffer.call(view), 'buffer');
      return new globals[name]!(buffer, viewOffset.call(view), viewLength.call(view));
    },
    noProperties: true,
  };
}
