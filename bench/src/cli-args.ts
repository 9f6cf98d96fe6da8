export interface CliOptions {
  quick: boolean;
  /** Suites to run, in the order given; empty means all. */
  suites: string[];
}

/**
 * Reads `--quick` and `--suite <name>` (repeatable, or comma-separated; also
 * `--suite=<name>`). Unknown arguments are an error, so a typo never runs
 * the full hour-long suite by accident.
 */
export function parseArguments(argv: readonly string[], knownSuites: readonly string[]): CliOptions {
  const options: CliOptions = { quick: false, suites: [] };
  const addSuites = (value: string | undefined) => {
    if (!value) throw new Error(`--suite needs a name: one of ${knownSuites.join(', ')}`);
    for (const name of value.split(',').filter(Boolean)) {
      if (!knownSuites.includes(name)) {
        throw new Error(`Unknown suite "${name}": expected one of ${knownSuites.join(', ')}`);
      }
      if (!options.suites.includes(name)) options.suites.push(name);
    }
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--quick') options.quick = true;
    else if (argument === '--suite') addSuites(argv[++index]);
    else if (argument.startsWith('--suite=')) addSuites(argument.slice('--suite='.length));
    else if (argument === '--') continue;
    else throw new Error(`Unknown argument "${argument}": use --quick and/or --suite <name>`);
  }
  return options;
}
