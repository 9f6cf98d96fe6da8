import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers } from '../src/report/readme-markers.js';

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
