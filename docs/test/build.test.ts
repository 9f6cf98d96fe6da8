import { describe, expect, it } from 'vitest';
import { entryBudget, forSite } from '../scripts/build.js';

describe('forSite', () => {
  it('points chart links from bench/results/ at copies beside the generated guide', () => {
    const copied: string[] = [];
    const markdown = 'Text\n\n![Deep clone benchmark chart](../../bench/results/deep-clone.svg)\n';
    expect(forSite(markdown, (file) => copied.push(file))).toBe(
      'Text\n\n![Deep clone benchmark chart](./deep-clone.svg)\n',
    );
    expect(copied).toEqual(['deep-clone.svg']);
  });

  it('drops the runner’s no-run flag from fences', () => {
    expect(forSite('```ts no-run\nthrow 1;\n```\n', () => {})).toBe('```ts\nthrow 1;\n```\n');
  });
});

describe('entryBudget', () => {
  it('reads the whole-entry budget the size check uses', () => {
    expect(entryBudget('brand')).toMatch(/^\d+(\.\d+)? kB$/);
  });
});
