import { describe, expect, it } from 'vitest';
import { entryExports, tsdocExamples } from './tsdoc.js';

const source = [
  '/**', // 1
  ' * A class.', // 2
  ' *', // 3
  ' * @example', // 4
  ' * ```ts', // 5
  " * import { branded } from 'x';", // 6
  ' *', // 7
  ' * @branded', // 8
  ' * class Money {}', // 9
  ' * ```', // 10
  ' */', // 11
  '// a line comment between the doc and the declaration', // 12
  'export class Widget {', // 13
  '  /**', // 14
  '   * A member.', // 15
  '   * @example', // 16
  '   * ```ts', // 17
  '   * new Widget().size; // 0', // 18
  '   * ```', // 19
  '   */', // 20
  '  readonly size = 0;', // 21
  '}', // 22
  '/** No example here. */', // 23
  'export const other = 1;', // 24
].join('\n');

describe('tsdocExamples', () => {
  const examples = tsdocExamples(source, 'packages/x/src/widget.ts');

  it('keeps a decorator line inside the example (the JSDoc parser would end the tag there)', () => {
    expect(examples[0]?.code).toBe("import { branded } from 'x';\n\n@branded\nclass Money {}\n");
  });

  it('names the line, the documented name and the top-level declaration', () => {
    expect(examples.map((e) => [e.label, e.declaration])).toEqual([
      ['packages/x/src/widget.ts:6 (Widget)', 'Widget'],
      ['packages/x/src/widget.ts:18 (size)', 'Widget'],
    ]);
  });
});

describe('entryExports', () => {
  it('lists the names an index re-exports, types included', () => {
    const index =
      "export { a, b as c } from './a.js';\nexport type { T } from './t.js';\nexport { type U, d } from './d.js';\n";
    expect([...entryExports(index)].sort()).toEqual(['T', 'U', 'a', 'c', 'd']);
  });
});
