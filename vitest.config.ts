import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { type BrowserName, chromiumLaunchOptions, findChromium } from './tooling/browser/index.mjs';
import {
  browserEngines,
  type Engine,
  reasonNotApplicable,
  requestedEngine,
} from './tooling/engines/engines.mjs';
import EngineResultsReporter from './tooling/engines/reporter.mjs';
import { sessionProvider } from './vitest.session-provider.js';

/*
 * The one vitest setup of the repo. Every workspace member runs its tests
 * through it (`vitest run --config ../../vitest.config.ts`); run from the root
 * it runs all of them. The member a command runs in is found from the working
 * directory, so `pnpm --filter x test` tests only x, with x's coverage budget.
 *
 * Conventions, the same in every member:
 * - `src/**\/*.test.ts` and `test/**\/*.test.ts` run in Node (a file may opt
 *   into a DOM with a `// @vitest-environment happy-dom` comment);
 * - `src/**\/*.browser.test.ts` run in real Chromium (vitest browser mode);
 * - packages under `packages/` must cover 95% of lines and branches.
 *
 * The engine matrix (`tooling/engines/run-engines.mjs`) runs the same config with `TEST_ENGINE`
 * set: under Node 22/24/26, Bun or Deno it runs the Node-side tests on that runtime; for a browser
 * it runs the unit tests (and, in Firefox and WebKit, the `*.browser.test.ts` files too) in that
 * browser. A test file opts out of an engine with a leading
 * `// @not-applicable <engines>: <reason>` comment; the reason is printed in the support tables.
 * Every run records its counts per engine in `<member>/test-artifacts/engines/`.
 */

const repoRoot = dirname(fileURLToPath(import.meta.url));
const memberGroups = ['packages', 'examples', 'tooling'];
const singleMembers = ['docs', 'bench'];
const coverageThreshold = { lines: 95, branches: 95 };
const nodeTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];
const browserTests = ['src/**/*.browser.test.ts'];
const engine = requestedEngine();
const isBrowserEngine = (name: Engine | undefined) =>
  name !== undefined && (browserEngines as readonly string[]).includes(name);

