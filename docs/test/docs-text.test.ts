import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Rules for what the docs say, checked on the Markdown itself (the built site is checked in
 * site.test.ts, the snippets by tooling/install-test).
 */

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const packages = readdirSync(join(root, 'packages')).sort();
const readmes = packages.map((name) => `packages/${name}/README.md`);
const guides = readdirSync(join(root, 'docs', 'guides'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/guides/${name}`);

/** Every Markdown file and script message of the repository a person may read. */
function readable(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const skip = ['node_modules', '.git', 'site', '.generated', 'dist', 'coverage', '.turbo', 'results'];
      return skip.includes(entry.name) ? [] : readable(path);
    }
    return /\.(md|mjs)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

const fences = (markdown: string) => [...markdown.matchAll(/^```(\S*)[^\n]*\n([\s\S]*?)^```/gm)];

describe('the docs', () => {
  it('never tell anyone to run a bare `pnpm docs` (pnpm hands it to npm, which opens a web page)', () => {
    const offenders = readable().filter((path) => /pnpm docs(?![:\w-])/.test(read(path)));
    expect(offenders).toEqual([]);
  });

  it('say every TypeScript snippet of a README or guide is TypeScript, on its first line', () => {
    const unmarked = [...readmes, ...guides].flatMap((path) =>
      fences(read(path))
        .filter(([, language, code]) => language === 'ts' && !code?.startsWith('// TypeScript\n'))
        .map(([, , code]) => `${path}: ${code?.split('\n')[0]}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('give every package README a quick start in plain JavaScript', () => {
    for (const [index, path] of readmes.entries()) {
      const javascript = fences(read(path)).filter(([, language]) => language === 'js');
      expect(
        javascript.some(([, , code]) => code?.includes(`from '@weakset-recipes/${packages[index]}'`)),
        `${path} has a js block importing the package`,
      ).toBe(true);
    }
  });

  it('link every package README to its page on the documentation site (its homepage)', () => {
    for (const name of packages) {
      const { homepage } = JSON.parse(read(`packages/${name}/package.json`)) as { homepage?: string };
      expect(homepage, `packages/${name}/package.json homepage`).toBeTruthy();
      expect(read(`packages/${name}/README.md`)).toContain(`](${homepage})`);
    }
  });

  it('say how deep deep-clone recurses before it switches to its own stack, as the engine does', () => {
    const limit = /const RECURSION_LIMIT = (\d+);/.exec(read('packages/deep-clone/src/create-clone.ts'))?.[1];
    expect(limit, 'the engine’s recursion limit').toBeDefined();
    for (const path of ['packages/deep-clone/README.md', 'docs/guides/deep-clone.md']) {
      const stated = /less than ([\d,]+) levels deep are copied by plain recursion/i.exec(read(path))?.[1];
      expect(stated?.replaceAll(',', ''), path).toBe(limit);
    }
    const sources = readdirSync(join(root, 'packages/deep-clone/src'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `packages/deep-clone/src/${file}`);
    const claims = [...sources, 'packages/deep-clone/README.md', 'docs/guides/deep-clone.md'].filter((path) =>
      /never recurses/i.test(read(path)),
    );
    expect(claims, 'nothing claims the copy never recurses').toEqual([]);
  });
});
