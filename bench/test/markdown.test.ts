import { describe, expect, it } from 'vitest';
import { markdownTable, scenarioMarkdown, suiteMarkdown, summaryMarkdown } from '../src/report/markdown.js';
import { sampleResult } from './fixtures.js';

describe('markdownTable', () => {
  it('writes a header, a separator and one line per row, escaping pipes', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });
});

describe('scenarioMarkdown', () => {
  const markdown = scenarioMarkdown(sampleResult().scenarios[0]!);

  it('shows medians, spreads and ratios, with ours in bold', () => {
    expect(markdown).toContain('| **ours** | keeps graph | 2.50M | ±1.5% | 2.50x |');
    expect(markdown).toContain('| peer \\| piped | keeps graph | 1.00M | ±0.5% | 1.00x |');
  });

  it('shows a wrong contender as wrong, unranked, with the reason', () => {
    expect(markdown).toContain('| broken | acyclic | wrong |  |  | not deep-equal: $.a |');
  });

  it('says which direction is better', () => {
    expect(markdown).toContain('(ops/s, higher is better.)');
  });
});

describe('suiteMarkdown', () => {
  it('names the machine and date, and lists goals, extra tables and notes', () => {
    const markdown = suiteMarkdown(sampleResult());
    expect(markdown).toMatch(
      /^Measured 2026-11-24 on Test CPU <fast> \(2 cores, linux 6\), Node 20\.20\.2, Chromium 156/,
    );
    expect(markdown).toContain('| #3 | at least 2x | ✅ met | 2.50x vs peer: met |');
    expect(markdown).toContain('— not measured');
    expect(markdown).toContain('#### Deepest chain');
    expect(markdown).toContain('- Validated first.');
  });

  it('flags quick runs as not for comparison', () => {
    const quick = sampleResult();
    quick.machine.quick = true;
    expect(suiteMarkdown(quick)).toContain('Quick run (CI smoke): not for comparison.');
  });
});

describe('summaryMarkdown', () => {
  it('puts every suite under its own heading', () => {
    const summary = summaryMarkdown([
      sampleResult('deep-clone'),
      { ...sampleResult('brand'), title: 'Brand checks' },
    ]);
    expect(summary).toContain('## Deep clone');
    expect(summary).toContain('## Brand checks');
  });
});
