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
  try {
    // The one check that throws for a revoked proxy and runs no trap for a live one.
    Array.isArray(value);
  } catch {
    return 'a revoked Proxy';
  }
  let name: unknown;
  try {
    name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {}
  return `an unbranded ${(typeof name === 'string' && name) || 'object'}`;
}

/**
 * The TypeError every public function throws for a wrong argument: it names the call and the
 * argument, says what was expected, and what it got (`createBrand(name): expected a non-empty
 * string, got a number`).
 */
export const argumentError = (call: string, expected: string, value: unknown, why = ''): TypeError =>
  new TypeError(`${call}: expected ${expected}, got ${kindOf(value)}${why}`);
