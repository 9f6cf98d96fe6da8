import type { SuiteResult } from '../src/harness/results.js';

/** A hand-made suite result covering every kind of row the writers must render. */
export function sampleResult(suite = 'deep-clone'): SuiteResult {
  return {
    suite,
    title: 'Deep clone',
    machine: {
      node: '20.20.2',
      v8: '11.3',
      chromium: '156.0.1',
      cpu: 'Test CPU <fast>',
      cores: 2,
      os: 'linux 6',
      date: '2026-11-24T10:00:00.000Z',
      quick: false,
    },
    engine: 'node24',
    engineVersion: '24.22.3',
    durationSeconds: 12,
    scenarios: [
      {
        id: 'small',
        title: 'Small JSON-like',
        description: 'One object.',
        unit: 'ops/s',
        rows: [
          {
            contender: 'ours',
            group: 'keeps graph',
            ours: true,
            verdict: 'ok',
            measurement: { median: 2_500_000, spreadPercent: 1.5, samples: 12 },
            ratio: 2.5,
          },
          {
            contender: 'peer | piped',
            group: 'keeps graph',
            ours: false,
            verdict: 'ok',
            measurement: { median: 1_000_000, spreadPercent: 0.5, samples: 12 },
            ratio: 1,
          },
          {
            contender: 'broken',
            group: 'acyclic',
            ours: false,
            verdict: 'wrong',
            detail: 'not deep-equal: $.a',
          },
        ],
      },
    ],
    goals: [
      {
        issue: '#3',
        description: 'at least 2x',
        measured: 2.5,
        target: 2,
        met: true,
        summary: '2.50x vs peer: met',
      },
      {
        issue: '#3',
        description: 'vs broken',
        measured: undefined,
        target: 1,
        met: undefined,
        summary: 'not measured',
      },
    ],
    extraTables: [
      {
        title: 'Deepest chain',
        description: 'Chains.',
        headers: ['contender', 'object'],
        rows: [['ours', '≥ 1,000,000 (all)']],
      },
    ],
    notes: ['Validated first.'],
  };
}
