import { describe, expect, it } from 'vitest';
import { markdownSnippets } from './markdown.js';

const markdown = [
  '# Title', // 1
  '', // 2
  '```sh', // 3
  'npm i x', // 4
  '```', // 5
  '', // 6
  '```ts', // 7
  "import { a } from 'x';", // 8
  '```', // 9
  '', // 10
  '```js', // 11
  'a();', // 12
  '```', // 13
  '```ts no-run', // 14
  'throw 1;', // 15
  '```', // 16
  '```text', // 17
  'a table', // 18
  '```', // 19
].join('\n');

describe('markdownSnippets', () => {
  const snippets = markdownSnippets(markdown, 'packages/x/README.md', 'readme');

  it('takes ts and js fences, and no other', () => {
    expect(snippets.map((s) => [s.language, s.code])).toEqual([
      ['ts', "import { a } from 'x';\n"],
      ['js', 'a();\n'],
      ['ts', 'throw 1;\n'],
    ]);
  });

  it('names each by the line its code starts on', () => {
    expect(snippets.map((s) => s.label)).toEqual([
      'packages/x/README.md:8',
      'packages/x/README.md:12',
      'packages/x/README.md:15',
    ]);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(3);
  });

  it('marks a no-run fence as type-check only', () => {
    expect(snippets.map((s) => s.run)).toEqual([true, true, false]);
  });
});
