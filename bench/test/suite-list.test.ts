import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as text: importing the list loads every suite, and the brand suite's decorated class is
// compiled by tsx for the bench, not by vitest's transform.
const source = readFileSync(new URL('../src/suites/index.ts', import.meta.url), 'utf8');

describe('the suite list', () => {
  it('holds each suite once (a suite listed twice runs twice, and a full bench takes minutes longer)', () => {
    const list = /export const suites[^=]*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const names = list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(6);
    expect(names).toEqual([...new Set(names)]);
  });
});
