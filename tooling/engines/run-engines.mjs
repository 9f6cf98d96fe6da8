#!/usr/bin/env node
// Runs the current workspace member's tests on every engine of the matrix but the default run's
// (Node 20 and the browser files in Chromium, which `pnpm test` runs with coverage), one engine
// after the other, then prints what each gave. `TEST_ENGINES=bun,firefox` (or `--engines`) narrows
// the run for a fast inner loop; CI runs all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allEngines, engineLabels } from './engines.mjs';
import { describeFailures } from './failures.mjs';
import { commandFor } from './runtimes.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const member = relative(repoRoot, process.cwd());
const vitestEntry = join(
  dirname(createRequire(join(repoRoot, 'package.json')).resolve('vitest/package.json')),
  'vitest.mjs',
);

/** @returns {import('./engines.mjs').Engine[]} */
function enginesToRun() {
  const flag = process.argv.indexOf('--engines');
  const list = flag >= 0 ? process.argv[flag + 1] : process.env.TEST_ENGINES;
  const matrix = allEngines.filter((engine) => engine !== 'node20');
  if (!list) return matrix;
  const wanted = list.split(',').map((name) => name.trim());
  for (const name of wanted) {
    if (!(/** @type {readonly string[]} */ (allEngines).includes(name))) {
      throw new Error(`Unknown engine "${name}"; the matrix has ${allEngines.join(', ')}`);
    }
  }
  return matrix.filter((engine) => wanted.includes(engine));
}

/**
 * Runs the member's suite once on `engine`; returns the spawn result and the reporter's counts
 * (undefined when the runtime ended before the reporter wrote them).
 *
 * @param {import('./engines.mjs').Engine} engine
 */
function runOn(engine) {
  const report = join(process.cwd(), 'test-artifacts', 'engines', `${engine}.json`);
  rmSync(report, { force: true });
  console.log(`\n::: ${member} on ${engineLabels[engine]}`);
  const [binary, ...args] = commandFor(engine, vitestEntry);
  const started = Date.now();
  const result = spawnSync(
    /** @type {string} */ (binary),
    [...args, 'run', '--config', join(repoRoot, 'vitest.config.ts')],
    { stdio: 'inherit', env: { ...process.env, TEST_ENGINE: engine } },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  const summary = counts
    ? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.notApplicable.length} files not applicable`
    : `no report written (${result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`})`;
  console.log(`::: ${member} on ${engineLabels[engine]}: ${summary} (${seconds} s)`);
  return { result, counts };
}

const engines = enginesToRun();
const failures = [];
/** @type {string[]} */
const failedTests = [];
for (const engine of engines) {
  const { result, counts } = runOn(engine);
  if (result.status !== 0 || !counts || counts.failed > 0) {
    failures.push(engineLabels[engine]);
    failedTests.push(...describeFailures(engineLabels[engine], counts, result));
  }
}
if (failures.length > 0) {
  // Repeated at the very end: CI logs are often read from their last lines only, far below the
  // engine's own report.
  console.error(`\n${member} failed on: ${failures.join(', ')}`);
  for (const line of failedTests) console.error(`  ${line}`);
  process.exit(1);
}
