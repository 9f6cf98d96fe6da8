import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The real install path: `pnpm pack` each package, `npm install` the tarballs
 * into a scratch project that has never seen the workspace, then load them as
 * an ESM user, a CJS user and a TypeScript user (node16 and bundler resolution).
 */

const repoRoot = resolve(import.meta.dirname, '../../..');
const packagesDir = join(repoRoot, 'packages');
const packageDirs = readdirSync(packagesDir).map((name) => join(packagesDir, name));
const packageNames = packageDirs.map(
  (dir) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name,
);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc', { paths: [repoRoot] });

let scratch = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'weakset-recipes-install-'));
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  for (const dir of packageDirs) run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true }));
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...files], app);
}, 180_000);

describe('packed tarballs, installed with npm', () => {
  it('import from ESM and expose the same API as from CJS', () => {
    const app = join(scratch, 'app');
    const script = [
      'import { createRequire } from "node:module";',
      'const require = createRequire(import.meta.url);',
      `const names = ${JSON.stringify(packageNames)};`,
      'const report = {};',
      'for (const name of names) {',
      '  const esm = await import(name);',
      '  const cjs = require(name);',
      '  report[name] = { esm: Object.keys(esm).sort(), cjs: Object.keys(cjs).filter((k) => k !== "default").sort() };',
      '}',
      'console.log(JSON.stringify(report));',
    ].join('\n');
    writeFileSync(join(app, 'load.mjs'), script);
    const report = JSON.parse(run('node', ['load.mjs'], app)) as Record<
      string,
      { esm: string[]; cjs: string[] }
    >;
    for (const name of packageNames) {
      const entry = report[name];
      expect(entry?.esm.length, `${name} has exports`).toBeGreaterThan(0);
      expect(entry?.cjs, `${name}: CJS and ESM agree`).toEqual(entry?.esm);
    }
  });

  it('require() from a CommonJS file', () => {
    const app = join(scratch, 'app');
    const script = `const names = ${JSON.stringify(packageNames)};\nfor (const n of names) { const m = require(n); if (Object.keys(m).length === 0) throw new Error(n + ' is empty'); }\nconsole.log('ok');\n`;
    writeFileSync(join(app, 'load.cjs'), script);
    expect(run('node', ['load.cjs'], app).trim()).toBe('ok');
  });

  it.each(['node16', 'bundler'] as const)('type-checks an import with moduleResolution %s', (resolution) => {
    const app = join(scratch, 'app');
    const dir = join(app, `ts-${resolution}`);
    mkdirSync(dir, { recursive: true });
    const imports = packageNames.map((name, i) => `import * as pkg${i} from '${name}';`).join('\n');
    const uses = packageNames.map((_, i) => `pkg${i}`).join(', ');
    const source = `${imports}\nexport const all: object[] = [${uses}];\n`;
    const compilerOptions =
      resolution === 'node16'
        ? { module: 'node16', moduleResolution: 'node16' }
        : { module: 'esnext', moduleResolution: 'bundler' };
    // node16 checks both module kinds: an .mts file (ESM) and a .cts file (CJS).
    writeFileSync(join(dir, 'esm.mts'), source);
    if (resolution === 'node16') writeFileSync(join(dir, 'cjs.cts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...compilerOptions,
          strict: true,
          noEmit: true,
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: [],
        },
        include: ['*.mts', '*.cts'],
      }),
    );
    expect(() => run('node', [tsc, '-p', dir], app)).not.toThrow();
  });
});
