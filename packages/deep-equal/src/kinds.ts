/*
 * Which built-in a value is, found from its prototype chain. Built-ins keep their state in internal
 * slots, not in properties, so each kind has a `read` that returns what is compared (a time value,
 * a size, a primitive) through the built-in's own accessor: on an object that only inherits from
 * the built-in (`Object.create(Date.prototype)`), that accessor throws, and the value is compared
 * as the plain object it is, as `util.isDeepStrictEqual` does.
 */

/** What `read` finds is compared: with `Object.is` for VALUE kinds, as a size for the others. */
export const VALUE = 0;
export const MAP = 1;
export const SET = 2;
export const BUFFER = 3;
export const VIEW = 4;
export const ERROR = 5;
/** WeakMap, WeakSet, Promise: equal only to themselves. */
export const IDENTITY = 6;

export interface Kind {
  tag: number;
  read: (value: object) => unknown;
}

type Getter = (this: unknown) => unknown;
const globals = globalThis as unknown as Record<string, { prototype: object } | undefined>;
const getter = (name: string, key: PropertyKey): Getter =>
  Object.getOwnPropertyDescriptor(globals[name]!.prototype, key)!.get as Getter;
const call =
  (method: Getter): Kind['read'] =>
  (value) =>
    method.call(value);

const kinds = new Map<object, Kind>();
/** The same kinds by tag (`Date`, `Uint8Array`), for built-ins from another realm. */
const byTag = new Map<string, Kind>();
function add(names: string, tag: number, read: (name: string) => Kind['read']): void {
  for (const name of names.split(' ')) {
    const type = globals[name];
    if (type) {
      const kind = { tag, read: read(name) };
      kinds.set(type.prototype, kind);
      byTag.set(name, kind);
    }
  }
}
const primitiveOf = (name: string) => call((globals[name]!.prototype as { valueOf: Getter }).valueOf);
add('Number String Boolean BigInt Symbol', VALUE, primitiveOf);
add('Date', VALUE, () => call(Date.prototype.getTime as Getter));
// `source` checks the brand; lastIndex is an own property, compared beside it.
add('RegExp', VALUE, () => (value) => `${getter('RegExp', 'source').call(value)}/${(value as RegExp).flags}`);
add('URL', VALUE, () => call(getter('URL', 'href')));
// util.isDeepStrictEqual calls any two URLSearchParams equal (their state is internal); they are
// compared by their string here.
add('URLSearchParams', VALUE, (name) => call((globals[name]!.prototype as { toString: Getter }).toString));
add('Map Set', MAP, (name) => call(getter(name, 'size')));
kinds.get(Set.prototype)!.tag = SET;
add('ArrayBuffer SharedArrayBuffer', BUFFER, (name) => call(getter(name, 'byteLength')));
// Every typed array inherits its accessors from %TypedArray%.prototype.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const typedArray = {
  tag: VIEW,
  read: call(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength')!.get as Getter),
};
kinds.set(TypedArrayPrototype, typedArray);
add('DataView', VIEW, () => call(getter('DataView', 'byteLength')));
add('Error', ERROR, () => () => 0);
add('WeakMap WeakSet', IDENTITY, (name) => call((globals[name]!.prototype as { has: Getter }).has));
add('Promise', IDENTITY, () => () => 0);

/** Prototypes of another realm: their chain ends in another Object.prototype. */
const FOREIGN: Kind = { tag: VALUE, read: () => 0 };
/** Kinds found for prototypes not in the table (classes, subclasses): weak, so a class can still be collected. */
const found = new WeakMap<object, Kind | undefined>();

/**
 * The built-in kind `value` has, from its prototype chain, or undefined for ordinary objects.
 * Values from another realm (node:vm, an iframe) are known by their tag instead; the accessors
 * that read their state work across realms.
 */
export function kindOf(prototype: object, value: object): Kind | undefined {
  let kind = kinds.get(prototype);
  if (!kind) {
    if (found.has(prototype)) kind = found.get(prototype);
    else {
      let next: object | null = prototype;
      while (next && !kind && next !== Object.prototype) {
        next = Object.getPrototypeOf(next) as object | null;
        kind = next ? kinds.get(next) : undefined;
      }
      if (!kind && next !== Object.prototype) kind = FOREIGN;
      found.set(prototype, kind);
    }
  }
  if (kind !== FOREIGN) return kind;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  // Every built-in tag that ends in "Array" is a typed array's (arrays never get here).
  return byTag.get(tag) ?? (tag.endsWith('Array') ? typedArray : undefined);
}
