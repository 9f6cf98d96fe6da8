import { type BenchEngine, benchEngines } from './engines.js';

export interface CliOptions {
  quick: boolean;
  /** Suites to run, in the order given; empty means all. */
  suites: string[];
  /** Engines to run on; empty means every engine each suite supports. */
  engines: BenchEngine[];
}

/**
 * Reads `--quick`, `--suite <name>` and `--engine <name>` (repeatable, or comma-separated; also
 * `--suite=<name>`, `--engine=<name>`). Unknown arguments are an error, so a typo never runs
 * the full hour-long suite by accident.
 */
export function parseArguments(argv: readonly string[], knownSuites: readonly string[]): CliOptions {
  const options: CliOptions = { quick: false, suites: [], engines: [] };
  const addSuites = (value: string | undefined) => {
    if (!value) throw new Error(`--suite needs a name: one of ${knownSuites.join(', ')}`);
    for (const name of value.split(',').filter(Boolean)) {
      if (!knownSuites.includes(name)) {
        throw new Error(`Unknown suite "${name}": expected one of ${knownSuites.join(', ')}`);
      }
      if (!options.suites.includes(name)) options.suites.push(name);
    }
  };
  const addEngines = (value: string | undefined) => {
    if (!value) throw new Error(`--engine needs a name: one of ${benchEngines.join(', ')}`);
    for (const name of value.split(',').filter(Boolean)) {
      const engine = benchEngines.find((candidate) => candidate === name);
      if (!engine) throw new Error(`Unknown engine "${name}": expected one of ${benchEngines.join(', ')}`);
      if (!options.engines.includes(engine)) options.engines.push(engine);
    }
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--quick') options.quick = true;
    else if (argument === '--suite') addSuites(argv[++index]);
    else if (argument.startsWith('--suite=')) addSuites(argument.slice('--suite='.length));
    else if (argument === '--engine') addEngines(argv[++index]);
    else if (argument.startsWith('--engine=')) addEngines(argument.slice('--engine='.length));
    else if (argument === '--') continue;
    else
      throw new Error(`Unknown argument "${argument}": use --quick, --suite <name> and/or --engine <name>`);
  }
  return options;
}
