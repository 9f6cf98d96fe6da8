import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchProject, run, type ScratchProject } from '../src/scratch/project.js';
import { budgetsOf, formatBytes } from '../src/size/budget.js';
import { type BundleSize, measureBundle } from '../src/size/measure.js';
import { collectSnippets } from '../src/snippets/collect.js';
import { userProjects } from '../src/snippets/configs.js';
import { type PreparedSnippet, prepareSnippets } from '../src/snippets/prepare.js';
import { bundleForBrowser, SnippetBrowser } from '../src/snippets/run-browser.js';
import { runInNode } from '../src/snippets/run-node.js';
import type { Snippet } from '../src/snippets/snippet.js';
import {
  typecheckWithTypeScript5,
  typecheckWithTypeScript7,
  typescript5Version,
} from '../src/snippets/typecheck.js';
import { typescript7Bin } from '../src/snippets/typescript7.js';
import { listPackages, repoRoot } from '../src/workspace.js';

/*
 * The new-user pass, repeatable: pack every package, install the tarballs with npm into a fresh
 * project, then use them as users do. Import them from ESM, CommonJS and TypeScript; paste every
 * snippet of every README, guide and TSDoc `@example` into TypeScript 5.9 and 7 projects (strict;
 * bundler, node16 ESM and node16 CommonJS resolution) and run it (Node as ESM and as CommonJS, or
 * Chromium when it uses the DOM), checking what its comments say it gives; and bundle each
 * package the way apps do to check its size budget. `KEEP_SCRATCH=1` keeps the project to poke at.
 */

