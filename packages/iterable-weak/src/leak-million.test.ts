// @not-applicable node20, node22, node26, bun, deno, browsers: the million runs on one engine, Node 24 (the active LTS); every other server engine runs the same suite at 100,000 (leak.test.ts)
import { leakSuite } from './test-support/leak-suite.js';

// A million members collected costs 3 to 6 µs each (a WeakRef, a registration, a finalizer call),
// so only the two distinct bookkeepings get the million collected: IterableWeakMap keeps its order
// in the same WeakOrder as IterableWeakSet (its values sit in a WeakMap the engine empties itself).
leakSuite(1_000_000, 4 * 1024 * 1024, 120_000, ['IterableWeakSet', 'WeakValueMap']);
