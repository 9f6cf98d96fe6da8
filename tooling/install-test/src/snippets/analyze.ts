import ts from 'typescript';

function hasAwaitOutsideFunctions(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isForOfStatement(node) && node.awaitModifier) return true;
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  return ts.forEachChild(node, hasAwaitOutsideFunctions) ?? false;
}

export interface SnippetShape {
  /** Has an import or export: a module even where TypeScript would treat a bare file as a script. */
  isModule: boolean;
  /** Uses `await` at the top level: ESM only (no CommonJS run, no .cts check). */
  topLevelAwait: boolean;
  /** The package names it imports. */
  imports: string[];
}

export function snippetShape(code: string, language: 'ts' | 'js'): SnippetShape {
  const file = ts.createSourceFile(
    `snippet.${language}`,
    code,
    ts.ScriptTarget.Latest,
    true,
    language === 'ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const imports = file.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text);
  const isModule = file.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement) ||
      ts.isExportAssignment(statement) ||
      (ts.canHaveModifiers(statement) &&
        ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)),
  );
  return { isModule, topLevelAwait: file.statements.some(hasAwaitOutsideFunctions), imports };
}
