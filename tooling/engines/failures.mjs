// What an engine run's failures were, in one line each, for the end of the log (CI logs are
// often read from their last lines only, far below the engine's own report).

/**
 * One line per failed test (file, name, first line of the error), or why the run left no report.
 *
 * @param {string} label
 * @param {{ files: Record<string, { failures?: { test: string, error: string }[], error?: string }> } | undefined} counts
 * @param {{ status: number | null, signal: string | null, error?: Error | undefined }} result
 * @returns {string[]}
 */
export function describeFailures(label, counts, result) {
  if (!counts) {
    const ended = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    return [`${label}: no report written (${ended}${result.error ? `, ${result.error.message}` : ''})`];
  }
  const lines = Object.entries(counts.files).flatMap(([file, { failures = [], error }]) => [
    ...failures.map((failure) => `${label}: ${file} > ${failure.test}: ${failure.error}`),
    ...(error ? [`${label}: ${file}: ${error.split('\n')[0]}`] : []),
  ]);
  // Vitest also exits 1 on errors outside any test (an unhandled rejection, a worker that timed out).
  return lines.length > 0
    ? lines
    : [
        `${label}: every test passed, but vitest exited with code ${result.status}: an error outside the tests, see its log above`,
      ];
}
