import { gcSuite } from './test-support/gc-suite.js';

// In a real browser (Chromium collects on request; Firefox and WebKit by allocation pressure).
gcSuite();
