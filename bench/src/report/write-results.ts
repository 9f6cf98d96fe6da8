import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo, SuiteResult } from '../harness/results.js';
import { suiteMarkdown, summaryMarkdown } from './markdown.js';
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

function readPrevious(path: string): SuiteResult[] {
  if (!existsSync(path)) return [];
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ResultsFile>;
    return Array.isArray(parsed.suites) ? parsed.suites : [];
  } catch {
    // An unreadable previous file is replaced, not fatal.
    return [];
  }
}

/** Merges this run's suites over the previous file's, so `--suite x` keeps the other suites' results. */
export function mergeSuites(
  previous: readonly SuiteResult[],
  current: readonly SuiteResult[],
  order: readonly string[],
): SuiteResult[] {
  const bySuite = new Map(previous.map((result) => [result.suite, result]));
  for (const result of current) bySuite.set(result.suite, result);
  const rank = (suite: string) => {
    const index = order.indexOf(suite);
    return index === -1 ? order.length : index;
  };
  return [...bySuite.values()].sort((a, b) => rank(a.suite) - rank(b.suite));
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
  for (const result of current) {
    const markdown = suiteMarkdown(result);
    write(join(outputDirectory, `${result.suite}.md`), markdown);
    write(join(outputDirectory, `${result.suite}.svg`), suiteSvg(result));
  }
  if (options.packagesDirectory) {
    const targets = defaultTargets(outputDirectory, options.packagesDirectory);
    if (options.guidesDirectory) targets.guidesDirectory = options.guidesDirectory;
    written.push(...updatePublishedDocs(current, suites, targets));
  }
  return written;
}
