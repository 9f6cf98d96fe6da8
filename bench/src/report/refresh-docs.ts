// `pnpm --filter @weakset-recipes-internal/bench docs:refresh`: writes the numbers of
// bench/results/latest.json into the package READMEs and the guides again, without measuring
// anything (after a change to how results are rendered, or to resolve a merge of those blocks).
// `pnpm bench` does the same after every full run.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultTargets, updatePublishedDocs } from './published-docs.js';
import type { ResultsFile } from './write-results.js';

const benchRoot = resolve(import.meta.dirname, '..', '..');

/** The published-doc targets of this repository, and the results on record. */
export function recordedResults(): { results: ResultsFile; targets: ReturnType<typeof defaultTargets> } {
  const resultsDirectory = join(benchRoot, 'results');
  const results = JSON.parse(readFileSync(join(resultsDirectory, 'latest.json'), 'utf8')) as ResultsFile;
  return { results, targets: defaultTargets(resultsDirectory, join(benchRoot, '..', 'packages')) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { results, targets } = recordedResults();
  const written = updatePublishedDocs(results.suites, results.suites, targets);
  console.log(
    written.length > 0 ? `Rewrote:\n${written.map((path) => `  ${path}`).join('\n')}` : 'Up to date.',
  );
}
