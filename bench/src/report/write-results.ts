import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo, SuiteResult } from '../harness/results.js';
import { byEngine, suiteEnginesMarkdown, summaryMarkdown } from './markdown.js';
import { defaultTargets, updatePublishedDocs } from './published-docs.js';
import { suiteSvg } from './svg.js';

export interface ResultsFile {
  /** The machine of the latest run; each suite also records its own (a run may cover only some suites). */
  machine: MachineInfo;
  suites: SuiteResult[];
}

export interface WriteOptions {
  /** bench/results, or bench/results/quick for quick runs (never over the full results). */
  outputDirectory: string;
  /** Suite order for the summary. */
  suiteOrder: readonly string[];
  /**
   * Where package READMEs live (packages/), or undefined to leave every published doc alone.
   * The guides are found beside it (docs/guides/) unless `guidesDirectory` says otherwise.
   */
  packagesDirectory: string | undefined;
  /** docs/guides/, when it is not beside `packagesDirectory`. */
  guidesDirectory?: string;
}

/**
 * Results written before suites ran per engine carry no engine: they were measured on Node 20
 * (server suites) or in Chromium (the page suite).
 */
function withEngine(result: SuiteResult): SuiteResult {
  if (result.engine) return result;
  const engine = result.suite === 'dom-processed' ? 'chromium' : 'node20';
  const version = engine === 'chromium' ? result.machine.chromium : result.machine.node;
  return { ...result, engine, engineVersion: version };
}

/** The results on record in a latest.json (none when it is missing or unreadable). */
export function readPrevious(path: string): SuiteResult[] {
  if (!existsSync(path)) return [];
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ResultsFile>;
    return Array.isArray(parsed.suites) ? parsed.suites.map(withEngine) : [];
  } catch {
    // An unreadable previous file is replaced, not fatal.
    return [];
  }
}

const keyOf = (result: SuiteResult) => `${result.suite}@${result.engine}`;

/**
 * Merges this run's results over the previous file's, one per suite and engine, so `--suite x` or
 * `--engine bun` keeps every other suite's and engine's results.
 */
export function mergeSuites(
  previous: readonly SuiteResult[],
  current: readonly SuiteResult[],
  order: readonly string[],
): SuiteResult[] {
  const byKey = new Map(previous.map((result) => [keyOf(result), result]));
  for (const result of current) byKey.set(keyOf(result), result);
  const rank = (suite: string) => {
    const index = order.indexOf(suite);
    return index === -1 ? order.length : index;
  };
  const suites = [...new Set([...byKey.values()].map((result) => result.suite))].sort(
    (a, b) => rank(a) - rank(b),
  );
  return suites.flatMap((suite) => byEngine([...byKey.values()].filter((result) => result.suite === suite)));
}

/** Writes latest.json, summary.md, and per suite <suite>.md and <suite>.svg; returns the files written. */
export function writeResults(
  machine: MachineInfo,
  current: readonly SuiteResult[],
  options: WriteOptions,
): string[] {
  const { outputDirectory } = options;
  mkdirSync(outputDirectory, { recursive: true });
  const latestPath = join(outputDirectory, 'latest.json');
  const suites = mergeSuites(readPrevious(latestPath), current, options.suiteOrder);
  const written: string[] = [];
  const write = (path: string, content: string) => {
    writeFileSync(path, content);
    written.push(path);
  };
  write(latestPath, `${JSON.stringify({ machine, suites } satisfies ResultsFile, null, 2)}\n`);
  write(join(outputDirectory, 'summary.md'), summaryMarkdown(suites));
  for (const suite of new Set(current.map((result) => result.suite))) {
    const engines = byEngine(suites.filter((result) => result.suite === suite));
    const title = engines[0]?.title ?? suite;
    write(
      join(outputDirectory, `${suite}.md`),
      `## ${title}\n\n${suiteEnginesMarkdown(engines, { goals: true, everyEngine: true })}`,
    );
    // The chart shows the headline engine (Node 24 for server suites, Chromium for the page suite).
    if (engines[0]) write(join(outputDirectory, `${suite}.svg`), suiteSvg(engines[0]));
  }
  if (options.packagesDirectory) {
    const targets = defaultTargets(outputDirectory, options.packagesDirectory);
    if (options.guidesDirectory) targets.guidesDirectory = options.guidesDirectory;
    written.push(...updatePublishedDocs(current, suites, targets));
  }
  return written;
}
