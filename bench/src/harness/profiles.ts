import type { InterleaveOptions } from './runner.js';

/**
 * How long Node suites time each contender. Full runs take many short
 * interleaved slices (a stable median, noise spread over everyone); quick
 * runs only prove the pipeline works and are never published.
 */
export function timingProfile(quick: boolean, weight: 'macro' | 'micro'): InterleaveOptions {
  if (quick) return { rounds: 3, sliceMs: 10, warmupMs: 20, minCallsPerSlice: 3 };
  if (weight === 'macro') return { rounds: 12, sliceMs: 150, warmupMs: 300, minCallsPerSlice: 5 };
  return { rounds: 15, sliceMs: 100, warmupMs: 300, minCallsPerSlice: 20 };
}
