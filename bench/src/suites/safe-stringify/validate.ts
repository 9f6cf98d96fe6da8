import { expectedCyclicText, type PayloadId, sortedText } from './payloads.js';

/** Where two texts first differ, for a "wrong" row's note. */
function firstDifference(actual: string, expected: string): string {
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
  return `differs at character ${index}: ${around(actual)} instead of ${around(expected)}`;
}

function compareText(actual: unknown, expected: string): string | undefined {
  if (typeof actual !== 'string') return `returned ${typeof actual}, not a string`;
  return actual === expected ? undefined : firstDifference(actual, expected);
}

/**
 * What is wrong with a JSON-writing contender's output, or undefined: byte-for-byte JSON.stringify's
 * output on the acyclic payloads, the acyclic twin's with the contender's marker on the cyclic one,
 * and a sorted-key rewrite of JSON.stringify's output for `sorted` (all made without any contender).
 */
export function textProblem(
  payload: PayloadId,
  input: unknown,
  output: unknown,
  marker = '',
): string | undefined {
  if (payload === 'cyclic') return compareText(output, expectedCyclicText(marker));
  if (payload === 'sorted') return compareText(output, sortedText(input));
  return compareText(output, JSON.stringify(input));
}

interface ParsedTree {
  records: { parent?: unknown }[];
}

/**
 * flatted writes its own format: its output must parse back (with its own `parse`) into the same
 * data, and on the cyclic tree every record's `parent` must be the parsed root itself.
 */
export function flattedProblem(
  payload: PayloadId,
  input: unknown,
  output: unknown,
  parse: (text: string) => unknown,
): string | undefined {
  if (typeof output !== 'string') return `returned ${typeof output}, not a string`;
  const parsed = parse(output);
  if (payload !== 'cyclic') return compareText(JSON.stringify(parsed), JSON.stringify(input));
  const tree = parsed as ParsedTree;
  if (!tree.records.every((record) => record.parent === tree))
    return 'a parent is not the root after parsing back';
  for (const record of tree.records) record.parent = '[Circular]';
  return compareText(JSON.stringify(tree), expectedCyclicText('[Circular]'));
}
