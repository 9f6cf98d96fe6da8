// @not-applicable browsers: the same suite runs in every browser as gc.browser.test.ts
import { gcSuite } from './test-support/gc-suite.js';

gcSuite();
