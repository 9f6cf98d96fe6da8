import { defineConfig } from 'tsup';

/**
 * The one build every package shares: run `tsup --config ../../tsup.config.ts`
 * from a package folder. ESM (`.js`) and CJS (`.cjs`), each with its own
 * declaration file (`.d.ts` / `.d.cts`) so both `types` conditions are exact.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
  minify: false,
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
});
