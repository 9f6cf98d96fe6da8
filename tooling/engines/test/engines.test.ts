import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEngines, notApplicableIn, reasonNotApplicable } from '../engines.mjs';

const dir = mkdtempSync(join(tmpdir(), 'engines-test-'));
let count = 0;
function testFile(source: string): string {
  const file = join(dir, `case-${++count}.test.ts`);
  writeFileSync(file, source);
  return file;
}

describe('the @not-applicable directive', () => {
  it('names single engines and groups, with the reason', () => {
    const file = testFile(
      "// @vitest-environment happy-dom\n// @not-applicable browsers, bun: needs node:vm\nimport 'x';\n",
    );
    expect(notApplicableIn(file)).toEqual([
      { engines: ['chromium', 'firefox', 'webkit', 'bun'], reason: 'needs node:vm' },
    ]);
    expect(reasonNotApplicable(file, 'firefox')).toBe('needs node:vm');
    expect(reasonNotApplicable(file, 'deno')).toBeUndefined();
  });

  it('expands node and servers', () => {
    const file = testFile('// @not-applicable node: a\n// @not-applicable servers: b\n');
    expect(notApplicableIn(file).map((directive) => directive.engines)).toEqual([
      ['node20', 'node22', 'node24', 'node26'],
      ['node20', 'node22', 'node24', 'node26', 'bun', 'deno'],
    ]);
  });

  it('is only read from the leading comments', () => {
    const file = testFile("import 'x';\n// @not-applicable browsers: too late\n");
    expect(notApplicableIn(file)).toEqual([]);
  });

  it('rejects an unknown engine instead of running or skipping the file by accident', () => {
    const file = testFile('// @not-applicable safari: typo\n');
    expect(() => notApplicableIn(file)).toThrow(/unknown engine "safari"/);
  });

  it('rejects a directive without a reason', () => {
    const file = testFile('// @not-applicable browsers\n');
    expect(() => notApplicableIn(file)).toThrow(/@not-applicable <engines>: <reason>/);
  });

  it('lists nine engines, servers first', () => {
    expect(allEngines).toEqual([
      'node20',
      'node22',
      'node24',
      'node26',
      'bun',
      'deno',
      'chromium',
      'firefox',
      'webkit',
    ]);
  });
});
