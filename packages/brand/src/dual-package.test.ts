// @not-applicable browsers: loads the built ESM and CommonJS files through node:module (the iframe realm tests cover browsers)
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built bundles, as two copies of the package would be loaded side by side (the dual-package
// hazard): `pnpm build` runs before the tests.
const esm = (await import('../dist/index.js')) as typeof import('./index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof import('./index.js');

describe('ESM and CJS builds loaded together', () => {
  it('are two separate copies', () => {
    expect(esm.branded).not.toBe(cjs.branded);
  });

  it('find a class decorated through one copy from the other', () => {
    class Ledger {}
    const FromEsm = esm.branded(Ledger, { kind: 'class', name: 'Ledger' } as ClassDecoratorContext<
      typeof Ledger
    >);
    const brand = cjs.brandOf(FromEsm);
    expect(brand).toBe(esm.brandOf(FromEsm));
    expect(brand?.has(new FromEsm())).toBe(true);
    class Journal {}
    const FromCjs = cjs.branded(Journal, { kind: 'class', name: 'Journal' } as ClassDecoratorContext<
      typeof Journal
    >);
    expect(esm.brandOf(FromCjs)?.has(new FromCjs())).toBe(true);
  });
});
