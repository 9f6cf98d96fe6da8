import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchRoot, runChild } from '../src/harness/child-process.js';
import type { ChainReport } from '../src/suites/deep-clone/probe.js';
import { memoGuardSuite } from '../src/suites/memo-guard.js';

describe('a --quick run of the memo-guard suite', () => {
  it('validates and times every contender it can load, and reports the rest', async () => {
    const outcome = await memoGuardSuite.run({ quick: true, log: () => {} });
    expect(outcome.scenarios.map((scenario) => scenario.id)).toEqual([
      'memoize-1',
      'memoize-3',
      'once',
      'guard',
    ]);
    for (const scenario of outcome.scenarios) {
      for (const row of scenario.rows) {
        if (row.ours) {
          // Ours may still be unbuilt while the package is being written; then it must say so.
          expect(['ok', 'unavailable'], `${scenario.id} ${row.contender}: ${row.detail}`).toContain(
            row.verdict,
          );
        } else {
          expect(row.verdict, `${scenario.id} ${row.contender}: ${row.detail}`).toBe('ok');
          expect(row.measurement?.median).toBeGreaterThan(0);
        }
      }
    }
    // Issue #19's four memoize goals (against the bare WeakMap, the hand-written trie and the
    // peers), and issue #6's once goal.
    expect(outcome.goals.map((goal) => goal.issue)).toEqual(['#19', '#19', '#19', '#19', '#6']);
  }, 30_000);
});

describe('the deep-chain probe', () => {
  it('reports, line by line from a child process, how deep a cloner gets', async () => {
    const run = await runChild(
      join(benchRoot, 'src', 'suites', 'deep-clone', 'probe.ts'),
      ['chain', 'structuredClone', 'object', '10', '100', '100000'],
      20_000,
    );
    expect(run.ending).toBe('exited');
    const reports = run.reports as ChainReport[];
    expect(reports.slice(0, 2)).toEqual([
      { kind: 'object', depth: 10, ok: true },
      { kind: 'object', depth: 100, ok: true },
    ]);
    // structuredClone overflows the stack long before 100,000 levels.
    expect(reports[2]).toMatchObject({ depth: 100_000, ok: false });
  }, 30_000);

  it('kills a child that outlives its time limit', async () => {
    const run = await runChild(join(benchRoot, 'test', 'support', 'hang.ts'), [], 1_500);
    expect(run.ending).toBe('timed out');
  }, 10_000);
});
