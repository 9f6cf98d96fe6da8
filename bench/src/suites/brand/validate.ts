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
