import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { UserProject } from './configs.js';
import type { PreparedSnippet } from './prepare.js';
import { diagnose, type FileDiagnostic, parseOptions } from './typescript5.js';
import { diagnoseWithTypeScript7 } from './typescript7.js';

/**
 * The programs a user project needs: every module snippet together, and each script alone (a
 * block without import or export is a script where TypeScript detects modules itself, and
 * scripts share one global scope).
 */
function programs(snippets: readonly PreparedSnippet[], project: UserProject): string[][] {
  const files = snippets.filter((s) => s.checkFiles[project.name]);
  const alwaysModules = project.extension !== '.ts' || project.compilerOptions.moduleDetection === 'force';
  const scripts = alwaysModules ? [] : files.filter((s) => !s.shape.isModule);
  const modules = files.filter((s) => !scripts.includes(s));
  const path = (s: PreparedSnippet) => s.checkFiles[project.name] ?? '';
  return [modules.map(path), ...scripts.map((s) => [path(s)])].filter((group) => group.length > 0);
}

function describe(diagnostics: readonly FileDiagnostic[], snippets: readonly PreparedSnippet[], app: string) {
  const byFile = new Map<string, PreparedSnippet>();
  for (const snippet of snippets)
    for (const file of Object.values(snippet.checkFiles)) byFile.set(file, snippet);
  return diagnostics.map((d) => {
    const snippet = byFile.get(d.file);
    const where = snippet
      ? `${snippet.source}:${snippet.line + d.line}`
      : `${relative(app, d.file)}:${d.line + 1}`;
    return `${where} TS${d.code}: ${d.message}`;
  });
}

/** Type errors of every snippet in `project`, with TypeScript 5.9 (the workspace's). */
export function typecheckWithTypeScript5(
  app: string,
  snippets: readonly PreparedSnippet[],
  project: UserProject,
  packageNames: readonly string[],
): string[] {
  const options = parseOptions(project.compilerOptions, join(app, 'check', project.name));
  // The packages' own declaration files are checked too, as a project without skipLibCheck does.
  const ours = (file: string) => packageNames.some((name) => file.includes(`/node_modules/${name}/`));
  return describe(
    programs(snippets, project).flatMap((files) => diagnose(files, options, ours)),
    snippets,
    app,
  );
}

/** Type errors of every snippet in `project`, with TypeScript 7's own `tsc`. */
export async function typecheckWithTypeScript7(
  app: string,
  snippets: readonly PreparedSnippet[],
  project: UserProject,
): Promise<string[]> {
  const groups = programs(snippets, project);
  const results = await Promise.all(
    groups.map((files, index) => {
      const directory = join(app, 'check-ts7', `${project.name}-${index}`);
      mkdirSync(directory, { recursive: true });
      return diagnoseWithTypeScript7(directory, files, project.compilerOptions);
    }),
  );
  return describe(results.flat(), snippets, app);
}

export const typescript5Version = ts.version;
