/**
 * Deep strict equality with the semantics of Node's `util.isDeepStrictEqual`, the tests' oracle.
 * Written to be read, and to run on every engine: browsers have no `node:util`, and Bun's calls
 * two identical Maps with boxed-primitive keys unequal. deep-equal.node.test.ts checks that it
 * agrees with Node's own.
 *
 * Two values are equal when they are the same value (`Object.is`), or objects with the same
 * prototype and the same `Object.prototype.toString` tag, the same internal state for built-ins
 * (time, pattern, bytes, entries, members, error message and cause), and the same own enumerable
 * properties (string and symbol keys), each deeply equal. Non-enumerable properties, accessors'
 * code and an error's stack are not compared; Map keys and Set members that are objects are
 * matched by deep equality, in any order.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  return equal(a, b, new Map());
}

type Pairs = Map<object, Set<object>>;

const { getPrototypeOf, keys, getOwnPropertySymbols, hasOwn } = Object;
const tagOf = (value: object): string => Object.prototype.toString.call(value);
const isEnumerable = (value: object, key: PropertyKey): boolean =>
  Object.prototype.propertyIsEnumerable.call(value, key);
const isError = (value: object): boolean => tagOf(value) === '[object Error]' || value instanceof Error;
const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

function equal(a: unknown, b: unknown, comparing: Pairs): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (getPrototypeOf(a) !== getPrototypeOf(b) || tagOf(a) !== tagOf(b)) return false;
  // A pair already being compared further up is taken as equal: the rest of the comparison decides.
  if (comparing.get(a)?.has(b)) return true;
  const partners = comparing.get(a) ?? new Set<object>();
  comparing.set(a, partners);
  partners.add(b);
  try {
    return sameState(a, b, comparing) && sameProperties(a, b, comparing);
  } finally {
    partners.delete(b);
  }
}

/** The internal state of built-ins, which own properties do not show. */
function sameState(a: object, b: object, comparing: Pairs): boolean {
  if (Array.isArray(a)) {
    // Elements, holes included: a hole is not an undefined.
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (const key of keys(other)) if (isIndex(key) && !hasOwn(a, key)) return false;
    return keys(a).every(
      (key) => !isIndex(key) || (hasOwn(other, key) && equal(a[Number(key)], other[Number(key)], comparing)),
    );
  }
  // Kinds are told by their internal slots, as Node does, so values from another realm compare too.
  if (has(Date.prototype.getTime, a)) return Object.is((a as Date).getTime(), (b as Date).getTime());
  if (has(getter(RegExp.prototype, 'source'), a)) {
    const [x, y] = [a as RegExp, b as RegExp];
    return x.source === y.source && x.flags === y.flags && x.lastIndex === y.lastIndex;
  }
  const boxed = unbox(a);
  if (boxed.found) return Object.is(boxed.value, unbox(b).value);
  if (isError(a)) return sameError(a as Error, b as Error, comparing);
  if (ArrayBuffer.isView(a)) return sameBytes(bytesOf(a), bytesOf(b as ArrayBufferView));
  if (has(getter(ArrayBuffer.prototype, 'byteLength'), a)) {
    return sameBytes(new Uint8Array(a as ArrayBuffer), new Uint8Array(b as ArrayBuffer));
  }
  if (has(getter(Map.prototype, 'size'), a))
    return sameEntries(a as Map<unknown, unknown>, b as Map<unknown, unknown>, comparing);
  if (has(getter(Set.prototype, 'size'), a))
    return sameMembers(a as Set<unknown>, b as Set<unknown>, comparing);
  return true;
}

function getter(prototype: object, key: string): () => unknown {
  return Object.getOwnPropertyDescriptor(prototype, key)!.get!;
}

/** Whether the built-in `method` accepts `value` (it throws on a value without its slots). */
function has(method: () => unknown, value: object): boolean {
  try {
    method.call(value);
    return true;
  } catch {
    return false;
  }
}

/** Own enumerable string and symbol keys, each with a deeply equal value. */
function sameProperties(a: object, b: object, comparing: Pairs): boolean {
  // An array's or typed array's elements were compared as its state (holes included).
  const indexed = Array.isArray(a) || ArrayBuffer.isView(a);
  // An error's stack is not compared, even where it is an own enumerable property: SpiderMonkey's
  // `Error.prototype.stack` setter makes one (V8 and JavaScriptCore keep it non-enumerable).
  const error = isError(a);
  const ownKeys = (value: object): PropertyKey[] => [
    ...keys(value).filter((key) => !(indexed && isIndex(key)) && !(error && key === 'stack')),
    ...getOwnPropertySymbols(value).filter((symbol) => isEnumerable(value, symbol)),
  ];
  const keysOfA = ownKeys(a);
  if (keysOfA.length !== ownKeys(b).length) return false;
  const recordA = a as Record<PropertyKey, unknown>;
  const recordB = b as Record<PropertyKey, unknown>;
  return keysOfA.every(
    (key) => hasOwn(b, key) && isEnumerable(b, key) && equal(recordA[key], recordB[key], comparing),
  );
}

function sameError(a: Error, b: Error, comparing: Pairs): boolean {
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['message', 'name', 'cause', 'errors']) {
    if (isEnumerable(a, key) !== isEnumerable(b, key)) return false;
  }
  if (hasOwn(a, 'cause') !== hasOwn(b, 'cause')) return false;
  const errors = (error: Error): unknown => (error as { errors?: unknown }).errors;
  return equal(a.cause, b.cause, comparing) && equal(errors(a), errors(b), comparing);
}

function sameEntries(a: Map<unknown, unknown>, b: Map<unknown, unknown>, comparing: Pairs): boolean {
  if (a.size !== b.size) return false;
  const unmatched = [...b.keys()].filter(isObject);
  for (const [key, value] of a) {
    if (!isObject(key)) {
      if (!b.has(key) || !equal(value, b.get(key), comparing)) return false;
      continue;
    }
    const match = unmatched.findIndex(
      (other) => equal(key, other, comparing) && equal(value, b.get(other), comparing),
    );
    if (match < 0) return false;
    unmatched.splice(match, 1);
  }
  return true;
}

function sameMembers(a: Set<unknown>, b: Set<unknown>, comparing: Pairs): boolean {
  if (a.size !== b.size) return false;
  const unmatched = [...b].filter(isObject);
  for (const member of a) {
    if (!isObject(member)) {
      if (!b.has(member)) return false;
      continue;
    }
    const match = unmatched.findIndex((other) => equal(member, other, comparing));
    if (match < 0) return false;
    unmatched.splice(match, 1);
  }
  return true;
}

/** The primitive inside a Number, String, Boolean, BigInt or Symbol object. */
function unbox(value: object): { found: boolean; value?: unknown } {
  for (const type of [Number, String, Boolean, BigInt, Symbol]) {
    const unboxed = type.prototype.valueOf as () => unknown;
    if (has(unboxed, value)) return { found: true, value: unboxed.call(value) };
  }
  return { found: false };
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function isIndex(key: string): boolean {
  const index = Number(key);
  return index >>> 0 === index && index !== 4294967295 && String(index) === key;
}
