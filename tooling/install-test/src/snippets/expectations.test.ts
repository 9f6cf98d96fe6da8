import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { expectationRuntime, instrumentExpectations, parseExpectation } from './expectations.js';

describe('parseExpectation', () => {
  it.each([
    ['true', 'true'],
    [' false: a real copy', 'false'],
    ["'Money'; static members are kept", "'Money'"],
    ['6, computed', '6'],
    ['-1', '-1'],
    ['1250n: the private field came along', '1250n'],
    ["['a', 'b', 'back']", "['a', 'b', 'back']"],
    ['[a, b, a]', '[a, b, a]'],
    ["{ attributeFilter: ['class'] }", "{ attributeFilter: ['class'] }"],
    ['undefined', 'undefined'],
    ['"Cannot clone at root.a (circular: \'throw\')"', '"Cannot clone at root.a (circular: \'throw\')"'],
  ])('reads %j as the value %s', (comment, expected) => {
    expect(parseExpectation(comment)).toEqual({ kind: 'value', expected });
  });

  it.each([
    'computed',
    'passes',
    'narrowed to Money',
    '1,000 items',
    'a set: adding twice changes nothing',
    '',
  ])('leaves the prose %j alone', (comment) => {
    expect(parseExpectation(comment)).toBeUndefined();
  });

  it('reads an error name, with or without its message', () => {
    expect(parseExpectation('BrandError: Expected Money, got an unbranded Object')).toEqual({
      kind: 'throws',
      name: 'BrandError',
      message: 'Expected Money, got an unbranded Object',
    });
    expect(parseExpectation('TypeError')).toEqual({ kind: 'throws', name: 'TypeError', message: undefined });
  });
});

/** Instruments, strips types and runs `code`; resolves to what it threw, or undefined. */
function run(code: string): unknown {
  const { code: instrumented } = instrumentExpectations(code, 'snippet.ts', (line) => `snippet:${line + 1}`);
  const js = ts.transpileModule(instrumented, {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText;
  try {
    runInNewContext(`${js}\n${expectationRuntime}`, {});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('instrumentExpectations', () => {
  it('passes when every comment tells the truth', () => {
    const code = [
      'const a = { n: 1 };',
      'a.n + 1; // 2',
      "[a, 'x']; // [a, 'x']",
      '({ n: a.n }); // { n: 1 }',
      "(() => { throw new TypeError('bad'); })(); // TypeError: bad",
      'a.n; // a note that is prose',
    ].join('\n');
    expect(run(code)).toBeUndefined();
  });

  it('fails a value that differs, naming the line', () => {
    expect(run('const n: number = 1;\nn + 1; // 3: off by one')).toBe(
      'snippet:2: the comment says 3, the code gives 2',
    );
  });

  it('compares by identity inside arrays, and does not loop on cycles', () => {
    expect(run('const a: { self?: unknown } = {};\na.self = a;\n[a]; // [a]')).toBeUndefined();
    expect(run('const a: { self?: unknown } = {};\na.self = a;\n[{}]; // [a]')).toMatch(/the comment says/);
  });

  it('fails a throw that does not happen, or throws something else', () => {
    expect(run('1; // RangeError')).toBe('snippet:1: the comment says it throws RangeError, it returned 1');
    expect(run("(() => { throw new TypeError('x'); })(); // TypeError: y")).toMatch(
      /the comment says the message is "y", it is "x"/,
    );
  });

  it('checks what console.log prints, and still prints it', () => {
    const log: unknown[] = [];
    const { code } = instrumentExpectations('console.log(1 + 1); // 2', 'snippet.ts', () => 'here');
    runInNewContext(`${code}\n${expectationRuntime}`, {
      console: { log: (value: unknown) => log.push(value) },
    });
    expect(log).toEqual([2]);
  });

  it('counts the lines it turned into checks', () => {
    expect(instrumentExpectations('f(); // computed\ng(); // true\n', 'snippet.ts', () => '').checks).toBe(1);
  });
});
