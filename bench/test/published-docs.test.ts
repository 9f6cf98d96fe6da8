import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type PublishedDocTargets,
  renderPublishedDocs,
  updatePublishedDocs,
} from '../src/report/published-docs.js';
import { recordedResults } from '../src/report/refresh-docs.js';
import { sampleResult } from './fixtures.js';

const markers = (name: string) => `<!-- bench:${name}:start -->\nold\n<!-- bench:${name}:end -->\n`;

function scratchRepository(): PublishedDocTargets & {
  readme: string;
  guide: string;
  benchmarks: string;
  other: string;
} {
  const root = mkdtempSync(join(tmpdir(), 'bench-published-'));
  const targets = {
    packagesDirectory: join(root, 'packages'),
    guidesDirectory: join(root, 'docs', 'guides'),
    resultsDirectory: join(root, 'bench', 'results'),
  };
  mkdirSync(join(targets.packagesDirectory, 'deep-clone'), { recursive: true });
  mkdirSync(targets.guidesDirectory, { recursive: true });
  mkdirSync(targets.resultsDirectory, { recursive: true });
  writeFileSync(join(targets.resultsDirectory, 'deep-clone.svg'), '<svg/>');
  const files = {
    readme: join(targets.packagesDirectory, 'deep-clone', 'README.md'),
    guide: join(targets.guidesDirectory, 'deep-clone.md'),
    benchmarks: join(targets.guidesDirectory, 'benchmarks.md'),
    other: join(targets.guidesDirectory, 'primer.md'),
  };
  writeFileSync(files.readme, `# deep-clone\n\n${markers('deep-clone')}`);
  writeFileSync(files.guide, `# Guide\n\n${markers('deep-clone')}`);
  writeFileSync(files.benchmarks, `# Benchmarks\n\n${markers('summary')}`);
  writeFileSync(files.other, '# Primer\n');
  return { ...targets, ...files };
}

describe('renderPublishedDocs', () => {
  const repo = scratchRepository();
  const rendered = renderPublishedDocs([sampleResult()], [sampleResult()], repo);

  it('gives a README the results without the goals table', () => {
    const readme = rendered.get(repo.readme) ?? '';
    expect(readme).toContain('#### Small JSON-like');
    expect(readme).toContain('#### Deepest chain');
    expect(readme).not.toContain('#### Goals');
    expect(readme).not.toContain('at least 2x');
  });

  it('gives a guide the same results and the chart, linked relative to the guide', () => {
    const guide = rendered.get(repo.guide) ?? '';
    expect(guide).toContain('#### Small JSON-like');
    expect(guide).not.toContain('#### Goals');
    expect(guide).toContain('![Deep clone benchmark chart](../../bench/results/deep-clone.svg)');
  });

  it('gives the benchmarks guide every suite, goals included', () => {
    const benchmarks = rendered.get(repo.benchmarks) ?? '';
    expect(benchmarks).toContain('## Deep clone');
    expect(benchmarks).toContain('| #3 | at least 2x | ✅ met | 2.50x vs peer: met |');
  });

  it('leaves files without markers out', () => {
    expect(rendered.has(repo.other)).toBe(false);
  });

  it('writes only what changed, and nothing on a second run', () => {
    expect(updatePublishedDocs([sampleResult()], [sampleResult()], repo).sort()).toEqual(
      [repo.benchmarks, repo.guide, repo.readme].sort(),
    );
    expect(readFileSync(repo.readme, 'utf8')).toContain('#### Small JSON-like');
    expect(updatePublishedDocs([sampleResult()], [sampleResult()], repo)).toEqual([]);
  });
});

describe('the repository’s published numbers', () => {
  const { suites, targets } = recordedResults();

  it('are the ones in bench/results/latest.json (run `pnpm --filter @weakset-recipes-internal/bench docs:refresh`)', () => {
    for (const [path, content] of renderPublishedDocs(suites, suites, targets)) {
      expect(readFileSync(path, 'utf8'), path).toBe(content);
    }
  });

  it('reach every suite’s README and guide, and the benchmarks guide', () => {
    const rendered = [...renderPublishedDocs(suites, suites, targets).keys()];
    for (const { suite } of suites) {
      expect(rendered).toContain(join(targets.packagesDirectory, suite, 'README.md'));
      expect(rendered).toContain(join(targets.guidesDirectory, `${suite}.md`));
    }
    expect(rendered).toContain(join(targets.guidesDirectory, 'benchmarks.md'));
  });
});
