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
 * How a TypeScript script runs in a fresh process of the engine running this one: Node needs tsx,
 * Bun runs TypeScript itself. Default flags otherwise (default stack size: depth limits measured
 * there are the ones users meet).
 */
export function sameEngineCommand(script: string): string[] {
  const onBun = (globalThis as { Bun?: unknown }).Bun !== undefined;
  return onBun ? [process.execPath, script] : [process.execPath, '--import', 'tsx', script];
}

/**
 * Runs a TypeScript script in a fresh process of the current engine (see {@link sameEngineCommand})
 * and collects its JSON-lines reports. A child that hangs is killed at `timeoutMs`; one that crashes
 * is reported as such. Either way the run goes on.
 */
export function runChild(
  script: string,
  args: readonly string[],
  timeoutMs: number,
  command: readonly string[] = sameEngineCommand(script),
  stderr: 'collect' | 'inherit' = 'collect',
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const [executable, ...prefix] = command;
    const child = spawn(executable ?? process.execPath, [...prefix, ...args], {
      cwd: benchRoot,
      stdio: ['ignore', 'pipe', stderr === 'inherit' ? 'inherit' : 'pipe'],
    });
    const reports: unknown[] = [];
    let pending = '';
    let stderrTail = '';
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
    // stdout is always a pipe here (stdio[1] above); only stderr may be inherited.
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      takeLines(false);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-2000);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      takeLines(true);
      const ending = timedOut ? 'timed out' : code === 0 ? 'exited' : 'crashed';
      resolve({
        reports,
        ending,
        exitCode: code,
        stderrTail: stderrTail.trim().split('\n').slice(-3).join(' | '),
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
