import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byEngine, suiteEnginesMarkdown } from '../src/report/markdown.js';
import { readPrevious } from '../src/report/write-results.js';

describe('results stored in latest.json', () => {
  // JSON has no Infinity: a goal met by a subject that took no measurable time comes back as null.
  it('render again, an infinite ratio read back from JSON included', () => {
    const stored = readPrevious(join(import.meta.dirname, '..', 'results', 'latest.json'));
    expect(stored.some((result) => result.goals.some((goal) => goal.measured === null))).toBe(true);
    for (const suite of new Set(stored.map((result) => result.suite))) {
      const engines = byEngine(stored.filter((result) => result.suite === suite));
      expect(suiteEnginesMarkdown(engines, { goals: true, everyEngine: true })).toContain(
        'Goals on each engine',
      );
    }
  });
});
