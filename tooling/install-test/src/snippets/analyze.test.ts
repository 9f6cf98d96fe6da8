import { describe, expect, it } from 'vitest';
import { snippetShape } from './analyze.js';

describe('snippetShape', () => {
  it('tells a module from a script, as TypeScript would for a pasted file', () => {
    expect(snippetShape("import { a } from 'x';\na();", 'ts').isModule).toBe(true);
    expect(snippetShape('export const a = 1;', 'ts').isModule).toBe(true);
    expect(snippetShape('const a = new WeakSet<object>();', 'ts').isModule).toBe(false);
  });

  it('finds top-level await, not await inside functions', () => {
    expect(snippetShape('await Promise.resolve();', 'ts').topLevelAwait).toBe(true);
    expect(snippetShape('for await (const x of []) {}', 'js').topLevelAwait).toBe(true);
    expect(snippetShape('async function f() { await 1; }', 'ts').topLevelAwait).toBe(false);
    expect(snippetShape('class A { async m() { await 1; } }', 'ts').topLevelAwait).toBe(false);
  });

  it('lists the imported packages', () => {
    expect(snippetShape("import { a } from 'x';\nimport type { B } from 'y';", 'ts').imports).toEqual([
      'x',
      'y',
    ]);
  });
});
