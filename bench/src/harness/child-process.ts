import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench package folder: children run from it so `--import tsx` resolves. */
export const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ChildRun {
  /** Every stdout line that parsed as JSON, in order: what the child reported before it ended. */
  reports: unknown[];
  ending: 'exited' | 'timed out' | 'crashed';
  exitCode: number | null;
  stderrTail: string;
}

/**
 * Runs a TypeScript script in a fresh Node process (default flags, so default
 * stack size: depth limits measured there are the ones users meet) and
 * collects its JSON-lines reports. A child that hangs is killed at
 * `timeoutMs`; one that crashes is reported as such. Either way the run goes on.
 */
export function runChild(script: string, args: readonly string[], timeoutMs: number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: benchRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reports: unknown[] = [];
    let pending = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const takeLines = (final: boolean) => {
      const lines = pending.split('\n');
      pending = final ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        try {
          reports.push(JSON.parse(line));
        } catch {
          // A line cut by a crash mid-write: the reports before it still count.
        }
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      takeLines(false);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      takeLines(true);
      const ending = timedOut ? 'timed out' : code === 0 ? 'exited' : 'crashed';
      resolve({
        reports,
        ending,
        exitCode: code,
        stderrTail: stderr.trim().split('\n').slice(-3).join(' | '),
      });
    });
  });
}

/** Runs `jobs` at most `parallel` at a time, keeping their order in the result. */
export async function inBatches<T>(jobs: ReadonlyArray<() => Promise<T>>, parallel: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  return results;
}
