import { vi } from 'vitest';
import { asyncChainSuite } from './test-support/async-chain-suite.js';

// What a browser does, on any runtime: no async context to follow call chains with.
vi.mock('./async-context.js', () => ({ createAsyncContext: () => undefined }));

asyncChainSuite(false);
