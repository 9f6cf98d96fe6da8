import type { Brand } from './create-brand.js';

let classes: WeakMap<object, Brand<object>> | undefined;

/**
 * Class → brand, shared by every copy of this package loaded in one realm (the ESM and the CJS
 * build, two versions in node_modules): it lives on `globalThis` under a registered symbol, so a
 * class decorated through one copy is found by `brandOf` from another. Keyed weakly by class.
 */
export function classBrands(): WeakMap<object, Brand<object>> {
  if (!classes) {
    const global = globalThis as unknown as Record<symbol, WeakMap<object, Brand<object>> | undefined>;
    const key = Symbol.for('@weakset-recipes/brand:classes');
    global[key] ??= new WeakMap();
    classes = global[key];
  }
  return classes;
}
