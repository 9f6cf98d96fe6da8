import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SuiteResult } from '../harness/results.js';
import { suiteEnginesMarkdown, summaryBody } from './markdown.js';
import { replaceBetweenMarkers } from './readme-markers.js';

/*
 * The numbers users read are written into the Markdown itself, between marker comments, so a
 * README on npm and a guide on GitHub show them with no build step:
 * - packages/<suite>/README.md and any guide with `<!-- bench:<suite>:start/end -->` get the
 *   suite's results (tables and notes, no goals table: the project's goals are not the user's);
 * - a guide with `<!-- bench:summary:start/end -->` (the benchmarks guide) gets every suite,
 *   goals included.
 */

export interface PublishedDocTargets {
  /** packages/: each suite's README is packages/<suite>/README.md. */
  packagesDirectory: string;
  /** docs/guides/. */
  guidesDirectory: string;
  /** bench/results/, where each suite's chart (<suite>.svg) is. */
  resultsDirectory: string;
}

/** Where `pnpm bench` publishes, given bench/results: the repository's packages/ and docs/guides/. */
export function defaultTargets(resultsDirectory: string, packagesDirectory: string): PublishedDocTargets {
  return {
    packagesDirectory,
    guidesDirectory: join(packagesDirectory, '..', 'docs', 'guides'),
    resultsDirectory,
  };
}

function guideFiles(guidesDirectory: string): string[] {
  if (!existsSync(guidesDirectory)) return [];
  return readdirSync(guidesDirectory)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(guidesDirectory, name));
}

/** What users read of a suite: the headline engine's tables and where our results hold. */
function userBlock(results: readonly SuiteResult[]): string {
  return suiteEnginesMarkdown(results, { goals: false, everyEngine: false });
}

/** A suite's block in a guide: the results, then its chart (linked relative to the guide). */
function guideBlock(results: readonly SuiteResult[], guide: string, targets: PublishedDocTargets): string {
  const [first] = results;
  if (!first) return '';
  const chart = join(targets.resultsDirectory, `${first.suite}.svg`);
  const image = existsSync(chart)
    ? `\n![${first.title} benchmark chart](${relative(join(guide, '..'), chart).split('\\').join('/')})\n`
    : '';
  return `${userBlock(results).trimEnd()}\n${image}`;
}

/**
 * What every published file should contain for these results: `suites` are the results a run
 * wrote (their suites get rewritten, with every engine on record), `all` every result on record
 * (for the summary and the other engines). Files without markers are left out.
 */
export function renderPublishedDocs(
  suites: readonly SuiteResult[],
  all: readonly SuiteResult[],
  targets: PublishedDocTargets,
): Map<string, string> {
  const contents = new Map<string, string>();
  const current = (path: string) => contents.get(path) ?? readFileSync(path, 'utf8');
  const fill = (path: string, marker: string, content: string) => {
    if (!existsSync(path)) return;
    const updated = replaceBetweenMarkers(current(path), marker, content);
    if (updated !== undefined) contents.set(path, updated);
  };
  const guides = guideFiles(targets.guidesDirectory);
  for (const suite of new Set(suites.map((result) => result.suite))) {
    const onRecord = all.filter((result) => result.suite === suite);
    const results = onRecord.length > 0 ? onRecord : suites.filter((result) => result.suite === suite);
    fill(join(targets.packagesDirectory, suite, 'README.md'), suite, userBlock(results));
    for (const guide of guides) fill(guide, suite, guideBlock(results, guide, targets));
  }
  if (all.length > 0) for (const guide of guides) fill(guide, 'summary', summaryBody(all));
  return contents;
}

/** Writes what {@link renderPublishedDocs} renders; returns the files that changed. */
export function updatePublishedDocs(
  suites: readonly SuiteResult[],
  all: readonly SuiteResult[],
  targets: PublishedDocTargets,
): string[] {
  const written: string[] = [];
  for (const [path, content] of renderPublishedDocs(suites, all, targets)) {
    if (readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    written.push(path);
  }
  return written;
}
