import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { WorkspacePackage } from '../workspace.js';
import { type SnippetShape, snippetShape } from './analyze.js';
import { userProjects } from './configs.js';
import { expectationRuntime, instrumentExpectations } from './expectations.js';
import type { Snippet } from './snippet.js';
import { diagnose, parseOptions } from './typescript5.js';

export interface PreparedSnippet extends Snippet {
  shape: SnippetShape;
  /** Uses the DOM (found by type-checking without lib.dom): runs in Chromium instead of Node. */
  needsDom: boolean;
  /** Its file in each user project (by project name); a top-level-await block has no .cts. */
  checkFiles: Record<string, string>;
  /** Type-stripped, with its comment claims turned into checks: ESM, and CommonJS unless TLA. */
  esm: string;
  cjs: string | undefined;
  /** How many comment claims became checks. */
  checks: number;
}

function transpile(code: string, language: 'ts' | 'js', module: ts.ModuleKind): string {
  return ts.transpileModule(code, {
    fileName: `snippet.${language}`,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module, esModuleInterop: true, allowJs: true },
  }).outputText;
}

/** "Cannot find name" (2304), "… Did you mean" (2552), "… change your target library?" (2584). */
const unknownName = new Set([2304, 2552, 2584]);

/**
 * Which snippets and packages use the DOM: one program over every snippet and every package's
 * types, with the ES and Node libraries but not lib.dom. A name it cannot find is a DOM name; a
 * package whose declarations have one needs a DOM, and so does every snippet that imports it.
 */
function findDomUsers(
  app: string,
  snippets: readonly Snippet[],
  packages: readonly WorkspacePackage[],
): Set<string> {
  const dir = join(app, 'check', 'no-dom');
  mkdirSync(dir, { recursive: true });
  const fileOf = new Map<string, string>();
  for (const snippet of snippets) {
    const file = join(dir, `${snippet.id}.${snippet.language}`);
    writeFileSync(file, snippet.code);
    fileOf.set(file, snippet.id);
  }
  const probes = packages.map((pkg) => {
    const file = join(dir, `package.${pkg.folder}.ts`);
    writeFileSync(file, `export * from '${pkg.manifest.name}';\n`);
    return file;
  });
  const options = parseOptions(
    {
      noEmit: true,
      target: 'es2022',
      lib: ['es2022'],
      types: ['node'],
      module: 'esnext',
      moduleResolution: 'bundler',
      allowJs: true,
      checkJs: true,
    },
    dir,
  );
  const ours = (file: string) => packages.some((pkg) => file.includes(`/node_modules/${pkg.manifest.name}/`));
  const diagnostics = diagnose([...fileOf.keys(), ...probes], options, ours).filter((d) =>
    unknownName.has(d.code),
  );
  const domPackages = packages
    .filter((pkg) => diagnostics.some((d) => d.file.includes(`/node_modules/${pkg.manifest.name}/`)))
    .map((pkg) => pkg.manifest.name);
  const users = new Set(diagnostics.map((d) => fileOf.get(d.file)).filter((id) => id !== undefined));
  for (const snippet of snippets) {
    if (snippetShape(snippet.code, snippet.language).imports.some((name) => domPackages.includes(name))) {
      users.add(snippet.id);
    }
  }
  return users;
}

/** Writes every snippet into the scratch app: a file per user project, and runnable ESM/CJS. */
export function prepareSnippets(
  app: string,
  snippets: readonly Snippet[],
  packages: readonly WorkspacePackage[],
): PreparedSnippet[] {
  const domUsers = findDomUsers(app, snippets, packages);
  const runDir = join(app, 'run');
  mkdirSync(runDir, { recursive: true });
  for (const project of userProjects) mkdirSync(join(app, 'check', project.name), { recursive: true });
  return snippets.map((snippet) => {
    const shape = snippetShape(snippet.code, snippet.language);
    const checkFiles: Record<string, string> = {};
    if (snippet.language === 'ts') {
      for (const project of userProjects) {
        if (project.extension === '.cts' && shape.topLevelAwait) continue;
        const file = join(app, 'check', project.name, `${snippet.id}${project.extension}`);
        writeFileSync(file, snippet.code);
        checkFiles[project.name] = file;
      }
    }
    const { code, checks } = instrumentExpectations(
      snippet.code,
      `snippet.${snippet.language}`,
      (line) => `${snippet.source}:${snippet.line + line}`,
    );
    const esm = join(runDir, `${snippet.id}.mjs`);
    writeFileSync(esm, transpile(code, snippet.language, ts.ModuleKind.ESNext) + expectationRuntime);
    let cjs: string | undefined;
    if (!shape.topLevelAwait) {
      cjs = join(runDir, `${snippet.id}.cjs`);
      writeFileSync(cjs, transpile(code, snippet.language, ts.ModuleKind.CommonJS) + expectationRuntime);
    }
    return { ...snippet, shape, needsDom: domUsers.has(snippet.id), checkFiles, esm, cjs, checks };
  });
}
