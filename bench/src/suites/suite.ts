import type { SuiteOutcome } from '../harness/results.js';

export interface SuiteContext {
  /** CI smoke: fewer rounds, smaller inputs; the numbers are not for publishing. */
  quick: boolean;
  log: (line: string) => void;
}

export interface Suite {
  /** Also the package folder name under packages/ and the results file name. */
  name: string;
  title: string;
  run: (context: SuiteContext) => Promise<SuiteOutcome>;
}
