import ts from 'typescript';
import { fenceFlags, type Snippet, snippetId, snippetLanguage } from './snippet.js';

const docComment = /\/\*\*([\s\S]*?)\*\//g;
const memberName =
  /^(?:\s|\/\/[^\n]*\n|@\w+\s)*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:(?:function\*?|class|interface|type|const|let|var|enum)\s+)?(?:(?:readonly|static|override|public|protected|get|set)\s+)*([A-Za-z_$][\w$]*)/;

export interface TsdocExample extends Snippet {
  /** The top-level declaration the comment belongs to (the class, for a member's comment). */
  declaration: string | undefined;
}

function topLevelName(statement: ts.Statement): string | undefined {
  if (ts.isVariableStatement(statement)) {
    const [first] = statement.declarationList.declarations;
    return first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  const name = (statement as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

/**
 * Every fenced block that follows an `@example` tag in a `/** … *\/` comment of a source file.
 * The tag's text is read as text, not through the compiler's JSDoc parser: that one ends a tag at
 * any line starting with `@`, and a decorator in an example (`@branded`) is exactly that.
 */
export function tsdocExamples(sourceText: string, source: string): TsdocExample[] {
  const file = ts.createSourceFile(source, sourceText, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const declarationAt = (offset: number) =>
    topLevelName(
      file.statements.find((statement) => statement.getFullStart() <= offset && offset < statement.end) ??
        file.statements[0]!,
    );
  const examples: TsdocExample[] = [];
  for (const comment of sourceText.matchAll(docComment)) {
    const offset = comment.index ?? 0;
    const body = comment[1] ?? '';
    const firstLine = sourceText.slice(0, offset).split('\n').length;
    const lines = body.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const name = memberName.exec(sourceText.slice(offset + comment[0].length))?.[1];
    for (let index = 0; index < lines.length; index++) {
      if (!/^@example\b/.test(lines[index] ?? '')) continue;
      const open = lines.findIndex((line, at) => at > index && line.startsWith('```'));
      if (open === -1) continue;
      const close = lines.findIndex((line, at) => at > open && line.startsWith('```'));
      if (close === -1) continue;
      const info = (lines[open] ?? '').slice(3);
      const language = snippetLanguage(info);
      index = close;
      if (!language) continue;
      const line = firstLine + open + 1;
      examples.push({
        id: snippetId(source, line),
        source,
        line,
        label: `${source}:${line}${name ? ` (${name})` : ''}`,
        origin: 'tsdoc',
        language,
        code: `${lines.slice(open + 1, close).join('\n')}\n`,
        run: !fenceFlags(info).includes('no-run'),
        declaration: declarationAt(offset),
      });
    }
  }
  return examples;
}

/** The names a package's entry (`src/index.ts`, which only re-exports) makes public. */
export function entryExports(indexText: string): Set<string> {
  const file = ts.createSourceFile('index.ts', indexText, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) names.add(element.name.text);
  }
  return names;
}
