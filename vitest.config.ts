import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tooling/browser/index.mjs';

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
 */

const repoRoot = dirname(fileURLToPath(import.meta.url));
const memberGroups = ['packages', 'examples', 'tooling'];
const singleMembers = ['docs', 'bench'];
const coverageThreshold = { lines: 95, branches: 95 };
const nodeTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];
const browserTests = ['src/**/*.browser.test.ts'];

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

function hasFiles(member: string, dir: string, suffix: string): boolean {
  const root = join(repoRoot, member, dir);
  if (!existsSync(root)) return false;
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith(suffix));
}

function projectsFor(member: string): TestProjectInlineConfiguration[] {
  const name = member.split('/').at(-1) ?? member;
  const root = join(repoRoot, member);
  const projects: TestProjectInlineConfiguration[] = [];
  if (hasFiles(member, 'src', '.test.ts') || hasFiles(member, 'test', '.test.ts')) {
    projects.push({
      extends: true,
      test: { name, root, include: nodeTests, exclude: browserTests, environment: 'node' },
    });
  }
  if (hasFiles(member, 'src', '.browser.test.ts')) {
    projects.push({
      extends: true,
      test: {
        name: `${name}/browser`,
        root,
        include: browserTests,
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          provider: playwright({ launchOptions: chromiumLaunchOptions() }),
          instances: [{ browser: 'chromium' }],
        },
      },
    });
  }
  return projects;
}

const scope = membersInScope();
const coveredPackages = scope.filter((member) => member.startsWith('packages/'));
const reportsDirectory =
  scope.length === 1 ? join(repoRoot, scope[0] ?? '', 'coverage') : join(repoRoot, 'coverage');

export default defineConfig({
  test: {
    root: repoRoot,
    projects: scope.flatMap(projectsFor),
    passWithNoTests: false,
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
