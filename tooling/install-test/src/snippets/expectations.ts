import ts from 'typescript';

/*
 * Examples say what a line gives in a trailing comment: `copy.parent === copy; // true: still a
 * cycle`, `error.path; // ['a', 'b', 'back']`, `increment.call(fake); // BrandError: Expected
 * Counter, got an unbranded Object`. Before a snippet runs, each such line is rewritten into a
 * check, so an example whose comment lies fails like a wrong assertion. Comments that are not a
 * value or an error name (`// computed`, `// narrowed to Money`) are prose and left alone.
 */

export type Expectation =
  | { kind: 'value'; expected: string }
  | { kind: 'throws'; name: string; message: string | undefined };

const literalStarts = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.OpenBracketToken,
  ts.SyntaxKind.OpenBraceToken,
]);
const opening = new Set([
  ts.SyntaxKind.OpenBracketToken,
  ts.SyntaxKind.OpenBraceToken,
  ts.SyntaxKind.OpenParenToken,
]);
const closing = new Set([
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.CloseParenToken,
]);
const valueIdentifiers = new Set(['NaN', 'Infinity']);
/** What may follow the value: nothing, or an explanation after `:`, `;`, `, `, ` (` or a dash. */
const explanation = /^(?:\s*$|\s*[:;]|,\s|\s+\(|\s+[—–-]\s)/;
const thrown = /^([A-Z][\w$]*Error)\b(?::\s*(.*?))?\s*$/;

function isExpression(text: string): boolean {
  const output = ts.transpileModule(`(${text});`, { reportDiagnostics: true, fileName: 'check.ts' });
  return (output.diagnostics ?? []).length === 0;
}

/** What a trailing comment's text (after `//`) claims, or undefined for prose. */
export function parseExpectation(comment: string): Expectation | undefined {
  const text = comment.trim();
  const error = thrown.exec(text);
  if (error) return { kind: 'throws', name: error[1] ?? '', message: error[2] || undefined };
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  let token = scanner.scan();
  const isValueIdentifier =
    token === ts.SyntaxKind.Identifier && valueIdentifiers.has(scanner.getTokenText());
  if (!literalStarts.has(token) && !isValueIdentifier) return undefined;
  // A leading minus belongs to the number after it.
  if (token === ts.SyntaxKind.MinusToken) token = scanner.scan();
  let depth = 0;
  for (;;) {
    if (opening.has(token)) depth++;
    else if (closing.has(token)) depth--;
    if (depth <= 0 || token === ts.SyntaxKind.EndOfFileToken) break;
    token = scanner.scan();
  }
  if (depth !== 0) return undefined;
  const end = scanner.getTokenEnd();
  const expected = text.slice(0, end);
  if (!explanation.test(text.slice(end)) || !isExpression(expected)) return undefined;
  return { kind: 'value', expected };
}

function containsAwait(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, containsAwait) ?? false;
}

function consoleLogArgument(expression: ts.Expression): ts.Expression | undefined {
  if (!ts.isCallExpression(expression) || expression.arguments.length !== 1) return undefined;
  const callee = expression.expression;
  const isLog =
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'console' &&
    callee.name.text === 'log';
  return isLog ? expression.arguments[0] : undefined;
}

export interface Instrumented {
  code: string;
  /** How many lines became checks. */
  checks: number;
}

/**
 * `code` with every commented expression statement turned into a check (see the top of this
 * file). `where(line)` names a snippet line (0-based) in failure messages. The checks call
 * `__expect` and `__expectThrow`, defined by {@link expectationRuntime}.
 */
export function instrumentExpectations(
  code: string,
  fileName: string,
  where: (line: number) => string,
): Instrumented {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      const [comment] = ts.getTrailingCommentRanges(code, node.end) ?? [];
      const claim =
        comment?.kind === ts.SyntaxKind.SingleLineCommentTrivia
          ? parseExpectation(code.slice(comment.pos + 2, comment.end))
          : undefined;
      if (claim) {
        const at = JSON.stringify(where(file.getLineAndCharacterOfPosition(node.getStart()).line));
        const logged = consoleLogArgument(node.expression);
        const target = logged ?? node.expression;
        const source = target.getText();
        if (claim.kind === 'value') {
          edits.push({
            start: target.getStart(),
            end: target.end,
            text: `__expect((${source}), (${claim.expected}), ${at})`,
          });
        } else if (!logged && !containsAwait(target)) {
          edits.push({
            start: target.getStart(),
            end: target.end,
            text: `__expectThrow(() => (${source}), ${JSON.stringify(claim.name)}, ${JSON.stringify(claim.message ?? null)}, ${at})`,
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let instrumented = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    instrumented = instrumented.slice(0, edit.start) + edit.text + instrumented.slice(edit.end);
  }
  return { code: instrumented, checks: edits.length };
}

/**
 * The JavaScript that defines the checks, appended to an instrumented snippet (function
 * declarations are hoisted, so the snippet's imports stay first).
 */
export const expectationRuntime = String.raw`
function __show(value, seen = new Set()) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value + 'n';
  if (typeof value === 'function') return 'function ' + (value.name || '(anonymous)');
  if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    if (Array.isArray(value)) return '[' + value.map((item) => __show(item, seen)).join(', ') + ']';
    const name = value.constructor && value.constructor !== Object ? value.constructor.name + ' ' : '';
    const keys = Object.keys(value);
    return name + '{ ' + keys.map((key) => key + ': ' + __show(value[key], seen)).join(', ') + (keys.length ? ' }' : '}');
  }
  return Object.is(value, -0) ? '-0' : String(value);
}
function __same(actual, expected, seen = new Map()) {
  if (Object.is(actual, expected)) return true;
  if (seen.get(expected) === actual) return true;
  if (Array.isArray(expected)) {
    seen.set(expected, actual);
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => __same(actual[i], item, seen));
  }
  if (expected !== null && typeof expected === 'object' && Object.getPrototypeOf(expected) === Object.prototype) {
    if (actual === null || typeof actual !== 'object') return false;
    seen.set(expected, actual);
    const keys = Object.keys(expected);
    return Object.keys(actual).length === keys.length && keys.every((key) => __same(actual[key], expected[key], seen));
  }
  return false;
}
function __expect(actual, expected, where) {
  if (!__same(actual, expected)) {
    throw new Error(where + ': the comment says ' + __show(expected) + ', the code gives ' + __show(actual));
  }
  return actual;
}
function __expectThrow(run, name, message, where) {
  let value;
  try {
    value = run();
  } catch (error) {
    const thrownName = error && (error.name || (error.constructor && error.constructor.name));
    if (thrownName !== name && !(error && error.constructor && error.constructor.name === name)) {
      throw new Error(where + ': the comment says it throws ' + name + ', it threw ' + thrownName + ': ' + (error && error.message));
    }
    if (message !== null) {
      const prefix = /(\.\.\.|…)$/.test(message);
      const wanted = prefix ? message.replace(/(\.\.\.|…)$/, '') : message;
      const ok = prefix ? String(error.message).startsWith(wanted) : error.message === wanted;
      if (!ok) throw new Error(where + ': the comment says the message is ' + JSON.stringify(message) + ', it is ' + JSON.stringify(error.message));
    }
    return undefined;
  }
  throw new Error(where + ': the comment says it throws ' + name + ', it returned ' + __show(value));
}
`;
