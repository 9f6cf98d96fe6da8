/**
 * Argument checks shared by every public function: each throws a TypeError at the call that was
 * wrong, naming the call, the argument and what it expected.
 */

/** How a wrong argument is shown in an error message: strings quoted, objects by kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (isObject(value))
    return typeof value === 'function' ? 'a function' : Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/** Whether `value` can be a WeakMap key: an object or a function (registered symbols aside). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' ? value !== null : typeof value === 'function';
}

/** Throws `${call}: ${name} must be ${expected}, got …` unless `valid`. */
export function check(valid: boolean, call: string, name: string, expected: string, value: unknown): void {
  if (!valid) throw new TypeError(`${call}: ${name} must be ${expected}, got ${describe(value)}`);
}

/** Checks an options argument: `undefined` or an object with no keys but `known`. */
export function checkOptions(call: string, options: unknown, known: string): void {
  if (options === undefined) return;
  check(typeof options === 'object' && options !== null, call, 'options', 'an object', options);
  for (const key of Object.keys(options as object)) {
    // A misspelt option would otherwise be ignored without a word.
    if (key !== known)
      throw new TypeError(`${call}: unknown option ${JSON.stringify(key)} (the one option is ${known})`);
  }
}
