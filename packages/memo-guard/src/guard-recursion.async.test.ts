import { createAsyncContext } from './async-context.js';
import { asyncChainSuite } from './test-support/async-chain-suite.js';

// Node, Bun and Deno have an async context; browsers do not: each runs the suite for what it has.
asyncChainSuite(createAsyncContext() !== undefined);
