import { describe, expect, it } from 'vitest';
import { escapeXml, suiteSvg } from '../src/report/svg.js';
import { sampleResult } from './fixtures.js';

describe('suiteSvg', () => {
  const svg = suiteSvg(sampleResult());

  it('is one standalone SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per timed row, longest for the fastest, each labelled with its value', () => {
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths).toEqual([400, 160]);
    expect(svg).toContain('>2.50M</text>');
    expect(svg).toContain('>ours (ours)</text>');
  });

  it('writes a wrong row as text instead of a bar', () => {
    expect(svg).toContain('wrong: not timed');
  });

  it('escapes labels', () => {
    expect(svg).toContain('Test CPU &lt;fast&gt;');
    expect(escapeXml(`a&b"'`)).toBe('a&amp;b&quot;&apos;');
  });
});
