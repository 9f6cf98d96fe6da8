// @not-applicable browsers: pages have no heap-size API (performance.memory is Chromium-only and quantized)
// @not-applicable node24: runs the same suite at the million instead (leak-million.test.ts)
import { leakSuite } from './test-support/leak-suite.js';

// 100,000 cycles: a per-cycle leak (5 MB or more, see leak-suite.ts) passes the 3 MB allowance,
// which leaves room for the heap's own noise (Deno measured 2.0 MB growth without any leak, once);
// small enough to take a few seconds on every server engine.
leakSuite(100_000, 3 * 1024 * 1024, 60_000);
