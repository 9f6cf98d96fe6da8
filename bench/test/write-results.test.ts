import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSuites, type ResultsFile, writeResults } from '../src/report/write-results.js';
import { sampleResult } from './fixtures.js';

describe('mergeSuites', () => {
  it('keeps suites this run did not cover and orders them as the suite list does', () => {
    const merged = mergeSuites(
      [sampleResult('brand'), sampleResult('deep-clone')],
      [{ ...sampleResult('deep-clone'), durationSeconds: 99 }],
      ['deep-clone', 'brand'],
    );
    expect(merged.map((result) => result.suite)).toEqual(['deep-clone', 'brand']);
    expect(merged[0]?.durationSeconds).toBe(99);
  });

  it('keeps one result per suite and engine, headline engine first', () => {
    const onBun = { ...sampleResult('brand'), engine: 'bun' as const, engineVersion: '1.4.5' };
    const onNode20 = { ...sampleResult('brand'), engine: 'node20' as const, engineVersion: '20.20.2' };
    const merged = mergeSuites([onBun, onNode20], [sampleResult('brand')], ['brand']);
    expect(merged.map((result) => result.engine)).toEqual(['node24', 'node20', 'bun']);
  });
});

describe('writeResults', () => {
  it('writes latest.json, the summary, and each suite’s Markdown and SVG, and fills README and guide markers', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-results-'));
    const packages = join(root, 'packages');
    const guides = join(root, 'docs', 'guides');
    mkdirSync(join(packages, 'deep-clone'), { recursive: true });
    mkdirSync(guides, { recursive: true });
    writeFileSync(
      join(packages, 'deep-clone', 'README.md'),
      '<!-- bench:deep-clone:start -->\n<!-- bench:deep-clone:end -->\n',
    );
    writeFileSync(
      join(guides, 'deep-clone.md'),
      '<!-- bench:deep-clone:start -->\n<!-- bench:deep-clone:end -->\n',
    );
    const output = join(root, 'results');
    const result = sampleResult();
    const written = writeResults(result.machine, [result], {
      outputDirectory: output,
      suiteOrder: ['deep-clone'],
      packagesDirectory: packages,
    });
    for (const file of ['latest.json', 'summary.md', 'deep-clone.md', 'deep-clone.svg']) {
      expect(existsSync(join(output, file))).toBe(true);
    }
    const latest = JSON.parse(readFileSync(join(output, 'latest.json'), 'utf8')) as ResultsFile;
    expect(latest.machine.cpu).toBe('Test CPU <fast>');
    expect(latest.suites[0]?.scenarios[0]?.rows[0]?.measurement?.median).toBe(2_500_000);
    expect(readFileSync(join(packages, 'deep-clone', 'README.md'), 'utf8')).toContain('#### Small JSON-like');
    expect(written).toContain(join(packages, 'deep-clone', 'README.md'));
    // The guides beside packages/ get the same numbers, so they read right on GitHub.
    expect(readFileSync(join(guides, 'deep-clone.md'), 'utf8')).toContain('#### Small JSON-like');
    expect(written).toContain(join(guides, 'deep-clone.md'));
  });
});
