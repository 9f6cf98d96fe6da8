import { describe, expect, it } from 'vitest';
import { describeFailures } from '../failures.mjs';

const exited = (status: number | null, signal: string | null = null) => ({ status, signal });

describe('the failure lines at the end of an engine run', () => {
  it('name every failed test with its file and the first line of its error', () => {
    const counts = {
      files: {
        'src/a.test.ts': {
          failures: [
            { test: 'suite > one', error: 'expected 1 to be 2' },
            { test: 'suite > two', error: 'Test timed out in 20000ms.' },
          ],
        },
        'src/b.test.ts': {},
        'src/c.test.ts': { error: 'Cannot find module x\n    at import (y)' },
      },
    };
    expect(describeFailures('Bun', counts, exited(1))).toEqual([
      'Bun: src/a.test.ts > suite > one: expected 1 to be 2',
      'Bun: src/a.test.ts > suite > two: Test timed out in 20000ms.',
      'Bun: src/c.test.ts: Cannot find module x',
    ]);
  });

  it('say when every test passed and vitest still failed (an error outside the tests)', () => {
    expect(describeFailures('Deno', { files: { 'src/a.test.ts': {} } }, exited(1))).toEqual([
      'Deno: every test passed, but vitest exited with code 1: an error outside the tests, see its log above',
    ]);
  });

  it('say how a runtime that wrote no report ended', () => {
    expect(describeFailures('Bun', undefined, exited(null, 'SIGSEGV'))).toEqual([
      'Bun: no report written (killed by SIGSEGV)',
    ]);
    expect(describeFailures('Node 22', undefined, exited(134))).toEqual([
      'Node 22: no report written (exit code 134)',
    ]);
  });
});
