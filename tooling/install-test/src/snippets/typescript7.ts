import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FileDiagnostic } from './typescript5.js';
import { typeRoots } from './typescript5.js';

const execFileAsync = promisify(execFile);

/** TypeScript 7's `tsc` (the native compiler; it has no JS API, so it is run as a user runs it). */
export const typescript7Bin = join(
  dirname(createRequire(import.meta.url).resolve('typescript7/package.json')),
  'bin',
  'tsc',
);

const diagnosticLine = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/;

/** Writes a tsconfig.json listing `files` into `directory` and runs TypeScript 7 on it. */
export async function diagnoseWithTypeScript7(
  directory: string,
  files: readonly string[],
  compilerOptions: Record<string, unknown>,
): Promise<FileDiagnostic[]> {
  if (files.length === 0) return [];
  writeFileSync(
    join(directory, 'tsconfig.json'),
    // skipDefaultLibCheck: lib.dom and friends are not ours to check, and cost most of the time.
    JSON.stringify(
      { compilerOptions: { ...compilerOptions, typeRoots, skipDefaultLibCheck: true }, files },
      null,
      2,
    ),
  );
  let output: string;
  try {
    ({ stdout: output } = await execFileAsync(
      process.execPath,
      [typescript7Bin, '-p', directory, '--pretty', 'false'],
      {
        cwd: directory,
        encoding: 'utf8',
      },
    ));
  } catch (error) {
    // tsc exits non-zero when it reports errors; they are on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
    if (!output) throw error;
  }
  const diagnostics: FileDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = diagnosticLine.exec(line);
    if (match) {
      diagnostics.push({
        file: resolve(directory, match[1] ?? ''),
        line: Number(match[2]) - 1,
        code: Number(match[4]),
        message: match[5] ?? '',
      });
    } else if (line.startsWith('  ') && diagnostics.length > 0) {
      diagnostics[diagnostics.length - 1]!.message += `\n${line.trim()}`;
    } else if (line.trim()) {
      diagnostics.push({ file: directory, line: 0, code: 0, message: line });
    }
  }
  return diagnostics;
}
