import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../workspace.js';

/** `@types/node` for the scratch project: the workspace's, as a user would `npm i -D @types/node`. */
export const typeRoots = [join(repoRoot, 'node_modules', '@types')];

export interface FileDiagnostic {
  file: string;
  /** 0-based line in the file. */
  line: number;
  code: number;
  message: string;
}

const sourceFiles = new Map<string, ts.SourceFile | undefined>();

/** A compiler host that parses each lib and declaration file once for all the programs of a run. */
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const cacheable =
      fileName.endsWith('.d.ts') || fileName.endsWith('.d.cts') || fileName.endsWith('.d.mts');
    if (!cacheable) return read(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}|${JSON.stringify(languageVersion)}`;
    if (!sourceFiles.has(key)) sourceFiles.set(key, read(fileName, languageVersion, onError, shouldCreate));
    return sourceFiles.get(key);
  };
  return host;
}

/** tsconfig-style options (strings) as compiler options, for a project in `directory`. */
export function parseOptions(json: Record<string, unknown>, directory: string): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson({ ...json, typeRoots }, directory);
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]?.messageText, '\n'));
  return options;
}

/**
 * The diagnostics of one program over `files` (TypeScript 5.9's API): the options, the files
 * themselves, and every declaration file `alsoCheck` names (the packages' own .d.ts files).
 * Third-party declarations (lib.dom, @types/node) are not checked: what they contain is not ours
 * to fix, and checking them costs most of the time.
 */
export function diagnose(
  files: readonly string[],
  options: ts.CompilerOptions,
  alsoCheck: (fileName: string) => boolean = () => false,
): FileDiagnostic[] {
  if (files.length === 0) return [];
  const program = ts.createProgram({ rootNames: files, options, host: cachingHost(options) });
  const roots = new Set(files);
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of program.getSourceFiles()) {
    if (!roots.has(file.fileName) && !alsoCheck(file.fileName)) continue;
    diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
  }
  return diagnostics.map((diagnostic) => ({
    file: diagnostic.file?.fileName ?? '',
    line: diagnostic.file ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line : 0,
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}
