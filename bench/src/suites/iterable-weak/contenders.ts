/**
 * The contenders of the iterable-weak suite: ours and the peers the issue (#22) names, one list per
 * kind of collection, each loaded lazily so a package that fails to load shows as unavailable.
 */

/** The collection kinds: a Set of weak members, a Map of weak keys, a Map of weak values. */
export type Kind = 'set' | 'map' | 'valueMap';

/** Any of the contenders' classes, called only through the methods its kind shares. */
// biome-ignore lint/suspicious/noExplicitAny: each peer types its class differently; the checks and loops use the shared shape
export type Collection = any;
export type CollectionClass = new (init?: Iterable<unknown> | null) => Collection;

export interface Contender {
  name: string;
  kind: Kind;
  ours: boolean;
  load: () => Promise<CollectionClass>;
}

async function ours(
  exportName: 'IterableWeakSet' | 'IterableWeakMap' | 'WeakValueMap',
): Promise<CollectionClass> {
  const module = (await import('@weakset-recipes/iterable-weak')) as Record<string, unknown>;
  const found = module[exportName];
  if (typeof found !== 'function')
    throw new TypeError(`@weakset-recipes/iterable-weak has no export ${exportName}`);
  return found as CollectionClass;
}

async function weakref(
  exportName: 'IterableWeakSet' | 'IterableWeakMap' | 'WeakValueMap',
): Promise<CollectionClass> {
  const module = (await import('weakref')) as Record<string, unknown>;
  return module[exportName] as CollectionClass;
}

/** iterable-weak is a webpack CommonJS bundle: its names are reachable only through the default export. */
async function iterableWeak(exportName: 'IterableWeakSet' | 'IterableWeakMap'): Promise<CollectionClass> {
  const module = (await import('iterable-weak')) as { default?: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  return (module[exportName] ?? module.default?.[exportName]) as CollectionClass;
}

export const contenders: readonly Contender[] = [
  { name: 'IterableWeakSet', kind: 'set', ours: true, load: () => ours('IterableWeakSet') },
  { name: 'weakref IterableWeakSet', kind: 'set', ours: false, load: () => weakref('IterableWeakSet') },
  {
    name: 'iterable-weak IterableWeakSet',
    kind: 'set',
    ours: false,
    load: () => iterableWeak('IterableWeakSet'),
  },
  { name: 'IterableWeakMap', kind: 'map', ours: true, load: () => ours('IterableWeakMap') },
  { name: 'weakref IterableWeakMap', kind: 'map', ours: false, load: () => weakref('IterableWeakMap') },
  {
    name: 'iterable-weak IterableWeakMap',
    kind: 'map',
    ours: false,
    load: () => iterableWeak('IterableWeakMap'),
  },
  { name: 'WeakValueMap', kind: 'valueMap', ours: true, load: () => ours('WeakValueMap') },
  { name: 'weakref WeakValueMap', kind: 'valueMap', ours: false, load: () => weakref('WeakValueMap') },
  {
    name: '@cspell/strong-weak-map StrongWeakMap',
    kind: 'valueMap',
    ours: false,
    load: async () => (await import('@cspell/strong-weak-map')).StrongWeakMap as unknown as CollectionClass,
  },
];

/** Loops compiled so far: each one's number makes its source text unique. */
let compiledLoops = 0;

/**
 * Builds a hot loop as a function of its own: every contender gets a fresh copy of the same source,
 * so no two contenders share a call site (and the type feedback at it). A closure made by one
 * shared helper would make `collection.has` megamorphic and slow every contender down alike. The
 * copy's text is made unique too: engines cache compiled code by source text (JavaScriptCore's code
 * cache, V8's eval cache), and identical text let the contenders of one scenario share a call site
 * after all (on Bun, IterableWeakSet has() ran at 181M/s in the bench against 400M/s in a loop of its own,
 * measured ad hoc on 2026-12-03).
 */
export function compileLoop<F>(source: string, bindings: Record<string, unknown>): F {
  const names = Object.keys(bindings);
  return new Function(...names, uniqueLoopSource(source))(...names.map((name) => bindings[name])) as F;
}

/** `source` behind a comment no other compiled loop has (see {@link compileLoop}). */
export function uniqueLoopSource(source: string): string {
  return `// loop ${++compiledLoops}\n${source}`;
}
