import { brandSuite } from './brand.js';
import { deepCloneSuite } from './deep-clone.js';
import { deepEqualSuite } from './deep-equal.js';
import { domProcessedSuite } from './dom-processed.js';
import { iterableWeakSuite } from './iterable-weak.js';
import { memoGuardSuite } from './memo-guard.js';
import { safeStringifySuite } from './safe-stringify.js';
import type { Suite } from './suite.js';

/** Every suite, in the order they run and appear in the summary. */
export const suites: readonly Suite[] = [
  deepCloneSuite,
  deepEqualSuite,
  domProcessedSuite,
  brandSuite,
  memoGuardSuite,
  safeStringifySuite,
  iterableWeakSuite,
];
