import type { Brand } from './create-brand.js';

type Registry = Record<symbol, WeakMap<object, Brand<object>>>;

/**
 * Class → brand, shared by every copy of this package loaded in one realm (the ESM and the CJS
 * build, two versions in node_modules): it lives on `globalThis` under a registered symbol, so a
 * class decorated through one copy is found by `brandOf` from another. Keyed weakly by class.
 */
// biome-ignore lint/suspicious/noAssignInExpressions: the first copy loaded creates the registry
export const classBrands = ((globalThis as unknown as Registry)[Symbol.for('weakset-recipes.brand')] ??=
  new WeakMap());
