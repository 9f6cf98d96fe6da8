import type { BenchEngine } from '../engines.js';

/**
 * The shapes every suite produces and every reporter reads. Kept free of
 * behaviour so the writers (console, Markdown, SVG, JSON) can be tested on
 * hand-made results.
 */

/**
 * What happened to a contender before (or instead of) timing it. Only `ok`
 * rows are timed and ranked: a wrong answer is never ranked.
 */
export type Verdict = 'ok' | 'wrong' | 'throws' | 'hangs' | 'unavailable' | 'not-applicable';

/** `ops/s` is better when higher; `ms` is better when lower. */
export type Unit = 'ops/s' | 'ms';

export interface Measurement {
  /** Median across the interleaved rounds (or runs, in the browser). */
  median: number;
  /** Median absolute deviation across rounds, as a percentage of the median. */
  spreadPercent: number;
  /** How many rounds (or runs) the median was taken over. */
  samples: number;
}

export interface Row {
  contender: string;
  /** The guarantee the contender gives; ratios compare rows of one group only. */
  group: string;
  /** True for this repository's packages, which are compared against the others (the peers). */
  ours: boolean;
  verdict: Verdict;
  /** Why a row is not `ok` (the error, or what the validator found). */
  detail?: string;
  measurement?: Measurement;
  /** Speed relative to the fastest `ok` peer of the same group: above 1 is faster. */
  ratio?: number;
  /** Secondary columns (named in {@link Scenario.extraColumns}). */
  extra?: Record<string, string>;
}

export interface Scenario {
  /** Short key, stable across runs (used in goals and JSON). */
  id: string;
  title: string;
  description: string;
  unit: Unit;
  rows: Row[];
  extraColumns?: string[];
}

export interface Goal {
  /** Where the goal was set, e.g. `#3`. */
  issue: string;
  description: string;
  /** Speed ratio measured (subject over baseline; above 1 means the subject is faster). */
  measured: number | undefined;
  /** The speed ratio the goal asks for at least. */
  target: number;
  met: boolean | undefined;
  /** Human-readable verdict, including by how much the goal was met or missed. */
  summary: string;
  /**
   * Set when the goal could not be decided because every baseline that ran failed a check: there
   * is no correct peer to be faster than (its notes say what each got wrong).
   */
  noCorrectBaseline?: true;
}

/** A free-form table, for results that are not speeds (e.g. the deepest chain). */
export interface ExtraTable {
  title: string;
  description: string;
  headers: string[];
  rows: string[][];
}

export interface MachineInfo {
  node: string;
  v8: string;
  chromium: string;
  cpu: string;
  cores: number;
  os: string;
  date: string;
  quick: boolean;
}

export interface SuiteOutcome {
  suite: string;
  title: string;
  /** Page suites: the version of the browser they ran in (server suites report it from the child). */
  engineVersion?: string;
  scenarios: Scenario[];
  goals: Goal[];
  extraTables: ExtraTable[];
  notes: string[];
}

export interface SuiteResult extends SuiteOutcome {
  machine: MachineInfo;
  /** The engine these numbers were measured on: every suite runs once per engine it supports. */
  engine: BenchEngine;
  /** That engine's version (`24.22.3`, `1.4.5`, `153.8.0`). */
  engineVersion: string;
  durationSeconds: number;
}
