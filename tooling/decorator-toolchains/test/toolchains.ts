import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { transformFileAsync } from '@babel/core';
import { runtimeBinary } from '@weakset-recipes-internal/engines/runtimes';
import { build as esbuild } from 'esbuild';

/*
 * How each toolchain turns the app in `app/` (a `@branded` class and the decorator-free
 * `branded(class …)` form) into something that runs, the way a user would set it up.
 */

export const memberDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const appDir = join(memberDir, 'app');
export const outDir = join(memberDir, 'test-artifacts');
const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** What the app reports (see `app/money.ts`). */
export interface Checks {
  brandsInstances: boolean;
  rejectsForgeries: boolean;
  brandOfFindsIt: boolean;
  keepsNameAndStatics: boolean;
  brandsNewInsideBody: boolean;
  plainCallWorks: boolean;
}

/** Every check passes. */
export const allPass: Checks = {
  brandsInstances: true,
  rejectsForgeries: true,
  brandOfFindsIt: true,
  keepsNameAndStatics: true,
  brandsNewInsideBody: true,
  plainCallWorks: true,
};

/**
 * Bun and Deno binaries: `BUN_PATH` / `DENO_PATH`, else the engines installed for the engine
 * matrix in /tmp/eng. A missing binary fails the test that needs it, with this hint.
 */
export function engineBinary(name: 'bun' | 'deno'): string {
  // The pinned builds of the engine matrix (tooling/engines), the same the unit suites run on.
  return runtimeBinary(name);
}

async function runReport(command: string, args: string[]): Promise<Checks> {
  const { stdout } = await run(command, args, { cwd: memberDir, encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Checks;
}

function freshOut(name: string): string {
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const appModules = () => readdirSync(appDir).filter((file) => file.endsWith('.ts'));

export interface Toolchain {
  name: string;
  /** Builds the app (if the toolchain has a build step), runs it, and returns its report. */
  run(): Promise<Checks>;
}

export const toolchains: Toolchain[] = [
  {
    name: 'tsc (target ES2022)',
    async run() {
      const out = freshOut('tsc');
      const tsc = require.resolve('typescript/bin/tsc');
      const sources = appModules().map((file) => join(appDir, file));
      await run(process.execPath, [
        tsc,
        ...['--outDir', out, '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler'],
        ...['--strict', '--skipLibCheck', '--types', 'node', ...sources],
      ]);
      return runReport(process.execPath, [join(out, 'main.js')]);
    },
  },
  {
    name: 'esbuild (target es2022)',
    async run() {
      const outfile = join(freshOut('esbuild'), 'main.js');
      await esbuild({
        entryPoints: [join(appDir, 'main.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'es2022',
        outfile,
        logLevel: 'error',
      });
      return runReport(process.execPath, [outfile]);
    },
  },
  {
    name: 'tsx',
    run: () => runReport(process.execPath, ['--import', 'tsx', join(appDir, 'main.ts')]),
  },
  {
    name: "Babel 7 (decorators '2023-11', preset-typescript with allowDeclareFields)",
    async run() {
      const out = freshOut('babel');
      for (const file of appModules()) {
        const result = await transformFileAsync(join(appDir, file), {
          babelrc: false,
          configFile: false,
          presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
          plugins: [['@babel/plugin-proposal-decorators', { version: '2023-11' }]],
        });
        writeFileSync(join(out, file.replace(/\.ts$/, '.js')), result?.code ?? '');
      }
      return runReport(process.execPath, [join(out, 'main.js')]);
    },
  },
  {
    name: 'Bun',
    run: () => runReport(engineBinary('bun'), [join(appDir, 'main.ts')]),
  },
  {
    name: 'Deno (--sloppy-imports, for the `.js` specifiers TypeScript code uses)',
    run: () =>
      runReport(engineBinary('deno'), [
        'run',
        '--no-lock',
        '--allow-read',
        '--sloppy-imports',
        join(appDir, 'main.ts'),
      ]),
  },
];

/** esbuild's default target (esnext) keeps decorators as they are: no engine runs them yet. */
export async function esbuildDefaultTarget(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(appDir, 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Babel 7's preset-typescript without `allowDeclareFields` drops a decorated class that has a static field. */
export async function babelWithoutDeclareFields(): Promise<string> {
  const result = await transformFileAsync(join(appDir, 'money.ts'), {
    babelrc: false,
    configFile: false,
    presets: [['@babel/preset-typescript', {}]],
    plugins: [['@babel/plugin-proposal-decorators', { version: '2023-11' }]],
  });
  return result?.code ?? '';
}
