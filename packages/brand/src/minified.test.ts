// @not-applicable bun, deno, browsers: bundles the built package with esbuild and Rolldown, Node tools (what the bundles then do does not depend on the engine)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadonlyBrand } from './readonly-brand.js';

/*
 * Minifiers drop calls they believe have no side effects. Rolldown's believes `Array.isArray(x)`
 * never throws, and it does throw for a revoked proxy: the one way to tell one apart without
 * running a trap. These tests run the built package as apps ship it, minified by esbuild and by
 * Rolldown (Vite 8), and check that what it says about a failed check survived.
 */

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'brand-minified-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function minifiedBy(bundler: 'esbuild' | 'Rolldown'): Promise<string> {
  if (bundler === 'esbuild') {
    const result = await build({
      entryPoints: [dist],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  }
  const bundle = await rolldown({ input: dist, platform: 'browser', logLevel: 'silent' });
  try {
    return (await bundle.generate({ format: 'esm', minify: true })).output[0].code;
  } finally {
    await bundle.close();
  }
}

type Package = typeof import('./index.js');

async function load(bundler: 'esbuild' | 'Rolldown'): Promise<Package> {
  const file = join(scratch, `${bundler}.mjs`);
  writeFileSync(file, await minifiedBy(bundler));
  return (await import(pathToFileURL(file).href)) as Package;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe.each(['esbuild', 'Rolldown'] as const)('the package minified by %s', (bundler) => {
  it('still says what a failed check got: a revoked proxy, an unbranded object', async () => {
    const { BrandError, branded, brandOf, createBrand } = await load(bundler);
    const throwingGetter = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const brands: ReadonlyBrand<object>[] = [createBrand<object>('Money'), brandOf(branded(class Money {}))!];
    for (const brand of brands) {
      const messages = [revokedProxy(), throwingGetter, new (class Wallet {})(), 42].map((value) => {
        try {
          brand.assert(value);
        } catch (error) {
          expect(error).toBeInstanceOf(BrandError);
          return (error as Error).message;
        }
        return 'passed';
      });
      expect(messages).toEqual([
        'Expected Money, got a revoked Proxy',
        'Expected Money, got an unbranded object',
        'Expected Money, got an unbranded Wallet',
        'Expected Money, got a number',
      ]);
    }
  });
});
