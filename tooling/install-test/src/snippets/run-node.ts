import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs a snippet file with the machine's Node, as `node file.mjs` would, from the scratch app
 * (so it imports the installed tarballs). `--expose-gc` lets the primer's collection example do
 * its check instead of skipping it. Rejects with what the snippet printed when it fails.
 */
export async function runInNode(file: string, cwd: string): Promise<void> {
  try {
    await execFileAsync(process.execPath, ['--expose-gc', file], { cwd, encoding: 'utf8', timeout: 30_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${file} failed:\n${stderr || stdout || String(error)}`.trim());
  }
}
