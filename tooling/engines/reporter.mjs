// A vitest reporter that records, per workspace member and engine, how many tests passed, failed
// and were skipped, and which files do not apply there (with the reason). The support tables in
// the READMEs are generated from these files, never written by hand.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {import('./engines.mjs').Engine} Engine
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 * @typedef {{
 *   repoRoot: string,
 *   engineOf: (projectName: string) => Engine,
 *   reportName: (projectName: string) => string,
 *   notApplicable: Record<string, { file: string, engine: Engine, reason: string }[]>,
 *   expected: { member: string, engine: Engine, name: string }[],
 *   chromiumPath?: string | undefined,
 * }} ReporterOptions
 */

export default class EngineResultsReporter {
  /** @param {ReporterOptions} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {ReadonlyArray<any>} testModules */
  onTestRunEnd(testModules) {
    /** @type {Map<string, { member: string, engine: Engine, name: string, files: Record<string, Counts & { error?: string }> }>} */
    const runs = new Map();
    // Every member and engine the config planned gets a report, even when all its files are n/a.
    for (const { member, engine, name } of this.options.expected) {
      runs.set(`${member}\0${name}`, { member, engine, name, files: {} });
    }
    for (const testModule of testModules) {
      const engine = this.options.engineOf(testModule.project.name);
      const name = this.options.reportName(testModule.project.name);
      const path = relative(this.options.repoRoot, testModule.moduleId).split(sep).join('/');
      const member = memberOf(path);
      const key = `${member}\0${name}`;
      if (!runs.has(key)) runs.set(key, { member, engine, name, files: {} });
      const counts = { passed: 0, failed: 0, skipped: 0 };
      /** @type {{ test: string, error: string }[]} */
      const failures = [];
      for (const test of testModule.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') counts.passed++;
        else if (result.state === 'failed') {
          counts.failed++;
          failures.push({ test: test.fullName, error: firstLine(result.errors?.[0]?.message) });
        } else counts.skipped++;
      }
      const errors = testModule.errors?.() ?? [];
      const file = path.slice(member.length + 1);
      const run = /** @type {NonNullable<ReturnType<typeof runs.get>>} */ (runs.get(key));
      const withFailures = failures.length > 0 ? { ...counts, failures } : counts;
      run.files[file] =
        errors.length > 0
          ? { ...withFailures, failed: counts.failed + 1, error: String(errors[0]?.message ?? errors[0]) }
          : withFailures;
    }
    for (const { member, engine, name, files } of runs.values()) {
      const totals = Object.values(files).reduce(
        (sum, counts) => ({
          passed: sum.passed + counts.passed,
          failed: sum.failed + counts.failed,
          skipped: sum.skipped + counts.skipped,
        }),
        { passed: 0, failed: 0, skipped: 0 },
      );
      const notApplicable = (this.options.notApplicable[member] ?? [])
        .filter((entry) => entry.engine === engine)
        .map(({ file, reason }) => ({ file, reason }));
      const report = {
        engine,
        version: engineVersion(engine, this.options),
        ...totals,
        files,
        notApplicable,
      };
      const dir = join(this.options.repoRoot, member, 'test-artifacts', 'engines');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    }
  }
}

/**
 * The first line of a failure's message: enough to tell failures apart in a one-line summary.
 *
 * @param {unknown} message
 */
function firstLine(message) {
  return String(message ?? 'no message').split('\n')[0] ?? '';
}

/**
 * `packages/brand/src/x.test.ts` → `packages/brand`; `docs/test/x.test.ts` → `docs`.
 *
 * @param {string} path
 */
function memberOf(path) {
  const parts = path.split('/');
  return ['packages', 'examples', 'tooling'].includes(parts[0] ?? '')
    ? parts.slice(0, 2).join('/')
    : (parts[0] ?? '');
}

/**
 * @param {Engine} engine
 * @param {ReporterOptions} options
 */
function engineVersion(engine, options) {
  const runtime = /** @type {{ Bun?: { version: string }, Deno?: { version: { deno: string } } }} */ (
    globalThis
  );
  if (engine === 'bun') return runtime.Bun?.version ?? 'unknown';
  if (engine === 'deno') return runtime.Deno?.version.deno ?? 'unknown';
  if (engine.startsWith('node')) return process.version.replace(/^v/, '');
  const launched = process.env[`TEST_BROWSER_VERSION_${engine.toUpperCase()}`];
  if (launched) return launched;
  if (engine === 'chromium' && options.chromiumPath) {
    const printed = spawnSync(options.chromiumPath, ['--version'], { encoding: 'utf8' }).stdout ?? '';
    return /([\d.]+)/.exec(printed)?.[1] ?? 'unknown';
  }
  return 'unknown';
}
