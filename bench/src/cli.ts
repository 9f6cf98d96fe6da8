import { join } from 'node:path';
import { staleBuildWarnings } from './build-freshness.js';
import { parseArguments } from './cli-args.js';
import {
  type BenchEngine,
  engineLabel,
  isServerEngine,
  type ServerBenchEngine,
  serverBenchEngines,
  serverCommand,
} from './engines.js';
import { benchRoot, runChild } from './harness/child-process.js';
import { describeError } from './harness/contenders.js';
import type { MachineInfo, SuiteOutcome, SuiteResult } from './harness/results.js';
import { describeMachine } from './machine.js';
import { suiteConsoleReport } from './report/console-table.js';
import { writeResults } from './report/write-results.js';
import type { SuiteChildReport } from './run-suite.js';
import { suites } from './suites/index.js';
import type { Suite } from './suites/suite.js';

const suiteScript = join(benchRoot, 'src', 'run-suite.ts');
// A full server suite takes minutes per engine; a child still running after this is stuck.
const suiteTimeoutMs = 90 * 60_000;

/** Runs a server suite in a fresh process of `engine`; its progress lines stream through. */
async function runOnServerEngine(
  suite: Suite,
  engine: ServerBenchEngine,
  quick: boolean,
): Promise<{ outcome: SuiteOutcome; engineVersion: string }> {
  const run = await runChild(
    suiteScript,
    [suite.name, ...(quick ? ['--quick'] : [])],
    suiteTimeoutMs,
    serverCommand(engine, suiteScript),
    'inherit',
  );
  const report = run.reports.find(
    (line): line is SuiteChildReport => (line as Partial<SuiteChildReport>).kind === 'outcome',
  );
  if (!report)
    throw new Error(
      `the ${engineLabel(engine)} process ${run.ending} (exit ${run.exitCode}) without results`,
    );
  return { outcome: report.outcome, engineVersion: report.engineVersion };
}

async function runOnEngine(
  suite: Suite,
  engine: BenchEngine,
  quick: boolean,
  machine: MachineInfo,
): Promise<{ outcome: SuiteOutcome; engineVersion: string }> {
  if (isServerEngine(engine)) return runOnServerEngine(suite, engine, quick);
  const outcome = await suite.run({
    quick,
    log: (line) => console.log(`  … ${line}`),
    browser: engine,
  });
  return {
    outcome,
    engineVersion: engine === 'chromium' ? machine.chromium : (outcome.engineVersion ?? 'unknown'),
  };
}

async function main(): Promise<void> {
  const options = parseArguments(
    process.argv.slice(2),
    suites.map((suite) => suite.name),
  );
  const selected =
    options.suites.length > 0 ? suites.filter((suite) => options.suites.includes(suite.name)) : suites;
  for (const warning of staleBuildWarnings(
    join(benchRoot, '..', 'packages'),
    selected.map((suite) => suite.name),
  )) {
    console.warn(`Warning: ${warning}`);
  }
  const machine = await describeMachine(options.quick);
  console.log(
    `Benchmarking ${selected.map((suite) => suite.name).join(', ')}${options.quick ? ' (quick)' : ''} on ${machine.cpu}`,
  );
  const results: SuiteResult[] = [];
  for (const suite of selected) {
    const engines = (suite.engines ?? serverBenchEngines).filter(
      (engine) => options.engines.length === 0 || options.engines.includes(engine),
    );
    for (const engine of engines) {
      const startedAt = performance.now();
      console.log(`\n== ${suite.title} on ${engineLabel(engine)}`);
      try {
        const { outcome, engineVersion } = await runOnEngine(suite, engine, options.quick, machine);
        const durationSeconds = (performance.now() - startedAt) / 1000;
        const result: SuiteResult = { ...outcome, machine, engine, engineVersion, durationSeconds };
        results.push(result);
        console.log(suiteConsoleReport(result));
      } catch (error) {
        // One broken engine or suite (a browser that will not start, say) must not lose the others' results.
        console.error(
          `\n== ${suite.title} on ${engineLabel(engine)}: the suite failed: ${describeError(error)}`,
        );
        if (error instanceof Error && error.stack) console.error(error.stack);
        process.exitCode = 1;
      }
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

main()
  .catch((error: unknown) => {
    console.error(describeError(error));
    process.exitCode = 1;
  })
  // Everything is written by now. A browser driver's socket or esbuild's service process can still
  // hold the event loop open (seen after a full run on 2026-12-03: the CLI never exited), so end here.
  .finally(() => process.exit());
