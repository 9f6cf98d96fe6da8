// @not-applicable browsers: pages have no heap-size API (performance.memory is Chromium-only and quantized)
// @not-applicable node24: runs the same suite at the million instead (leak-million.test.ts)
import { leakSuite } from './test-support/leak-suite.js';

// 100,000 cycles: enough for a per-cycle leak to pass the 2 MB allowance twice over (see
// leak-suite.ts), small enough to take a few seconds on every server engine.
leakSuite(100_000, 2 * 1024 * 1024, 60_000);
