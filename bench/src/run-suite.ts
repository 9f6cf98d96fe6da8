/**
 * Child entry point: runs one server suite in this process's engine (Node or Bun) and prints its
 * outcome as one JSON line on stdout; progress goes to stderr. `cli.ts` starts one per engine, so
 * every engine measures the same code side by side with the same peers, in a fresh process.
 */
import { describeError } from './harness/contenders.js';
import { suites } from './suites/index.js';

export interface SuiteChildReport {
  kind: 'outcome';
  engineVersion: string;
  outcome: Awaited<ReturnType<(typeof suites)[number]['run']>>;
}

function engineVersion(): string {
  const bun = (globalThis as { Bun?: { version: string } }).Bun;
  return bun ? bun.version : process.versions.node;
}

async function main(): Promise<void> {
  const [name, ...flags] = process.argv.slice(2);
  const suite = suites.find((candidate) => candidate.name === name);
  if (!suite) throw new Error(`run-suite: unknown suite "${name}"`);
  const outcome = await suite.run({
    quick: flags.includes('--quick'),
    log: (line) => process.stderr.write(`  … ${line}\n`),
  });
  const report: SuiteChildReport = { kind: 'outcome', engineVersion: engineVersion(), outcome };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeError(error)}\n${error instanceof Error ? (error.stack ?? '') : ''}\n`);
  process.exitCode = 1;
});
