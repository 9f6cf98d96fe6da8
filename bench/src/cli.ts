import { join } from 'node:path';
import { staleBuildWarnings } from './build-freshness.js';
import { parseArguments } from './cli-args.js';
import { benchRoot } from './harness/child-process.js';
import { describeError } from './harness/contenders.js';
import type { SuiteResult } from './harness/results.js';
import { describeMachine } from './machine.js';
import { suiteConsoleReport } from './report/console-table.js';
import { writeResults } from './report/write-results.js';
import { suites } from './suites/index.js';

async function main(): Promise<void> {
  const options = parseArguments(
    process.argv.slice(2),
    suites.map((suite) => suite.name),
  );
  const selected =
    options.suites.length > 0 ? suites.filter((suite) => options.suites.includes(suite.name)) : suites;
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    console.warn('Running without --expose-gc: slices will not start from a clean heap (use `pnpm bench`).');
  }
  for (const warning of staleBuildWarnings(
    join(benchRoot, '..', 'packages'),
    selected.map((suite) => suite.name),
  )) {
    console.warn(`Warning: ${warning}`);
  }
  const machine = await describeMachine(options.quick);
  console.log(
    `Benchmarking ${selected.map((suite) => suite.name).join(', ')}${options.quick ? ' (quick)' : ''} on ${machine.cpu}, Node ${machine.node}, Chromium ${machine.chromium}`,
  );
  const results: SuiteResult[] = [];
  for (const suite of selected) {
    const startedAt = performance.now();
    const log = (line: string) => console.log(`  … ${line}`);
    try {
      const outcome = await suite.run({ quick: options.quick, log });
      const result = { ...outcome, machine, durationSeconds: (performance.now() - startedAt) / 1000 };
      results.push(result);
      console.log(suiteConsoleReport(result));
    } catch (error) {
      // One broken suite (a browser that will not start, say) must not lose the others' results.
      console.error(`\n== ${suite.title}: the suite failed: ${describeError(error)}`);
      if (error instanceof Error && error.stack) console.error(error.stack);
      process.exitCode = 1;
    }
  }
  const written = writeResults(machine, results, {
    outputDirectory: join(benchRoot, 'results', ...(options.quick ? ['quick'] : [])),
    suiteOrder: suites.map((suite) => suite.name),
    // Quick numbers are never published: the package READMEs only take full runs.
    packagesDirectory: options.quick ? undefined : join(benchRoot, '..', 'packages'),
  });
  console.log(`\nWrote:\n${written.map((path) => `  ${path}`).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(describeError(error));
  process.exitCode = 1;
});
