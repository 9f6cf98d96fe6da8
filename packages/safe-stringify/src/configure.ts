import { allowListOf, spaceOf } from './normalize.js';
import { type Settings, serialize } from './serialize.js';
import type { Replacer, Stringify, StringifyOptions } from './types.js';

const { isArray } = Array;

/** Each option's test and what it expects, for the TypeError a wrong value gets. */
const optionRules: Record<string, [test: (value: unknown) => boolean, expected: string]> = {
  circular: [
    (value) => typeof value === 'string' || typeof value === 'function',
    "a string, a function or 'throw'",
  ],
  bigint: [
    (value) => value === 'throw' || value === 'string' || value === 'number',
    "'throw', 'string' or 'number'",
  ],
  sorted: [
    (value) => typeof value === 'boolean' || typeof value === 'function',
    'a boolean or a comparator function',
  ],
  maxDepth: [
    (value) => value === Infinity || (Number.isInteger(value) && (value as number) >= 0),
    'a non-negative integer or Infinity',
  ],
};
const optionNames = /* @__PURE__ */ Object.keys(optionRules);

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return isArray(value) ? 'an array' : 'an object';
  return typeof value === 'function' ? 'a function' : String(value);
}

/**
 * Whether a failed JSON.stringify attempt is worth a second try with the engine: its own failures
 * are a TypeError (a cycle, a BigInt), a RangeError (the call stack) or, in Firefox, an
 * InternalError ("too much recursion"). Anything else came from the caller's code and is rethrown.
 */
function isRetryable(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    (error as { name?: unknown } | null)?.name === 'InternalError'
  );
}

/**
 * Whether a failed first attempt on a cycle is slow on this engine. JavaScriptCore (Bun, Safari)
 * writes a value without a replacer on a fast path that has no cycle check: an attempt that meets a
 * cycle writes the loop over and over until its stack runs out, and only then throws, so its cost
 * grows with the text before the reference back (64 kB before it: 2.4 s on Bun 1.4.5, 1.9 s in
 * WebKitGTK 2.50, measured ad hoc; V8 and SpiderMonkey throw when they reach the reference). JavaScriptCore is
 * told by the `line` and `column` it puts on every error; asked on the first failed attempt only.
 */
let slowToFail: boolean | undefined;
function failedAttemptsAreSlow(): boolean {
  slowToFail ??= typeof (new Error() as { line?: unknown }).line === 'number';
  return slowToFail;
}

/** Calls that skip the first attempt after the first cycle met on such an engine; doubled after each later failed attempt, up to {@link LONGEST_SKIP}. */
const FIRST_SKIP = 16;
const LONGEST_SKIP = 4096;

/**
 * Makes a stringify function with options. The options are checked here, once: a wrong one throws
 * a `TypeError` that names it, and the returned function never does for an option. Each function
 * keeps its own count of the calls that skip the first `JSON.stringify` try after a cycle on
 * JavaScriptCore (see {@link stringify}).
 *
 * @param options - see {@link StringifyOptions}
 * @returns a function with the signature of {@link stringify}
 * @throws TypeError for an unknown option or an invalid value
 *
 * @example
 * ```ts
 * import { configure } from '@weakset-recipes/safe-stringify';
 *
 * const logLine = configure({ bigint: 'string', maxDepth: 4, circular: '[Cycle]' });
 * const request: { url: string; id: bigint; self?: unknown } = { url: '/users', id: 7n };
 * request.self = request;
 * logLine(request); // '{"url":"/users","id":"7","self":"[Cycle]"}'
 * ```
 */
export function configure(options: StringifyOptions): Stringify {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`configure(): options must be an object, got ${describe(options)}`);
  }
  for (const name of new Set([...Object.keys(options), ...optionNames])) {
    const rule = optionRules[name];
    const value = (options as Record<string, unknown>)[name];
    // An unknown option is named too: a typo must not be ignored silently.
    const [valid, expected] = rule
      ? [value === undefined || rule[0](value), rule[1]]
      : [false, `one of ${optionNames.join(', ')} (an unknown option)`];
    if (!valid)
      throw new TypeError(
        `configure(): option "${name}" must be ${expected}, got ${describe(rule ? value : name)}`,
      );
  }
  const { circular = '[Circular]', bigint = 'throw', sorted = false, maxDepth = Infinity } = options;
  const compare = typeof sorted === 'function' ? sorted : undefined;
  // Sorting and depth limits are the engine's alone; everything else is JSON.stringify's first.
  const nativeFirst = !sorted && maxDepth === Infinity;
  // Where a failed attempt is slow (see failedAttemptsAreSlow), a value that needed the engine makes
  // the next `skip` calls go straight to it: values from one source tend to be alike. `window` is
  // how many, doubled after each failed attempt, so a source of mixed values pays for a logarithmic
  // number of failures, and one whose values stopped being cyclic gets the native write back.
  let skip = 0;
  let window = 0;

  return function stringify(
    value: unknown,
    replacer?: Replacer,
    space?: string | number,
  ): string | undefined {
    // Never undefined: without a space, V8 13.8+ takes a path that notices a cycle only after
    // about 200,000 steps (tens of milliseconds), see the README.
    const indent = space === undefined ? '' : spaceOf(space);
    const replacerFunction = typeof replacer === 'function' ? replacer : undefined;
    let allowList = replacer && !replacerFunction && isArray(replacer) ? allowListOf(replacer) : undefined;
    let failed = false;
    // (`skip` only ever counts for a function that tries JSON.stringify first.)
    if (skip) skip--;
    else if (nativeFirst) {
      try {
        // The plain call first: most calls have neither argument, and small values are written in
        // about the time these checks take.
        if (replacer === undefined) return JSON.stringify(value, undefined, indent);
        return JSON.stringify(value, (replacerFunction ?? allowList) as string[] | undefined, indent);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        failed = true;
      }
    }
    // One sorted allow-list sorts every level: native and the writer both follow its order.
    if (allowList && sorted) allowList = [...allowList].sort(compare);
    const settings: Settings = {
      replacer: replacerFunction,
      allowList,
      space: indent,
      circular,
      bigint,
      sorted: !!sorted,
      compare,
      maxDepth,
      slow: false,
    };
    try {
      return serialize(value, settings);
    } finally {
      // Also when the engine throws (circular: 'throw'): the attempt would have failed as slowly.
      if (nativeFirst && settings.slow && failedAttemptsAreSlow()) {
        if (failed) window = window ? Math.min(window * 2, LONGEST_SKIP) : FIRST_SKIP;
        skip = window;
      }
    }
  };
}
