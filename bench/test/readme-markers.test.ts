import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers, updateReadme } from '../src/report/readme-markers.js';

const readme = [
  '# brand',
  '',
  '<!-- bench:brand:start -->',
  'old numbers',
  '<!-- bench:brand:end -->',
  '',
  'More text.',
].join('\n');

describe('replaceBetweenMarkers', () => {
  it('replaces only what is between the suite’s markers', () => {
    expect(replaceBetweenMarkers(readme, 'brand', 'new table\n')).toBe(
      [
        '# brand',
        '',
        '<!-- bench:brand:start -->',
        'new table',
        '<!-- bench:brand:end -->',
        '',
        'More text.',
      ].join('\n'),
    );
  });

  it('leaves a README without the markers (or with another suite’s) alone', () => {
    expect(replaceBetweenMarkers('# no markers', 'brand', 'x')).toBeUndefined();
    expect(replaceBetweenMarkers(readme, 'deep-clone', 'x')).toBeUndefined();
  });

  it('refuses markers in the wrong order', () => {
    expect(
      replaceBetweenMarkers('<!-- bench:brand:end -->\n<!-- bench:brand:start -->', 'brand', 'x'),
    ).toBeUndefined();
  });
});

describe('updateReadme', () => {
  it('writes the file only when it has the markers', () => {
    const directory = mkdtempSync(join(tmpdir(), 'bench-readme-'));
    const withMarkers = join(directory, 'with.md');
    const without = join(directory, 'without.md');
    writeFileSync(withMarkers, readme);
    writeFileSync(without, '# plain\n');
    expect(updateReadme(withMarkers, 'brand', 'fresh')).toBe(true);
    expect(readFileSync(withMarkers, 'utf8')).toContain(
      '<!-- bench:brand:start -->\nfresh\n<!-- bench:brand:end -->',
    );
    expect(updateReadme(without, 'brand', 'fresh')).toBe(false);
    expect(readFileSync(without, 'utf8')).toBe('# plain\n');
    expect(updateReadme(join(directory, 'missing.md'), 'brand', 'fresh')).toBe(false);
  });
});
