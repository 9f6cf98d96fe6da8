import { describe, expect, it } from 'vitest';
import type { SuiteResult } from '../src/harness/results.js';
import {
  enginesOverviewMarkdown,
  goalsAcrossEnginesMarkdown,
  goalsMarkdown,
  markdownTable,
  scenarioMarkdown,
  suiteEnginesMarkdown,
  suiteMarkdown,
  summaryMarkdown,
} from '../src/report/markdown.js';
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
      /^Measured 2026-11-24 on Test CPU <fast> \(2 cores, linux 6\), Node 24\.22\.3\./,
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

describe('results on several engines', () => {
  const onNode24 = sampleResult();
  const onBun = (() => {
    const result = sampleResult();
    result.engine = 'bun';
    result.engineVersion = '1.4.5';
    const [scenario] = result.scenarios;
    if (scenario?.rows[0]) scenario.rows[0] = { ...scenario.rows[0], ratio: 0.8 };
    if (result.goals[0]) result.goals[0] = { ...result.goals[0], measured: 0.8, met: false };
    return result;
  })();

  it('shows where each of our rows holds, engine by engine, headline engine first', () => {
    const overview = enginesOverviewMarkdown([onBun, onNode24]);
    expect(overview).toContain('| scenario: contender | Node 24 | Bun |');
    expect(overview).toContain('| Small JSON-like: ours | 2.50x | 0.80x |');
  });

  it('evaluates every goal on every engine', () => {
    const goals = goalsAcrossEnginesMarkdown([onNode24, onBun]);
    expect(goals).toContain('| #3 | at least 2x | ≥ 2.00x | ✅ 2.50x | ❌ 0.80x |');
    expect(goals).toContain('| #3 | vs broken | ≥ 1.00x | — not measured | — not measured |');
  });

  it('says so where no peer was correct, rather than only "not measured"', () => {
    const withoutCorrectPeer = (result: SuiteResult): SuiteResult => ({
      ...result,
      goals: result.goals.map((goal) =>
        goal.description === 'vs broken' ? { ...goal, noCorrectBaseline: true } : goal,
      ),
    });
    const goals = goalsAcrossEnginesMarkdown([withoutCorrectPeer(onNode24), withoutCorrectPeer(onBun)]);
    expect(goals).toContain('| #3 | vs broken | ≥ 1.00x | — no correct peer | — no correct peer |');
    expect(goalsMarkdown(withoutCorrectPeer(onNode24).goals)).toContain('— no correct peer');
  });

  it('gives users the headline tables and the overview, never the goals', () => {
    const text = suiteEnginesMarkdown([onBun, onNode24], { goals: false, everyEngine: false });
    expect(text).toMatch(/^Measured .*Node 24\.22\.3\./);
    expect(text).toContain('#### Across engines');
    expect(text).not.toContain('Goals');
    expect(text).not.toContain('### On Bun');
  });

  it('keeps every engine’s tables and the goals in the results file', () => {
    const text = suiteEnginesMarkdown([onNode24, onBun], { goals: true, everyEngine: true });
    expect(text).toContain('#### Goals on each engine');
    expect(text).toContain('### On Bun');
    expect(text).toContain('Bun 1.4.5.');
  });
});
