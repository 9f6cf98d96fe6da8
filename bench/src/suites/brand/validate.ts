import { type CheckResult, checkOutcome } from '../../harness/contenders.js';

/** Checks the hot loop counts right, and (for unforgeable checks) that a forgery is refused. */
export function countAndForgery(
  count: () => number,
  expected: number,
  acceptsForgery?: () => boolean,
): CheckResult {
  return checkOutcome(
    () => ({ hits: count(), forged: acceptsForgery?.() ?? false }),
    ({ hits, forged }) => {
      if (hits !== expected) return `counted ${hits} hits, expected ${expected}`;
      if (forged) return 'accepts Object.create(Class.prototype) as branded';
      return undefined;
    },
  );
}

/**
 * Checks a construction loop: the sum of the amounts it made (each constructor ran with its index)
 * and that every object it kept is what the class makes (`isInstance`: branded, or an instance).
 */
export function constructsRight(
  construct: () => number,
  size: number,
  kept: readonly unknown[],
  isInstance: (value: unknown) => boolean,
): CheckResult {
  return checkOutcome(
    () => ({ sum: construct(), instances: kept.filter(isInstance).length }),
    ({ sum, instances }) => {
      const expected = (size * (size - 1)) / 2;
      if (sum !== expected) return `the amounts sum to ${sum}, expected ${expected}`;
      if (instances !== kept.length)
        return `${kept.length - instances} of the kept objects are not instances`;
      return undefined;
    },
  );
}
