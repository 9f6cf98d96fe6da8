import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every ```ts block in the guides is a complete program: it is type-checked against the packages'
 * published types, and run (Node, with tsx) unless its fence says ```ts no-run or the guide needs
 * a browser. So the guides cannot drift from the API.
 */

const docs = resolve(import.meta.dirname, '..');
const guidesDir = join(docs, 'guides');
const snippetsDir = join(docs, '.snippets');
/** Guides whose examples need a DOM: type-checked here, exercised in the package's browser tests. */
const browserGuides = new Set(['dom-processed.md']);

interface Snippet {
  guide: string;
  index: number;
  file: string;
  run: boolean;
}

function extractSnippets(): Snippet[] {
  rmSync(snippetsDir, { recursive: true, force: true });
  mkdirSync(snippetsDir, { recursive: true });
  const snippets: Snippet[] = [];
  for (const guide of readdirSync(guidesDir).filter((name) => name.endsWith('.md'))) {
    const markdown = readFileSync(join(guidesDir, guide), 'utf8');
    const fences = markdown.matchAll(/^```ts( no-run)?\n([\s\S]*?)^```$/gm);
    let index = 0;
    for (const [, noRun, code] of fences) {
      const file = join(snippetsDir, `${guide.replace('.md', '')}-${++index}.ts`);
      // `export {}` makes every block a module of its own, so names never clash between blocks.
      writeFileSync(file, `${code}\nexport {};\n`);
      snippets.push({ guide, index, file, run: !noRun && !browserGuides.has(guide) });
    }
  }
  return snippets;
}

const snippets = extractSnippets();

describe('code blocks in the guides', () => {
  it('exist in every guide', () => {
    const guides = new Set(snippets.map((snippet) => snippet.guide));
    for (const guide of readdirSync(guidesDir).filter(
      (name) => name.endsWith('.md') && name !== 'benchmarks.md',
    )) {
      expect(guides.has(guide), `${guide} has ts blocks`).toBe(true);
    }
  });

  it('type-check against the published packages', () => {
    const program = ts.createProgram(
      snippets.map((snippet) => snippet.file),
      {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: ['node'],
        skipLibCheck: true,
      },
    );
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${diagnostic.file.fileName.replace(`${snippetsDir}/`, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it.each(
    snippets
      .filter((snippet) => snippet.run)
      .map((snippet) => [`${snippet.guide} #${snippet.index}`, snippet]),
  )(
    'runs %s',
    async (_name, snippet) => {
      const run = promisify(execFile);
      await expect(
        run(process.execPath, ['--expose-gc', '--import', 'tsx', (snippet as Snippet).file], { cwd: docs }),
      ).resolves.toBeDefined();
    },
    30_000,
  );
});
