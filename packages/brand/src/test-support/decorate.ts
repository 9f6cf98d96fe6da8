import ts from 'typescript';

/**
 * Compiles TypeScript that uses standard (TC39) decorators exactly as `tsc` would for an ES2022
 * target, then evaluates it with `scope` in view and returns the values named in `exports`.
 * The test runner's own transform does not lower standard decorators, and Node 20 cannot run them.
 */
export function compileDecorated<T extends Record<string, unknown>>(
  source: string,
  scope: Record<string, unknown>,
  exports: (keyof T & string)[],
): T {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
    },
  });
  const names = Object.keys(scope);
  const body = `${outputText}\nreturn { ${exports.join(', ')} };`;
  return new Function(...names, body)(...names.map((name) => scope[name])) as T;
}
