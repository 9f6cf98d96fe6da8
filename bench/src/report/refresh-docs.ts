// `pnpm --filter @weakset-recipes-internal/bench docs:refresh`: writes the numbers of
// bench/results/latest.json into the package READMEs and the guides again, without measuring
// anything (after a change to how results are rendered, or to resolve a merge of those blocks).
// `pnpm bench` does the same after every full run.
import { join, resolve } from 'node:path';
import type { SuiteResult } from '../harness/results.js';
import { defaultTargets, updatePublishedDocs } from './published-docs.js';
import { readPrevious } from './write-results.js';

const benchRoot = resolve(import.meta.dirname, '..', '..');

/** The published-doc targets of this repository, and the results on record. */
export function recordedResults(): { suites: SuiteResult[]; targets: ReturnType<typeof defaultTargets> } {
  const resultsDirectory = join(benchRoot, 'results');
  const suites = readPrevious(join(resultsDirectory, 'latest.json'));
  return { suites, targets: defaultTargets(resultsDirectory, join(benchRoot, '..', 'packages')) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { suites, targets } = recordedResults();
  const written = updatePublishedDocs(suites, suites, targets);
  console.log(
    written.length > 0 ? `Rewrote:\n${written.map((path) => `  ${path}`).join('\n')}` : 'Up to date.',
  );
}