const packages = listPackages();
const packageNames = packages.map((pkg) => pkg.manifest.name);
const { snippets, internal } = collectSnippets();
const artifacts = join(import.meta.dirname, '..', 'test-artifacts');
const typescript7Version = (
  JSON.parse(readFileSync(join(typescript7Bin, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

let project: ScratchProject;
const prepared = new Map<string, PreparedSnippet>();
let browser: Promise<SnippetBrowser> | undefined;

function preparedOf(snippet: Snippet): PreparedSnippet {
  const found = prepared.get(snippet.id);
  if (!found) throw new Error(`${snippet.label} was not prepared`);
  return found;
}

beforeAll(async () => {
  project = await createScratchProject();
  for (const snippet of prepareSnippets(project.app, snippets, packages)) prepared.set(snippet.id, snippet);
}, 180_000);

afterAll(async () => {
  await (await browser)?.close();
  if (prepared.size > 0) {
    // What ran where, for the report: the DOM list is the one the issue asks for.
    mkdirSync(artifacts, { recursive: true });
    const rows = [...prepared.values()].map((s) => ({
      snippet: s.label,
      language: s.language,
      runs: s.run ? (s.needsDom ? 'chromium' : s.cjs ? 'node esm + cjs' : 'node esm') : 'type-check only',
      commentChecks: s.checks,
    }));
    writeFileSync(
      join(artifacts, 'snippets.json'),
      `${JSON.stringify({ snippets: rows, internal: internal.map((s) => s.label) }, null, 2)}\n`,
    );
  }
  project?.dispose();
});

describe('packed tarballs, installed with npm', () => {
  it('import from ESM and expose the same API as from CJS', async () => {
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
    writeFileSync(join(project.app, 'load.mjs'), script);
    const report = JSON.parse(await run('node', ['load.mjs'], project.app)) as Record<
      string,
      { esm: string[]; cjs: string[] }
    >;
    for (const name of packageNames) {
      const entry = report[name];
      expect(entry?.esm.length, `${name} has exports`).toBeGreaterThan(0);
      expect(entry?.cjs, `${name}: CJS and ESM agree`).toEqual(entry?.esm);
    }
  });

  it('require() from a CommonJS file', async () => {
    const script = `const names = ${JSON.stringify(packageNames)};\nfor (const n of names) { const m = require(n); if (Object.keys(m).length === 0) throw new Error(n + ' is empty'); }\nconsole.log('ok');\n`;
    writeFileSync(join(project.app, 'load.cjs'), script);
    expect((await run('node', ['load.cjs'], project.app)).trim()).toBe('ok');
  });
});

describe('every README, guide and TSDoc snippet, pasted by a new user', () => {
  it('is found: README and TSDoc examples in every package, code in every guide', () => {
    for (const pkg of packages) {
      const from = (origin: Snippet['origin']) =>
        snippets.filter((s) => s.origin === origin && s.source.startsWith(`packages/${pkg.folder}/`));
      expect(from('readme').length, `${pkg.folder} README snippets`).toBeGreaterThan(0);
      expect(from('tsdoc').length, `${pkg.folder} TSDoc examples`).toBeGreaterThan(0);
    }
    const guides = new Set(snippets.filter((s) => s.origin === 'guide').map((s) => s.source));
    expect(guides.size).toBeGreaterThanOrEqual(5);
  });

  it('covers every package: each is a dev dependency here, so turbo builds it before this pass', () => {
    const { devDependencies = {} } = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
    ) as { devDependencies?: Record<string, string> };
    for (const name of packageNames)
      expect(devDependencies[name], `${name} in devDependencies`).toBe('workspace:*');
  });

  it.each(userProjects.map((p) => [p.name, p] as const))(
    `type-checks in a strict TypeScript ${typescript5Version} project (%s)`,
    (_name, userProject) => {
      expect(
        typecheckWithTypeScript5(project.app, [...prepared.values()], userProject, packageNames),
      ).toEqual([]);
    },
    120_000,
  );

  it.each(userProjects.map((p) => [p.name, p] as const))(
    `type-checks in a strict TypeScript ${typescript7Version} project (%s)`,
    async (_name, userProject) => {
      expect(await typecheckWithTypeScript7(project.app, [...prepared.values()], userProject)).toEqual([]);
    },
    120_000,
  );

  it.concurrent.each(snippets.filter((s) => s.run).map((s) => [s.label, s] as const))(
    'runs %s and gives what its comments say',
    async (_label, snippet) => {
      const ready = preparedOf(snippet);
      if (ready.needsDom) {
        browser ??= SnippetBrowser.start();
        await (await browser).run(await bundleForBrowser(ready.esm, project.app));
        return;
      }
      await runInNode(ready.esm, project.app);
      if (ready.cjs) await runInNode(ready.cjs, project.app);
    },
    90_000,
  );
});

describe('bundle sizes, measured the way apps bundle (see src/size/measure.ts)', () => {
  const measured = new Map<string, BundleSize>();
  const sizeOf = async (name: string, exported: string) => {
    const key = `${name} ${exported}`;
    if (!measured.has(key)) measured.set(key, await measureBundle(project.app, name, exported));
    return measured.get(key)!;
  };

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))(
    '%s stays within the budgets in its package.json',
    async (name, pkg) => {
      const exportsOf = Object.keys(
        (await import(join(project.app, 'node_modules', name, 'dist', 'index.js'))) as object,
      );
      for (const budget of budgetsOf(name, pkg.manifest.bundleSize)) {
        if (budget.subject !== '*')
          expect(exportsOf, `${name} exports ${budget.subject}`).toContain(budget.subject);
        const { bytes, esbuild, rolldown } = await sizeOf(name, budget.subject);
        const what = budget.subject === '*' ? 'the whole entry' : `${budget.subject} alone`;
        expect(
          bytes,
          `${name}, ${what}: ${formatBytes(bytes)} min+gz (esbuild ${esbuild}, Rolldown ${rolldown}), budget ${budget.text}`,
        ).toBeLessThanOrEqual(budget.limit);
      }
      // Every export alone, for the record: a package sees which export pulls in what.
      const rows = await Promise.all(
        exportsOf.map(async (e) => `${e}: ${formatBytes((await sizeOf(name, e)).bytes)}`),
      );
      console.info(
        `${name}: whole entry ${formatBytes((await sizeOf(name, '*')).bytes)}; alone: ${rows.join(', ')}`,
      );
    },
    120_000,
  );

  it.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))(
    '%s: the docs state its budget, and no size they claim is below what was measured',
    async (name, pkg) => {
      const [entry] = budgetsOf(name, pkg.manifest.bundleSize);
      const readme = readFileSync(join(pkg.dir, 'README.md'), 'utf8');
      expect(readme, `${name} README states its budget`).toContain(`at most ${entry?.text} min+gz`);
      const { bytes } = await sizeOf(name, '*');
      for (const [claim, amount] of readme.matchAll(/(\d+(?:\.\d+)?) kB min\+gz/g)) {
        expect(
          Number(amount) * 1000,
          `${name} README: "${claim}", measured ${formatBytes(bytes)}`,
        ).toBeGreaterThanOrEqual(bytes);
      }
      const row = readFileSync(join(repoRoot, 'README.md'), 'utf8')
        .split('\n')
        .find((line) => line.startsWith(`| [\`${name}\`]`));
      expect(row, `the root README's table has ${name}, with its budget`).toContain(`| ${entry?.text} |`);
    },
    120_000,
  );
});
