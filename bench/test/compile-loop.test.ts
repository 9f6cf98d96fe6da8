import { describe, expect, it } from 'vitest';
import { compileLoop, uniqueLoopSource } from '../src/suites/iterable-weak/contenders.js';

describe('compileLoop', () => {
  it('gives every loop source text of its own, so no engine code cache can make two contenders share one', () => {
    const source = 'return () => 1;';
    const first = uniqueLoopSource(source);
    const second = uniqueLoopSource(source);
    expect(first).not.toBe(second);
    expect(first.endsWith(source) && second.endsWith(source)).toBe(true);
  });

  it('compiles that unique text, not the source as given', () => {
    // A sloppy-mode function body can read its own text: what the engine compiled and cached.
    const source = 'return arguments.callee.toString();';
    const texts = [compileLoop<string>(source, {}), compileLoop<string>(source, {})];
    expect(texts[0]).not.toBe(texts[1]);
    for (const text of texts) expect(text).toMatch(/\/\/ loop \d+\n/);
  });

  it('runs the source with its bindings', () => {
    const sum = compileLoop<() => number>(
      'return () => keys.reduce((total, key) => total + key * factor, 0);',
      {
        keys: [1, 2, 3],
        factor: 10,
      },
    );
    expect(sum()).toBe(60);
  });
});
