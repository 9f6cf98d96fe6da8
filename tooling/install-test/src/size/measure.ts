import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';

/*
 * Measured the way an app pays for a package: bundled for browsers from the installed tarball,
 * minified, gzipped (level 9). Twice, with esbuild (tsup, plain esbuild, Vite before 8) and with
 * Rolldown (Vite 8), and the larger number counts. Both at the package's own target, ES2022, so
 * nothing is down-levelled.
 */

export interface BundleSize {
  esbuild: number;
  rolldown: number;
  /** The larger of the two: what the budget is checked against. */
  bytes: number;
}

const gzipped = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

async function withEsbuild(entry: string, app: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    absWorkingDir: app,
    logLevel: 'silent',
  });
  return gzipped(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function withRolldown(entry: string, app: string): Promise<number> {
  const bundle = await rolldown({ input: entry, cwd: app, platform: 'browser', logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    return gzipped(output[0].code);
  } finally {
    await bundle.close();
  }
}

/**
 * The min+gz size of `exports` of `packageName` (`'*'` for everything) in an app that imports
 * them from the scratch project `app`, where the tarball is installed.
 */
export async function measureBundle(app: string, packageName: string, exported: string): Promise<BundleSize> {
  const dir = join(app, 'size');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${packageName.replace(/\W+/g, '_')}.${exported === '*' ? 'all' : exported}.mjs`);
  const what = exported === '*' ? '*' : `{ ${exported} }`;
  writeFileSync(entry, `export ${what} from '${packageName}';\n`);
  const [esbuildBytes, rolldownBytes] = await Promise.all([
    withEsbuild(entry, app),
    withRolldown(entry, app),
  ]);
  return { esbuild: esbuildBytes, rolldown: rolldownBytes, bytes: Math.max(esbuildBytes, rolldownBytes) };
}
