#!/usr/bin/env node
// Builds the engine support tables (package x engine: tests passed, files not applicable and why)
// from the reports the test runs wrote to `packages/*/test-artifacts/engines/`, and writes them
// between `<!-- engine-support:start -->` and `<!-- engine-support:end -->` in the root README and
// each package README. With `--check` (or in CI) it fails instead when a README disagrees with the run,
// ignoring only the line of engine versions (a machine may have a newer browser build).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allEngines, engineLabels } from './engines.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const startMarker = '<!-- engine-support:start -->';
const endMarker = '<!-- engine-support:end -->';
const versionsLinePrefix = 'Engine versions in the run that generated this table:';

/**
 * @typedef {import('./engines.mjs').Engine} Engine
 * @typedef {{ engine: Engine, version: string, passed: number, failed: number, skipped: number,
 *   notApplicable: { file: string, reason: string }[] }} EngineReport
 * @typedef {{ name: string, dir: string, reports: Map<Engine, EngineReport> }} PackageResults
 */

/** @returns {PackageResults[]} */
export function readResults(root = repoRoot) {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
      const reportsDir = join(dir, 'test-artifacts', 'engines');
      const files = existsSync(reportsDir)
        ? readdirSync(reportsDir).filter((file) => file.endsWith('.json'))
        : [];
      /** @type {Map<Engine, EngineReport>} */
      const reports = new Map();
      // `chromium.json` (the unit suite) and `chromium.browser-files.json` (the default run) add up.
      for (const engine of allEngines) {
        const parts = files
          .filter((file) => file === `${engine}.json` || file.startsWith(`${engine}.`))
          .map(
            (file) => /** @type {EngineReport} */ (JSON.parse(readFileSync(join(reportsDir, file), 'utf8'))),
          );
        if (parts.length > 0) reports.set(engine, mergeReports(parts));
      }
      return { name, dir, reports };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * @param {EngineReport[]} parts
 * @returns {EngineReport}
 */
function mergeReports(parts) {
  const [first, ...rest] = parts;
  const merged = { .../** @type {EngineReport} */ (first), notApplicable: [...(first?.notApplicable ?? [])] };
  for (const part of rest) {
    merged.passed += part.passed;
    merged.failed += part.failed;
    merged.skipped += part.skipped;
    merged.notApplicable.push(...part.notApplicable);
  }
  return merged;
}

/**
 * `Node 24.22.3`, `Bun 1.4.5`, `WebKitGTK 2.50.6`: what the versions line says for each engine.
 *
 * @param {Engine} engine
 * @param {string} version
 */
function versionLabel(engine, version) {
  if (engine.startsWith('node')) return `Node ${version}`;
  if (engine === 'webkit') return `WebKitGTK ${version}`;
  return `${engineLabels[engine]} ${version}`;
}

/**
 * One table cell: `✅ 41` when every test that ran passed, `❌ 2 failed` otherwise, `n/a` when no
 * file applies, with a footnote number when some files do not apply.
 *
 * @param {EngineReport | undefined} report
 * @param {number | undefined} footnote
 */
export function cell(report, footnote) {
  if (!report) return 'not run';
  const mark = footnote === undefined ? '' : ` [${footnote}]`;
  if (report.failed > 0) return `❌ ${report.failed} of ${report.passed + report.failed} failed${mark}`;
  if (report.passed === 0) return `n/a${mark}`;
  return `✅ ${report.passed}${mark}`;
}

/**
 * The Markdown between the markers for the given packages.
 *
 * @param {PackageResults[]} packages
 * @param {{ packageColumn: boolean }} options
 */
export function renderTable(packages, { packageColumn }) {
  /** @type {Map<string, { pkg: string, reasons: string[], engines: Engine[], number: number }>} */
  const notes = new Map();
  const rows = packages.map((pkg) => {
    const cells = allEngines.map((engine) => {
      const report = pkg.reports.get(engine);
      const reasons = [
        ...new Set((report?.notApplicable ?? []).map((entry) => `${entry.reason} (\`${entry.file}\`)`)),
      ];
      if (reasons.length === 0) return cell(report, undefined);
      const key = `${pkg.name}\0${reasons.join('\0')}`;
      const note = notes.get(key) ?? { pkg: pkg.name, reasons, engines: [], number: notes.size + 1 };
      note.engines.push(engine);
      notes.set(key, note);
      return cell(report, note.number);
    });
    return `| ${packageColumn ? `\`${pkg.name}\` | ` : ''}${cells.join(' | ')} |`;
  });
  const noteLines = [...notes.values()].map(
    (note) =>
      `${note.number}. ${packageColumn ? `\`${note.pkg}\` ` : ''}on ${note.engines.map((engine) => engineLabels[engine]).join(', ')}, not applicable: ${note.reasons.join('; ')}.`,
  );
  const heading = `| ${packageColumn ? 'package | ' : ''}${allEngines.map((engine) => engineLabels[engine]).join(' | ')} |`;
  const rule = `| ${packageColumn ? '--- | ' : ''}${allEngines.map(() => '---').join(' | ')} |`;
  const versions = new Map();
  for (const pkg of packages) {
    for (const [engine, report] of pkg.reports) versions.set(engine, report.version);
  }
  const versionLine = `${versionsLinePrefix} ${allEngines
    .filter((engine) => versions.has(engine))
    .map((engine) => versionLabel(engine, versions.get(engine)))
    .join(', ')}.`;
  return [
    heading,
    rule,
    ...rows,
    '',
    'Tests passed on each engine in `pnpm test` (generated by `tooling/engines` from the run). Servers',
    'run the whole unit suite under vitest; browsers run it in vitest browser mode, with the',
    '`*.browser.test.ts` files too.',
    ...(noteLines.length > 0 ? ['', ...noteLines] : []),
    '',
    versionLine,
  ].join('\n');
}

/**
 * @param {string} text
 * @param {string} block
 * @param {string} file
 */
export function replaceBetweenMarkers(text, block, file) {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${file} has no ${startMarker} … ${endMarker} block`);
  return `${text.slice(0, start + startMarker.length)}\n${block}\n${text.slice(end)}`;
}

/** Drops the versions line, which may change with the machine without the results changing. */
/*
 * What a stale table must not get wrong: which engines pass, fail or skip a file, and why. Test
 * counts change with every test added and the versions line with every runtime update; neither
 * makes a committed table mislead a reader, so neither fails CI (a local run rewrites both).
 */
export const comparable = (/** @type {string} */ text) =>
  text
    .split('\n')
    .filter((/** @type {string} */ line) => !line.startsWith(versionsLinePrefix))
    .join('\n')
    .replace(/(✅|❌)[^|[]*/gu, '$1 ');

/**
 * What to do with one README: a local run writes any change, counts and versions included; a check
 * (CI) fails only on a change {@link comparable} keeps.
 *
 * @param {string} before - the README as committed
 * @param {string} after - the README with this run's table
 * @param {boolean} check
 * @returns {'same' | 'write' | 'stale'}
 */
export function tableUpdate(before, after, check) {
  if (check) return comparable(before) === comparable(after) ? 'same' : 'stale';
  return before === after ? 'same' : 'write';
}

function main() {
  const check = process.argv.includes('--check') || Boolean(process.env.CI);
  const packages = readResults();
  const missing = packages.flatMap((pkg) =>
    allEngines
      .filter((engine) => !pkg.reports.has(engine))
      .map((engine) => `${pkg.name} on ${engineLabels[engine]}`),
  );
  if (missing.length > 0) {
    const message = `No test results for ${missing.join(', ')}: run the whole matrix (pnpm test without TEST_ENGINES).`;
    if (check) throw new Error(message);
    console.log(`Support tables left as they are. ${message}`);
    return;
  }
  const targets = [
    { file: join(repoRoot, 'README.md'), block: renderTable(packages, { packageColumn: true }) },
    ...packages.map((pkg) => ({
      file: join(pkg.dir, 'README.md'),
      block: renderTable([pkg], { packageColumn: false }),
    })),
  ];
  const stale = [];
  for (const { file, block } of targets) {
    const before = readFileSync(file, 'utf8');
    const after = replaceBetweenMarkers(before, block, file);
    const update = tableUpdate(before, after, check);
    if (update === 'stale') stale.push(file);
    else if (update === 'write') writeFileSync(file, after);
  }
  if (stale.length > 0) {
    throw new Error(
      `The engine support tables in ${stale.join(', ')} do not match this run. Run \`pnpm test\` locally and commit the READMEs it rewrites.`,
    );
  }
  console.log(
    check ? 'Engine support tables match this run.' : 'Engine support tables written from this run.',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