function listMembers(): string[] {
  const grouped = memberGroups.flatMap((group) => {
    const dir = join(repoRoot, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${group}/${entry.name}`);
  });
  return [...grouped, ...singleMembers].filter((member) =>
    existsSync(join(repoRoot, member, 'package.json')),
  );
}

/** The member the command runs in, or every member when run from the root. */
function membersInScope(): string[] {
  const members = listMembers();
  const cwd = relative(repoRoot, process.cwd()).split(sep).join('/');
  const current = members.find((member) => cwd === member || cwd.startsWith(`${member}/`));
  return current ? [current] : members;
}

/** Test files of a member under `dir` whose names end with `suffix`, relative to the member. */
function testFiles(member: string, dir: string, suffix: string): string[] {
  const root = join(repoRoot, member, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `${dir}/${file.split(sep).join('/')}`);
}

function unitTestFiles(member: string): string[] {
  return [...testFiles(member, 'src', '.test.ts'), ...testFiles(member, 'test', '.test.ts')].filter(
    (file) => !file.endsWith('.browser.test.ts'),
  );
}

interface NotApplicableFile {
  file: string;
  engine: Engine;
  reason: string;
}

/** Files of `member` that declare themselves not applicable to `on`. */
function notApplicableFiles(member: string, files: string[], on: Engine): NotApplicableFile[] {
  return files.flatMap((file) => {
    const reason = reasonNotApplicable(join(repoRoot, member, file), on);
    return reason === undefined ? [] : [{ file, engine: on, reason }];
  });
}

const notApplicable: Record<string, NotApplicableFile[]> = {};
/** Each member and engine this run reports on (so an engine where every file is n/a still shows up). */
const expectedReports: { member: string; engine: Engine; name: string }[] = [];

function nodeProject(member: string, name: string, on: Engine): TestProjectInlineConfiguration[] {
  const files = unitTestFiles(member);
  if (files.length === 0) return [];
  expectedReports.push({ member, engine: on, name: reportNameOf(name) });
  const skipped = notApplicableFiles(member, files, on);
  notApplicable[member] = [...(notApplicable[member] ?? []), ...skipped];
  if (skipped.length === files.length) return [];
  return [
    {
      extends: true,
      test: {
        name,
        root: join(repoRoot, member),
        include: nodeTests,
        exclude: [...browserTests, ...skipped.map((entry) => entry.file)],
        environment: 'node',
      },
    },
  ];
}

function browserProject(
  member: string,
  name: string,
  on: Engine,
  files: string[],
): TestProjectInlineConfiguration[] {
  if (files.length === 0) return [];
  expectedReports.push({ member, engine: on, name: reportNameOf(name) });
  const skipped = notApplicableFiles(member, files, on);
  notApplicable[member] = [...(notApplicable[member] ?? []), ...skipped];
  const included = files.filter((file) => !skipped.some((entry) => entry.file === file));
  if (included.length === 0) return [];
  const provider =
    on === 'chromium'
      ? playwright({ launchOptions: chromiumLaunchOptions() })
      : sessionProvider(on === 'firefox' ? 'firefox' : 'webkit');
  return [
    {
      extends: true,
      test: {
        name,
        root: join(repoRoot, member),
        include: included,
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          provider,
          instances: [{ browser: on as BrowserName }],
        },
      },
    },
  ];
}

function projectsFor(member: string): TestProjectInlineConfiguration[] {
  const name = member.split('/').at(-1) ?? member;
  const browserFiles = testFiles(member, 'src', '.browser.test.ts');
  if (engine === undefined) {
    return [
      ...nodeProject(member, name, 'node20'),
      ...browserProject(member, `${name}/browser`, 'chromium', browserFiles),
    ];
  }
  if (!isBrowserEngine(engine)) return nodeProject(member, `${name}@${engine}`, engine);
  // Chromium already ran the browser files in the default run; here it adds the unit suite.
  const inBrowser =
    engine === 'chromium' ? unitTestFiles(member) : [...browserFiles, ...unitTestFiles(member)];
  return browserProject(member, `${name}@${engine}`, engine, inBrowser);
}

/** Which engine a project's results belong to. */
function engineOfProject(projectName: string): Engine {
  if (engine !== undefined) return engine;
  return projectName.endsWith('/browser') ? 'chromium' : 'node20';
}

/**
 * The report file a project's results go to. The default run's browser files get their own
 * (`chromium.browser-files`), so the Chromium engine run of the unit suite does not overwrite them;
 * the support table adds the two up.
 */
function reportNameOf(projectName: string): string {
  if (engine === undefined && projectName.endsWith('/browser')) return 'chromium.browser-files';
  return engineOfProject(projectName);
}

const scope = membersInScope();
const projects = scope.flatMap(projectsFor);
const coveredPackages = scope.filter((member) => member.startsWith('packages/'));
const reportsDirectory =
  scope.length === 1 ? join(repoRoot, scope[0] ?? '', 'coverage') : join(repoRoot, 'coverage');

function findChromiumQuietly(): string | undefined {
  try {
    return findChromium() ?? undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  test: {
    root: repoRoot,
    projects,
    reporters: [
      'default',
      new EngineResultsReporter({
        repoRoot,
        engineOf: engineOfProject,
        reportName: reportNameOf,
        notApplicable,
        expected: expectedReports,
        chromiumPath: engine === undefined || engine === 'chromium' ? findChromiumQuietly() : undefined,
      }),
    ],
    // An engine on which every file of a member is n/a runs nothing; without projects vitest would
    // fall back to its default include and run the whole repository, so include nothing instead.
    passWithNoTests: projects.length === 0,
    ...(projects.length === 0 ? { include: [] } : {}),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      reportsDirectory,
      include: coveredPackages.map((member) => `${member}/src/**/*.ts`),
      exclude: ['**/*.test.ts', '**/*.test-d.ts', '**/index.ts', '**/*.d.ts', '**/test-support/**'],
      reporter: ['text', 'json-summary', 'html'],
      thresholds: Object.fromEntries(
        coveredPackages.map((member) => [`${member}/src/**/*.ts`, coverageThreshold]),
      ),
    },
  },
});
