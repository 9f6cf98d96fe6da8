/**
 * What a value is, for error messages: `undefined`, `null`, `a number`, `a function`, `an object`.
 * Never runs code the value controls, so it cannot throw.
 */
export const kindOf = (value: unknown): string =>
  value == null ? `${value}` : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

/**
 * What a value that failed a brand check is: `an unbranded Wallet` (its constructor's name), `a
 * revoked Proxy`, or {@link kindOf} for primitives. Never throws: a throwing `constructor` getter
 * or a name that is not a string gives `an unbranded object`.
 */
export function describeUnbranded(value: unknown): string {
  if (Object(value) !== value) return kindOf(value);
  let name: unknown;
  try {
    name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {
    // A revoked proxy throws here, and so do a throwing getter and a live proxy's throwing trap.
    // `Array.isArray` throws for the revoked proxy only, and runs no trap. Its answer is used:
    // Rolldown's minifier drops an `Array.isArray` call whose result is not (minified.test.ts).
    try {
      name = Array.isArray(value) && 'Array';
    } catch {
      return 'a revoked Proxy';
    }
  }
  return `an unbranded ${(typeof name === 'string' && name) || 'object'}`;
}

/**
 * Throws the TypeError every public function throws for a wrong argument unless `ok`: it names
 * the call and the argument, says what was expected, and what it got (`createBrand(name):
 * expected a non-empty string, got a number`), with `why` after that.
 */
export function expectArgument(ok: unknown, call: string, expected: string, value: unknown, why = ''): void {
  if (!ok) throw new TypeError(`${call}: expected ${expected}, got ${kindOf(value)}${why}`);
}
