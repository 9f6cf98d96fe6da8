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
