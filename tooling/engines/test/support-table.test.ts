import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../engines.mjs';
import { allEngines } from '../engines.mjs';
import { cell, comparable, renderTable, replaceBetweenMarkers, tableUpdate } from '../support-table.mjs';

type Report = Parameters<typeof cell>[0] & object;

function report(engine: Engine, passed: number, extra: Partial<Report> = {}): Report {
  return { engine, version: '1.0.0', passed, failed: 0, skipped: 0, notApplicable: [], ...extra };
}

describe('a support table cell', () => {
  it('counts the tests that passed', () => {
    expect(cell(report('bun', 41), undefined)).toBe('✅ 41');
  });
  it('says how many failed, never a pass', () => {
    expect(cell(report('bun', 39, { failed: 2 }), undefined)).toBe('❌ 2 of 41 failed');
  });
  it('says n/a when nothing applied, with its footnote', () => {
    expect(cell(report('firefox', 0), 1)).toBe('n/a [1]');
  });
  it('says when an engine did not run', () => {
    expect(cell(undefined, undefined)).toBe('not run');
  });
});

describe('renderTable', () => {
  const reports = new Map(allEngines.map((engine) => [engine, report(engine, 10)] as const));
  reports.set(
    'firefox',
    report('firefox', 8, { notApplicable: [{ file: 'src/realm.test.ts', reason: 'uses node:vm' }] }),
  );
  reports.set(
    'webkit',
    report('webkit', 8, { notApplicable: [{ file: 'src/realm.test.ts', reason: 'uses node:vm' }] }),
  );
  const table = renderTable([{ name: '@x/y', dir: '/tmp', reports }], { packageColumn: true });

  it('has a column per engine and a row per package', () => {
    const lines = table.split('\n');
    expect(lines[0]).toBe(
      '| package | Node 20 | Node 22 | Node 24 | Node 26 | Bun | Deno | Chromium | Firefox | WebKit |',
    );
    expect(lines[2]).toBe(
      '| `@x/y` | ✅ 10 | ✅ 10 | ✅ 10 | ✅ 10 | ✅ 10 | ✅ 10 | ✅ 10 | ✅ 8 [1] | ✅ 8 [1] |',
    );
  });

  it('gives each distinct reason one footnote listing every engine it applies to', () => {
    expect(table).toContain(
      '1. `@x/y` on Firefox, WebKit, not applicable: uses node:vm (`src/realm.test.ts`).',
    );
    expect(table).not.toContain('\n2. ');
  });

  it('ends with the engine versions', () => {
    expect(table.split('\n').at(-1)).toMatch(
      /^Engine versions in the run that generated this table: Node 1\.0\.0, .*WebKitGTK 1\.0\.0\.$/,
    );
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only what is between the markers', () => {
    const text = 'a\n<!-- engine-support:start -->\nold\n<!-- engine-support:end -->\nb';
    expect(replaceBetweenMarkers(text, 'new', 'README.md')).toBe(
      'a\n<!-- engine-support:start -->\nnew\n<!-- engine-support:end -->\nb',
    );
  });
  it('refuses a file without markers', () => {
    expect(() => replaceBetweenMarkers('nothing', 'new', 'README.md')).toThrow(/README.md has no/);
  });
});

describe('comparable (what CI holds a committed table to)', () => {
  const row = (cells: string) =>
    `| \`pkg\` | ${cells} |\nEngine versions in the run that generated this table: Node 1.0.0.`;
  it('ignores test counts and engine versions', () => {
    expect(comparable(row('✅ 110 | ✅ 105 [1]'))).toBe(
      comparable(row('✅ 112 | ✅ 104 [1]').replace('1.0.0', '2.0.0')),
    );
  });
  it('sees an engine that passed now failing, or a file no longer not applicable', () => {
    expect(comparable(row('✅ 110 | ✅ 105 [1]'))).not.toBe(
      comparable(row('✅ 110 | ❌ 1 of 105 failed [1]')),
    );
    expect(comparable(row('✅ 110 | ✅ 105 [1]'))).not.toBe(comparable(row('✅ 110 | ✅ 105')));
  });
});

describe('the matrix covers every package', () => {
  it('depends on each package, so turbo runs their tests before building the tables', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const own = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    const packages = readdirSync(join(root, 'packages')).map(
      (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name as string,
    );
    for (const name of packages) expect(own.devDependencies, name).toHaveProperty(name, 'workspace:*');
  });

  it('gives every package a test:engines script', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    for (const dir of readdirSync(join(root, 'packages'))) {
      const scripts = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).scripts;
      expect(scripts['test:engines'], dir).toBe('node ../../tooling/engines/run-engines.mjs');
    }
  });
});

describe('tableUpdate (what a run does with a README)', () => {
  const table = (cells: string) => `# Package\n\n| Node 20 | Bun |\n| --- | --- |\n| ${cells} |\n`;

  it('rewrites a table whose test counts changed when run locally, and lets CI pass it', () => {
    expect(tableUpdate(table('✅ 174 | ✅ 174'), table('✅ 178 | ✅ 178'), false)).toBe('write');
    expect(tableUpdate(table('✅ 174 | ✅ 174'), table('✅ 178 | ✅ 178'), true)).toBe('same');
  });

  it('fails CI on a status change, and leaves an unchanged table alone', () => {
    expect(tableUpdate(table('✅ 174 | ✅ 174'), table('✅ 174 | ❌ 1 of 174 failed'), true)).toBe('stale');
    expect(tableUpdate(table('✅ 174 | ✅ 174'), table('✅ 174 | ✅ 174'), false)).toBe('same');
  });
});
