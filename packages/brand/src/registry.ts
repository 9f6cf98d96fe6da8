import type { ReadonlyBrand } from './readonly-brand.js';

/**
 * Looks up the brand of a class, or (given `brand`) registers it. A class keeps the first brand
 * registered for it: an entry cannot be replaced or removed.
 */
export type Registry = (cls: object, brand?: ReadonlyBrand<object>) => ReadonlyBrand<object> | undefined;

/**
 * The registry kept on `global` under a registered symbol, defined by the first copy of this
 * package that asks for it (the ESM and the CJS build, two versions in node_modules all read the
 * same one), as a non-writable, non-configurable property: no code can swap or delete it. Where
 * `global` is frozen (a locked-down realm), or something else already sits under that symbol,
 * brands stay per copy instead.
 */
export function registryOn(global: object): Registry {
  const key = Symbol.for('@weakset-recipes/brand registry');
  const brands = new WeakMap<object, ReadonlyBrand<object>>();
  const own: Registry = (cls, brand) => brands.get(cls) ?? (brand && brands.set(cls, brand).get(cls));
  const shared = global as Record<symbol, unknown>;
  // `Reflect.defineProperty` answers false on a frozen object, where `Object.defineProperty` throws.
  if (!shared[key]) Reflect.defineProperty(global, key, { value: own });
  const found = shared[key];
  return typeof found === 'function' ? (found as Registry) : own;
}

let registryOfThisRealm: Registry | undefined;

/** The registry on `globalThis`, found or defined on first use, so importing the package changes nothing. */
export const registry = (): Registry => (registryOfThisRealm ??= registryOn(globalThis));
