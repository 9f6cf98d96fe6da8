import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listGuides, listPackages, repoRoot } from '../workspace.js';
import { markdownSnippets } from './markdown.js';
import type { Snippet } from './snippet.js';
import { entryExports, tsdocExamples } from './tsdoc.js';

function isPublishedSource(file: string): boolean {
  return (
    file.endsWith('.ts') &&
    !file.endsWith('.test.ts') &&
    !file.endsWith('.test-d.ts') &&
    !file.endsWith('.d.ts') &&
    !file.includes('test-support')
  );
}

export interface CollectedSnippets {
  /** What users read: READMEs, guides, and the TSDoc of everything a package's entry exports. */
  snippets: Snippet[];
  /**
   * TSDoc examples on internal declarations (not exported from the entry): typedoc does not show
   * them and they cannot import what they document, so they are listed, not run.
   */
  internal: Snippet[];
}

/**
 * Every snippet a user can read: each package's README and TSDoc examples (every package under
 * packages/, found on disk), and every guide in docs/guides/.
 */
export function collectSnippets(root = repoRoot): CollectedSnippets {
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const snippets: Snippet[] = [];
  const internal: Snippet[] = [];
  for (const pkg of listPackages(root)) {
    const readme = join(pkg.dir, 'README.md');
    snippets.push(...markdownSnippets(readFileSync(readme, 'utf8'), rel(readme), 'readme'));
    const src = join(pkg.dir, 'src');
    const exported = entryExports(readFileSync(join(src, 'index.ts'), 'utf8'));
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!isPublishedSource(file)) continue;
      const path = join(src, file);
      for (const { declaration, ...example } of tsdocExamples(readFileSync(path, 'utf8'), rel(path))) {
        (declaration && exported.has(declaration) ? snippets : internal).push(example);
      }
    }
  }
  for (const guide of listGuides(root)) {
    snippets.push(...markdownSnippets(readFileSync(guide, 'utf8'), rel(guide), 'guide'));
  }
  return { snippets, internal };
}
