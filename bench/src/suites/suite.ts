import type { BrowserName } from '@weakset-recipes-internal/browser';
import type { BenchEngine } from '../engines.js';
import type { SuiteOutcome } from '../harness/results.js';

export interface SuiteContext {
  /** CI smoke: fewer rounds, smaller inputs; the numbers are not for publishing. */
  quick: boolean;
  log: (line: string) => void;
  /** For suites that run in pages: the browser to measure in. */
  browser?: BrowserName;
}

export interface Suite {
  /** Also the package folder name under packages/ and the results file name. */
  name: string;
  title: string;
  /**
   * The engines it is measured on, headline first (default: Node 24, Node 20, Bun). Server suites
   * run once per engine in a child process of that engine (`run-suite.ts`); page suites run in this
   * process, once per browser.
   */
  engines?: readonly BenchEngine[];
  run: (context: SuiteContext) => Promise<SuiteOutcome>;
}
